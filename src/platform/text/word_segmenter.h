// Dictionary word segmentation for the scripts written without spaces between words (UAX #14 class SA: Thai,
// Lao, Khmer, Myanmar). The line breaker asks it for the word boundaries inside such a run. Natively libthai
// (Thai) and ICU's dictionary break iterator (the others); on the web the browser's Intl.Segmenter.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace folio::platform {

class WordSegmenter {
public:
    virtual ~WordSegmenter() = default;
    // Appends to boundaries the indices i (0 < i < n) into cps[0, n) where a word starts, for text in lang ("" if
    // unknown; the script decides). A run it cannot segment gives none (the run then breaks only at its edges).
    virtual void WordStarts(const uint32_t* cps, size_t n, const char* lang, std::vector<size_t>* boundaries) const = 0;
};

} // namespace folio::platform
