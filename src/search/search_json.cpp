// SearchOptions, SearchResults and path lists to JSON and back (search_json.h).
#include "search/search_json.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include "model/json_read.h"

namespace folio::search {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void Str(Writer& w, const char* key, const std::string& value) {
    w.Key(key);
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void Strings(Writer& w, const char* key, const std::vector<std::string>& values) {
    w.Key(key);
    w.StartArray();
    for (const std::string& v : values) w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
    w.EndArray();
}

void Counts(Writer& w, const char* key, const std::vector<FacetCount>& counts) {
    w.Key(key);
    w.StartArray();
    for (const FacetCount& c : counts) {
        w.StartArray();
        w.String(c.Value.data(), static_cast<rapidjson::SizeType>(c.Value.size()));
        w.Uint(c.Count);
        w.EndArray();
    }
    w.EndArray();
}

std::string Done(rapidjson::StringBuffer& buffer) { return std::string(buffer.GetString(), buffer.GetSize()); }

// An integer member within [min, max]; a missing one leaves *out as it is.
bool Integer(JsonReader& r, const rapidjson::Value& obj, const char* key, const JsonPath& at, int64_t min, int64_t max,
             int64_t* out) {
    auto m = obj.FindMember(key);
    if (m == obj.MemberEnd()) return true;
    if (!m->value.IsInt64() || m->value.GetInt64() < min || m->value.GetInt64() > max)
        return r.Fail(at.Field(key), "not a whole number in range");
    *out = m->value.GetInt64();
    return true;
}

bool ReadCounts(JsonReader& r, const rapidjson::Value& obj, const char* key, const JsonPath& at, std::vector<FacetCount>* out) {
    const rapidjson::Value* a = nullptr;
    if (!r.Array(obj, key, at, false, 10000, &a)) return false;
    if (!a) return true;
    const JsonPath at_a = at.Field(key);
    for (rapidjson::SizeType i = 0; i < a->Size(); ++i) {
        const rapidjson::Value& v = (*a)[i];
        if (!v.IsArray() || v.Size() != 2 || !v[0].IsString() || !v[1].IsUint()) return r.Fail(at_a.At(i), "not [value, count]");
        out->push_back(FacetCount{CleanText(v[0].GetString(), v[0].GetStringLength()), v[1].GetUint()});
    }
    return true;
}

} // namespace

std::string OptionsToJson(const SearchOptions& o) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    w.Key("newest"); w.Bool(o.Sort == Order::Newest);
    Str(w, "section", o.Section);
    Str(w, "language", o.Language);
    Str(w, "author", o.Author);
    Str(w, "tag", o.Tag);
    w.Key("from"); w.Int(o.FromDay);
    w.Key("to"); w.Int(o.ToDay);
    w.Key("offset"); w.Uint(o.Offset);
    w.Key("count"); w.Uint(o.Count);
    w.Key("today"); w.Int(o.Today);
    w.EndObject();
    return Done(buffer);
}

bool OptionsFromJson(const std::string& json, SearchOptions* out, Error* err) {
    JsonReader r("search options", err);
    rapidjson::Document doc;
    const JsonPath at;
    SearchOptions o;
    bool newest = false;
    int64_t from = o.FromDay, to = o.ToDay, offset = 0, count = o.Count, today = o.Today;
    if (!r.Parse(json, &doc) || !r.Object(doc, at) || !r.Bool(doc, "newest", at, &newest) ||
        !r.String(doc, "section", at, false, &o.Section) || !r.String(doc, "language", at, false, &o.Language) ||
        !r.String(doc, "author", at, false, &o.Author) || !r.String(doc, "tag", at, false, &o.Tag) ||
        !Integer(r, doc, "from", at, INT32_MIN, INT32_MAX, &from) || !Integer(r, doc, "to", at, INT32_MIN, INT32_MAX, &to) ||
        !Integer(r, doc, "offset", at, 0, kMaxDocs, &offset) || !Integer(r, doc, "count", at, 0, 1000, &count) ||
        !Integer(r, doc, "today", at, INT32_MIN, INT32_MAX, &today))
        return false;
    o.Sort = newest ? Order::Newest : Order::Best;
    o.FromDay = int32_t(from), o.ToDay = int32_t(to), o.Offset = uint32_t(offset), o.Count = uint32_t(count);
    o.Today = int32_t(today);
    *out = std::move(o);
    return true;
}

