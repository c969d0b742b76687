// ImportWordPress: the file parsed with JsonReader, each post (the top-level object, or each element of the top-level
// array) read into an article: its publication state first (status, content.protected), then its members.
#include "cli/wordpress_import.h"
#include "cli/html_blocks.h"
#include "cli/item_refs.h"
#include "model/date.h"
#include "model/json_read.h"
#include "model/url.h"

#include <climits>

namespace folio::cli {

namespace {

using Value = rapidjson::Value;

// Reads one post's members, reporting the first wrong type with its JSON path.
class Post {
public:
    Post(JsonReader* r, const std::string& from, std::vector<Error>* warnings) : R_(*r), From_(from), Warnings_(warnings) {}

    // WordPress's {"rendered": "…"} objects (title, content, excerpt, guid, a media item's caption).
    bool Rendered(const Value& obj, const char* key, const JsonPath& at, std::string* out) {
        auto it = obj.FindMember(key);
        if (it == obj.MemberEnd() || it->value.IsNull()) return true;
        return R_.Object(it->value, at.Field(key)) && R_.String(it->value, "rendered", at.Field(key), false, out);
    }

    // A date WordPress writes without its zone ("2026-11-30T09:00:00"), taken in `zone`; one with a zone as it is.
    bool Date(const Value& obj, const char* key, const JsonPath& at, const std::string& zone, std::string* out) {
        std::string text;
        if (!R_.String(obj, key, at, false, &text)) return false;
        if (text.empty()) return true;
        int64_t ignored;
        const std::string zoned = text.size() == 19 ? text + zone : text;
        if (zoned.size() <= 10 || !ParseDate(zoned, &ignored))
            return R_.Fail(at.Field(key), "\"" + text + "\" is not a date-time like 2026-11-30T09:00:00");
        *out = zoned;
        return true;
    }

    // The post's numeric id as text ("" when absent).
    bool Id(const Value& obj, const JsonPath& at, std::string* out) {
        auto it = obj.FindMember("id");
        if (it == obj.MemberEnd() || it->value.IsNull()) return true;
        if (!it->value.IsUint64()) return R_.Fail(at.Field("id"), "expected a whole number");
        *out = std::to_string(it->value.GetUint64());
        return true;
    }

    // The objects of an array member, each checked to be an object; *out nullptr when absent.
    bool Objects(const Value& obj, const char* key, const JsonPath& at, const Value** out) {
        if (!R_.Array(obj, key, at, false, kMaxArrayItems, out)) return false;
        if (!*out) return true;
        for (rapidjson::SizeType i = 0; i < (*out)->Size(); ++i)
            if (!R_.Object((**out)[i], at.Field(key).At(i))) return false;
        return true;
    }

    // What `_embedded` carries: author names, category and tag names (wp:term), the featured image.
    bool Embedded(const Value& post, const JsonPath& at, Article* a) {
        auto it = post.FindMember("_embedded");
        if (it == post.MemberEnd() || it->value.IsNull()) return true;
        const Value& e = it->value;
        const JsonPath here = at.Field("_embedded");
        if (!R_.Object(e, here)) return false;
        const Value* authors;
        if (!Objects(e, "author", here, &authors)) return false;
        for (rapidjson::SizeType i = 0; authors && i < authors->Size(); ++i) {
            std::string name;
            if (!R_.String((*authors)[i], "name", here.Field("author").At(i), false, &name)) return false;
            if (name.find_first_not_of(" \t\n") != std::string::npos) a->Authors.push_back(name);
        }
        if (!Terms(e, here, a) || !FeaturedMedia(e, here, &a->Image)) return false;
        return true;
    }

private:
    // wp:term: an array per taxonomy of term objects; the first category is the section, the other categories and the
    // tags are keywords.
    bool Terms(const Value& e, const JsonPath& at, Article* a) {
        const Value* lists;
        if (!R_.Array(e, "wp:term", at, false, kMaxArrayItems, &lists)) return false;
        if (!lists) return true;
        const JsonPath field = at.Field("wp:term");
        std::vector<std::string> categories, tags;
        for (rapidjson::SizeType i = 0; i < lists->Size(); ++i) {
            const JsonPath list_at = field.At(i);
            const Value& list = (*lists)[i];
            if (!list.IsArray()) return R_.Fail(list_at, "expected an array");
            for (rapidjson::SizeType j = 0; j < list.Size(); ++j) {
                const JsonPath term_at = list_at.At(j);
                std::string taxonomy, name;
                if (!R_.Object(list[j], term_at) || !R_.String(list[j], "taxonomy", term_at, false, &taxonomy) ||
                    !R_.String(list[j], "name", term_at, false, &name))
                    return false;
                if (name.find_first_not_of(" \t\n") == std::string::npos) continue;
                name = CleanText(HtmlToPlainText(name)); // term names come HTML-escaped ("Arts &amp; Culture")
                if (taxonomy == "category") categories.push_back(name);
                else if (taxonomy == "post_tag") tags.push_back(name);
            }
        }
        if (!categories.empty()) a->Section = categories[0];
        for (const std::string& t : tags) a->Keywords.push_back(t);
        for (size_t k = 1; k < categories.size(); ++k) a->Keywords.push_back(categories[k]);
        return true;
    }

