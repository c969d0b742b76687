// Line break opportunities by UAX #14 through libunibreak (built from Debian's source package), with Folio's
// tailorings, and dictionary breaks inside runs of class SA through a WordSegmenter.
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
