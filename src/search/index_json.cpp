// The search index's JSON files (index_format.h): the root (search/index.json) and the meta shards (result
// cards), written with RapidJSON and read with the model's bounded JsonReader, every value checked and every text
// cleaned as a feed's is.
#include "search/index_format.h"

#include <algorithm>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include "model/json_read.h"
#include "model/limits.h"

namespace folio::search {
namespace {

bool Refuse(const std::string& file, const std::string& why, Error* err) {
    if (err) *err = Error{file, "", why};
    return false;
}

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void WriteString(JsonWriter& w, const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
void WriteStrings(JsonWriter& w, const char* name, const std::vector<std::string>& values) {
    w.Key(name);
    w.StartArray();
    for (const std::string& v : values) WriteString(w, v);
    w.EndArray();
}

bool Number(JsonReader& r, const rapidjson::Value& obj, const char* key, const JsonPath& at, double min, double max,
            double* out) {
    auto m = obj.FindMember(key);
    if (m == obj.MemberEnd()) return r.Fail(at.Field(key), "missing");
    if (!m->value.IsNumber()) return r.Fail(at.Field(key), "not a number");
    const double v = m->value.GetDouble();
    if (!(v >= min && v <= max)) return r.Fail(at.Field(key), "out of range");
    *out = v;
    return true;
}

bool Count(JsonReader& r, const rapidjson::Value& obj, const char* key, const JsonPath& at, uint32_t max, uint32_t* out) {
    int v = 0;
    auto m = obj.FindMember(key);
    if (m == obj.MemberEnd()) return r.Fail(at.Field(key), "missing");
    if (!r.Int(obj, key, at, 0, static_cast<int>(max), &v)) return false;
    *out = static_cast<uint32_t>(v);
    return true;
}

} // namespace

std::string EncodeMetaShard(const std::vector<MetaRecord>& docs) {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.StartObject();
    w.Key("docs");
    w.StartArray();
    for (const MetaRecord& m : docs) {
        w.StartObject();
        w.Key("id"); WriteString(w, m.Id);
        w.Key("title"); WriteString(w, m.Title);
        if (!m.Section.empty()) { w.Key("section"); WriteString(w, m.Section); }
        if (!m.Date.empty()) { w.Key("date"); WriteString(w, m.Date); }
        if (!m.Language.empty()) { w.Key("lang"); WriteString(w, m.Language); }
        if (!m.Excerpt.empty()) { w.Key("excerpt"); WriteString(w, m.Excerpt); }
        if (!m.Authors.empty()) WriteStrings(w, "authors", m.Authors);
        if (!m.Tags.empty()) WriteStrings(w, "tags", m.Tags);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

bool DecodeMetaShard(std::string_view json, const std::string& file, std::vector<MetaRecord>* out, Error* err) {
    out->clear();
    if (json.size() > kMaxMetaBytes) return Refuse(file, "a meta shard larger than " + std::to_string(kMaxMetaBytes) + " bytes", err);
    JsonReader r(file, err);
    rapidjson::Document doc;
    const JsonPath root;
    const rapidjson::Value* docs = nullptr;
    if (!r.Parse(std::string(json), &doc, kMaxMetaBytes) || !r.Object(doc, root) ||
        !r.Array(doc, "docs", root, true, 4096, &docs))
        return false;
    const JsonPath at_docs = root.Field("docs");
    for (rapidjson::SizeType i = 0; i < docs->Size(); ++i) {
        const JsonPath at = at_docs.At(i);
        const rapidjson::Value& d = (*docs)[i];
        MetaRecord m;
        if (!r.Object(d, at) || !r.String(d, "id", at, true, &m.Id) || !r.String(d, "title", at, true, &m.Title) ||
            !r.String(d, "section", at, false, &m.Section) || !r.Date(d, "date", at, &m.Date) ||
            !r.String(d, "lang", at, false, &m.Language) || !r.String(d, "excerpt", at, false, &m.Excerpt) ||
            !r.StringArray(d, "authors", at, 64, &m.Authors) || !r.StringArray(d, "tags", at, 64, &m.Tags)) {
            out->clear();
            return false;
        }
        if (!ValidArticleId(m.Id)) {
            out->clear();
            return r.Fail(at.Field("id"), "not an article id");
        }
        m.Title = CleanText(m.Title), m.Section = CleanText(m.Section);
        m.Excerpt = CleanText(m.Excerpt);
        for (std::string& a : m.Authors) a = CleanText(a);
        for (std::string& t : m.Tags) t = CleanText(t);
        out->push_back(std::move(m));
    }
    return true;
}

std::string EncodeRoot(const Root& root) {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.SetMaxDecimalPlaces(4);
    w.StartObject();
    w.Key("format"); w.String(kIndexFormat);
    w.Key("docs"); w.Uint(root.Docs);
    w.Key("avgLength"); w.Double(root.AvgLength);
    w.Key("k1"); w.Double(root.K1);
    w.Key("b"); w.Double(root.B);
    w.Key("fieldWeights");
    w.StartObject();
    w.Key("headline"); w.Double(root.Weights.Headline);
    w.Key("standfirst"); w.Double(root.Weights.Standfirst);
    w.Key("body"); w.Double(root.Weights.Body);
    w.Key("captions"); w.Double(root.Weights.Captions);
    w.Key("keywords"); w.Double(root.Weights.Keywords);
    w.EndObject();
    WriteStrings(w, "sections", root.Sections);
    WriteStrings(w, "languages", root.Languages);
    w.Key("facets");
    w.StartArray();
    for (const auto& [section, language] : root.Facets) {
        w.StartArray();
        w.Uint(section);
        w.Uint(language);
        w.EndArray();
    }
    w.EndArray();
    w.Key("segments");
    w.StartArray();
    for (const Segment& s : root.Segments) {
        w.StartObject();
        w.Key("path"); WriteString(w, s.Path);
        w.Key("firstDoc"); w.Uint(s.FirstDoc);
        w.Key("docs"); w.Uint(s.Docs);
        w.Key("metaPerShard"); w.Uint(s.MetaPerShard);
        WriteStrings(w, "shards", s.Shards);
        w.EndObject();
    }
    w.EndArray();
    w.Key("deleted");
    w.StartArray();
    for (uint32_t d : root.Deleted) w.Uint(d);
    w.EndArray();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

namespace {

bool ValidSegmentPath(const std::string& path) {
    if (path.size() != 18 || path.compare(0, 2, "s-") != 0) return false;
    return std::all_of(path.begin() + 2, path.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

constexpr uint32_t kMaxSegments = 64, kMaxShards = 1u << 20, kMaxFacetValues = 65536;
constexpr size_t kMaxShardKeyBytes = 4096; // a term shard's key bound (index_format.cpp)

// A segment's shard table: keys as they are, not cleaned as text is (a facet key starts with U+0001, and a
// cleaned key would name another place in the key order); they are compared, never shown.
bool ShardKeys(JsonReader& r, const rapidjson::Value& obj, const JsonPath& at, std::vector<std::string>* out) {
    const rapidjson::Value* keys = nullptr;
    if (!r.Array(obj, "shards", at, true, kMaxShards, &keys)) return false;
    const JsonPath field = at.Field("shards");
    out->clear();
    out->reserve(keys->Size());
    for (rapidjson::SizeType i = 0; i < keys->Size(); ++i) {
        const rapidjson::Value& k = (*keys)[i];
        if (!k.IsString()) return r.Fail(field.At(i), "expected a string");
        if (k.GetStringLength() > kMaxShardKeyBytes) return r.Fail(field.At(i), "a key longer than " + std::to_string(kMaxShardKeyBytes) + " bytes");
        out->emplace_back(k.GetString(), k.GetStringLength());
    }
    return true;
}

} // namespace

bool DecodeRoot(std::string_view json, const std::string& file, Root* out, Error* err) {
    *out = Root{};
    if (json.size() > kMaxRootBytes) return Refuse(file, "a root larger than " + std::to_string(kMaxRootBytes) + " bytes", err);
    JsonReader r(file, err);
    rapidjson::Document doc;
    const JsonPath root;
    Root x;
    std::string format;
    const rapidjson::Value *weights = nullptr, *facets = nullptr, *segments = nullptr, *deleted = nullptr;
    if (!r.Parse(std::string(json), &doc, kMaxRootBytes) || !r.Object(doc, root) ||
        !r.String(doc, "format", root, true, &format))
        return false;
    if (format != kIndexFormat) return r.Fail(root.Field("format"), "not \"" + std::string(kIndexFormat) + "\" (\"" + Printable(format) + "\")");
    if (!Count(r, doc, "docs", root, kMaxDocs, &x.Docs) || !Number(r, doc, "avgLength", root, 0, 1e9, &x.AvgLength) ||
        !Number(r, doc, "k1", root, 0, 100, &x.K1) || !Number(r, doc, "b", root, 0, 1, &x.B))
        return false;
    auto w = doc.FindMember("fieldWeights");
    if (w == doc.MemberEnd()) return r.Fail(root.Field("fieldWeights"), "missing");
    weights = &w->value;
    const JsonPath at_w = root.Field("fieldWeights");
    double h = 0, st = 0, b = 0, c = 0, k = 0;
    if (!r.Object(*weights, at_w) || !Number(r, *weights, "headline", at_w, 0, 100, &h) ||
        !Number(r, *weights, "standfirst", at_w, 0, 100, &st) || !Number(r, *weights, "body", at_w, 0, 100, &b) ||
        !Number(r, *weights, "captions", at_w, 0, 100, &c) || !Number(r, *weights, "keywords", at_w, 0, 100, &k))
        return false;
    x.Weights = FieldWeights{float(h), float(st), float(b), float(c), float(k)};
    if (!r.StringArray(doc, "sections", root, kMaxFacetValues, &x.Sections) ||
        !r.StringArray(doc, "languages", root, kMaxFacetValues, &x.Languages) ||
        !r.Array(doc, "facets", root, true, kMaxFacetValues, &facets) ||
        !r.Array(doc, "segments", root, true, kMaxSegments, &segments) ||
        !r.Array(doc, "deleted", root, true, kMaxDocs, &deleted))
        return false;
    for (std::string& s : x.Sections) s = CleanText(s);
    for (std::string& s : x.Languages) s = CleanText(s);
    const JsonPath at_facets = root.Field("facets"), at_segments = root.Field("segments"), at_deleted = root.Field("deleted");
    for (rapidjson::SizeType i = 0; i < facets->Size(); ++i) {
        const rapidjson::Value& f = (*facets)[i];
        const JsonPath at = at_facets.At(i);
        if (!f.IsArray() || f.Size() != 2 || !f[0].IsUint() || !f[1].IsUint())
            return r.Fail(at, "not a pair of numbers");
        if (f[0].GetUint() >= x.Sections.size() || f[1].GetUint() >= x.Languages.size())
            return r.Fail(at, "names a section or language the root does not list");
        x.Facets.emplace_back(f[0].GetUint(), f[1].GetUint());
    }
    uint64_t next_doc = 0;
    for (rapidjson::SizeType i = 0; i < segments->Size(); ++i) {
        const rapidjson::Value& v = (*segments)[i];
        const JsonPath at = at_segments.At(i);
        Segment s;
        if (!r.Object(v, at) || !r.String(v, "path", at, true, &s.Path) || !Count(r, v, "firstDoc", at, kMaxDocs, &s.FirstDoc) ||
            !Count(r, v, "docs", at, kMaxDocs, &s.Docs) || !Count(r, v, "metaPerShard", at, 4096, &s.MetaPerShard) ||
            !ShardKeys(r, v, at, &s.Shards))
            return false;
        if (!ValidSegmentPath(s.Path)) return r.Fail(at.Field("path"), "not \"s-\" and 16 lower-case hex digits");
        if (s.FirstDoc != next_doc) return r.Fail(at.Field("firstDoc"), "does not follow the segment before");
        if (s.MetaPerShard == 0) return r.Fail(at.Field("metaPerShard"), "zero");
        if (s.Shards.empty() || !s.Shards[0].empty()) return r.Fail(at.Field("shards"), "does not start with \"\"");
        for (size_t k = 1; k < s.Shards.size(); ++k)
            if (!(s.Shards[k - 1] < s.Shards[k])) return r.Fail(at.Field("shards").At(k), "keys out of order");
        next_doc = uint64_t(s.FirstDoc) + s.Docs;
        if (next_doc > kMaxDocs) return r.Fail(at.Field("docs"), "more than " + std::to_string(kMaxDocs) + " documents in all");
        x.Segments.push_back(std::move(s));
    }
    for (rapidjson::SizeType i = 0; i < deleted->Size(); ++i) {
        const rapidjson::Value& d = (*deleted)[i];
        if (!d.IsUint() || d.GetUint() >= next_doc || (!x.Deleted.empty() && d.GetUint() <= x.Deleted.back()))
            return r.Fail(at_deleted.At(i), "not a document of a segment, in ascending order");
        x.Deleted.push_back(d.GetUint());
    }
    if (uint64_t(x.Docs) + x.Deleted.size() != next_doc)
        return r.Fail(root.Field("docs"), "not the segments' documents less the deleted");
    *out = std::move(x);
    return true;
}

} // namespace folio::search
