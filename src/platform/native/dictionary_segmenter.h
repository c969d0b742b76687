// The desktop's WordSegmenter for runs of class SA: libthai's dictionary for Thai, ICU's word BreakIterator (its
// dictionaries for Lao, Khmer and Myanmar, and for Thai when libthai's dictionary is missing) for the rest.
// Both load on the first run segmented (libthai's dictionary and ICU's rules take some 30-45 ms, which the desktop's
// start should not pay for text that never needs them). Safe to share between threads (one lock around the two
// segmenters' state, loading included).
#pragma once
#include "platform/text/word_segmenter.h"

#include <memory>

namespace folio::platform {

class DictionarySegmenter final : public WordSegmenter {
public:
    DictionarySegmenter();
    ~DictionarySegmenter() override;
    DictionarySegmenter(const DictionarySegmenter&) = delete;
    DictionarySegmenter& operator=(const DictionarySegmenter&) = delete;

    void WordStarts(const uint32_t* cps, size_t n, const char* lang, std::vector<size_t>* boundaries) const override;
    bool HasThaiDictionary() const; // libthai found its dictionary (else Thai goes to ICU too); loads them
    bool Loaded() const;            // whether the two segmenters have been loaded (by a run, or the query above)

private:
    struct State;
    std::unique_ptr<State> State_;
};

} // namespace folio::platform