std::string ResultsToJson(const SearchResults& s) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    w.Key("total"); w.Uint(s.Total);
    w.Key("ready"); w.Bool(s.Ready);
    Str(w, "error", s.Error);
    w.Key("hits");
    w.StartArray();
    for (const SearchHit& h : s.Hits) {
        w.StartObject();
        w.Key("doc"); w.Uint(h.Doc);
        w.Key("score"); w.Double(h.Score);
        w.Key("day"); w.Int(h.Day);
        if (h.HasMeta) {
            const MetaRecord& m = h.Meta;
            Str(w, "id", m.Id);
            Str(w, "title", m.Title);
            Str(w, "section", m.Section);
            Str(w, "date", m.Date);
            Str(w, "lang", m.Language);
            Str(w, "excerpt", m.Excerpt);
            Strings(w, "authors", m.Authors);
            Strings(w, "tags", m.Tags);
        }
        w.EndObject();
    }
    w.EndArray();
    Counts(w, "sections", s.Sections);
    Counts(w, "languages", s.Languages);
    Counts(w, "years", s.Years);
    Counts(w, "authors", s.Authors);
    Counts(w, "tags", s.Tags);
    Strings(w, "terms", s.Terms);
    w.EndObject();
    return Done(buffer);
}

bool ResultsFromJson(const std::string& json, SearchResults* out, Error* err) {
    JsonReader r("search results", err);
    rapidjson::Document doc;
    const JsonPath at;
    SearchResults s;
    int64_t total = 0;
    const rapidjson::Value* hits = nullptr;
    if (!r.Parse(json, &doc, 16u << 20) || !r.Object(doc, at) || !Integer(r, doc, "total", at, 0, kMaxDocs, &total) ||
        !r.Bool(doc, "ready", at, &s.Ready) || !r.String(doc, "error", at, false, &s.Error) ||
        !r.Array(doc, "hits", at, true, 1000, &hits) || !ReadCounts(r, doc, "sections", at, &s.Sections) ||
        !ReadCounts(r, doc, "languages", at, &s.Languages) || !ReadCounts(r, doc, "years", at, &s.Years) ||
        !ReadCounts(r, doc, "authors", at, &s.Authors) ||
        !ReadCounts(r, doc, "tags", at, &s.Tags) || !r.StringArray(doc, "terms", at, 4096, &s.Terms))
        return false;
    s.Total = uint32_t(total);
    s.Error = CleanText(s.Error);
    const JsonPath at_hits = at.Field("hits");
    for (rapidjson::SizeType i = 0; i < hits->Size(); ++i) {
        const rapidjson::Value& v = (*hits)[i];
        const JsonPath at_h = at_hits.At(i);
        SearchHit h;
        int64_t doc_number = 0, day = kNoDay;
        if (!r.Object(v, at_h) || !Integer(r, v, "doc", at_h, 0, kMaxDocs, &doc_number) || !Integer(r, v, "day", at_h, INT32_MIN, INT32_MAX, &day))
            return false;
        auto score = v.FindMember("score");
        if (score != v.MemberEnd() && score->value.IsNumber()) h.Score = float(score->value.GetDouble());
        h.Doc = uint32_t(doc_number), h.Day = int32_t(day);
        MetaRecord& m = h.Meta;
        if (!r.String(v, "id", at_h, false, &m.Id)) return false;
        if (!m.Id.empty()) {
            if (!r.String(v, "title", at_h, false, &m.Title) || !r.String(v, "section", at_h, false, &m.Section) ||
                !r.String(v, "date", at_h, false, &m.Date) || !r.String(v, "lang", at_h, false, &m.Language) ||
                !r.String(v, "excerpt", at_h, false, &m.Excerpt) || !r.StringArray(v, "authors", at_h, 64, &m.Authors) ||
                !r.StringArray(v, "tags", at_h, 64, &m.Tags))
                return false;
            h.HasMeta = true;
        }
        s.Hits.push_back(std::move(h));
    }
    *out = std::move(s);
    return true;
}

std::string PathsToJson(const std::vector<std::string>& paths) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartArray();
    for (const std::string& p : paths) w.String(p.data(), static_cast<rapidjson::SizeType>(p.size()));
    w.EndArray();
    return Done(buffer);
}

bool PathsFromJson(const std::string& json, std::vector<std::string>* out, Error* err) {
    JsonReader r("search files", err);
    rapidjson::Document doc;
    out->clear();
    if (!r.Parse(json, &doc)) return false;
    if (!doc.IsArray() || doc.Size() > 4096) return r.Fail(JsonPath{}, "not an array of at most 4096 paths");
    for (rapidjson::SizeType i = 0; i < doc.Size(); ++i) {
        if (!doc[i].IsString()) return r.Fail(JsonPath{}.At(i), "not a string");
        out->emplace_back(doc[i].GetString(), doc[i].GetStringLength());
    }
    return true;
}

} // namespace folio::search
