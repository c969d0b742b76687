// The bundle's index as stable pages (RFC 5005's archived feeds, in JSON Feed): articles ordered oldest first and
// cut greedily from the oldest into pages of site.PageSize items (fewer where the byte bound cuts), so a page's
// contents depend only on the articles at or before it. Pages are numbered from the oldest (1); every page but the
// newest is an archive page, feed-N.json, that never changes once full; the newest (1..PageSize items) is the index,
// feed.json, which declares the number it will be archived under. Within a page items are newest first and
// next_url leads to the next older page, so readers open the newest first and page back as they scroll.
//
// Two ways in: MakeFeedPages from articles in memory, or the compact one for a build that holds no articles
// (PageEntry per article; PlanPages; WriteFeedPage from items serialized earlier by WriteFeedItemJson). Both give
// the same bytes.
#pragma once
#include "cli/bundle_layout.h"
#include "model/article.h"
#include "model/limits.h"

#include <climits>
#include <cstdint>
#include <functional>
#include <vector>

namespace folio::cli {

// An article's datePublished as pagination orders it: the instant (model/date.h's ParseDate), or kUndated when it
// has none: undated articles are the oldest.
constexpr int64_t kUndated = INT64_MIN;
int64_t PublishedInstant(const std::string& date_published);

// What pagination needs of one article, so a build can plan the pages without holding articles or feed items.
struct PageEntry {
    std::string Id;
    int64_t Published = kUndated; // PublishedInstant(article.DatePublished)
    size_t ItemBytes = 0;         // WriteFeedItemJson(MakeFeedItem(article, site)).size()
};

// Oldest first by published instant (undated oldest), ties by id: the order pages are cut in. Indexes into the input.
std::vector<size_t> OldestFirst(const std::vector<PageEntry>& entries);
std::vector<size_t> OldestFirst(const std::vector<Article>& articles);

// The pages, oldest first, as how many items each holds of the entries taken in `order` (OldestFirst): greedily
// from the oldest, site.PageSize a page, fewer where the next item would take the page past kMaxJsonBytes (counted
// with PageFrameBytes, so where a page is cut never depends on how many pages follow). The last is the index: never
// empty unless there are no entries (a bundle always has its index).
std::vector<size_t> PlanPages(const std::vector<PageEntry>& entries, const std::vector<size_t>& order, const BundleSite& site);
// The same from `count` item sizes, item_bytes(k) the k-th oldest's (a build's index, with no PageEntry per article).
std::vector<size_t> PlanPages(size_t count, const std::function<size_t(size_t)>& item_bytes, const BundleSite& site);

// The bytes a page of this site may spend on all but its items: its frame with the longest page URLs and number any
// page can have. An item serialized in n bytes adds n + kPageItemSeparatorBytes.
size_t PageFrameBytes(const BundleSite& site);
constexpr size_t kPageItemSeparatorBytes = 6; // ",\n    "
// Whether a page whose items take item_bytes (their serialized sizes with separators) has no room for one more of
// next_item_bytes: the byte bound cuts it there.
bool PageFull(const BundleSite& site, size_t item_bytes, size_t next_item_bytes);

// Page `number` (1-based, of `pages`) without its items: title, description, language, feed_url (with a base URL),
// next_url to the next older page, _folio.page, and on an archive page _folio.newer_url (page N names
// feed-(N+1).json even when that is the index, which will be archived under that name).
Feed PageFrame(const BundleSite& site, size_t number, size_t pages);
// The page's JSON from its items serialized by WriteFeedItemJson, newest first.
std::string WriteFeedPage(const BundleSite& site, size_t number, size_t pages, const std::vector<std::string>& items_newest_first);

// The widest variant a feed card's thumbnail keeps: a card is at most a third of a wide screen, or a phone's width.
constexpr int kThumbnailMaxWidth = 640;

// The article's lead photo as a feed card's thumbnail on the page at bundle path `page`: its variants no wider than
// kThumbnailMaxWidth (both types), src the widest JPEG of them, alt, credit, size and placeholder kept, every URL
// rebased from the article file to the page. A lead image the bundle does not hold (http) keeps its src alone.
Photo Thumbnail(const Photo& lead, const std::string& article_path, const std::string& page, const BundleSite& site);

// The feed item for an article. Every page lies beside feed.json, so an item is the same on any page.
FeedItem MakeFeedItem(const Article& a, const BundleSite& site);

// All pages, oldest first (page p + 1 is at FeedPagePath(p + 1, pages)), for articles in `order` (OldestFirst).
std::vector<Feed> MakeFeedPages(const std::vector<Article>& articles, const std::vector<size_t>& order, const BundleSite& site);

// Text cut to at most max_bytes at a word boundary (never inside a UTF-8 sequence), with "…" when cut.
std::string CutAtWord(const std::string& s, size_t max_bytes);

} // namespace folio::cli
