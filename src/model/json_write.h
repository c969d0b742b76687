// Writing bundle JSON with RapidJSON's PrettyWriter: the string fields and arrays that the writers of article
// files and feed pages (bundle_write) and the bundle tool's JSON-LD and oEmbed files all write the same way.
#pragma once
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <string>
#include <vector>

namespace folio {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

// A string value (after a key, or in an array).
inline void WriteString(JsonWriter& w, const std::string& value) {
    w.String(value.data(), (rapidjson::SizeType)value.size());
}

// "key": "value", left out when the value is empty unless `always`.
inline void WriteField(JsonWriter& w, const char* key, const std::string& value, bool always = false) {
    if (value.empty() && !always) return;
    w.Key(key);
    WriteString(w, value);
}

// "key": ["value", ...], left out when there are none.
inline void WriteStrings(JsonWriter& w, const char* key, const std::vector<std::string>& values) {
    if (values.empty()) return;
    w.Key(key);
    w.StartArray();
    for (const std::string& v : values) WriteString(w, v);
    w.EndArray();
}

} // namespace folio
