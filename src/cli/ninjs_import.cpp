// ImportNinjs: the item parsed with JsonReader, its publication state judged first (pubstatus, embargoed), then its
// members read into the article. Both generations of ninjs are read: 2.x's arrays of text objects (headlines,
// descriptions, bodies with role and contenttype) and arrays of renditions and associations, 1.x's single texts
// (headline, description_text, body_html, body_text) and objects of renditions and associations keyed by name.
#include "cli/ninjs_import.h"
#include "cli/html_blocks.h"
#include "cli/media.h"
#include "cli/source_text.h"
#include "cli/item_refs.h"
#include "model/date.h"
#include "model/json_read.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <ctime>

namespace folio::cli {

bool NowSeconds(const ImportOptions& options, int64_t* out) {
    if (options.Now.empty()) {
        *out = (int64_t)std::time(nullptr);
        return true;
    }
    return ParseDate(options.Now, out);
}

namespace {

using Value = rapidjson::Value;

// One entry of 2.x's headlines, descriptions or bodies.
struct TextObject {
    std::string Role, ContentType, Value;
};

// One rendition of an item or an association: a file of the content in one form.
struct Rendition {
    std::string Href, ContentType;
    int Width = 0, Height = 0;
};

bool IsHtml(const std::string& content_type) {
    std::string t = content_type;
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return (char)std::tolower(c); });
    return t.rfind("text/html", 0) == 0 || t.rfind("application/xhtml+xml", 0) == 0;
}

bool IsPlain(const std::string& content_type) {
    std::string t = content_type;
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return (char)std::tolower(c); });
    return t.empty() || t.rfind("text/plain", 0) == 0;
}

// The first entry whose role is the first of `roles` any entry has ("" matches an entry without a role).
const TextObject* Pick(const std::vector<TextObject>& list, std::initializer_list<const char*> roles) {
    for (const char* role : roles)
        for (const TextObject& t : list)
            if (t.Role == role) return &t;
    return nullptr;
}

// A text object's value as one plain line of text (HTML ones through HtmlToPlainText).
std::string PlainOf(const TextObject& t) { return IsHtml(t.ContentType) ? CleanText(HtmlToPlainText(t.Value)) : t.Value; }

// Reads ninjs members of one item or association, reporting the first wrong type with its JSON path.
class Item {
public:
    Item(JsonReader* r, const std::string& from, std::vector<Error>* warnings) : R_(*r), From_(from), Warnings_(warnings) {}

    // 2.x's array of text objects under key; empty values are left out.
    bool TextObjects(const Value& obj, const char* key, const JsonPath& at, std::vector<TextObject>* out) {
        const Value* arr;
        if (!R_.Array(obj, key, at, false, kMaxArrayItems, &arr)) return false;
        if (!arr) return true;
        const JsonPath field = at.Field(key);
        for (rapidjson::SizeType i = 0; i < arr->Size(); ++i) {
            const JsonPath here = field.At(i);
            const Value& v = (*arr)[i];
            TextObject t;
            if (!R_.Object(v, here) || !R_.String(v, "role", here, false, &t.Role) ||
                !R_.String(v, "contenttype", here, false, &t.ContentType) || !R_.String(v, "value", here, false, &t.Value))
                return false;
            if (!t.Value.empty()) out->push_back(std::move(t));
        }
        return true;
    }

    // The names of an array of objects with "name" (subjects, genres); entries without one are left out.
    bool Names(const Value& obj, const char* key, const JsonPath& at, std::vector<std::string>* out) {
        const Value* arr;
        if (!R_.Array(obj, key, at, false, kMaxArrayItems, &arr)) return false;
        if (!arr) return true;
        const JsonPath field = at.Field(key);
        for (rapidjson::SizeType i = 0; i < arr->Size(); ++i) {
            const JsonPath here = field.At(i);
            std::string name;
            if (!R_.Object((*arr)[i], here) || !R_.String((*arr)[i], "name", here, false, &name)) return false;
            if (name.find_first_not_of(" \t\n") != std::string::npos) out->push_back(std::move(name));
        }
        return true;
    }

