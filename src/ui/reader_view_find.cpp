// ReaderView's Find, without ImGui: the matches of the query in the document's selectable text (the model's
// FindAll: case, quotes, dashes and spaces folded), or of a matcher of its own (a search's words, FindWith), found
// again when the document is rebuilt, and the step from one to the next, each scrolled into view.
#include "ui/reader_view.h"
#include "model/text_search.h"

#include <algorithm>

namespace folio::ui {

void ReaderView::Rematch() {
    Matches_.clear();
    if (Query_.empty()) { Current_ = -1; return; }
    for (int i = 0; i < (int)Doc_.Items.size(); ++i) {
        const DocItem& it = Doc_.Items[i];
        if (it.Kind != ItemKind::Text || !it.Selectable) continue;
        if (Matcher_) {
            for (auto& r : Matcher_(it.Galley->Text))
                if (r.first < r.second && r.second <= it.Galley->Text.size())
                    Matches_.push_back(FindMatch{i, (uint32_t)r.first, (uint32_t)r.second});
            continue;
        }
        for (auto& r : FindAll(it.Galley->Text, Query_)) Matches_.push_back(FindMatch{i, r.first, r.second});
    }
    if (Current_ >= (int)Matches_.size()) Current_ = Matches_.empty() ? -1 : 0;
}

int ReaderView::FindText(const std::string& query) {
    Query_ = query;
    Matcher_ = nullptr;
    return Refind();
}

int ReaderView::FindWith(const std::string& label, FindMatcher matcher) {
    Query_ = label;
    Matcher_ = std::move(matcher);
    return Refind();
}

int ReaderView::Refind() {
    Current_ = -1;
    Rematch();
    // Start from the first match in view or below it.
    for (int k = 0; k < (int)Matches_.size() && Current_ < 0; ++k)
        if (Doc_.Items[Matches_[k].Item].Y + Doc_.Items[Matches_[k].Item].H >= Scroll_.Y) Current_ = k;
    if (Current_ < 0 && !Matches_.empty()) Current_ = 0;
    if (Current_ >= 0) ScrollToItem(Matches_[Current_].Item, Matches_[Current_].Begin, true);
    return (int)Matches_.size();
}

void ReaderView::FindStep(int direction) {
    if (Matches_.empty()) return;
    const int n = (int)Matches_.size();
    Current_ = ((Current_ < 0 ? 0 : Current_ + direction) % n + n) % n;
    ScrollToItem(Matches_[Current_].Item, Matches_[Current_].Begin, true);
}

} // namespace folio::ui
