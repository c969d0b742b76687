// ParseFeed: a JSON Feed 1.1 page -> folio::Feed; items must say where their article file is (_folio.article).
#include "model/feed_json.h"
#include "model/json_read.h"

namespace folio {

static bool ReadItem(JsonReader& r, const rapidjson::Value& v, const std::string& at, FeedItem* out) {
    if (!r.Object(v, at) || !r.String(v, "id", at, true, &out->Id) || !r.String(v, "title", at, false, &out->Title) ||
        !r.String(v, "summary", at, false, &out->Summary) ||
        !r.String(v, "date_published", at, false, &out->DatePublished) || !r.StringArray(v, "tags", at, &out->Tags))
        return false;
    auto ext = v.FindMember("_folio");
    if (ext == v.MemberEnd()) return r.Fail(at + "._folio", "missing (it says where the article file is)");
    const std::string ext_at = at + "._folio";
    return r.Object(ext->value, ext_at) && r.String(ext->value, "article", ext_at, true, &out->ArticleUrl) &&
           r.String(ext->value, "section", ext_at, false, &out->Section);
}

bool ParseFeed(const std::string& json, const std::string& file, Feed* out, Error* err) {
    JsonReader r(file, err);
    rapidjson::Document doc;
    if (!r.Parse(json, &doc) || !r.Object(doc, "$")) return false;
    std::string version;
    if (!r.String(doc, "version", "$", true, &version)) return false;
    if (version.rfind("https://jsonfeed.org/version/1", 0) != 0)
        return r.Fail("$.version", "not a JSON Feed (\"" + version + "\")");
    Feed f;
    if (!r.String(doc, "title", "$", true, &f.Title) || !r.String(doc, "next_url", "$", false, &f.NextUrl)) return false;
    const rapidjson::Value* items;
    if (!r.Array(doc, "items", "$", true, &items)) return false;
    f.Items.resize(items->Size());
    for (rapidjson::SizeType i = 0; i < items->Size(); ++i)
        if (!ReadItem(r, (*items)[i], "$.items[" + std::to_string(i) + "]", &f.Items[i])) return false;
    *out = std::move(f);
    return true;
}

} // namespace folio
