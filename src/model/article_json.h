// Article files of a bundle (schema.org NewsArticle names; body as typed blocks) parsed into folio::Article.
#pragma once
#include "model/article.h"
#include "model/error.h"

#include <string>

namespace folio {

// Parses one article file. `file` names it in errors. Unknown fields are ignored (forward compatible).
bool ParseArticle(const std::string& json, const std::string& file, Article* out, Error* err);

} // namespace folio
