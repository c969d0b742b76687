// Dictionary word segmentation on the web: the browser's Intl.Segmenter (granularity "word") for the runs of Thai,
// Lao, Khmer and Burmese that UnibreakBreaker hands a WordSegmenter. Part of the text module (folio-text.wasm):
// the call goes out to the module's own JavaScript. A browser without Intl.Segmenter gives no boundaries (the run
// breaks only at its edges, as WordSegmenter allows).
#pragma once
#include "platform/text/word_segmenter.h"

namespace folio::platform {

class IntlSegmenter final : public WordSegmenter {
public:
    void WordStarts(const uint32_t* cps, size_t n, const char* lang, std::vector<size_t>* boundaries) const override;

private:
    mutable std::vector<uint32_t> Starts_; // the JavaScript side's answer, reused between calls
};

} // namespace folio::platform
