// `folio ARTICLE.txt`: a plain-text article in the wire shape of the seed (section, headline, standfirst, a
// body opening with "PLACE, Month Day. /AGENCY/.") read by the bundle tool's importer (src/cli), the same one
// folio-bundle builds bundles with.
#pragma once
#include "model/article.h"
#include "model/error.h"

#include <string>

namespace folio::platform {

// The App's AppOptions::ImportText. `file` (a path or URL) names the article in errors and gives its id; a
// year missing from the dateline is inferred from today's date, as folio-bundle does.
bool ImportTextArticle(const std::string& text, const std::string& file, Article* out, Error* err);

} // namespace folio::platform
