// JsonReader: bounded RapidJSON parsing and typed, path-tracked field access; CleanText.
#include "model/json_read.h"
#include "model/article.h"
#include "model/date.h"

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace folio {

std::string JsonPath::Text() const {
    if (!Parent) return "$";
    std::string s = Parent->Text();
    if (Key) return s + "." + Key;
    return s + "[" + std::to_string(Index) + "]";
}

// "line 3, column 7" of a byte offset into text, counting from byte `start` (columns count characters, not bytes).
static std::string LineColumn(const std::string& text, size_t offset, size_t start) {
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

// The path of the first array or object nested deeper than kMaxJsonDepth, or "" when none is. An iterative walk
// over the parsed values (far fewer than the bytes), with its own stack.
static std::string TooDeep(const rapidjson::Value& root) {
    struct Frame {
        const rapidjson::Value* V;
        rapidjson::SizeType Next;
    };
    std::vector<Frame> stack;
    if (root.IsArray() || root.IsObject()) stack.push_back(Frame{&root, 0});
    while (!stack.empty()) {
        Frame& f = stack.back();
        const rapidjson::Value* child = nullptr;
        if (f.V->IsArray() && f.Next < f.V->Size()) child = &(*f.V)[f.Next];
        else if (f.V->IsObject() && f.Next < f.V->MemberCount()) child = &(f.V->MemberBegin() + f.Next)->value;
        if (!child) { stack.pop_back(); continue; }
        ++f.Next;
        if (!child->IsArray() && !child->IsObject()) continue;
        if ((int)stack.size() >= kMaxJsonDepth) {
            std::string path = "$";
            for (const Frame& g : stack) {
                if (g.V->IsArray()) path += "[" + std::to_string(g.Next - 1) + "]";
                else path += "." + std::string((g.V->MemberBegin() + (g.Next - 1))->name.GetString());
            }
            return path;
        }
        stack.push_back(Frame{child, 0});
    }
    return "";
}

// Checks before parsing, shared by both paths so they refuse alike; false (with the error set) when the text
// cannot be a bundle file. JSON text never holds a NUL byte (U+0000 is written \u0000), and RapidJSON takes one
// for the end of its input, so "123\0" or "{}\0garbage" would pass for a complete value: refused here.
static bool Admissible(JsonReader& r, const std::string& text, size_t max_bytes = kMaxJsonBytes) {
    if (text.empty()) return r.FailAt("", "empty file");
    if (text.size() > max_bytes)
        return r.FailAt("", "file is " + std::to_string(text.size()) + " bytes; the limit is " + std::to_string(max_bytes));
    const size_t nul = text.find('\0');
    if (nul != std::string::npos) {
        const size_t skip = Utf8BomLength(text);
        return r.FailAt(LineColumn(text, nul, skip), "invalid JSON: a NUL byte (JSON text holds none)");
    }
    return true;
}

constexpr unsigned kParseFlags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;

bool JsonReader::Parse(const std::string& text, rapidjson::Document* doc, size_t max_bytes) {
    if (!Admissible(*this, text, max_bytes)) return false;
    const size_t skip = Utf8BomLength(text); // a whole UTF-8 byte order mark is tolerated
    // A bare MemoryStream: Document::Parse(str, length) would wrap it in an EncodedInputStream, which skips each
    // of the bytes EF, BB and BF at the start on its own, so a truncated mark ("EF BB {}") would pass here and
    // fail in place. Without it both paths see the same bytes.
    rapidjson::MemoryStream in(text.data() + skip, text.size() - skip);
    doc->ParseStream<kParseFlags, rapidjson::UTF8<>>(in);
    return Checked(text, skip, doc);
}

bool JsonReader::ParseInPlace(const std::string& text, std::string* scratch, rapidjson::Document* doc) {
    if (!Admissible(*this, text)) return false; // refuses NUL bytes, up to which RapidJSON would read in place
    const size_t skip = Utf8BomLength(text);
    scratch->assign(text, skip, std::string::npos);
    // RapidJSON's UTF-8 check reads a sequence's continuation bytes before judging them, up to 3 past a lead byte
    // at the very end: NULs beyond the text keep those reads inside the buffer (and fail the check).
    scratch->append(8, '\0');
    doc->ParseInsitu<kParseFlags>(&(*scratch)[0]);
    return Checked(text, skip, doc);
}

bool JsonReader::Checked(const std::string& text, size_t skip, rapidjson::Document* doc) {
    if (doc->HasParseError())
        return FailAt(LineColumn(text, skip + doc->GetErrorOffset(), skip),
                      std::string("invalid JSON: ") + rapidjson::GetParseError_En(doc->GetParseError()));
    const std::string deep = TooDeep(*doc);
    if (!deep.empty()) return FailAt(deep, "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
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

bool JsonReader::Date(const rapidjson::Value& obj, const char* key, const JsonPath& at, std::string* out) {
    if (!String(obj, key, at, false, out)) return false;
    int64_t ignored;
    if (!out->empty() && !ParseDate(*out, &ignored))
        return Fail(at.Field(key), "\"" + *out + "\" is not an RFC 3339 date-time");
    return true;
}

bool JsonReader::FormatVersion(const rapidjson::Value& obj, const char* key, const JsonPath& at) {
    int format = kBundleFormatVersion;
    if (!Int(obj, key, at, 1, 1000000, &format)) return false;
    if (format > kBundleFormatVersion)
        return Fail(at.Field(key), "format " + std::to_string(format) + " is newer than this reader (" +
                                       std::to_string(kBundleFormatVersion) + ")");
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

// Whether CleanText drops a code point: controls other than newline and tab (CR becomes LF), C1 controls, bidi
// embeddings, overrides and isolates.
static bool Dropped(uint32_t cp) {
    return (cp < 0x20 && cp != '\n' && cp != '\t') || (cp >= 0x7F && cp < 0xA0) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

std::string CleanText(const char* s, size_t n) {
    size_t plain = 0; // the common case, text that needs no change, is copied once
    while (plain < n) {
        if ((unsigned char)s[plain] >= 0x20 && (unsigned char)s[plain] < 0x7F) { ++plain; continue; }
        uint32_t cp = 0;
        const size_t len = DecodeUtf8(s, n, plain, &cp);
        if (len == 0 || Dropped(cp)) break;
        plain += len;
    }
    if (plain == n) return std::string(s, n);
    std::string out(s, plain);
    out.reserve(n);
    for (size_t i = plain; i < n;) {
        uint32_t cp = 0;
        const size_t len = DecodeUtf8(s, n, i, &cp);
        if (len == 0) { out += "\xEF\xBF\xBD"; ++i; continue; } // U+FFFD for each stray byte
        if (cp == '\r') { out += '\n'; if (i + 1 < n && s[i + 1] == '\n') ++i; }
        else if (!Dropped(cp)) out.append(s + i, len);
        i += len;
    }
    return out;
}

std::string CleanText(const std::string& s) { return CleanText(s.data(), s.size()); }

std::string Printable(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    char buf[12];
    for (size_t i = 0; i < text.size();) {
        uint32_t cp = 0;
        const size_t len = DecodeUtf8(text.data(), text.size(), i, &cp);
        if (len == 0) { // not UTF-8: the byte itself, escaped
            std::snprintf(buf, sizeof buf, "\\x%02x", (unsigned)(unsigned char)text[i++]);
            out += buf;
            continue;
        }
        if (cp == '\n') out += "\\n";
        else if (cp == '\t') out += "\\t";
        else if (cp == '\r' || Dropped(cp) || cp == 0x2028 || cp == 0x2029) {
            std::snprintf(buf, sizeof buf, cp < 0x100 ? "\\x%02x" : "\\u%04x", (unsigned)cp);
            out += buf;
        } else {
            out.append(text, i, len);
        }
        i += len;
    }
    return out;
}

size_t Utf8BomLength(const std::string& text) { return text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0; }

} // namespace folio
