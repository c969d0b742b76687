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
    return key;
}

std::string App::MirrorJson() const {
    if (const Article* article = Nav_.ShownArticle())
        return ArticleMirrorJson(*article, RelatedLinks(*article), FeedName(Loader().GetFeed().Title));
    if (GetPhase() == Phase::Feed)
        return FeedMirrorJson(FeedName(Loader().GetFeed().Title), Nav_.FilterLabel(), FeedEndState(),
                              Loader().PageError().Message, Nav_.FilteredItems());
    return StatusMirrorJson(GetPhase() == Phase::Error, Nav_.Error().Message);
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

bool App::RevealText(const std::string& block, int nth, uint32_t begin, uint32_t end) {
    const auto& items = View_.Doc().Items;
    begin = std::min<uint32_t>(begin, (uint32_t)block.size());
    end = std::clamp<uint32_t>(end, begin, (uint32_t)block.size());
    // Where the block is drawn, the first that answers of: the item with the same text (the nth of them), one
    // holding all of it (a quote drawn with its marks), one of its parts that holds the match (a meta line drawn
    // in pieces), one holding the matched text itself.
    int item = -1;
    int64_t shift = 0; // item offset = block offset + shift
    auto first = [&](auto&& holds) { // the first text item for which holds(text) is true, unless one was found
        for (int i = 0; i < (int)items.size() && item < 0; ++i)
            if (items[i].Kind == ItemKind::Text && holds(items[i].Galley->Text)) item = i;
    };
    int seen = 0;
    first([&](const std::string& text) { return text.size() == block.size() && FindFolded(text, block) == 0 && seen++ >= nth; });
    first([&](const std::string& text) {
        const size_t at = text.size() > block.size() ? FindFolded(text, block) : std::string::npos;
        shift = (int64_t)at;
        return at != std::string::npos;
    });
    first([&](const std::string& text) {
        const size_t at = text.size() < block.size() ? FindFolded(block, text) : std::string::npos;
        shift = -(int64_t)at;
        return at != std::string::npos && begin >= at && end <= at + text.size();
    });
    const uint32_t length = end > begin ? end - begin : std::min<uint32_t>(24, (uint32_t)block.size() - begin);
    const std::string match = block.substr(begin, length);
    first([&](const std::string& text) {
        const size_t at = FindFolded(text, match);
        shift = (int64_t)at - begin;
        return at != std::string::npos;
    });
    if (item < 0) return false;
    const uint32_t b = (uint32_t)(begin + shift), e = (uint32_t)(end + shift);
    if (e > b) View_.SelectRange(item, b, e);
    View_.ScrollToItem(item, b, !ReducedMotion_);
    Host_->RequestFrame();
    return true;
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
    return FindOpen_ && (FindFocus_ > 0 || FindFieldActive_) ? TextField::Find : TextField::None;
}

void App::SetTextFieldText(const std::string& text, const TextCaret& caret) {
    if (!FindOpen_) return;
    size_t n = std::min(text.size(), sizeof FindQuery_ - 1);
    while (n > 0 && n < text.size() && ((unsigned char)text[n] & 0xC0) == 0x80) --n; // whole characters only
    memcpy(FindQuery_, text.data(), n);
    FindQuery_[n] = 0;
    auto clamp = [n](int at) { return std::clamp(at, 0, (int)n); };
    FindCaret_ = TextCaret{clamp(caret.Begin), clamp(caret.End), clamp(caret.ComposingBegin), clamp(caret.ComposingEnd)};
    ApplyQuery();
    Host_->RequestFrame();
}

void App::TextFieldKey(TextKey key) {
    if (!FindOpen_) return;
    if (key == TextKey::Close) CloseFind();
    else View_.FindStep(key == TextKey::Next ? 1 : -1);
    Publish();
}

void App::TextFieldFocus(bool focused) {
    if (!FindOpen_) return;
    if (!focused) FindFocus_ = 0; // the reader went elsewhere: the keys are shortcuts again
    else if (FindFocus_ == 0) FindFocus_ = 1;
    Publish();
}

void App::OpenFind(int focus) {
    FindOpen_ = true;
    FindFocus_ = focus;
    const int end = (int)strlen(FindQuery_);
    FindCaret_ = TextCaret{end, end, 0, 0};
    Publish(); // a platform's text field takes the focus now
}

void App::CloseFind() {
    FindOpen_ = false;
    FindFocus_ = 0;
    FindFieldActive_ = false;
    View_.ClearFind();
    LastQuery_.clear();
    FindQuery_[0] = 0;
    FindCaret_ = TextCaret();
    Publish(); // ... and gives it back
}

void App::ApplyQuery() {
    if (LastQuery_ == FindQuery_) return;
    LastQuery_ = FindQuery_;
    View_.FindText(LastQuery_);
    Publish();
}

} // namespace folio::ui
