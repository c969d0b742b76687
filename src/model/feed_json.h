// Feed pages of a bundle (JSON Feed 1.1, Folio's fields under "_folio") parsed into folio::Feed.
#pragma once
#include "model/article.h"
#include "model/error.h"

#include <string>

namespace folio {

constexpr const char* kJsonFeedVersion = "https://jsonfeed.org/version/1.1";

// Parses one feed page. `file` names it in errors. Unknown fields are ignored.
bool ParseFeed(const std::string& json, const std::string& file, Feed* out, Error* err);

} // namespace folio