    // wp:featuredmedia: the first image with a source_url usable as a photo's source (IsPhotoSource).
    bool FeaturedMedia(const Value& e, const JsonPath& at, Photo* out) {
        const Value* media;
        if (!Objects(e, "wp:featuredmedia", at, &media)) return false;
        const JsonPath field = at.Field("wp:featuredmedia");
        for (rapidjson::SizeType i = 0; media && i < media->Size(); ++i) {
            const Value& m = (*media)[i];
            const JsonPath here = field.At(i);
            std::string type, src, alt, caption;
            int width = 0, height = 0;
            if (!R_.String(m, "media_type", here, false, &type) || !R_.String(m, "source_url", here, false, &src) ||
                !R_.String(m, "alt_text", here, false, &alt) || !Rendered(m, "caption", here, &caption))
                return false;
            auto details = m.FindMember("media_details");
            if (details != m.MemberEnd() && !details->value.IsNull()) {
                const JsonPath d = here.Field("media_details");
                if (!R_.Object(details->value, d) || !R_.Int(details->value, "width", d, 0, INT_MAX, &width) ||
                    !R_.Int(details->value, "height", d, 0, INT_MAX, &height))
                    return false;
            }
            if ((!type.empty() && type != "image") || src.empty() || !out->Empty()) continue;
            if (!IsPhotoSource(src)) {
                Warnings_->push_back(Error{From_, here.Field("source_url").Text(), "the image \"" + src +
                                              "\" is neither http(s) nor a path inside the source folder: left out"});
                continue;
            }
            out->Src = src;
            out->Alt = alt;
            out->Caption = CleanText(HtmlToPlainText(caption));
            if (width > 0 && height > 0 && width <= kMaxPhotoPixels && height <= kMaxPhotoPixels) {
                out->Width = width;
                out->Height = height;
            }
        }
        return true;
    }

