// WebTextServices: each call copies its arguments into the text module's heap (its context's scratch buffer),
// calls the module's C API (src/platform/web/text_module/text_module.cpp) and copies the answer back. The module is
// Module.folioText once Module.folioLoadText() (runtime.js) has resolved; a viewer without that hook (a test page)
// never gets the services. A call that fails inside the module (out of memory) answers as the fast path would.
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
            if (context && Module["folioText"]) Module["folioText"]["_folio_text_delete"](context);
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
        var context = text["_folio_text_new"]();
        if (!context) { answer(0, "the text module ran out of memory"); return; }
        Module["folioText"] = text;
        answer(context, "");
    }, function(err) { answer(0, "the text module could not be loaded: " + (err && err.message ? err.message : String(err))); });
});
EM_JS(void, folio_js_text_forget, (int context), {
    Module["folioTextWaiting"] = 0;
    if (context && Module["folioText"]) Module["folioText"]["_folio_text_delete"](context);
});
// Each call below copies its arguments into the context's scratch buffer (folio_text_scratch), calls, and copies the
// answer back; the module's HEAPU8 is read after each call that may have grown its memory.
EM_JS(int, folio_js_text_bidi_levels, (int context, const uint32_t* cps, int n, int base, uint8_t* levels), {
    var t = Module["folioText"];
    var p = t["_folio_text_scratch"](context, 5 * n);
    if (!p) return -1;
    t["HEAPU8"].set(HEAPU8.subarray(cps, cps + 4 * n), p);
    var level = t["_folio_text_bidi_levels"](context, p, n, base, p + 4 * n);
    if (level >= 0) HEAPU8.set(t["HEAPU8"].subarray(p + 4 * n, p + 5 * n), levels);
    return level;
});
EM_JS(int, folio_js_text_bidi_reorder, (int context, const uint32_t* cps, const uint8_t* levels, int n, int begin, int end,
                                        int paragraph_level, uint8_t* line_levels, uint32_t* visual), {
    var t = Module["folioText"];
    var m = end - begin;
    var p = t["_folio_text_scratch"](context, 4 * n + 4 * m + n + m);
    if (!p) return -1;
    var at = p;
    var pCps = at; at += 4 * n;
    var pVisual = at; at += 4 * m;
    var pLevels = at; at += n;
    var pLine = at;
    t["HEAPU8"].set(HEAPU8.subarray(cps, cps + 4 * n), pCps);
    t["HEAPU8"].set(HEAPU8.subarray(levels, levels + n), pLevels);
    var r = t["_folio_text_bidi_reorder"](context, pCps, pLevels, n, begin, end, paragraph_level, pLine, pVisual);
    if (r < 0) return r;
    HEAPU8.set(t["HEAPU8"].subarray(pLine, pLine + m), line_levels);
    HEAPU8.set(t["HEAPU8"].subarray(pVisual, pVisual + 4 * m), visual);
    return 0;
});
EM_JS(uint32_t, folio_js_text_mirror, (int context, uint32_t cp), {
    return Module["folioText"]["_folio_text_mirror"](context, cp) >>> 0;
});
EM_JS(int, folio_js_text_breaks, (int context, const uint32_t* cps, int n, const char* lang, int lang_size, uint8_t* breaks), {
    var t = Module["folioText"];
    var p = t["_folio_text_scratch"](context, 5 * n + lang_size + 1);
    if (!p) return -1;
    var pLang = p + 5 * n;
    t["HEAPU8"].set(HEAPU8.subarray(cps, cps + 4 * n), p);
    t["HEAPU8"].set(HEAPU8.subarray(lang, lang + lang_size), pLang);
    t["HEAPU8"][pLang + lang_size] = 0;
    var r = t["_folio_text_breaks"](context, p, n, pLang, p + 4 * n);
    if (r >= 0) HEAPU8.set(t["HEAPU8"].subarray(p + 4 * n, p + 5 * n), breaks);
    return r;
});
EM_JS(int, folio_js_text_add_face, (int context, int face, const char* bytes, int size), {
    var t = Module["folioText"];
    var p = t["_malloc"](size);
    if (!p) return -1;
    t["HEAPU8"].set(HEAPU8.subarray(bytes, bytes + size), p);
    var r = t["_folio_text_add_face"](context, face, p, size);
    t["_free"](p);
    return r;
});
EM_JS(int, folio_js_text_has_face, (int context, int face), {
    return Module["folioText"]["_folio_text_has_face"](context, face);
});
// Returns the glyph count (-1: not shaped); copies up to `room` glyph records (20 bytes each) into out.
EM_JS(int, folio_js_text_shape, (int context, int face, float em_px, const char* utf8, int length, int begin, int end, int rtl,
                                 const char* lang, int lang_size, void* out, int room), {
    var t = Module["folioText"];
    var p = t["_folio_text_scratch"](context, length + lang_size + 2);
    if (!p) return -1;
    var pLang = p + length + 1;
    t["HEAPU8"].set(HEAPU8.subarray(utf8, utf8 + length), p);
    t["HEAPU8"][p + length] = 0;
    t["HEAPU8"].set(HEAPU8.subarray(lang, lang + lang_size), pLang);
    t["HEAPU8"][pLang + lang_size] = 0;
    var count = t["_folio_text_shape"](context, face, em_px, p, length, begin, end, rtl, pLang);
    if (count <= 0) return count;
    var glyphs = t["_folio_text_glyphs"](context);
    var copied = Math.min(count, room);
    HEAPU8.set(t["HEAPU8"].subarray(glyphs, glyphs + 20 * copied), out);
    return count;
});
// The last shape's glyphs again, all `count` of them, into out (after a call whose room was too small).
EM_JS(void, folio_js_text_glyphs, (int context, void* out, int count), {
    var t = Module["folioText"];
    var glyphs = t["_folio_text_glyphs"](context);
    HEAPU8.set(t["HEAPU8"].subarray(glyphs, glyphs + 20 * count), out);
});
// clang-format on

namespace folio::platform {

static_assert(sizeof(layout::ShapedGlyph) == 20, "glyph records cross from the text module as 5 words");

constexpr size_t kMaxCall = 1 << 22; // code points or bytes in one call, as the module's own bound

WebTextServices::WebTextServices(void (*request_frame)(void*), void* context) : RequestFrame_(request_frame), Context_(context) {}

WebTextServices::~WebTextServices() {
    if (Module_ || Loading_) folio_js_text_forget(Module_);
}

void WebTextServices::Need() {
    if (Module_ || Loading_ || !Error_.empty()) return;
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
    if (n == 0) return base == layout::Direction::Rtl ? 1 : 0;
    const int level = n <= kMaxCall ? folio_js_text_bidi_levels(S_.Module_, cps, (int)n, (int)base, levels) : -1;
    if (level >= 0) return (uint8_t)level;
    const uint8_t fallback = base == layout::Direction::Rtl ? 1 : 0;
    memset(levels, fallback, n);
    return fallback;
}

void WebTextServices::Resolver::ReorderLine(const uint32_t* cps, const uint8_t* levels, size_t begin, size_t end,
                                            uint8_t paragraph_level, uint8_t* line_levels, uint32_t* visual) const {
    if (end <= begin) return;
    // The paragraph's length is not passed: the line's end bounds what the module reads.
    if (end <= kMaxCall && folio_js_text_bidi_reorder(S_.Module_, cps, levels, (int)end, (int)begin, (int)end, paragraph_level,
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
    folio_js_text_add_face(S_.Module_, face, font_bytes.data(), (int)font_bytes.size());
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
