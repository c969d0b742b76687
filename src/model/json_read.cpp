// JsonReader: bounded RapidJSON parsing and typed, path-tracked field access; CleanText.
#include "model/json_read.h"

#include <rapidjson/error/en.h>
#include <cstdint>

namespace folio {

std::string JsonPath::Text() const {
    if (!Parent) return "$";
    std::string s = Parent->Text();
    if (Key) return s + "." + Key;
    return s + "[" + std::to_string(Index) + "]";
}

std::string LineColumn(const std::string& text, size_t offset, size_t start) {
    size_t line = 1, col = 1;
    for (size_t i = start; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') { ++line; col = 1; } else if ((text[i] & 0xC0) != 0x80) ++col;
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

bool JsonReader::FailAt(const std::string& where, const std::string& reason) {
    if (Err_ && Err_->Reason.empty()) *Err_ = Error{File_, where, reason};
    return false;
}

bool JsonReader::Fail(const JsonPath& at, const std::string& reason) {
    if (Err_ && Err_->Reason.empty()) *Err_ = Error{File_, at.Text(), reason};
    return false;
}

// Offset of the first bracket nested deeper than kMaxJsonDepth in well-formed JSON text, or npos.
static size_t TooDeepAt(const std::string& text, size_t start) {
    int depth = 0;
    bool in_string = false;
    for (size_t i = start; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth) return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::string::npos;
}

bool JsonReader::Parse(const std::string& text, rapidjson::Document* doc) {
    if (text.empty()) return FailAt("", "empty file");
    if (text.size() > kMaxJsonBytes)
        return FailAt("", "file is " + std::to_string(text.size()) + " bytes; the limit is " + std::to_string(kMaxJsonBytes));
    size_t skip = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0; // a UTF-8 byte order mark is tolerated
    constexpr unsigned kFlags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;
    doc->Parse<kFlags>(text.data() + skip, text.size() - skip);
    if (doc->HasParseError())
        return FailAt(LineColumn(text, skip + doc->GetErrorOffset(), skip),
                      std::string("invalid JSON: ") + rapidjson::GetParseError_En(doc->GetParseError()));
    const size_t deep = TooDeepAt(text, skip);
    if (deep != std::string::npos)
        return FailAt(LineColumn(text, deep, skip), "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    return true;
}

bool JsonReader::Object(const rapidjson::Value& v, const JsonPath& at) {
    return v.IsObject() || Fail(at, "expected an object");
}

bool JsonReader::StringValue(const rapidjson::Value& v, const JsonPath& at, std::string* out) {
    if (!v.IsString()) return Fail(at, "expected a string");
    if (v.GetStringLength() > kMaxStringBytes)
        return Fail(at, "string of " + std::to_string(v.GetStringLength()) + " bytes; the limit is " +
                            std::to_string(kMaxStringBytes));
    *out = CleanText(v.GetString(), v.GetStringLength());
    return true;
}

bool JsonReader::String(const rapidjson::Value& obj, const char* key, const JsonPath& at, bool required, std::string* out) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || it->value.IsNull()) return !required || Fail(at.Field(key), "missing");
    if (!StringValue(it->value, at.Field(key), out)) return false;
    if (required && out->empty()) return Fail(at.Field(key), "empty");
    return true;
}

bool JsonReader::Bool(const rapidjson::Value& obj, const char* key, const JsonPath& at, bool* out) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || it->value.IsNull()) return true;
    if (!it->value.IsBool()) return Fail(at.Field(key), "expected true or false");
    *out = it->value.GetBool();
    return true;
}

bool JsonReader::Int(const rapidjson::Value& obj, const char* key, const JsonPath& at, int min, int max, int* out) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || it->value.IsNull()) return true;
    if (!it->value.IsInt64()) return Fail(at.Field(key), "expected a whole number");
    const int64_t v = it->value.GetInt64();
    if (v < min || v > max)
        return Fail(at.Field(key), std::to_string(v) + " is outside " + std::to_string(min) + " to " + std::to_string(max));
    *out = (int)v;
    return true;
}

bool JsonReader::Array(const rapidjson::Value& obj, const char* key, const JsonPath& at, bool required, size_t max_items,
                       const rapidjson::Value** out) {
    *out = nullptr;
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || it->value.IsNull()) return !required || Fail(at.Field(key), "missing");
    if (!it->value.IsArray()) return Fail(at.Field(key), "expected an array");
    if (it->value.Size() > max_items)
        return Fail(at.Field(key), std::to_string(it->value.Size()) + " entries; the limit is " + std::to_string(max_items));
    *out = &it->value;
    return true;
}

bool JsonReader::StringArray(const rapidjson::Value& obj, const char* key, const JsonPath& at, size_t max_items,
                             std::vector<std::string>* out) {
    const rapidjson::Value* arr;
    if (!Array(obj, key, at, false, max_items, &arr)) return false;
    if (!arr) return true;
    const JsonPath field = at.Field(key);
    std::vector<std::string> list(arr->Size());
    for (rapidjson::SizeType i = 0; i < arr->Size(); ++i)
        if (!StringValue((*arr)[i], field.At(i), &list[i])) return false;
    *out = std::move(list);
    return true;
}

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when it is not well formed (overlong forms,
// surrogates and values past U+10FFFF included).
static size_t DecodeUtf8(const char* s, size_t n, size_t i, uint32_t* cp) {
    const unsigned char c = (unsigned char)s[i];
    if (c < 0x80) { *cp = c; return 1; }
    size_t len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > n) return 0;
    uint32_t v = c & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) {
        const unsigned char cc = (unsigned char)s[i + k];
        if ((cc & 0xC0) != 0x80) return 0;
        v = (v << 6) | (cc & 0x3F);
    }
    static const uint32_t min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < min_for_len[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return len;
}

std::string CleanText(const char* s, size_t n) {
    size_t plain = 0; // the common case: printable ASCII needs no work
    while (plain < n && (unsigned char)s[plain] >= 0x20 && (unsigned char)s[plain] < 0x7F) ++plain;
    if (plain == n) return std::string(s, n);
    std::string out(s, plain);
    out.reserve(n);
    for (size_t i = plain; i < n;) {
        uint32_t cp = 0;
        const size_t len = DecodeUtf8(s, n, i, &cp);
        if (len == 0) { out += "\xEF\xBF\xBD"; ++i; continue; } // U+FFFD for each stray byte
        const bool drop = (cp < 0x20 && cp != '\n' && cp != '\t') || (cp >= 0x7F && cp < 0xA0) ||
                          (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
        if (cp == '\r') { out += '\n'; if (i + 1 < n && s[i + 1] == '\n') ++i; }
        else if (!drop) out.append(s + i, len);
        i += len;
    }
    return out;
}

std::string CleanText(const std::string& s) { return CleanText(s.data(), s.size()); }

} // namespace folio
