// ImportJsonFeed: each item's members, typed through JsonReader, into a FeedEntry (feed_entries.h). Relative URLs
// are resolved against the feed's home_page_url when it is an http(s) URL.
#include "cli/json_feed_import.h"
#include "cli/feed_entries.h"
#include "model/json_read.h"
#include "model/url.h"

namespace folio::cli {

namespace {

// JSON Feed 1.1's "authors" (objects with a name) or 1.0's "author" (one such object).
bool Authors(JsonReader& r, const rapidjson::Value& obj, const JsonPath& at, std::vector<std::string>* out) {
    const rapidjson::Value* list;
    if (!r.Array(obj, "authors", at, false, kMaxNames, &list)) return false;
    if (list) {
        const JsonPath field = at.Field("authors");
        for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
            std::string name;
            if (!r.Object((*list)[i], field.At(i)) || !r.String((*list)[i], "name", field.At(i), false, &name)) return false;
            out->push_back(name);
        }
        return true;
    }
    auto one = obj.FindMember("author");
    if (one == obj.MemberEnd() || one->value.IsNull()) return true;
    std::string name;
    if (!r.Object(one->value, at.Field("author")) || !r.String(one->value, "name", at.Field("author"), false, &name)) return false;
    out->push_back(name);
    return true;
}

// The item's id: a string, or (as JSON Feed asks readers to accept) a number taken as its digits.
bool ItemId(JsonReader& r, const rapidjson::Value& item, const JsonPath& at, std::string* out) {
    auto it = item.FindMember("id");
    if (it == item.MemberEnd() || it->value.IsNull()) return true;
    if (it->value.IsInt64()) { *out = std::to_string(it->value.GetInt64()); return true; }
    if (it->value.IsUint64()) { *out = std::to_string(it->value.GetUint64()); return true; }
    return r.StringValue(it->value, at.Field("id"), out);
}

std::string Resolved(const std::string& base, const std::string& ref) {
    return ref.empty() || SchemeLength(ref) > 0 || base.empty() ? ref : ResolveUrl(base, ref);
}

} // namespace

bool ImportJsonFeed(const std::string& text, const std::string& file, const ImportOptions& options,
                    std::vector<ImportedArticle>* out, std::vector<Error>* warnings, Error* err) {
    JsonReader r(file, err);
    rapidjson::Document doc;
    if (!r.Parse(text, &doc)) return false;
    const JsonPath root;
    if (!r.Object(doc, root)) return false;
    FeedDefaults defaults;
    std::string home;
    const rapidjson::Value* items;
    if (!r.String(doc, "language", root, false, &defaults.Language) || !Authors(r, doc, root, &defaults.Authors) ||
        !r.String(doc, "title", root, false, &defaults.Publisher) || !r.String(doc, "home_page_url", root, false, &home) || !r.Array(doc, "items", root, true, kMaxFeedEntries, &items))
        return false;
    if (!IsHttpUrl(home)) home.clear();
    std::vector<FeedEntry> entries;
    const JsonPath list = root.Field("items");
    for (rapidjson::SizeType i = 0; i < items->Size(); ++i) {
        const rapidjson::Value& item = (*items)[i];
        const JsonPath at = list.At(i);
        FeedEntry e;
        std::string banner;
        if (!r.Object(item, at) || !ItemId(r, item, at, &e.Guid) || !r.String(item, "url", at, false, &e.Link) ||
            !r.String(item, "title", at, false, &e.Title) || !r.String(item, "content_html", at, false, &e.ContentHtml) ||
            !r.String(item, "content_text", at, false, &e.ContentText) || !r.String(item, "summary", at, false, &e.Summary) ||
            !r.String(item, "image", at, false, &e.Image.Src) || !r.String(item, "banner_image", at, false, &banner) ||
            !r.String(item, "date_published", at, false, &e.Published) ||
            !r.String(item, "date_modified", at, false, &e.Updated) || !r.String(item, "language", at, false, &e.Language) ||
            !Authors(r, item, at, &e.Authors) || !r.StringArray(item, "tags", at, kMaxArrayItems, &e.Categories))
            return false;
        e.Link = Resolved(home, e.Link);
        if (e.Image.Src.empty()) e.Image.Src = banner, e.ImageFrom = "banner_image";
        else e.ImageFrom = "image";
        e.Image.Src = Resolved(home, e.Image.Src);
        e.PublishedFrom = "date_published";
        e.UpdatedFrom = "date_modified";
        entries.push_back(std::move(e));
    }
    return ArticlesFromEntries(entries, defaults, file, options, out, warnings, err);
}

} // namespace folio::cli
