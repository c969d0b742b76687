// ParseArticle: article JSON -> folio::Article, with every error naming file, JSON path and reason.
#include "model/article_json.h"
#include "model/json_read.h"

namespace folio {

static bool ReadDateline(JsonReader& r, const rapidjson::Value& obj, WireDateline* out) {
    auto it = obj.FindMember("dateline");
    if (it == obj.MemberEnd() || it->value.IsNull()) return true;
    if (it->value.IsString()) return r.String(obj, "dateline", "$", false, &out->Text);
    const rapidjson::Value& d = it->value;
    return r.Object(d, "$.dateline") && r.String(d, "text", "$.dateline", false, &out->Text) &&
           r.String(d, "place", "$.dateline", false, &out->Place) && r.String(d, "date", "$.dateline", false, &out->Date) &&
           r.String(d, "agency", "$.dateline", false, &out->Agency);
}

static bool ReadBlock(JsonReader& r, const rapidjson::Value& v, const std::string& at, Block* out) {
    if (!r.Object(v, at)) return false;
    std::string type;
    if (!r.String(v, "type", at, true, &type)) return false;
    if (type == "paragraph") out->Type = BlockType::Paragraph;
    else if (type == "quote") out->Type = BlockType::Quote;
    else return r.Fail(at + ".type", "unknown block type \"" + type + "\"");
    std::string text;
    if (!r.String(v, "text", at, true, &text) || !r.String(v, "attribution", at, false, &out->Attribution)) return false;
    out->Text = RichText::Plain(std::move(text));
    return true;
}

bool ParseArticle(const std::string& json, const std::string& file, Article* out, Error* err) {
    JsonReader r(file, err);
    rapidjson::Document doc;
    if (!r.Parse(json, &doc) || !r.Object(doc, "$")) return false;
    Article a;
    if (!r.String(doc, "id", "$", true, &a.Id) || !r.String(doc, "headline", "$", true, &a.Headline) ||
        !r.String(doc, "description", "$", false, &a.Description) ||
        !r.String(doc, "articleSection", "$", false, &a.Section) ||
        !r.String(doc, "datePublished", "$", false, &a.DatePublished) ||
        !r.String(doc, "inLanguage", "$", false, &a.Language) || !ReadDateline(r, doc, &a.Dateline))
        return false;
    const rapidjson::Value* body;
    if (!r.Array(doc, "body", "$", true, &body)) return false;
    a.Body.resize(body->Size());
    for (rapidjson::SizeType i = 0; i < body->Size(); ++i)
        if (!ReadBlock(r, (*body)[i], "$.body[" + std::to_string(i) + "]", &a.Body[i])) return false;
    *out = std::move(a);
    return true;
}

} // namespace folio
