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

} // namespace folio
