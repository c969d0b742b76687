// "Save for offline", the part without ImGui or a platform: what a SaveRequest holds for an article (its JSON file,
// its page, its photos' files, bounded), which articles "the latest N" of a feed view are, and OfflineSaver, which
// reads the articles of such a batch (through a fetch the App gives it, the FeedLoader's) and hands each to the
// platform's OfflineShelf, keeping the reader's message when one cannot be read. Tested in
// tests/ui/offline_saving_test.cpp.
#pragma once
#include "model/article.h"
#include "ui/feed_loader.h"
#include "ui/host.h"
#include "ui/offline_shelf.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace folio::ui {

// At most this many photo files per article: a photo essay of 40 photos in 5 widths is not kept whole at every
// width, though every photo is kept at the width its column shows it (PhotoFilesOf).
constexpr size_t kMaxSavedPhotoFiles = 96;
// "Save latest 10 of <section>"
constexpr size_t kSaveLatestCount = 10;

// "812 bytes", "12.3 KB", "4.1 MB": a size as the reader sees it.
std::string FormatBytes(uint64_t n);

// Where a save's photos will be drawn: the types the platform decodes, and the column's width in device pixels.
struct PhotoSaveSize {
    ImageSupport Support;
    float DeviceWidth = 0.0f;
};

// The files of the article's photos this platform may draw (URLs as the FeedLoader resolved them), each once, at
// most kMaxSavedPhotoFiles: for each width a photo comes in, its variant in the best type decoded there (what
// ChooseVariant picks at some size: the column, a wider window, the full-screen view), or its src where it has no
// variants; a type the platform does not decode is left out. First every photo's variant at size.DeviceWidth,
// then the other widths, so a photo essay too long to keep whole keeps every photo as its column shows it.
std::vector<std::string> PhotoFilesOf(const Article& article, const PhotoSaveSize& size);

// The request that keeps an article: json_url is the file it is read from (Navigator::ArticleUrlOf); the page is
// the feed item's Url resolved against the feed page (feed_url), else the article's own http(s) Url.
SaveRequest SaveRequestFor(const Article& article, const std::string& json_url, const FeedItem* item,
                           const std::string& feed_url, const PhotoSaveSize& size);

// The first n of a feed view's items (already newest first) that name an article file.
std::vector<const FeedItem*> LatestItems(const std::vector<const FeedItem*>& items, size_t n);

// One batch of articles saved from the feed: each read (fetch), then saved. Failures are kept as the message
// shown to the reader; the articles that were read are saved all the same.
class OfflineSaver {
public:
    using FetchFn = std::function<void(const std::string& url, ArticleReadDone done)>;
    void Init(OfflineShelf* shelf, FetchFn fetch, std::function<void()> changed);
    // Starts saving the items (their articles read first); label names the batch in messages ("World").
    void SaveItems(const std::vector<const FeedItem*>& items, const std::string& feed_url, const std::string& label,
                   const PhotoSaveSize& size);
    void Forget(); // another source opened: answers for this batch still on their way are dropped
    bool Busy() const { return Waiting_ > 0; }
    const std::string& Error() const { return Error_; } // why articles of the last batch were not saved ("" none)

private:
    OfflineShelf* Shelf_ = nullptr;
    FetchFn Fetch_;
    std::function<void()> Changed_;
    unsigned Batch_ = 0;
    int Waiting_ = 0, Failed_ = 0;
    std::string Error_, Label_;
};

} // namespace folio::ui
