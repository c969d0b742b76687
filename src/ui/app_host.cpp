// App, part three: what a host that embeds the viewer asks of it: the accessibility mirror of what is shown,
// revealing a link that keyboard focus reached in the mirror, and scrolling driven by the host page.
#include "ui/app.h"
#include "model/text_search.h"
#include "ui/mirror.h"

#include <algorithm>
#include <cmath>

namespace folio::ui {

// What the mirror shows changes exactly when this does.
std::string App::ContentKey() const {
    const int phase = (int)Phase_;
    std::string key = std::to_string(phase) + "|" + Route_ + "|" + ArticleId_ + "|" + Error_;
    if (Phase_ == Phase::Feed)
        key += "|" + std::to_string(Feed_.Items.size()) + "|" + std::to_string(PageLoading_) + "|" + PageError_ + "|" + NextPageUrl_;
    if (Phase_ == Phase::Article) key += "|" + std::to_string(Feed_.Items.size()); // related titles come with the feed
    return key;
}

std::string App::MirrorJson() const {
    if (Phase_ == Phase::Article) {
        auto it = Articles_.find(ArticleId_);
        if (it != Articles_.end()) return ArticleMirrorJson(it->second, RelatedLinks(it->second));
    }
    if (Phase_ == Phase::Feed)
        return FeedMirrorJson(Feed_.Title.empty() ? "All news" : Feed_.Title, FilterLabel(), FeedEndState(), PageError_,
                              FilteredItems());
    return StatusMirrorJson(Phase_ == Phase::Error, Error_);
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
            if (Phase_ == Phase::Feed && IndexOf(FilteredItems(), target) >= 0) CursorTarget_ = target;
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

} // namespace folio::ui
