// The web's text module, folio-text.js + folio-text.wasm: a C API over FribidiResolver, UnibreakBreaker (with
// IntlSegmenter for Thai, Lao, Khmer and Burmese) and HarfBuzzShaper (src/platform/text/). web/embed/runtime.js
// loads it once per page, on a viewer's first need, and every viewer shares the instance: each makes its own
// context (its shaped faces), and WebTextServices (src/platform/web/web_text.h) copies arguments into this module's
// heap, calls, and copies the answers back. FriBidi (LGPL) is linked only here, so a site can rebuild or replace it.
// Every entry checks its arguments and answers a failure as a value (-1 or 0); nothing aborts.
#include "platform/text/fribidi_resolver.h"
#include "platform/text/harfbuzz_shaper.h"
#include "platform/text/unibreak_breaker.h"
#include "platform/web/text_module/intl_segmenter.h"

#include <emscripten.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <vector>

namespace {

using namespace folio;

// One viewer's side of the module.
struct TextContext {
    platform::FribidiResolver Bidi;
    platform::IntlSegmenter Segmenter;
    platform::UnibreakBreaker Breaker{&Segmenter};
    platform::HarfBuzzShaper Shaper;
    std::vector<layout::ShapedGlyph> Glyphs; // the last Shape's glyphs, read through folio_text_glyphs
    std::vector<layout::BreakKind> Breaks;   // Breaks' answer before it is narrowed to bytes
    void* Scratch = nullptr;                 // where the caller copies its arguments (folio_text_scratch)
    size_t ScratchSize = 0;
    ~TextContext() { free(Scratch); }
};

// The glyph record the caller reads: five 32-bit words, as layout::ShapedGlyph is laid out.
static_assert(sizeof(layout::ShapedGlyph) == 20, "folio_text_glyphs hands out ShapedGlyph records of 5 words");

constexpr int kMaxCodePoints = 1 << 22;    // far beyond any paragraph the model allows
constexpr int kMaxScratchBytes = 64 << 20; // the most one call copies in: a paragraph's code points and answers

bool ValidCount(int n) { return n > 0 && n <= kMaxCodePoints; }

} // namespace

extern "C" {

// A new context, or 0 when memory ran out.
EMSCRIPTEN_KEEPALIVE TextContext* folio_text_new() { return new (std::nothrow) TextContext(); }
EMSCRIPTEN_KEEPALIVE void folio_text_delete(TextContext* c) { delete c; }

// A buffer of at least `bytes` bytes (4-aligned) for the caller's arguments and answers, kept and reused by the
// context until the next call asks for more; 0 when the size is out of range or memory ran out.
EMSCRIPTEN_KEEPALIVE void* folio_text_scratch(TextContext* c, int bytes) {
    if (!c || bytes < 0 || bytes > kMaxScratchBytes) return nullptr;
    if (c->ScratchSize < (size_t)bytes || !c->Scratch) {
        free(c->Scratch);
        c->ScratchSize = 0;
        c->Scratch = malloc((size_t)bytes + 4); // malloc, not a vector: running out of memory is a null, not an abort
        if (c->Scratch) c->ScratchSize = (size_t)bytes + 4;
    }
    return c->Scratch;
}

// UAX #9 P2–I2: levels[0..n) for cps[0..n); base 0 auto, 1 LTR, 2 RTL, 3 auto else RTL. Returns the paragraph level, or -1.
EMSCRIPTEN_KEEPALIVE int folio_text_bidi_levels(TextContext* c, const uint32_t* cps, int n, int base, uint8_t* levels) {
    if (!c || !cps || !levels || !ValidCount(n) || base < 0 || base > 3) return -1;
    return c->Bidi.ResolveLevels(cps, (size_t)n, (layout::Direction)base, levels);
}

// UAX #9 L1–L2 for cps[begin, end) of a paragraph of n: line_levels and visual get end - begin entries. 0, or -1.
EMSCRIPTEN_KEEPALIVE int folio_text_bidi_reorder(TextContext* c, const uint32_t* cps, const uint8_t* levels, int n, int begin,
                                                 int end, int paragraph_level, uint8_t* line_levels, uint32_t* visual) {
    if (!c || !cps || !levels || !line_levels || !visual || !ValidCount(n)) return -1;
    if (begin < 0 || end <= begin || end > n || paragraph_level < 0 || paragraph_level > 1) return -1;
    c->Bidi.ReorderLine(cps, levels, (size_t)begin, (size_t)end, (uint8_t)paragraph_level, line_levels, visual);
    return 0;
}

EMSCRIPTEN_KEEPALIVE uint32_t folio_text_mirror(TextContext* c, uint32_t cp) { return c ? c->Bidi.Mirror(cp) : cp; }

// UAX #14 with Folio's tailorings: breaks[0..n) gets a layout::BreakKind per code point. 0, or -1.
EMSCRIPTEN_KEEPALIVE int folio_text_breaks(TextContext* c, const uint32_t* cps, int n, const char* lang, uint8_t* breaks) {
    if (!c || !cps || !breaks || !ValidCount(n)) return -1;
    c->Breaks.assign((size_t)n, layout::BreakKind::None);
    c->Breaker.Breaks(cps, (size_t)n, lang ? lang : "", c->Breaks.data());
    for (int i = 0; i < n; i++) breaks[i] = (uint8_t)c->Breaks[(size_t)i];
    return 0;
}

// A shaped face's font file (copied). 0, or -1 for arguments out of range.
EMSCRIPTEN_KEEPALIVE int folio_text_add_face(TextContext* c, int face, const char* bytes, int size) {
    if (!c || !bytes || size <= 0 || face < 0 || face > 255) return -1;
    c->Shaper.AddFace((layout::FaceId)face, std::string(bytes, (size_t)size));
    return c->Shaper.HasFace((layout::FaceId)face) ? 0 : -1;
}

EMSCRIPTEN_KEEPALIVE int folio_text_has_face(TextContext* c, int face) {
    return c && face >= 0 && face <= 255 && c->Shaper.HasFace((layout::FaceId)face) ? 1 : 0;
}

// Shapes utf8[begin, end) of utf8[0, length) (TextShaper::Shape). Returns the glyph count (their records at
// folio_text_glyphs), or -1 when the face is not there or the arguments are out of range.
EMSCRIPTEN_KEEPALIVE int folio_text_shape(TextContext* c, int face, float em_px, const char* utf8, int length, int begin, int end,
                                          int rtl, const char* lang) {
    if (!c || !utf8 || face < 0 || face > 255 || !(em_px > 0.0f && em_px < 10000.0f)) return -1;
    if (length < 0 || begin < 0 || end < begin || end > length) return -1;
    c->Glyphs.clear();
    if (!c->Shaper.Shape((layout::FaceId)face, em_px, utf8, (size_t)length, (size_t)begin, (size_t)end, rtl != 0, lang ? lang : "",
                         &c->Glyphs)) {
        return -1;
    }
    return (int)c->Glyphs.size();
}

EMSCRIPTEN_KEEPALIVE const layout::ShapedGlyph* folio_text_glyphs(TextContext* c) { return c ? c->Glyphs.data() : nullptr; }

} // extern "C"
