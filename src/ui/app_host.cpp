// App, part three: what a host that embeds the viewer asks of it: the accessibility mirror of what is shown,
// revealing a link that keyboard focus reached in the mirror, scrolling driven by the host page, and text entry
// through the platform's own text field (the web's text agent), all without ImGui.
#include "ui/app.h"
#include "model/text_search.h"
#include "ui/mirror.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace folio::ui {

// What the mirror shows changes exactly when this does.
std::string App::ContentKey() const {
    const int phase = (int)GetPhase();
    std::string key = std::to_string(phase) + "|" + Nav_.Route() + "|" + Nav_.ArticleId() + "|" + Nav_.Error().Message;
    if (GetPhase() == Phase::Feed)
        key += "|" + std::to_string(Loader().GetFeed().Items.size()) + "|" + std::to_string(Loader().PageLoading()) + "|" +
               Loader().PageError().Message + "|" + Loader().NextPageUrl();
    if (GetPhase() == Phase::Article) key += "|" + std::to_string(Loader().GetFeed().Items.size()); // related titles come with the feed
    if (GetPhase() == Phase::Search) key += "|" + std::to_string(Search_.Generation());
    return key + (Search_.Available() ? "|s" : ""); // the search landmark
}

std::string App::MirrorJson() const {
    std::string json;
    if (const Article* article = Nav_.ShownArticle()) {
        json = ArticleMirrorJson(*article, RelatedLinks(*article), FeedName(Loader().GetFeed().Title));
    } else if (GetPhase() == Phase::Feed) {
        json = FeedMirrorJson(FeedName(Loader().GetFeed().Title), Nav_.FilterLabel(), FeedEndState(),
                              Loader().PageError().Message, Nav_.FilteredItems());
    } else if (GetPhase() == Phase::Search) {
        const SearchView view = CurrentSearchView();
        ChipList chips;
        std::vector<unsigned char> on;
        SearchChips(view, LanguageNameOf(), &chips, &on);
        json = SearchMirrorJson(view, chips, on, FeedName(Loader().GetFeed().Title));
    } else {
        return StatusMirrorJson(GetPhase() == Phase::Error, Nav_.Error().Message);
    }
    if (Search_.Available()) AddSearchLandmark(&json, GetPhase() == Phase::Search ? Nav_.Route() : SearchRoute(""));
    return json;
}

void App::RevealLink(const std::string& target, int nth) {
    const auto& items = View_.Doc().Items;
    int seen = 0;
    for (int i = 0; i < (int)items.size(); ++i) {
        for (int k = 0; k < (int)items[i].Links.size(); ++k) {
            if (items[i].Links[k] != target || seen++ != nth) continue;
            View_.SelectLink(i, k);
            View_.ScrollToItem(i, View_.SelectionStart(), !ReducedMotion_);
            Host_->RequestFrame();
            if (GetPhase() == Phase::Feed && IndexOf(Nav_.FilteredItems(), target) >= 0) CursorTarget_ = target;
            return;
        }
    }
}

// Where needle first stands in hay, letters of either case alike (labels are drawn in capitals); npos if not.
static size_t FindFolded(const std::string& hay, const std::string& needle) {
    const auto matches = FindAll(hay, needle);
    return matches.empty() ? std::string::npos : matches[0].first;
}

// The text item drawn for the nth mirror block whose text is block, where [begin, end) of it is: the first that
// answers of: the item with the same text (the nth of them), one holding all of it (a quote drawn with its marks),
// one of its parts that holds the range (a meta line drawn in pieces), one holding the range's text itself. *shift
// is the item's offset of the block's offset 0. -1 if none.
int App::ItemForBlock(const std::string& block, int nth, uint32_t begin, uint32_t end, int64_t* shift) const {
    const auto& items = View_.Doc().Items;
    int item = -1;
    *shift = 0;
    auto first = [&](auto&& holds) { // the first text item for which holds(text) is true, unless one was found
        for (int i = 0; i < (int)items.size() && item < 0; ++i)
            if (items[i].Kind == ItemKind::Text && holds(items[i].Galley->Text)) item = i;
    };
    int seen = 0;
    first([&](const std::string& text) { return text.size() == block.size() && FindFolded(text, block) == 0 && seen++ >= nth; });
    first([&](const std::string& text) {
        const size_t at = text.size() > block.size() ? FindFolded(text, block) : std::string::npos;
        *shift = (int64_t)at;
        return at != std::string::npos;
    });
    first([&](const std::string& text) {
        const size_t at = text.size() < block.size() ? FindFolded(block, text) : std::string::npos;
        *shift = -(int64_t)at;
        return at != std::string::npos && begin >= at && end <= at + text.size();
    });
    const uint32_t length = end > begin ? end - begin : std::min<uint32_t>(24, (uint32_t)block.size() - begin);
    const std::string match = block.substr(begin, length);
    first([&](const std::string& text) {
        const size_t at = FindFolded(text, match);
        *shift = (int64_t)at - begin;
        return at != std::string::npos;
    });
    return item;
}