    // The renditions under "renditions": 2.x's array or 1.x's object keyed by the rendition's name.
    bool Renditions(const Value& obj, const JsonPath& at, std::vector<Rendition>* out) {
        auto it = obj.FindMember("renditions");
        if (it == obj.MemberEnd() || it->value.IsNull()) return true;
        const JsonPath field = at.Field("renditions");
        if (it->value.IsObject()) {
            for (auto m = it->value.MemberBegin(); m != it->value.MemberEnd(); ++m)
                if (!OneRendition(m->value, field.Field(m->name.GetString()), out)) return false;
            return true;
        }
        if (!it->value.IsArray()) return R_.Fail(field, "expected an array (or, as in ninjs 1.x, an object)");
        if (it->value.Size() > kMaxArrayItems) return R_.Fail(field, "more than " + std::to_string(kMaxArrayItems) + " entries");
        for (rapidjson::SizeType i = 0; i < it->value.Size(); ++i)
            if (!OneRendition(it->value[i], field.At(i), out)) return false;
        return true;
    }

    // The largest image of the renditions as a photo source (PhotoSource), with its size when given.
    bool LargestImage(const std::vector<Rendition>& list, const JsonPath& at, Photo* out) {
        const Rendition* best = nullptr;
        for (const Rendition& r : list) {
            const bool image = r.ContentType.empty() ? !ImageKindNamed(r.Href).empty()
                                                     : r.ContentType.rfind("image/", 0) == 0;
            if (image && (!best || (int64_t)r.Width * r.Height > (int64_t)best->Width * best->Height)) best = &r;
        }
        if (!best) return false;
        out->Src = PhotoSource(best->Href, at);
        if (best->Width > 0 && best->Height > 0 && best->Width <= kMaxPhotoPixels && best->Height <= kMaxPhotoPixels) {
            out->Width = best->Width;
            out->Height = best->Height;
        }
        return !out->Src.empty();
    }

    // A picture association (type picture or graphic, or no type and an image rendition): the photo of its largest
    // image rendition, the caption from its descriptions (2.x) or description_text (1.x), the alt text from a
    // description of role "alt" or else its headline, the credit from copyrightholder or by. False in *is_photo
    // for an association of another kind (a related text, a video), which is left out.
    bool Picture(const Value& v, const JsonPath& at, Photo* out, bool* is_photo) {
        *is_photo = false;
        std::string type, headline, description, copyright, by;
        std::vector<TextObject> headlines, descriptions;
        std::vector<Rendition> renditions;
        if (!R_.Object(v, at) || !R_.String(v, "type", at, false, &type) || !R_.String(v, "headline", at, false, &headline) ||
            !TextObjects(v, "headlines", at, &headlines) || !TextObjects(v, "descriptions", at, &descriptions) ||
            !R_.String(v, "description_text", at, false, &description) ||
            !R_.String(v, "copyrightholder", at, false, &copyright) || !R_.String(v, "by", at, false, &by) ||
            !Renditions(v, at, &renditions))
            return false;
        if (!type.empty() && type != "picture" && type != "graphic") return true;
        Photo p;
        if (!LargestImage(renditions, at.Field("renditions"), &p)) {
            if (!type.empty())
                Warnings_->push_back(Error{From_, at.Text(), "a picture with no usable image rendition: left out"});
            return true;
        }
        if (const TextObject* c = Pick(descriptions, {"caption", "", "summary", "main"})) p.Caption = PlainOf(*c);
        else p.Caption = description;
        if (const TextObject* alt = Pick(descriptions, {"alt", "alternative"})) p.Alt = PlainOf(*alt);
        else if (const TextObject* h = Pick(headlines, {"main", ""})) p.Alt = PlainOf(*h);
        else p.Alt = headline;
        p.Credit = !copyright.empty() ? copyright : by;
        *out = std::move(p);
        *is_photo = true;
        return true;
    }

