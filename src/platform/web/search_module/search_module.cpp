// The web's search module, folio-search.js + folio-search.wasm: a C API over LocalSearchService (src/search/),
// loaded by web/embed/runtime.js on a viewer's first search (a reader who never searches never fetches it) and
// shared by the page's viewers, each with a context of its own (its session's files). Strings cross as UTF-8 in
// this module's heap; options and results as JSON (search/search_json.h); the fold is the page's
// (Module.folioFold, web/embed/search-fold.js), the same function the viewer highlights with. Every entry checks
// its arguments and answers a failure as a value (0 or -1); nothing aborts.
#include <emscripten.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include "search/search_json.h"
#include "search/search_service.h"

// clang-format off
// The fold (search/fold.h) by the browser: returns a malloc'd NUL-terminated UTF-8 string (0: out of memory).
EM_JS(char*, folio_js_search_fold, (const char* text, int size), {
    var folded = Module["folioFold"](UTF8ToString(text, size));
    var bytes = lengthBytesUTF8(folded) + 1;
    var out = _malloc(bytes);
    if (out) stringToUTF8(folded, out, bytes);
    return out;
});
// clang-format on

namespace {

using namespace folio;

class JsFolder final : public search::TextFolder {
public:
    std::string Fold(std::string_view text) const override {
        char* folded = folio_js_search_fold(text.data(), static_cast<int>(text.size()));
        if (!folded) return {};
        std::string out(folded);
        free(folded);
        return out;
    }
};

struct SearchContext {
    JsFolder Folder;
    search::LocalSearchService Service{Folder};
    std::string Answer; // the last answer, read through folio_search_answer / folio_search_answer_size
};

constexpr int kMaxArgument = 16 << 20; // a file or string handed in: no index file may be larger

bool Valid(const char* s, int size) { return s && size >= 0 && size <= kMaxArgument; }

bool Options(const char* json, int size, search::SearchOptions* out) {
    Error err;
    return Valid(json, size) && search::OptionsFromJson(std::string(json, size), out, &err);
}

} // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE SearchContext* folio_search_new() { return new (std::nothrow) SearchContext(); }
EMSCRIPTEN_KEEPALIVE void folio_search_delete(SearchContext* c) { delete c; }

// The last answer (JSON, UTF-8) and its size in bytes.
EMSCRIPTEN_KEEPALIVE const char* folio_search_answer(SearchContext* c) { return c ? c->Answer.c_str() : ""; }
EMSCRIPTEN_KEEPALIVE int folio_search_answer_size(SearchContext* c) { return c ? static_cast<int>(c->Answer.size()) : 0; }

// The files still needed for a query (a JSON array of paths, in the answer). 0, or -1 for bad arguments.
EMSCRIPTEN_KEEPALIVE int folio_search_missing(SearchContext* c, const char* typed, int typed_size, int typing,
                                              const char* options, int options_size) {
    search::SearchOptions o;
    if (!c || !Valid(typed, typed_size) || !Options(options, options_size, &o)) return -1;
    c->Answer = search::PathsToJson(c->Service.Missing(std::string(typed, typed_size), typing != 0, o));
    return 0;
}

// The query's results (JSON, in the answer). 0, or -1 for bad arguments.
EMSCRIPTEN_KEEPALIVE int folio_search_run(SearchContext* c, const char* typed, int typed_size, int typing,
                                          const char* options, int options_size) {
    search::SearchOptions o;
    if (!c || !Valid(typed, typed_size) || !Options(options, options_size, &o)) return -1;
    c->Answer = search::ResultsToJson(c->Service.Run(std::string(typed, typed_size), typing != 0, o));
    return 0;
}

EMSCRIPTEN_KEEPALIVE int folio_search_provide(SearchContext* c, const char* path, int path_size, const char* bytes, int size) {
    if (!c || !Valid(path, path_size) || !Valid(bytes, size)) return -1;
    c->Service.Provide(std::string(path, path_size), std::string(bytes, size));
    return 0;
}

EMSCRIPTEN_KEEPALIVE int folio_search_failed(SearchContext* c, const char* path, int path_size, const char* why, int why_size) {
    if (!c || !Valid(path, path_size) || !Valid(why, why_size)) return -1;
    c->Service.Failed(std::string(path, path_size), std::string(why, why_size));
    return 0;
}

EMSCRIPTEN_KEEPALIVE void folio_search_reset(SearchContext* c) {
    if (c) c->Service.Reset();
}

} // extern "C"
