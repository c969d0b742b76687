// WebSearchService: each call goes out to Module.folioSearch (web/embed/search-module.js, once
// Module.folioLoadSearch() of runtime.js has resolved), which copies the strings into the search module's heap,
// calls its C API (src/platform/web/search_module/search_module.cpp) and hands the JSON answer back.
#include "platform/web/web_search.h"

#include <emscripten.h>

#include <cstdlib>
#include "search/search_json.h"

// clang-format off
// Loads the module (once per page: runtime.js keeps the promise) and makes this viewer's context. The answer goes
// to folio_search_arrived only while this viewer still waits for it (Module.folioSearchWaiting).
EM_JS(void, folio_js_search_need, (void* service), {
    Module["folioSearchWaiting"] = service;
    var answer = function(context, message) {
        if (Module["folioSearchWaiting"] !== service) {
            if (context) Module["folioSearch"].deleteContext(context);
            return;
        }
        Module["folioSearchWaiting"] = 0;
        var size = lengthBytesUTF8(message) + 1;
        var text = _malloc(size);
        stringToUTF8(message, text, size);
        Module["_folio_search_arrived"](service, context, text);
    };
    var load = Module["folioLoadSearch"];
    if (!load) { answer(0, "this page offers no search module (Module.folioLoadSearch)"); return; }
    load().then(function(search) {
        Module["folioSearch"] = search;
        var context = search.newContext();
        answer(context, context ? "" : "the search module ran out of memory");
    }, function(err) { answer(0, "search could not be started: " + (err && err.message ? err.message : String(err))); });
});
EM_JS(void, folio_js_search_forget, (int context), {
    Module["folioSearchWaiting"] = 0;
    if (context) Module["folioSearch"].deleteContext(context);
});
// A string answer (malloc'd, NUL-terminated) or 0. kind: 0 missing, 1 run, 2 fold.
EM_JS(char*, folio_js_search_call, (int kind, int context, const char* text, int size, int typing, const char* options,
                                    int options_size), {
    var s = Module["folioSearch"];
    var typed = UTF8ToString(text, size);
    var answer = kind == 2 ? s.fold(typed)
        : kind == 0 ? s.missing(context, typed, typing, UTF8ToString(options, options_size))
        : s.run(context, typed, typing, UTF8ToString(options, options_size));
    if (answer === null || answer === undefined) return 0;
    var bytes = lengthBytesUTF8(answer) + 1;
    var out = _malloc(bytes);
    if (out) stringToUTF8(answer, out, bytes);
    return out;
});
EM_JS(void, folio_js_search_provide, (int context, const char* path, const char* bytes, int size), {
    Module["folioSearch"].provide(context, UTF8ToString(path), HEAPU8.subarray(bytes, bytes + size));
});
EM_JS(void, folio_js_search_failed, (int context, const char* path, const char* why), {
    Module["folioSearch"].failed(context, UTF8ToString(path), UTF8ToString(why));
});
EM_JS(void, folio_js_search_reset, (int context), { Module["folioSearch"].reset(context); });
// clang-format on

namespace folio::platform {
namespace {

// Takes a malloc'd answer; "" for none.
std::string Take(char* answer) {
    if (!answer) return {};
    std::string out(answer);
    free(answer);
    return out;
}

} // namespace

WebSearchService::WebSearchService(void (*request_frame)(void*), void* context) : RequestFrame_(request_frame), Context_(context) {}

WebSearchService::~WebSearchService() {
    if (Module_ || Loading_) folio_js_search_forget(Module_);
}

// A failed load is tried again on the next search, so a network blip does not leave a reader without search.
bool WebSearchService::Ready() {
    if (Module_) return true;
    if (!Loading_) {
        Loading_ = true;
        folio_js_search_need(this);
    }
    return false;
}

void WebSearchService::Arrived(int module_context, const char* error) {
    Loading_ = false;
    if (!module_context) {
        Error_ = error && *error ? error : "search could not be started";
    } else {
        Module_ = module_context;
        Error_.clear();
    }
    Generation_++;
    RequestFrame_(Context_);
}

std::vector<std::string> WebSearchService::Missing(const std::string& typed, bool typing, const search::SearchOptions& options) {
    if (!Module_) return {};
    const std::string o = search::OptionsToJson(options);
    const std::string json = Take(folio_js_search_call(0, Module_, typed.data(), (int)typed.size(), typing ? 1 : 0, o.data(), (int)o.size()));
    std::vector<std::string> paths;
    Error err;
    if (json.empty() || !search::PathsFromJson(json, &paths, &err)) return {};
    return paths;
}

void WebSearchService::Provide(const std::string& path, std::string bytes) {
    if (Module_) folio_js_search_provide(Module_, path.c_str(), bytes.data(), (int)bytes.size());
}

void WebSearchService::Failed(const std::string& path, const std::string& why) {
    if (Module_) folio_js_search_failed(Module_, path.c_str(), why.c_str());
}

search::SearchResults WebSearchService::Run(const std::string& typed, bool typing, const search::SearchOptions& options) {
    search::SearchResults results;
    if (!Module_) return results;
    const std::string o = search::OptionsToJson(options);
    const std::string json = Take(folio_js_search_call(1, Module_, typed.data(), (int)typed.size(), typing ? 1 : 0, o.data(), (int)o.size()));
    Error err;
    if (json.empty()) {
        results.Ready = true;
        results.Error = "the search module stopped";
    } else if (!search::ResultsFromJson(json, &results, &err)) {
        results = {};
        results.Ready = true;
        results.Error = "the search module answered what could not be read: " + err.Message();
    }
    return results;
}

void WebSearchService::Reset() {
    if (Module_) folio_js_search_reset(Module_);
}

std::string WebSearchService::JsFolder::Fold(std::string_view text) const {
    return Take(folio_js_search_call(2, 0, text.data(), (int)text.size(), 0, "", 0));
}

} // namespace folio::platform

extern "C" EMSCRIPTEN_KEEPALIVE void folio_search_arrived(folio::platform::WebSearchService* service, int module_context, char* error) {
    if (service) service->Arrived(module_context, error);
    free(error);
}
