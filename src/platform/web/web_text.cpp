// WebTextServices: each call goes out to Module.folioText (web/embed/text-module.js, once Module.folioLoadText() of
// runtime.js has resolved), which copies its arguments into the text module's heap, calls the module's C API
// (src/platform/web/text_module/text_module.cpp) and copies the answer back. A viewer without that hook never gets
// the services. A call that fails inside the module (out of memory) answers as the fast path would.
#include "platform/web/web_text.h"

#include <emscripten.h>

#include <cstdlib>
#include <cstring>

// clang-format off
// Loads the module (once per page: runtime.js keeps the promise) and makes this viewer's context. The answer goes
// to folio_text_arrived only while this viewer still waits for it (Module.folioTextWaiting): a viewer stopped
// before it arrived is not called.
EM_JS(void, folio_js_text_need, (void* services), {
    Module["folioTextWaiting"] = services;
    var answer = function(context, message) {
        if (Module["folioTextWaiting"] !== services) {
            if (context) Module["folioText"].deleteContext(context);
            return;
        }
        Module["folioTextWaiting"] = 0;
        var size = lengthBytesUTF8(message) + 1;
        var text = _malloc(size);
        stringToUTF8(message, text, size);
        Module["_folio_text_arrived"](services, context, text);
    };
    var load = Module["folioLoadText"];
    if (!load) { answer(0, "this page offers no text module (Module.folioLoadText)"); return; }
    load().then(function(text) {
        Module["folioText"] = text;
        var context = text.newContext();
        answer(context, context ? "" : "the text module ran out of memory");
    }, function(err) { answer(0, "the text module could not be loaded: " + (err && err.message ? err.message : String(err))); });
});
EM_JS(void, folio_js_text_forget, (int context), {
    Module["folioTextWaiting"] = 0;
    if (context) Module["folioText"].deleteContext(context);
});
// The calls below are web/embed/text-module.js's (loaded with the module, not with the viewer), handed this
// viewer's heap: they copy the arguments into the module's heap and the answers back.
EM_JS(int, folio_js_text_bidi_levels, (int c, const uint32_t* cps, int n, int base, uint8_t* levels), {
    return Module["folioText"].bidiLevels(HEAPU8, c, cps, n, base, levels);
});
EM_JS(int, folio_js_text_bidi_reorder, (int c, const uint32_t* cps, const uint8_t* levels, int n, int begin, int end,
                                        int paragraph_level, uint8_t* line_levels, uint32_t* visual), {
    return Module["folioText"].bidiReorder(HEAPU8, c, cps, levels, n, begin, end, paragraph_level, line_levels, visual);
});
EM_JS(uint32_t, folio_js_text_mirror, (int c, uint32_t cp), { return Module["folioText"].mirror(c, cp); });
EM_JS(int, folio_js_text_breaks, (int c, const uint32_t* cps, int n, const char* lang, int lang_size, uint8_t* breaks), {
    return Module["folioText"].breaks(HEAPU8, c, cps, n, lang, lang_size, breaks);
});
EM_JS(int, folio_js_text_add_face, (int c, int face, const char* bytes, int size), {
    return Module["folioText"].addFace(HEAPU8, c, face, bytes, size);
});
EM_JS(int, folio_js_text_has_face, (int c, int face), { return Module["folioText"].hasFace(c, face); });
// Returns the glyph count (-1: not shaped); copies up to `room` glyph records (20 bytes each) into out.
EM_JS(int, folio_js_text_shape, (int c, int face, float em_px, const char* utf8, int length, int begin, int end, int rtl,
                                 const char* lang, int lang_size, void* out, int room), {
    return Module["folioText"].shape(HEAPU8, c, face, em_px, utf8, length, begin, end, rtl, lang, lang_size, out, room);
});
// The last shape's glyphs again, all `count` of them, into out (after a call whose room was too small).
EM_JS(void, folio_js_text_glyphs, (int c, void* out, int count), { Module["folioText"].glyphs(HEAPU8, c, out, count); });
// clang-format on

