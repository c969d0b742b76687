// Writing JSON with RapidJSON: the string fields and arrays that the writers of article files and feed pages
// (bundle_write, PrettyWriter), the bundle tool's JSON-LD and oEmbed files, and the ui's mirror (compact Writer)
// all write the same way. Each helper takes either writer.
#pragma once
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <string>
#include <vector>

namespace folio {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

// A string value (after a key, or in an array).
template <class Writer>
void WriteString(Writer& w, const std::string& value) {
    w.String(value.data(), (rapidjson::SizeType)value.size());
}

// "key": "value", left out when the value is empty unless `always`.
template <class Writer>
void WriteField(Writer& w, const char* key, const std::string& value, bool always = false) {
    if (value.empty() && !always) return;
    w.Key(key);
    WriteString(w, value);
}

// "key": ["value", ...], left out when there are none.
template <class Writer>
void WriteStrings(Writer& w, const char* key, const std::vector<std::string>& values) {
    if (values.empty()) return;
    w.Key(key);
    w.StartArray();
    for (const std::string& v : values) WriteString(w, v);
    w.EndArray();
}

// "author": [{"@type": "Person", "name": "..."}, ...] (schema.org), left out when there are none.
template <class Writer>
void WritePersons(Writer& w, const char* key, const std::vector<std::string>& names) {
    if (names.empty()) return;
    w.Key(key);
    w.StartArray();
    for (const std::string& name : names) {
        w.StartObject();
        WriteField(w, "@type", "Person");
        WriteField(w, "name", name, true);
        w.EndObject();
    }
    w.EndArray();
}

} // namespace folio
