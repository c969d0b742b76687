// Feed pages made from items already serialized, so a build keeps no FeedItem (nor Article) for its pages: each
// item's text as it stands in a page (FeedItemText) is written once, its size planned with (PlanFeedPages, the
// cut MakeFeedPages makes), and a page's bytes are the frame with those texts spliced in (FeedPageJson): the same
// bytes WriteFeedJson gives for the page.
#pragma once
#include "cli/bundle_layout.h"
#include "model/article.h"

#include <string>
#include <vector>

namespace folio::cli {

// An item as WriteFeedJson writes it inside a page's "items" (its first and last bytes the braces), and the bytes
// it takes a page (MakeFeedPages' measure: with room for its separator and indentation).
struct FeedItemText {
    std::string Text;
    size_t PageBytes = 0;
};
FeedItemText SerializeFeedItem(const FeedItem& item);

// The pages for items in page order (newest first) of these sizes (FeedItemText::PageBytes): how many items each
// page holds, cut as MakeFeedPages cuts (site.PageSize items, fewer where the next would pass kMaxJsonBytes).
std::vector<size_t> PlanFeedPages(const std::vector<size_t>& item_bytes, const BundleSite& site);

// Page `number` (1-based) of `pages` with these items' texts, in order: WriteFeedJson's bytes for that page.
std::string FeedPageJson(const BundleSite& site, size_t number, size_t pages, const std::vector<std::string>& item_texts);

} // namespace folio::cli