namespace folio::platform {

static_assert(sizeof(layout::ShapedGlyph) == 20, "glyph records cross from the text module as 5 words");

constexpr size_t kMaxCall = 1 << 22; // code points or bytes in one call, as the module's own bound

WebTextServices::WebTextServices(void (*request_frame)(void*), void* context) : RequestFrame_(request_frame), Context_(context) {}

WebTextServices::~WebTextServices() {
    if (Module_ || Loading_) folio_js_text_forget(Module_);
}

// Asked for when a shaped face is wanted (an article's text opens): after a failed load (a network blip, a module
// that stopped) the next article to need it tries again, so a reader is not left with unshaped text until a reload.
void WebTextServices::Need() {
    if (Module_ || Loading_) return;
    Error_.clear();
    Loading_ = true;
    folio_js_text_need(this);
}

void WebTextServices::Arrived(int module_context, const char* error) {
    Loading_ = false;
    if (!module_context) {
        Error_ = error && *error ? error : "the text module could not be started";
        return;
    }
    Module_ = module_context;
    Generation_++;
    RequestFrame_(Context_);
}

uint8_t WebTextServices::Resolver::ResolveLevels(const uint32_t* cps, size_t n, layout::Direction base, uint8_t* levels) const {
    if (n == 0) return layout::FallsBackRtl(base) ? 1 : 0;
    const int level = n <= kMaxCall ? folio_js_text_bidi_levels(S_.Module_, cps, (int)n, (int)base, levels) : -1;
    if (level >= 0) return (uint8_t)level;
    const uint8_t fallback = layout::FallsBackRtl(base) ? 1 : 0;
    memset(levels, fallback, n);
    return fallback;
}

void WebTextServices::Resolver::ReorderLine(const uint32_t* cps, const uint8_t* levels, size_t begin, size_t end,
                                            uint8_t paragraph_level, uint8_t* line_levels, uint32_t* visual) const {
    if (end <= begin) return;
    // Rules L1-L2 read only the line's own code points and levels, so only those cross into the module's heap (the
    // paragraph up to the line's end would copy a long paragraph again for each of its lines).
    const size_t n = end - begin;
    if (n <= kMaxCall && folio_js_text_bidi_reorder(S_.Module_, cps + begin, levels + begin, (int)n, 0, (int)n, paragraph_level,
                                                    line_levels, visual) == 0) {
        return;
    }
    for (size_t i = begin; i < end; i++) {
        line_levels[i - begin] = levels[i];
        visual[i - begin] = (uint32_t)(i - begin);
    }
}

uint32_t WebTextServices::Resolver::Mirror(uint32_t cp) const { return folio_js_text_mirror(S_.Module_, cp); }

void WebTextServices::Breaking::Breaks(const uint32_t* cps, size_t n, const char* lang, layout::BreakKind* breaks) const {
    if (n == 0) return;
    static_assert(sizeof(layout::BreakKind) == 1, "break kinds cross from the text module as bytes");
    const int lang_size = lang ? (int)strnlen(lang, 64) : 0;
    if (n <= kMaxCall && folio_js_text_breaks(S_.Module_, cps, (int)n, lang ? lang : "", lang_size, (uint8_t*)breaks) == 0) return;
    for (size_t i = 0; i + 1 < n; i++) breaks[i] = layout::BreakKind::None;
    breaks[n - 1] = layout::BreakKind::Mandatory;
}

void WebTextServices::Shaping::AddFace(layout::FaceId face, const std::string& font_bytes) {
    if (font_bytes.empty() || font_bytes.size() > (64u << 20)) return;
    if (folio_js_text_add_face(S_.Module_, face, font_bytes.data(), (int)font_bytes.size()) == 0) S_.Faces_++;
}

bool WebTextServices::Shaping::HasFace(layout::FaceId face) const { return folio_js_text_has_face(S_.Module_, face) == 1; }

bool WebTextServices::Shaping::Shape(layout::FaceId face, float em_px, const char* utf8, size_t length, size_t begin, size_t end,
                                     bool rtl, const char* lang, std::vector<layout::ShapedGlyph>* out) const {
    out->clear();
    if (length > kMaxCall || begin > end || end > length) return false;
    const int lang_size = lang ? (int)strnlen(lang, 64) : 0;
    if (out->capacity() < end - begin) out->reserve(end - begin); // most runs give at most a glyph per byte
    out->resize(out->capacity());
    int count = folio_js_text_shape(S_.Module_, face, em_px, utf8, (int)length, (int)begin, (int)end, rtl ? 1 : 0, lang ? lang : "",
                                    lang_size, out->data(), (int)out->size());
    if (count < 0) {
        out->clear();
        return false;
    }
    if ((size_t)count > out->size()) {
        out->resize((size_t)count);
        folio_js_text_glyphs(S_.Module_, out->data(), count);
    }
    out->resize((size_t)count);
    return true;
}

} // namespace folio::platform

extern "C" EMSCRIPTEN_KEEPALIVE void folio_text_arrived(folio::platform::WebTextServices* services, int module_context, char* error) {
    if (services) services->Arrived(module_context, error);
    free(error);
}