    JsonReader& R_;
    const std::string& From_;
    std::vector<Error>* Warnings_;
};

// WordPress's default excerpt ends in " [&hellip;]": plain text ends in an ellipsis instead.
std::string Excerpt(const std::string& html) {
    std::string s = CleanText(HtmlToPlainText(html));
    const std::string more = "[\xE2\x80\xA6]";
    if (s.size() >= more.size() && s.compare(s.size() - more.size(), more.size(), more) == 0) {
        s.resize(s.size() - more.size());
        while (!s.empty() && s.back() == ' ') s.pop_back();
        s += "\xE2\x80\xA6";
    }
    return s;
}

// One post to *out (left alone when the post is not published). `from` names it in warnings.
bool ImportPost(JsonReader& r, const Value& v, const JsonPath& at, const std::string& from, const ImportOptions& o,
                bool one_of_many, std::vector<ImportedArticle>* out, std::vector<Error>* warnings) {
    Post post(&r, from, warnings);
    if (!r.Object(v, at)) return false;
    std::string status, title, content, excerpt, guid, slug, link, id, date_gmt, date, modified;
    bool is_protected = false;
    auto content_member = v.FindMember("content");
    if (!r.String(v, "status", at, false, &status) || !post.Rendered(v, "title", at, &title) ||
        !post.Rendered(v, "content", at, &content) || !post.Rendered(v, "excerpt", at, &excerpt) ||
        !post.Rendered(v, "guid", at, &guid) || !r.String(v, "slug", at, false, &slug) ||
        !r.String(v, "link", at, false, &link) || !post.Id(v, at, &id) ||
        !post.Date(v, "date_gmt", at, "Z", &date_gmt) || !post.Date(v, "date", at, o.UtcOffset, &date) ||
        !post.Date(v, "modified_gmt", at, "Z", &modified) ||
        (content_member != v.MemberEnd() && content_member->value.IsObject() &&
         !r.Bool(content_member->value, "protected", at.Field("content"), &is_protected)))
        return false;
    if (!status.empty() && status != "publish") {
        warnings->push_back(Error{from, at.Field("status").Text(), "the post's status is \"" + status + "\": not published"});
        return true;
    }
    if (is_protected) {
        warnings->push_back(Error{from, at.Field("content").Field("protected").Text(),
                                  "the post is password-protected: not published"});
        return true;
    }

    ImportedArticle one;
    one.From = from;
    Article& a = one.Item;
    a.Headline = CleanText(HtmlToPlainText(title));
    if (a.Headline.find_first_not_of(" \t\n") == std::string::npos) return r.Fail(at.Field("title").Field("rendered"), "no title: a post needs one to be an article");
    const std::string key = !guid.empty() ? guid : !link.empty() ? link : id.empty() ? "" : "wordpress:" + id;
    if (!o.Id.empty() && !one_of_many) a.Id = o.Id;
    else if (key.empty())
        return r.Fail(at, "no guid, link or id: nothing to make a stable article id from");
    else a.Id = StableId(slug.empty() ? a.Headline : slug, key, "post");
    if (IsHttpUrl(link)) a.Url = link;
    a.Description = Excerpt(excerpt);
    HtmlToBlocks(content, HtmlBlocksOptions{IsHttpUrl(link) ? link : "", from}, &a.Body, warnings);
    if (a.Body.empty()) warnings->push_back(Error{from, at.Field("content").Text(), "no body: the article has none"});
    a.DatePublished = !o.Date.empty() ? DateTimeFromOption(o.Date, o.UtcOffset) : !date_gmt.empty() ? date_gmt : date;
    if (a.DatePublished.empty())
        warnings->push_back(Error{from, at.Field("date_gmt").Text(), "no date: the article is undated"});
    if (modified != a.DatePublished) a.DateModified = modified;
    if (!post.Embedded(v, at, &a)) return false;
    out->push_back(std::move(one));
    return true;
}

} // namespace

bool ImportWordPress(const std::string& text, const std::string& file, const ImportOptions& o,
                     std::vector<ImportedArticle>* out, std::vector<Error>* warnings, Error* err) {
    JsonReader r(file, err);
    rapidjson::Document doc;
    if (!r.Parse(text, &doc)) return false;
    const JsonPath root;
    std::vector<ImportedArticle> got;
    if (doc.IsArray()) {
        if (doc.Empty()) return r.Fail(root, "an empty array: no posts");
        if (doc.Size() > kMaxArrayItems) return r.Fail(root, std::to_string(doc.Size()) + " posts; the limit is " + std::to_string(kMaxArrayItems));
        if (!o.Id.empty() && doc.Size() > 1)
            return r.Fail(root, "--id names one article, and this file holds " + std::to_string(doc.Size()) + " posts");
        for (rapidjson::SizeType i = 0; i < doc.Size(); ++i)
            if (!ImportPost(r, doc[i], root.At(i), file + ": post " + std::to_string(i + 1), o, doc.Size() > 1, &got, warnings))
                return false;
    } else if (!ImportPost(r, doc, root, file, o, false, &got, warnings)) {
        return false;
    }
    for (ImportedArticle& a : got) out->push_back(std::move(a));
    return true;
}

} // namespace folio::cli
