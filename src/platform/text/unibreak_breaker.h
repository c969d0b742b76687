// Line break opportunities by UAX #14 through libunibreak (built from Debian's source package), with Folio's
// tailorings, and dictionary breaks inside runs of class SA through a WordSegmenter.
//
// Folio's tailorings of UAX #14 (what src/layout/line_breaks.cpp, the built-in fallback, did that UAX #14 does
// not), each kept or dropped:
//  - Kept: no break after an en dash (U+2013) between two digits (class NU): a range ("1–2", "1990–95") stays
//    whole. UAX #14 gives the en dash class BA, which allows a break after it; news text uses it for ranges.
//  - Dropped: a hyphen breaking only between letters or digits, a slash breaking only inside URLs, no break before
//    an em dash, Folio's own kinsoku lists: UAX #14's classes (HY, SY, B2, CL/NS/OP) decide these now, and do it
//    for every script, where the fallback knew only Latin, Greek, Cyrillic and CJK.
// Runs of class SA (Thai, Lao, Khmer, Myanmar, …): libunibreak treats them as AL (no break inside), so the breaks
// between the segmenter's words are added (a word starts at a base character, so never before a mark).
// tests/text/ lists every conformance case these choices change, with its reason.
#pragma once
#include "layout/text_services.h"
#include "platform/text/word_segmenter.h"

namespace folio::platform {

class UnibreakBreaker final : public layout::LineBreaker {
public:
    explicit UnibreakBreaker(const WordSegmenter* segmenter = nullptr); // null: SA runs break only at their edges
    void Breaks(const uint32_t* cps, size_t n, const char* lang, layout::BreakKind* breaks) const override;

private:
    const WordSegmenter* Segmenter_;
};

} // namespace folio::platform
