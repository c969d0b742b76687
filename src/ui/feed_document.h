// The feed ("All news") as a document: newest first, each entry with its section, title (a link to the
// article), standfirst and date; a line at the end says whether more is loading, or why no more can be.
#pragma once
#include "model/article.h"
#include "ui/article_document.h"

namespace folio::ui {

enum class FeedEnd { More, Loading, End, Error };

// end_note: why the feed ended early (FeedEnd::Error): a page that failed, a cap, a next_url outside the bundle.
Document BuildFeedDocument(const std::string& title, const std::vector<const FeedItem*>& items, FeedEnd end,
                           const std::string& end_note, const std::string& filter_label, const DocumentContext& ctx);

} // namespace folio::ui
