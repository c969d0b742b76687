// The search fold (search/fold.h) through ICU, for the bundle tool's index writer and the desktop viewer's queries:
// NFKD, nonspacing marks removed, lower-cased in the root locale, NFKC, apostrophes removed, every other
// punctuation, symbol, separator and control character a space. Native only (target folio_search_icu): the web
// folds with the browser's own normalisation.
#pragma once
#include "search/fold.h"

namespace folio::search {

class IcuTextFolder : public TextFolder {
public:
    // Thread-safe: ICU's normalisers are shared, immutable instances; nothing else is held.
    std::string Fold(std::string_view text) const override;
    std::string FoldKeepingMarks(std::string_view text) const override;

private:
    std::string FoldText(std::string_view text, bool keep_marks) const;
};

} // namespace folio::search
