// JsonReader: bounded RapidJSON parsing and typed, path-tracked field access.
#include "model/json_read.h"

#include <rapidjson/error/en.h>
#include <cstdint>

namespace folio {

bool JsonReader::Fail(const std::string& path, const std::string& reason) {
    if (Err_ && Err_->Reason.empty()) *Err_ = Error{File_, path, reason};
    return false;
}

bool JsonReader::Parse(const std::string& text, rapidjson::Document* doc) {
    if (text.empty()) return Fail("", "empty file");
    if (text.size() > kMaxJsonBytes)
        return Fail("", "file is " + std::to_string(text.size()) + " bytes; the limit is " + std::to_string(kMaxJsonBytes));
    size_t skip = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0; // a UTF-8 byte order mark is tolerated
    constexpr unsigned kFlags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;
    doc->Parse<kFlags>(text.data() + skip, text.size() - skip);
    if (!doc->HasParseError()) return true;
    size_t offset = skip + doc->GetErrorOffset(), line = 1, col = 1;
    for (size_t i = skip; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') { ++line; col = 1; } else if ((text[i] & 0xC0) != 0x80) ++col;
    }
    return Fail("line " + std::to_string(line) + ", column " + std::to_string(col),
                std::string("invalid JSON: ") + rapidjson::GetParseError_En(doc->GetParseError()));
}

bool JsonReader::Object(const rapidjson::Value& v, const std::string& path) {
    return v.IsObject() || Fail(path, "expected an object");
}

bool JsonReader::String(const rapidjson::Value& obj, const char* key, const std::string& path, bool required, std::string* out) {
    auto it = obj.FindMember(key);
    std::string field = path + "." + key;
    if (it == obj.MemberEnd() || it->value.IsNull()) return !required || Fail(field, "missing");
    if (!it->value.IsString()) return Fail(field, "expected a string");
    if (it->value.GetStringLength() > kMaxStringBytes)
        return Fail(field, "string of " + std::to_string(it->value.GetStringLength()) + " bytes is over the limit");
    *out = CleanText(std::string(it->value.GetString(), it->value.GetStringLength()));
    if (required && out->empty()) return Fail(field, "empty");
    return true;
}

bool JsonReader::Array(const rapidjson::Value& obj, const char* key, const std::string& path, bool required,
                       const rapidjson::Value** out) {
    *out = nullptr;
    auto it = obj.FindMember(key);
    std::string field = path + "." + key;
    if (it == obj.MemberEnd() || it->value.IsNull()) return !required || Fail(field, "missing");
    if (!it->value.IsArray()) return Fail(field, "expected an array");
    if (it->value.Size() > kMaxArrayItems)
        return Fail(field, std::to_string(it->value.Size()) + " entries; the limit is " + std::to_string(kMaxArrayItems));
    *out = &it->value;
    return true;
}

bool JsonReader::StringArray(const rapidjson::Value& obj, const char* key, const std::string& path, std::vector<std::string>* out) {
    const rapidjson::Value* arr;
    if (!Array(obj, key, path, false, &arr)) return false;
    if (!arr) return true;
    out->clear();
    for (rapidjson::SizeType i = 0; i < arr->Size(); ++i) {
        const rapidjson::Value& v = (*arr)[i];
        std::string at = path + "." + key + "[" + std::to_string(i) + "]";
        if (!v.IsString()) return Fail(at, "expected a string");
        out->push_back(CleanText(std::string(v.GetString(), v.GetStringLength())));
    }
    return true;
}

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when it is not well formed (overlong forms,
// surrogates and values past U+10FFFF included).
static size_t DecodeUtf8(const std::string& s, size_t i, uint32_t* cp) {
    const unsigned char c = (unsigned char)s[i];
    if (c < 0x80) { *cp = c; return 1; }
    size_t len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return 0;
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

std::string CleanText(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        uint32_t cp = 0;
        const size_t len = DecodeUtf8(s, i, &cp);
        if (len == 0) { out += "\xEF\xBF\xBD"; ++i; continue; } // U+FFFD for each stray byte
        const bool drop = (cp < 0x20 && cp != '\n' && cp != '\t') || (cp >= 0x7F && cp < 0xA0) ||
                          (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
        if (cp == '\r') { out += '\n'; if (i + 1 < s.size() && s[i + 1] == '\n') ++i; }
        else if (!drop) out.append(s, i, len);
        i += len;
    }
    return out;
}

} // namespace folio
