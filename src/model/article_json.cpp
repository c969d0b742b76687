// ParseArticle and ArticleFromDocument: article JSON -> folio::Article, with every error naming file, JSON path and reason.
// The body's blocks and inline spans are read by block_json.cpp.
#include "model/article_json.h"
#include "model/block_json.h"

namespace folio {

static bool ReadDateline(JsonReader& r, const rapidjson::Value& obj, const JsonPath& root, WireDateline* out) {
    auto it = obj.FindMember("dateline");
    if (it == obj.MemberEnd() || it->value.IsNull()) return true;
    if (it->value.IsString()) return r.String(obj, "dateline", root, false, &out->Text);
    const rapidjson::Value& d = it->value;
    const JsonPath at = root.Field("dateline");
    return r.Object(d, at) && r.String(d, "text", at, false, &out->Text) && r.String(d, "place", at, false, &out->Place) &&
           r.String(d, "date", at, false, &out->Date) && r.String(d, "agency", at, false, &out->Agency);
}

// A schema.org Person or Organization as a name: "Name" or {"name": "Name", ...}.
static bool ReadName(JsonReader& r, const rapidjson::Value& v, const JsonPath& at, std::string* out) {
    if (v.IsString()) return r.StringValue(v, at, out) && (!out->empty() || r.Fail(at, "empty"));
    if (!v.IsObject()) return r.Fail(at, "expected a name or an object with a name");
    std::string name;
    if (!r.String(v, "name", at, true, &name)) return false;
    *out = std::move(name);
    return true;
}

// author: one name (string or object) or an array of them.
static bool ReadAuthors(JsonReader& r, const rapidjson::Value& obj, const JsonPath& root, std::vector<std::string>* out) {
    auto it = obj.FindMember("author");
    if (it == obj.MemberEnd() || it->value.IsNull()) return true;
    const JsonPath at = root.Field("author");
    if (!it->value.IsArray()) {
        out->resize(1);
        return ReadName(r, it->value, at, &(*out)[0]);
    }
    if (it->value.Size() > kMaxNames)
        return r.Fail(at, std::to_string(it->value.Size()) + " entries; the limit is " + std::to_string(kMaxNames));
    out->resize(it->value.Size());
    for (rapidjson::SizeType i = 0; i < it->value.Size(); ++i)
        if (!ReadName(r, it->value[i], at.At(i), &(*out)[i])) return false;
    return true;
}

// keywords: an array of strings, or schema.org's comma-separated text.
static bool ReadKeywords(JsonReader& r, const rapidjson::Value& obj, const JsonPath& root, std::vector<std::string>* out) {
    auto it = obj.FindMember("keywords");
    if (it == obj.MemberEnd() || !it->value.IsString()) return r.StringArray(obj, "keywords", root, kMaxNames, out);
    std::string text;
    if (!r.StringValue(it->value, root.Field("keywords"), &text)) return false;
    out->clear();
    size_t start = 0;
    while (start <= text.size()) {
        size_t comma = text.find(',', start);
        if (comma == std::string::npos) comma = text.size();
        size_t b = text.find_first_not_of(" \t\n", start), e = text.find_last_not_of(" \t\n", comma - 1);
        if (b != std::string::npos && b < comma && e != std::string::npos && e >= b) out->push_back(text.substr(b, e - b + 1));
        start = comma + 1;
    }
    return true;
}

bool ParseArticle(const std::string& json, const std::string& file, Article* out, Error* err) {
    JsonReader r(file, err);
    std::string scratch; // the parsed strings live here, so it outlives doc
    rapidjson::Document doc;
    return r.ParseInPlace(json, &scratch, &doc) && ArticleFromDocument(r, doc, out);
}

bool ArticleFromDocument(JsonReader& r, const rapidjson::Value& doc, Article* out) {
    const JsonPath root;
    if (!r.Object(doc, root)) return false;
    if (!r.FormatVersion(doc, "folioFormat", root)) return false;
    Article a;
    if (!r.String(doc, "id", root, true, &a.Id) || !r.String(doc, "headline", root, true, &a.Headline) ||
        !r.String(doc, "description", root, false, &a.Description) ||
        !r.String(doc, "articleSection", root, false, &a.Section) || !r.String(doc, "url", root, false, &a.Url) ||
        !r.Date(doc, "datePublished", root, &a.DatePublished) || !r.Date(doc, "dateModified", root, &a.DateModified) ||
        !r.String(doc, "inLanguage", root, false, &a.Language) || !ReadDateline(r, doc, root, &a.Dateline) ||
        !ReadAuthors(r, doc, root, &a.Authors) || !ReadKeywords(r, doc, root, &a.Keywords) ||
        !r.StringArray(doc, "related", root, kMaxNames, &a.Related) || !r.StringArray(doc, "scripts", root, kMaxScripts, &a.Scripts))
        return false;
    auto publisher = doc.FindMember("publisher");
    if (publisher != doc.MemberEnd() && !publisher->value.IsNull() &&
        !ReadName(r, publisher->value, root.Field("publisher"), &a.Publisher))
        return false;
    auto image = doc.FindMember("image");
    if (image != doc.MemberEnd() && !image->value.IsNull() && !ReadPhoto(r, image->value, root.Field("image"), &a.Image))
        return false;
    const rapidjson::Value* body;
    if (!r.Array(doc, "body", root, true, kMaxBodyBlocks, &body)) return false;
    const JsonPath body_at = root.Field("body");
    a.Body.resize(body->Size());
    for (rapidjson::SizeType i = 0; i < body->Size(); ++i)
        if (!ReadBlock(r, (*body)[i], body_at.At(i), &a.Body[i])) return false;
    *out = std::move(a);
    return true;
}

} // namespace folio
