// "Save for offline" without ImGui: the files of an article, the latest items of a feed view, a batch's reading.
#include "ui/offline_saving.h"

#include "model/url.h"

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

static void AddPhoto(const Photo& photo, std::vector<std::string>* out) {
    if (photo.Empty()) return;
    auto add = [&](const std::string& url) {
        if (url.empty() || out->size() >= kMaxSavedPhotoFiles) return;
        if (std::find(out->begin(), out->end(), url) == out->end()) out->push_back(url);
    };
    if (photo.Variants.empty()) add(photo.Src);
    for (const ImageVariant& v : photo.Variants) add(v.Url);
}

std::vector<std::string> PhotoFilesOf(const Article& article) {
    std::vector<std::string> out;
    AddPhoto(article.Image, &out);
    for (const Block& b : article.Body)
        if (b.Type == BlockType::Photo) AddPhoto(b.Image, &out);
    return out;
}

SaveRequest SaveRequestFor(const Article& article, const std::string& json_url, const FeedItem* item,
                           const std::string& feed_url) {
    SaveRequest r;
    r.Id = article.Id;
    r.Headline = article.Headline;
    r.ArticleUrl = json_url;
    if (item && !item->Url.empty()) r.PageUrl = ResolveUrl(feed_url, item->Url);
    else if (IsHttpUrl(article.Url)) r.PageUrl = article.Url;
    r.PhotoUrls = PhotoFilesOf(article);
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
                             const std::string& label) {
    if (!Shelf_ || !Fetch_ || items.empty()) return;
    const unsigned batch = ++Batch_;
    Waiting_ = (int)items.size();
    Failed_ = 0;
    Error_.clear();
    Label_ = label;
    // The items may go when the feed changes: what the answers need is copied.
    for (const FeedItem* item : items) {
        auto copy = std::make_shared<FeedItem>(*item);
        Fetch_(item->ArticleUrl, [this, batch, copy, feed_url](ArticleRead&& read) {
            if (batch != Batch_) return;
            --Waiting_;
            if (read.Ok) {
                Shelf_->Save(SaveRequestFor(read.Result, copy->ArticleUrl, copy.get(), feed_url));
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
