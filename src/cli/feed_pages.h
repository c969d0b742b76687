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

// The feed item for an article on page `page` (1-based).
FeedItem MakeFeedItem(const Article& a, const BundleSite& site, size_t page);

// All pages, in order, for articles already ordered: site.PageSize items a page, fewer where the next item would
// take the page past kMaxJsonBytes.
std::vector<Feed> MakeFeedPages(const std::vector<Article>& articles, const std::vector<size_t>& order, const BundleSite& site);

// Text cut to at most max_bytes at a word boundary (never inside a UTF-8 sequence), with "…" when cut.
std::string CutAtWord(const std::string& s, size_t max_bytes);

} // namespace folio::cli
