// App, part three: what a host that embeds the viewer asks of it: the accessibility mirror of what is shown,
// revealing a link that keyboard focus reached in the mirror, and scrolling driven by the host page.
#include "ui/app.h"
#include "ui/mirror.h"

#include <algorithm>
#include <cmath>

namespace folio::ui {

// What the mirror shows changes exactly when this does.
std::string App::ContentKey() const {
    const int phase = (int)Phase_;
    std::string key = std::to_string(phase) + "|" + Route_ + "|" + ArticleId_ + "|" + Error_;
    if (Phase_ == Phase::Feed)
        key += "|" + std::to_string(Items_.size()) + "|" + std::to_string(PageLoading_) + "|" + PageError_ + "|" + NextPageUrl_;
    if (Phase_ == Phase::Article) key += "|" + std::to_string(Items_.size()); // related titles come with the feed
    return key;
}

std::string App::MirrorJson() const {
    if (Phase_ == Phase::Article) {
        auto it = Articles_.find(ArticleId_);
        if (it != Articles_.end()) {
            std::vector<MirrorRelated> related;
            for (const std::string& id : it->second.Related) {
                const FeedItem* item = FindItem(id);
                related.push_back(MirrorRelated{id, item ? item->Title : std::string()});
            }
            return ArticleMirrorJson(it->second, related);
        }
    }
    if (Phase_ == Phase::Feed) {
        std::vector<MirrorFeedItem> items;
        for (const FeedItem* item : FilteredItems())
            items.push_back(MirrorFeedItem{item->Id, item->Title, item->Summary, item->Section, item->DatePublished});
        std::string label;
        if (!Filter_.empty()) label = (Route_.rfind("#/section/", 0) == 0 ? "Section: " : "Tag: ") + Filter_;
        const char* end = PageLoading_ ? "loading" : !PageError_.empty() ? "error" : NextPageUrl_.empty() ? "end" : "more";
        return FeedMirrorJson(FeedTitle_.empty() ? "All news" : FeedTitle_, label, end, items);
    }
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
            return;
        }
    }
}

void App::SetExternalScroll(bool on) {
    if (on == ExternalScroll_) return;
    ExternalScroll_ = on;
    View_.ExternalScroll = on;
    ScrollRequest_ = -1.0f;
    if (on) View_.Scroll.ScrollTo(ExternalY_, false);
    Publish();
}

void App::SetExternalScrollY(float y) {
    y = std::max(0.0f, y);
    if (y == ExternalY_) return;
    ExternalY_ = y;
    if (ExternalScroll_) View_.Scroll.ScrollTo(y, false);
    Host_->RequestFrame();
}

bool App::TakeScrollRequest(float* y) {
    if (ScrollRequest_ < 0.0f) return false;
    *y = ScrollRequest_;
    ScrollRequest_ = -1.0f;
    return true;
}

} // namespace folio::ui
