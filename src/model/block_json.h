// Body blocks and inline text of article files (JSON -> Block, RichText). Internal to the model layer;
// ParseArticle (article_json.h) is the public entry.
#pragma once
#include "model/article.h"
#include "model/json_read.h"

namespace folio {

// One body block at `at`.
bool ReadBlock(JsonReader& r, const rapidjson::Value& v, const JsonPath& at, Block* out);

// Rich text: a string (one regular span) or an array of spans {"text", "emphasis", "strong", "href"}.
// Text, when present, must hold at least one character once cleaned.
bool ReadRichText(JsonReader& r, const rapidjson::Value& obj, const char* key, const JsonPath& at, bool required,
                  RichText* out);

// A photo object's fields (src, alt, caption, credit, width, height, placeholder, variants): a photo block's, an
// article's lead image, a feed item's thumbnail.
bool ReadPhoto(JsonReader& r, const rapidjson::Value& v, const JsonPath& at, Photo* out);

// Whether a link target is one Folio follows (http, https, mailto); `why` says what is wrong otherwise.
bool LinkAllowed(const std::string& href, std::string* why);
// Whether a photo source is an http(s) URL, or a path relative to the article file that neither starts with "/"
// nor holds a ":" (which would read as a scheme), as the article schema says; `why` says what is wrong otherwise.
bool PhotoSourceAllowed(const std::string& src, std::string* why);
// Whether a photo variant's type is one the format names ("image/webp", "image/jpeg").
bool VariantTypeAllowed(const std::string& type);
// Whether a photo's placeholder is a ThumbHash in base64: at most kMaxPlaceholderChars, padded base64, whose bytes
// hold a ThumbHash header with a finite aspect ratio; `why` says what is wrong otherwise.
bool PlaceholderAllowed(const std::string& text, std::string* why);
// Whether a variant is within the format's bounds (url as PhotoSourceAllowed, type, sizes); `why` says what is not.
bool VariantAllowed(const ImageVariant& v, std::string* why);

} // namespace folio
