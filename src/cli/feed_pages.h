// The bundle's index: articles ordered newest first and cut into JSON Feed pages of site.PageSize items (or fewer
// when their items would pass kMaxJsonBytes), chained by next_url, so the first page stays the same size however
// large the corpus.
#pragma once
#include "cli/bundle_layout.h"
#include "model/article.h"
#include "model/limits.h"

#include <vector>

namespace folio::cli {

// Newest first by datePublished as an instant; undated last; ties by id. Returns the order as indexes.
std::vector<size_t> NewestFirst(const std::vector<Article>& articles);

// The widest variant a feed card's thumbnail keeps: a card is at most a third of a wide screen, or a phone's width.
constexpr int kThumbnailMaxWidth = 640;

// The article's lead photo as a feed card's thumbnail on the page at bundle path `page`: its variants no wider than
// kThumbnailMaxWidth (both types), src the widest JPEG of them, alt, credit, size and placeholder kept, every URL
// rebased from the article file to the page. A lead image the bundle does not hold (http) keeps its src alone.
Photo Thumbnail(const Photo& lead, const std::string& article_path, const std::string& page, const BundleSite& site);

// The feed item for an article on page `page` (1-based).
FeedItem MakeFeedItem(const Article& a, const BundleSite& site, size_t page);

// All pages, in order, for articles already ordered: site.PageSize items a page, fewer where the next item would
// take the page past kMaxJsonBytes.
std::vector<Feed> MakeFeedPages(const std::vector<Article>& articles, const std::vector<size_t>& order, const BundleSite& site);

// Text cut to at most max_bytes at a word boundary (never inside a UTF-8 sequence), with "…" when cut.
std::string CutAtWord(const std::string& s, size_t max_bytes);

} // namespace folio::cli
