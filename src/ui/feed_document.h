// The feed ("All news") as a document: newest first, each entry with its section, title (a link to the
// article), standfirst and date; a line at the end says whether more is loading.
#pragma once
#include "model/article.h"
#include "ui/article_document.h"

namespace folio::ui {

enum class FeedEnd { More, Loading, End, Error };

Document BuildFeedDocument(const std::string& title, const std::vector<const FeedItem*>& items, FeedEnd end,
                           const std::string& filter_label, const DocumentContext& ctx);

} // namespace folio::ui
