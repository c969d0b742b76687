// "Save for offline" without ImGui: the files of an article, the latest items of a feed view, a batch's reading.
#include "ui/offline_saving.h"

#include "model/url.h"
#include "ui/image_store.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>

namespace folio::ui {

std::string FormatBytes(uint64_t n) {
    char buf[32];
    if (n < 1000) snprintf(buf, sizeof buf, "%u bytes", (unsigned)n);
    else if (n < 1000 * 1000) snprintf(buf, sizeof buf, "%.1f KB", n / 1e3);
    else snprintf(buf, sizeof buf, "%.1f MB", n / 1e6);
    return buf;
}

// A photo's files worth keeping: for each width, the variant in the best type decoded at that width (the one
// ChooseVariant would pick there); its src where it has no variants.
static std::vector<const std::string*> KeptFilesOf(const Photo& photo, const ImageSupport& support) {
    std::vector<const std::string*> out;
    if (photo.Empty()) return out;
    if (photo.Variants.empty()) {
        if (!photo.Src.empty()) out.push_back(&photo.Src);
        return out;
    }
    std::vector<const ImageVariant*> best; // one a width
    for (const ImageVariant& v : photo.Variants) {
        const int rank = TypeRank(v.Type, support);
        if (rank == 0 || v.Url.empty()) continue;
        auto same = std::find_if(best.begin(), best.end(), [&](const ImageVariant* b) { return b->Width == v.Width; });
        if (same == best.end()) best.push_back(&v);
        else if (rank > TypeRank((*same)->Type, support)) *same = &v;
    }
    for (const ImageVariant* v : best) out.push_back(&v->Url);
    return out;
}

std::vector<std::string> PhotoFilesOf(const Article& article, const PhotoSaveSize& size) {
    std::vector<const Photo*> photos;
    if (!article.Image.Empty()) photos.push_back(&article.Image);
    for (const Block& b : article.Body)
        if (b.Type == BlockType::Photo && !b.Image.Empty()) photos.push_back(&b.Image);
    std::vector<std::string> out;
    auto add = [&out](const std::string& url) {
        if (url.empty() || out.size() >= kMaxSavedPhotoFiles) return;
        if (std::find(out.begin(), out.end(), url) == out.end()) out.push_back(url);
    };
    for (const Photo* p : photos) { // every photo as its column shows it
        const ImageVariant* v = ChooseVariant(p->Variants, size.DeviceWidth, size.Support);
        if (v) add(v->Url);
        else if (p->Variants.empty()) add(p->Src);
    }
    for (const Photo* p : photos) // then its other widths
        for (const std::string* url : KeptFilesOf(*p, size.Support)) add(*url);
    return out;
}

SaveRequest SaveRequestFor(const Article& article, const std::string& json_url, const FeedItem* item,
                           const std::string& feed_url, const PhotoSaveSize& size) {
    SaveRequest r;
    r.Id = article.Id;
    r.Headline = article.Headline;
    r.ArticleUrl = json_url;
    if (item && !item->Url.empty()) r.PageUrl = ResolveUrl(feed_url, item->Url);
    else if (IsHttpUrl(article.Url)) r.PageUrl = article.Url;
    r.PhotoUrls = PhotoFilesOf(article, size);
    return r;
}

std::vector<const FeedItem*> LatestItems(const std::vector<const FeedItem*>& items, size_t n) {
    std::vector<const FeedItem*> out;
    for (const FeedItem* item : items) {
        if (out.size() >= n) break;
        if (item && !item->ArticleUrl.empty()) out.push_back(item);
    }
    return out;
}

void OfflineSaver::Init(OfflineShelf* shelf, FetchFn fetch, std::function<void()> changed) {
    Shelf_ = shelf;
    Fetch_ = std::move(fetch);
    Changed_ = std::move(changed);
}

void OfflineSaver::Forget() {
    ++Batch_;
    Waiting_ = Failed_ = 0;
}

void OfflineSaver::SaveItems(const std::vector<const FeedItem*>& items, const std::string& feed_url,
                             const std::string& label, const PhotoSaveSize& size) {
    if (!Shelf_ || !Fetch_ || items.empty()) return;
    const unsigned batch = ++Batch_;
    Waiting_ = (int)items.size();
    Failed_ = 0;
    Error_.clear();
    Label_ = label;
    // The items may go when the feed changes: what the answers need is copied.
    for (const FeedItem* item : items) {
        auto copy = std::make_shared<FeedItem>(*item);
        Fetch_(item->ArticleUrl, [this, batch, copy, feed_url, size](ArticleRead&& read) {
            if (batch != Batch_) return;
            --Waiting_;
            if (read.Ok) {
                Shelf_->Save(SaveRequestFor(read.Result, copy->ArticleUrl, copy.get(), feed_url, size));
            } else {
                ++Failed_;
                Error_ = Failed_ == 1 ? "\xE2\x80\x9C" + copy->Title + "\xE2\x80\x9D could not be read, so it was not saved: " + read.Why.Message()
                                      : std::to_string(Failed_) + " articles of " + Label_ + " could not be read, so they were not saved. The last: " + read.Why.Message();
            }
            if (Changed_) Changed_();
        });
    }
}

} // namespace folio::ui
