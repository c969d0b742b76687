// Article files of a bundle (schema.org NewsArticle names; body as typed blocks) parsed into folio::Article.
#pragma once
#include "model/article.h"
#include "model/error.h"
#include "model/json_read.h"

#include <string>

namespace folio {

// Parses one article file. `file` names it in errors. Unknown fields are ignored (forward compatible).
bool ParseArticle(const std::string& json, const std::string& file, Article* out, Error* err);

// What ParseArticle does once the text is parsed: the article in doc, its errors recorded by r. For a reader that
// parses the text itself because it needs the document too (validate checks it against the schema as well).
bool ArticleFromDocument(JsonReader& r, const rapidjson::Value& doc, Article* out);

} // namespace folio
