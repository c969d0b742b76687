// ParseFeed and FeedFromDocument: a JSON Feed 1.1 page -> folio::Feed; items must say where their article file is (_folio.article).
#include "model/feed_json.h"
#include "model/block_json.h"

#include <climits>

namespace folio {

static bool ReadAuthors(JsonReader& r, const rapidjson::Value& v, const JsonPath& at, std::vector<std::string>* out) {
    const rapidjson::Value* authors;
    if (!r.Array(v, "authors", at, false, kMaxTags, &authors)) return false;
    if (!authors) return true;
    const JsonPath field = at.Field("authors");
    out->resize(authors->Size());
    for (rapidjson::SizeType i = 0; i < authors->Size(); ++i)
        if (!r.Object((*authors)[i], field.At(i)) || !r.String((*authors)[i], "name", field.At(i), false, &(*out)[i]))
            return false;
    return true;
}

static bool ReadItem(JsonReader& r, const rapidjson::Value& v, const JsonPath& at, FeedItem* out) {
    if (!r.Object(v, at) || !r.String(v, "id", at, true, &out->Id) || !r.String(v, "url", at, false, &out->Url) ||
        !r.String(v, "title", at, false, &out->Title) || !r.String(v, "summary", at, false, &out->Summary) ||
        !r.Date(v, "date_published", at, &out->DatePublished) || !r.Date(v, "date_modified", at, &out->DateModified) ||
        !r.String(v, "language", at, false, &out->Language) || !r.StringArray(v, "tags", at, kMaxTags, &out->Tags) ||
        !ReadAuthors(r, v, at, &out->Authors))
        return false;
    auto ext = v.FindMember("_folio");
    const JsonPath ext_at = at.Field("_folio");
    if (ext == v.MemberEnd()) return r.Fail(ext_at, "missing (it says where the article file is)");
    if (!r.Object(ext->value, ext_at) || !r.String(ext->value, "article", ext_at, true, &out->ArticleUrl) ||
        !r.String(ext->value, "section", ext_at, false, &out->Section) ||
        !r.StringArray(ext->value, "scripts", ext_at, kMaxScripts, &out->Scripts))
        return false;
    // The thumbnail: JSON Feed's "image" is its URL; "_folio.image" the photo with its sizes and placeholder.
    auto image = ext->value.FindMember("image");
    if (image == ext->value.MemberEnd() || image->value.IsNull()) return true;
    return ReadPhoto(r, image->value, ext_at.Field("image"), &out->Image);
}

bool ParseFeed(const std::string& json, const std::string& file, Feed* out, Error* err) {
    JsonReader r(file, err);
    std::string scratch; // the parsed strings live here, so it outlives doc
    rapidjson::Document doc;
    return r.ParseInPlace(json, &scratch, &doc) && FeedFromDocument(r, doc, out);
}

bool FeedFromDocument(JsonReader& r, const rapidjson::Value& doc, Feed* out) {
    const JsonPath root;
    if (!r.Object(doc, root)) return false;
    std::string version;
    if (!r.String(doc, "version", root, true, &version)) return false;
    if (version.rfind("https://jsonfeed.org/version/1", 0) != 0)
        return r.Fail(root.Field("version"), "not a JSON Feed (\"" + version + "\")");
    Feed f;
    auto ext = doc.FindMember("_folio");
    if (ext != doc.MemberEnd()) {
        const JsonPath ext_at = root.Field("_folio");
        if (!r.Object(ext->value, ext_at) || !r.FormatVersion(ext->value, "format", ext_at) ||
            !r.Int(ext->value, "page", ext_at, 1, INT_MAX, &f.Page) ||
            !r.String(ext->value, "newer_url", ext_at, false, &f.NewerUrl))
            return false;
    }
    if (!r.String(doc, "title", root, true, &f.Title) || !r.String(doc, "description", root, false, &f.Description) ||
        !r.String(doc, "language", root, false, &f.Language) ||
        !r.String(doc, "home_page_url", root, false, &f.HomePageUrl) ||
        !r.String(doc, "feed_url", root, false, &f.FeedUrl) || !r.String(doc, "next_url", root, false, &f.NextUrl))
        return false;
    const rapidjson::Value* items;
    if (!r.Array(doc, "items", root, true, kMaxFeedPageItems, &items)) return false;
    const JsonPath items_at = root.Field("items");
    f.Items.resize(items->Size());
    for (rapidjson::SizeType i = 0; i < items->Size(); ++i)
        if (!ReadItem(r, (*items)[i], items_at.At(i), &f.Items[i])) return false;
    *out = std::move(f);
    return true;
}

} // namespace folio
