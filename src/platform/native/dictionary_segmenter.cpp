// DictionarySegmenter: Thai through libthai's th_brk (a maximal-matching dictionary segmentation), everything
// else through ICU's rule-and-dictionary word BreakIterator. Both give word boundaries; ours are those strictly
// inside the run, as code point indices. Nothing is opened until the first run (or HasThaiDictionary) asks.
#include "platform/native/dictionary_segmenter.h"

#include <thai/thbrk.h>
#include <thai/thwbrk.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <mutex>

namespace folio::platform {

// The longest stretch of a Thai run libthai segments in one call (see WordStarts).
constexpr size_t kThaiWindow = 1000;

struct DictionarySegmenter::State {
    std::mutex Lock;
    bool Loaded = false;                         // Thai and Words opened (or found missing)
    ThBrk* Thai = nullptr;                       // null: libthai's dictionary is not installed
    std::unique_ptr<icu::BreakIterator> Words;   // null: ICU could not open its word rules
    std::vector<thwchar_t> Wide;                 // the run for libthai, 0-terminated
    std::vector<int> Positions;                  // libthai's break positions
    std::vector<size_t> Inside;                  // those inside a window
    std::vector<size_t> Utf16ToCp;               // UTF-16 index -> code point index, for ICU's boundaries

    // Opens libthai's dictionary and ICU's word rules, once; the caller holds Lock.
    void Load() {
        if (Loaded) return;
        Loaded = true;
        Thai = th_brk_new(nullptr); // the default dictionary of libthai-data
        UErrorCode status = U_ZERO_ERROR;
        Words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) Words.reset();
    }
};

DictionarySegmenter::DictionarySegmenter() : State_(std::make_unique<State>()) {}

DictionarySegmenter::~DictionarySegmenter() {
    if (State_->Thai != nullptr) th_brk_delete(State_->Thai);
}

bool DictionarySegmenter::HasThaiDictionary() const {
    std::lock_guard<std::mutex> hold(State_->Lock);
    State_->Load();
    return State_->Thai != nullptr;
}

bool DictionarySegmenter::Loaded() const {
    std::lock_guard<std::mutex> hold(State_->Lock);
    return State_->Loaded;
}

void DictionarySegmenter::WordStarts(const uint32_t* cps, size_t n, const char* /*lang*/,
                                     std::vector<size_t>* boundaries) const {
    if (n < 2) return;
    State& s = *State_;
    std::lock_guard<std::mutex> hold(s.Lock);
    s.Load();
    const bool thai = cps[0] >= 0x0E00 && cps[0] <= 0x0E7F; // the script of the run's first character decides
    if (thai && s.Thai != nullptr) {
        // libthai's maximal matching copies the breaks found so far at each step, so one call costs the square of
        // the run's length (200,000 characters without a space: seconds). A long run goes in windows: each but the
        // last keeps its boundaries up to its second-to-last (the last word may be cut by the window's end) and
        // the next window starts there.
        for (size_t from = 0; from < n;) {
            const size_t len = std::min(kThaiWindow, n - from);
            s.Wide.assign(cps + from, cps + from + len);
            s.Wide.push_back(0);
            s.Positions.resize(len);
            const int count = th_brk_wc_find_breaks(s.Thai, s.Wide.data(), s.Positions.data(), s.Positions.size());
            s.Inside.clear();
            for (int i = 0; i < count; ++i) {
                const auto at = static_cast<size_t>(s.Positions[static_cast<size_t>(i)]);
                if (at > 0 && at < len) s.Inside.push_back(at);
            }
            if (from + len < n && s.Inside.size() >= 2) s.Inside.pop_back(); // the window's end may cut its last word
            for (size_t at : s.Inside) boundaries->push_back(from + at);
            // The next window starts at the last boundary kept (none found: after this window).
            from += from + len == n || s.Inside.empty() ? len : s.Inside.back();
        }
        return;
    }
    if (!s.Words) return;
    icu::UnicodeString text = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(cps), static_cast<int32_t>(n));
    s.Utf16ToCp.assign(static_cast<size_t>(text.length()) + 1, 0);
    for (int32_t unit = 0, cp = 0; unit < text.length(); unit = text.moveIndex32(unit, 1), ++cp)
        s.Utf16ToCp[static_cast<size_t>(unit)] = static_cast<size_t>(cp);
    s.Utf16ToCp.back() = n;
    s.Words->setText(text);
    for (int32_t at = s.Words->next(); at != icu::BreakIterator::DONE; at = s.Words->next()) {
        const size_t cp = s.Utf16ToCp[static_cast<size_t>(at)];
        if (cp > 0 && cp < n) boundaries->push_back(cp);
    }
}

} // namespace folio::platform
