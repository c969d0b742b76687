// Writing bundle files from the model with RapidJSON's PrettyWriter: article files and feed pages.
// The output is deterministic (same model, same bytes) and reads back with ParseArticle and ParseFeed.
#pragma once
#include "model/article.h"

#include <string>

namespace folio {

// The article file: schema.org NewsArticle names, "body" as typed blocks, "folioFormat" first.
std::string WriteArticleJson(const Article& a);

// One JSON Feed 1.1 page. Items carry content_text (their summary, else their title) as JSON Feed requires.
std::string WriteFeedJson(const Feed& page);

// One feed item as it stands in a page's "items" (indented for that place, no separator), so a page can be put
// together from items serialized earlier: WriteFeedJson(frame, items) is WriteFeedJson(page) byte for byte when
// items are page.Items through WriteFeedItemJson and frame is the page without them (its Items are not read).
std::string WriteFeedItemJson(const FeedItem& item);
std::string WriteFeedJson(const Feed& frame, const std::vector<std::string>& items);

} // namespace folio
