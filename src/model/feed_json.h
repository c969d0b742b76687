// Feed pages of a bundle (JSON Feed 1.1, Folio's fields under "_folio") parsed into folio::Feed.
#pragma once
#include "model/article.h"
#include "model/error.h"
#include "model/json_read.h"

#include <string>

namespace folio {

constexpr const char* kJsonFeedVersion = "https://jsonfeed.org/version/1.1";

// Parses one feed page. `file` names it in errors. Unknown fields are ignored.
bool ParseFeed(const std::string& json, const std::string& file, Feed* out, Error* err);

// What ParseFeed does once the text is parsed: the page in doc, its errors recorded by r (for validate, which
// parses the text itself to check the document against the schema as well).
bool FeedFromDocument(JsonReader& r, const rapidjson::Value& doc, Feed* out);

} // namespace folio
