// Reading bundle JSON with RapidJSON: parse with bounds, then pull typed fields while tracking the JSON path,
// so every error says which file, where and why. Internal to the model layer.
#pragma once
#include "model/error.h"

#include <rapidjson/document.h>
#include <string>
#include <vector>

namespace folio {

constexpr size_t kMaxJsonBytes = 16u << 20;   // a bundle file larger than this is refused
constexpr size_t kMaxStringBytes = 1u << 20;  // one text field
constexpr size_t kMaxArrayItems = 100000;     // blocks in a body, items in a feed page

class JsonReader {
public:
    JsonReader(std::string file, Error* err) : File_(std::move(file)), Err_(err) {}

    // Parses text (UTF-8 validated, iteratively so depth cannot overflow the stack). Fails with line and column.
    bool Parse(const std::string& text, rapidjson::Document* doc);

    // Each getter fails (returns false, with the error set) when the field is of the wrong type, or missing and
    // required. Missing and optional leaves *out unchanged and succeeds.
    bool Object(const rapidjson::Value& v, const std::string& path);
    bool String(const rapidjson::Value& obj, const char* key, const std::string& path, bool required, std::string* out);
    bool StringArray(const rapidjson::Value& obj, const char* key, const std::string& path, std::vector<std::string>* out);
    // *out is the array, or nullptr when it is absent and optional.
    bool Array(const rapidjson::Value& obj, const char* key, const std::string& path, bool required, const rapidjson::Value** out);
    bool Fail(const std::string& path, const std::string& reason); // records the first error; returns false

private:
    std::string File_;
    Error* Err_;
};

// Text as it may reach the screen: valid UTF-8 (anything else, such as a lone surrogate that arrived as a JSON
// escape, becomes U+FFFD), without control characters other than newline and tab, and without bidi embeddings,
// overrides or isolates (which could reorder what readers see). CR and CRLF become LF.
std::string CleanText(const std::string& s);

} // namespace folio