    // The picture associations under "associations", in order: 2.x's array or 1.x's object keyed by name.
    bool Pictures(const Value& obj, const JsonPath& at, std::vector<Photo>* out) {
        auto it = obj.FindMember("associations");
        if (it == obj.MemberEnd() || it->value.IsNull()) return true;
        const JsonPath field = at.Field("associations");
        const auto one = [&](const Value& v, const JsonPath& here) {
            Photo p;
            bool is_photo = false;
            if (!Picture(v, here, &p, &is_photo)) return false;
            if (is_photo) out->push_back(std::move(p));
            return true;
        };
        if (it->value.IsObject()) {
            for (auto m = it->value.MemberBegin(); m != it->value.MemberEnd(); ++m)
                if (!one(m->value, field.Field(m->name.GetString()))) return false;
            return true;
        }
        if (!it->value.IsArray()) return R_.Fail(field, "expected an array (or, as in ninjs 1.x, an object)");
        if (it->value.Size() > kMaxArrayItems) return R_.Fail(field, "more than " + std::to_string(kMaxArrayItems) + " entries");
        for (rapidjson::SizeType i = 0; i < it->value.Size(); ++i)
            if (!one(it->value[i], field.At(i))) return false;
        return true;
    }

private:
    bool OneRendition(const Value& v, const JsonPath& at, std::vector<Rendition>* out) {
        Rendition r;
        if (!R_.Object(v, at) || !R_.String(v, "href", at, false, &r.Href) ||
            !R_.String(v, "contenttype", at, false, &r.ContentType) || !R_.String(v, "mimetype", at, false, &r.ContentType) ||
            !R_.Int(v, "width", at, 0, INT_MAX, &r.Width) || !R_.Int(v, "height", at, 0, INT_MAX, &r.Height))
            return false;
        if (!r.Href.empty()) out->push_back(std::move(r));
        return true;
    }

    // An href as a photo's source (IsPhotoSource), or "" with a warning.
    std::string PhotoSource(const std::string& href, const JsonPath& at) {
        if (IsPhotoSource(href)) return href;
        Warnings_->push_back(Error{From_, at.Text(), "the image \"" + href + "\" is neither http(s) nor a path inside the "
                                                     "source folder: left out"});
        return "";
    }

    JsonReader& R_;
    const std::string& From_;
    std::vector<Error>* Warnings_;
};

// The author `by` names, without a leading "By ".
std::string WithoutBy(const std::string& by) {
    std::string s = by;
    const auto trim = [](std::string* t) {
        const size_t b = t->find_first_not_of(" \t"), e = t->find_last_not_of(" \t");
        *t = b == std::string::npos ? "" : t->substr(b, e - b + 1);
    };
    trim(&s);
    if (s.size() > 3 && (s[0] == 'B' || s[0] == 'b') && (s[1] == 'y' || s[1] == 'Y') && s[2] == ' ') s = s.substr(3);
    trim(&s);
    return s;
}

// A date member as the article holds it: RFC 3339, a day alone taken at midnight in the --utc-offset zone.
std::string Normalised(const std::string& date, const ImportOptions& o) {
    return date.empty() ? "" : DateTimeFromOption(date, o.UtcOffset);
}

} // namespace

