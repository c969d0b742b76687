// UnibreakBreaker: libunibreak's UAX #14 breaks, then Folio's tailorings (unibreak_breaker.h) and the dictionary
// breaks of SA runs. The per-code-point results and word starts live in per-thread buffers reused between calls.
#include "platform/text/unibreak_breaker.h"

#include <linebreak.h>
extern "C" { // linebreakdef.h, libunibreak's internal interface, has no C++ guard of its own
#include <linebreakdef.h>
}

#include <vector>

namespace folio::platform {

namespace {

struct Scratch {
    std::vector<char> Raw;
    std::vector<LineBreakClass> Classes;
    std::vector<size_t> Words;
};

Scratch& ThreadScratch() {
    thread_local Scratch scratch;
    return scratch;
}

layout::BreakKind Kind(char raw) {
    switch (raw) {
    case LINEBREAK_MUSTBREAK: return layout::BreakKind::Mandatory;
    case LINEBREAK_ALLOWBREAK: return layout::BreakKind::Allowed;
    default: return layout::BreakKind::None;
    }
}

} // namespace

UnibreakBreaker::UnibreakBreaker(const WordSegmenter* segmenter) : Segmenter_(segmenter) {}

void UnibreakBreaker::Breaks(const uint32_t* cps, size_t n, const char* lang, layout::BreakKind* breaks) const {
    if (n == 0) return;
    if (lang == nullptr) lang = "";
    Scratch& s = ThreadScratch();
    s.Raw.resize(n);
    static_assert(sizeof(utf32_t) == sizeof(uint32_t), "code points are passed in place");
    set_linebreaks_utf32(reinterpret_cast<const utf32_t*>(cps), n, lang, s.Raw.data());
    for (size_t i = 0; i < n; ++i) breaks[i] = Kind(s.Raw[i]);
    breaks[n - 1] = layout::BreakKind::Mandatory; // end of text (libunibreak says "indeterminate" there)

    // The raw classes (before libunibreak resolves SA to AL), for the tailorings and the SA runs.
    LineBreakContext context;
    lb_init_break_context(&context, cps[0], lang);
    s.Classes.resize(n);
    for (size_t i = 0; i < n; ++i) s.Classes[i] = lb_get_char_class(&context, cps[i]);

    // Tailoring: an en dash between digits holds them together.
    for (size_t i = 1; i + 1 < n; ++i)
        if (cps[i] == 0x2013 && s.Classes[i - 1] == LBP_NU && s.Classes[i + 1] == LBP_NU) breaks[i] = layout::BreakKind::None;

    if (Segmenter_ == nullptr) return;
    for (size_t start = 0; start < n;) {
        if (s.Classes[start] != LBP_SA) { ++start; continue; }
        size_t end = start;
        while (end < n && s.Classes[end] == LBP_SA) ++end;
        s.Words.clear();
        Segmenter_->WordStarts(cps + start, end - start, lang, &s.Words);
        for (size_t word : s.Words) {
            if (word == 0 || word >= end - start) continue;
            // Inside the run libunibreak allowed no break (SA as AL); the segmenters' word starts are never marks.
            breaks[start + word - 1] = layout::BreakKind::Allowed;
        }
        start = end;
    }
}

} // namespace folio::platform
