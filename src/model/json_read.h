// Reading bundle JSON with RapidJSON: parse with bounds (size, nesting depth, UTF-8), then pull typed fields
// while tracking the JSON path, so every error says which file, where and why. The viewers read their stored
// settings (settings, positions, window) with the same bounded Parse.
#pragma once
#include "model/error.h"
#include "model/limits.h"

#include <rapidjson/document.h>
#include <string>
#include <vector>

namespace folio {

// Where a value sits in its document ("$.body[3].type"). Each level points at its parent on the caller's stack,
// so nothing is allocated until an error needs the text.
struct JsonPath {
    const JsonPath* Parent = nullptr;
    const char* Key = nullptr; // a member name; nullptr for an array index (or the root)
    size_t Index = 0;
    JsonPath Field(const char* key) const { return JsonPath{this, key, 0}; }
    JsonPath At(size_t index) const { return JsonPath{this, nullptr, index}; }
    std::string Text() const;  // "$", "$.body", "$.body[3]"
};

class JsonReader {
public:
    JsonReader(std::string file, Error* err) : File_(std::move(file)), Err_(err) {}

    // Parses text: at most max_bytes (kMaxJsonBytes, or a larger bound of the caller's, as the bundle tool's media
    // cache has), UTF-8 validated, iteratively (so depth cannot overflow the stack) and then refused past
    // kMaxJsonDepth levels. A UTF-8 byte order mark is skipped. Fails with line and column.
    bool Parse(const std::string& text, rapidjson::Document* doc, size_t max_bytes = kMaxJsonBytes);
    // The same, faster: parses a copy of text in place in *scratch, so the document's strings point into
    // *scratch, which must outlive the document. Errors are located in text.
    bool ParseInPlace(const std::string& text, std::string* scratch, rapidjson::Document* doc);

    // Each getter fails (returns false, with the error set) when the field is of the wrong type or out of
    // bounds, or missing and required. Missing (or null) and optional leaves *out unchanged and succeeds.
    bool Object(const rapidjson::Value& v, const JsonPath& at);
    bool String(const rapidjson::Value& obj, const char* key, const JsonPath& at, bool required, std::string* out);
    bool StringValue(const rapidjson::Value& v, const JsonPath& at, std::string* out); // v itself must be a string
    bool Bool(const rapidjson::Value& obj, const char* key, const JsonPath& at, bool* out);
    bool Int(const rapidjson::Value& obj, const char* key, const JsonPath& at, int min, int max, int* out);
    bool Date(const rapidjson::Value& obj, const char* key, const JsonPath& at, std::string* out); // RFC 3339, optional
    bool FormatVersion(const rapidjson::Value& obj, const char* key, const JsonPath& at); // refuses a newer format
    // *out is the array, or nullptr when it is absent and optional.
    bool Array(const rapidjson::Value& obj, const char* key, const JsonPath& at, bool required, size_t max_items,
               const rapidjson::Value** out);
    bool StringArray(const rapidjson::Value& obj, const char* key, const JsonPath& at, size_t max_items,
                     std::vector<std::string>* out);
    bool Fail(const JsonPath& at, const std::string& reason);        // records the first error; returns false
    bool FailAt(const std::string& where, const std::string& reason); // the same with a place given as text

private:
    bool Checked(const std::string& text, size_t skip, rapidjson::Document* doc);
    std::string File_;
    Error* Err_;
};

// Text as it may reach the screen: valid UTF-8 (anything else, such as a lone surrogate that arrived as a JSON
// escape, becomes U+FFFD), without control characters other than newline and tab, and without bidi embeddings,
// overrides or isolates (which could reorder what readers see). CR and CRLF become LF.
std::string CleanText(const std::string& s);
std::string CleanText(const char* s, size_t n);

// Text as it may be printed to a terminal or a log, on one line: control characters (newline and tab included),
// DEL, C1 controls, bidi embeddings, overrides and isolates, and bytes that are not UTF-8 are written as visible
// escapes ("\x1b", "\n", "\u202e", "\xff"), so a file name, a key or a value from a hostile file cannot move
// the cursor, retitle the terminal, reorder the line or forge another one. Every message folio-bundle and the
// desktop viewer print passes through it.
std::string Printable(const std::string& text);

// 3 when text starts with a UTF-8 byte order mark (which readers skip), else 0.
size_t Utf8BomLength(const std::string& text);

} // namespace folio