bool App::RevealText(const std::string& block, int nth, uint32_t begin, uint32_t end) {
    begin = std::min<uint32_t>(begin, (uint32_t)block.size());
    end = std::clamp<uint32_t>(end, begin, (uint32_t)block.size());
    int64_t shift = 0; // item offset = block offset + shift
    const int item = ItemForBlock(block, nth, begin, end, &shift);
    if (item < 0) return false;
    const uint32_t b = (uint32_t)(begin + shift), e = (uint32_t)(end + shift);
    if (e > b) View_.SelectRange(item, b, e);
    View_.ScrollToItem(item, b, !ReducedMotion_);
    Host_->RequestFrame();
    return true;
}

void App::AnchorText(const std::string& block, int nth, float y, float fraction) {
    if (block.empty()) return;
    PendingAnchor_ = Anchor{block, std::max(0, nth), y, std::clamp(fraction, 0.0f, 1.0f)};
    Host_->RequestFrame();
}

// After the frame's build: the anchored item where the HTML had its block (AnchorText). A view that scrolls
// externally is placed by its host.
void App::ApplyAnchor() {
    const Anchor a = std::move(*PendingAnchor_);
    PendingAnchor_.reset();
    if (ExternalScroll_) return;
    int64_t shift = 0;
    const int item = ItemForBlock(a.Block, a.Nth, 0, 0, &shift);
    if (item >= 0) View_.PlaceItemAt(item, a.Y < 0.0f ? a.Fraction : 0.0f, a.Y);
}

void App::SetExternalScroll(bool on) {
    if (on == ExternalScroll_) return;
    ExternalScroll_ = on;
    View_.SetExternalScroll(on);
    ScrollRequest_ = -1.0f;
    if (on) View_.SetExternalY(ExternalY_);
    Publish();
}

void App::SetExternalScrollY(float y) {
    y = std::max(0.0f, y);
    if (y == ExternalY_) return;
    ExternalY_ = y;
    if (ExternalScroll_) View_.SetExternalY(y);
    Host_->RequestFrame();
}

bool App::TakeScrollRequest(float* y) {
    if (ScrollRequest_ < 0.0f) return false;
    *y = ScrollRequest_;
    ScrollRequest_ = -1.0f;
    return true;
}

// ---- text entry ----------------------------------------------------------------------------------------------

TextField App::WantsText() const {
    if (FindOpen_ && FindField_.Wants()) return TextField::Find;
    if (SearchField_.Wants() && Search_.Available()) return TextField::Search;
    return TextField::None;
}

void App::SetTextFieldText(const std::string& text, const TextCaret& caret) {
    // The field that has the keys (Find's while it is open, as before the search had one).
    FieldState* f = WantsText() == TextField::Search ? &SearchField_ : FindOpen_ ? &FindField_ : nullptr;
    if (!f) return;
    f->SetText(text);
    const int n = (int)strlen(f->Text);
    auto clamp = [n](int at) { return std::clamp(at, 0, n); };
    f->Caret = TextCaret{clamp(caret.Begin), clamp(caret.End), clamp(caret.ComposingBegin), clamp(caret.ComposingEnd)};
    if (f == &FindField_) ApplyQuery(); // the search's text goes to its controller in the next frame (FollowSearch)
    Host_->RequestFrame();
}

void App::TextFieldKey(TextKey key) {
    if (WantsText() == TextField::Search) {
        if (key == TextKey::Close) LeaveSearchField();
        else SubmitSearch();
        Publish();
        return;
    }
    if (!FindOpen_) return;
    if (key == TextKey::Close) CloseFind();
    else View_.FindStep(key == TextKey::Next ? 1 : -1);
    Publish();
}

void App::TextFieldFocus(bool focused) {
    FieldState* f = AgentField_ == TextField::Search && Search_.Available() ? &SearchField_
                    : FindOpen_                                          ? &FindField_
                                                                         : nullptr;
    if (!f) return;
    if (!focused) f->Focus = 0; // the reader went elsewhere: the keys are shortcuts again
    else if (f->Focus == 0) f->Focus = 1;
    Publish();
}

void App::OpenFind(int focus) {
    FindOpen_ = true;
    FindField_.Focus = focus;
    if (focus) { SearchField_.Focus = 0; SearchField_.Active = false; AgentField_ = TextField::Find; }
    const int end = (int)strlen(FindField_.Text);
    FindField_.Caret = TextCaret{end, end, 0, 0};
    Publish(); // a platform's text field takes the focus now
}

void App::CloseFind() {
    FindOpen_ = false;
    FindField_.Focus = 0;
    FindField_.Active = false;
    View_.ClearFind();
    LastQuery_.clear();
    FindTerms_.clear();
    FindField_.SetText({});
    Publish(); // ... and gives it back
}

void App::ApplyQuery() {
    if (LastQuery_ == FindField_.Text) return;
    LastQuery_ = FindField_.Text;
    FindTerms_.clear(); // the reader's own query now, as typed
    View_.FindText(LastQuery_);
    Publish();
}

} // namespace folio::ui
