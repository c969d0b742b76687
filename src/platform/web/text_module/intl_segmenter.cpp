// IntlSegmenter: code points out to JavaScript as a string, Intl.Segmenter's word starts back as code point indices.
#include "platform/web/text_module/intl_segmenter.h"

#include <emscripten.h>

// clang-format off
// Writes at most `room` word starts (code point indices, 0 < i < n) into starts and returns how many there are (a
// larger count than room: call again with more room). Segmenters are kept per language for the page's life.
EM_JS(int, folio_text_js_word_starts, (const uint32_t* cps, int n, const char* lang_c, uint32_t* starts, int room), {
    if (typeof Intl !== "object" || typeof Intl.Segmenter !== "function") return 0;
    var lang = UTF8ToString(lang_c);
    var cache = Module["folioSegmenters"] || (Module["folioSegmenters"] = new Map());
    var segmenter = cache.get(lang);
    if (!segmenter) {
        try { segmenter = new Intl.Segmenter(lang || undefined, {granularity: "word"}); }
        catch (e) { segmenter = new Intl.Segmenter(undefined, {granularity: "word"}); }
        cache.set(lang, segmenter);
    }
    var first = cps >> 2;
    var text = "";
    var unitToCp = new Int32Array(2 * n + 1); // UTF-16 index -> code point index
    var units = 0;
    for (var i = 0; i < n; i++) {
        var cp = HEAPU32[first + i];
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
        var s = String.fromCodePoint(cp);
        unitToCp[units] = i;
        if (s.length === 2) unitToCp[units + 1] = i;
        units += s.length;
        text += s;
    }
    var count = 0;
    for (var seg of segmenter.segment(text)) {
        if (seg.index === 0) continue;
        if (count < room) HEAPU32[(starts >> 2) + count] = unitToCp[seg.index];
        count++;
    }
    return count;
});
// clang-format on

namespace folio::platform {

void IntlSegmenter::WordStarts(const uint32_t* cps, size_t n, const char* lang, std::vector<size_t>* boundaries) const {
    if (n < 2 || n > 0x3FFFFFFF) return;
    if (Starts_.size() < 64) Starts_.resize(64);
    int count = folio_text_js_word_starts(cps, (int)n, lang ? lang : "", Starts_.data(), (int)Starts_.size());
    if (count > (int)Starts_.size()) {
        Starts_.resize((size_t)count);
        count = folio_text_js_word_starts(cps, (int)n, lang ? lang : "", Starts_.data(), (int)Starts_.size());
    }
    for (int i = 0; i < count && i < (int)Starts_.size(); i++) {
        if (Starts_[i] > 0 && Starts_[i] < n) boundaries->push_back(Starts_[i]);
    }
}

} // namespace folio::platform