bool ImportNinjs(const std::string& text, const std::string& file, const ImportOptions& o,
                 std::vector<ImportedArticle>* out, std::vector<Error>* warnings, Error* err) {
    JsonReader r(file, err);
    rapidjson::Document doc;
    if (!r.Parse(text, &doc)) return false;
    const JsonPath root;
    if (!r.Object(doc, root)) return false;

    // Whether it may be published at all, before anything else: a canceled item is often an empty shell.
    std::string pubstatus, embargoed;
    if (!r.String(doc, "pubstatus", root, false, &pubstatus) || !r.Date(doc, "embargoed", root, &embargoed))
        return false;
    if (pubstatus == "withheld" || pubstatus == "canceled") {
        warnings->push_back(Error{file, "$.pubstatus", "the item is " + pubstatus + ": not published"});
        return true;
    }
    if (!pubstatus.empty() && pubstatus != "usable")
        return r.Fail(root.Field("pubstatus"), "\"" + pubstatus + "\" is none of usable, withheld, canceled");
    if (!embargoed.empty()) {
        int64_t now = 0, until = 0;
        if (!NowSeconds(o, &now)) return r.FailAt("", "--now \"" + o.Now + "\" is not an RFC 3339 date-time");
        ParseDate(embargoed, &until);
        if (now < until) {
            warnings->push_back(Error{file, "$.embargoed", "the item is embargoed until " + embargoed + " (now is " +
                                                              (o.Now.empty() ? "the clock's time" : o.Now) + "): not published"});
            return true;
        }
    }

    Item item(&r, file, warnings);
    ImportedArticle one;
    one.From = file;
    Article& a = one.Item;
    std::string uri, headline, description, body_html, body_text, by, first, version, language;
    std::vector<TextObject> headlines, descriptions, bodies;
    std::vector<Rendition> renditions;
    std::vector<Photo> pictures;
    if (!r.String(doc, "uri", root, true, &uri) || !r.String(doc, "headline", root, false, &headline) ||
        !item.TextObjects(doc, "headlines", root, &headlines) ||
        !r.String(doc, "description_text", root, false, &description) ||
        !item.TextObjects(doc, "descriptions", root, &descriptions) ||
        !r.String(doc, "body_html", root, false, &body_html) || !r.String(doc, "body_text", root, false, &body_text) ||
        !item.TextObjects(doc, "bodies", root, &bodies) || !r.String(doc, "by", root, false, &by) ||
        !r.String(doc, "located", root, false, &a.Dateline.Place) ||
        !r.String(doc, "copyrightholder", root, false, &a.Publisher) ||
        !r.String(doc, "language", root, false, &language) || !r.Date(doc, "firstcreated", root, &first) ||
        !r.Date(doc, "versioncreated", root, &version) || !item.Names(doc, "subjects", root, &a.Keywords) ||
        !item.Names(doc, "subject", root, &a.Keywords) || !item.Names(doc, "genres", root, &a.Keywords) ||
        !item.Names(doc, "genre", root, &a.Keywords) || !item.Renditions(doc, root, &renditions) ||
        !item.Pictures(doc, root, &pictures))
        return false;

    a.Id = !o.Id.empty() ? o.Id : StableId(LastSegment(uri), uri, "ninjs");
    if (const TextObject* h = Pick(headlines, {"main", ""})) a.Headline = PlainOf(*h);
    else if (!headline.empty()) a.Headline = headline;
    else if (!headlines.empty() && headlines[0].Role != "sub") a.Headline = PlainOf(headlines[0]);
    if (a.Headline.empty())
        return r.Fail(root.Field("headlines"), "no headline: give \"headlines\" with one of role main (or 1.x's \"headline\")");
    if (const TextObject* d = Pick(descriptions, {"summary", "main", ""})) a.Description = PlainOf(*d);
    else if (!description.empty()) a.Description = description;
    else if (const TextObject* sub = Pick(headlines, {"sub"})) a.Description = PlainOf(*sub);

    const HtmlBlocksOptions html{"", file};
    const auto plain_body = [&](const std::string& t) {
        for (const SourceParagraph& p : SplitParagraphs(t)) {
            Block b;
            b.Text = RichText::Plain(p.Text);
            a.Body.push_back(std::move(b));
        }
    };
    const TextObject* body = nullptr;
    for (const TextObject& b : bodies)
        if ((b.Role == "main" || b.Role.empty()) && IsHtml(b.ContentType)) { body = &b; break; }
    if (!body)
        for (const TextObject& b : bodies)
            if ((b.Role == "main" || b.Role.empty()) && IsPlain(b.ContentType)) { body = &b; break; }
    if (body && IsHtml(body->ContentType)) HtmlToBlocks(body->Value, html, &a.Body, warnings);
    else if (body) plain_body(body->Value);
    else if (!body_html.empty()) HtmlToBlocks(body_html, html, &a.Body, warnings);
    else if (!body_text.empty()) plain_body(body_text);
    if (a.Body.empty())
        warnings->push_back(Error{file, "", bodies.empty() ? "no body (no \"bodies\", \"body_html\" or \"body_text\"): the article has none"
                                                           : "no body of role main as text/html or text/plain: the article has none"});

    const std::string author = WithoutBy(by);
    if (!author.empty()) a.Authors.push_back(author);
    if (!language.empty() && IsLanguageTag(language)) a.Language = language;
    else if (!language.empty())
        warnings->push_back(Error{file, "$.language", "\"" + language + "\" is not a language tag (like en or pt-BR): ignored"});

    const std::string published = !o.Date.empty() ? o.Date : !first.empty() ? first : version;
    a.DatePublished = Normalised(published, o);
    if (a.DatePublished.empty())
        warnings->push_back(Error{file, "", "no date: the article is undated (give \"firstcreated\" or \"versioncreated\")"});
    if (!first.empty() && !version.empty() && version != first) a.DateModified = Normalised(version, o);

    // The item's own image is its lead photo; else its first picture association. The other pictures follow the body.
    size_t next = 0;
    if (!item.LargestImage(renditions, root.Field("renditions"), &a.Image) && !pictures.empty()) a.Image = pictures[next++];
    for (; next < pictures.size(); ++next) {
        Block b;
        b.Type = BlockType::Photo;
        b.Image = std::move(pictures[next]);
        a.Body.push_back(std::move(b));
    }
    out->push_back(std::move(one));
    return true;
}

} // namespace folio::cli
