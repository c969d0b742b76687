// ReadPageMeta: JSON-LD (RapidJSON through the bounded JsonReader), Open Graph and meta names, the title.
#include "cli/html_page_meta.h"
#include "model/json_read.h"
#include "model/limits.h"

#include <cctype>
#include <map>

namespace folio::cli {

namespace {

constexpr size_t kMaxJsonLdBytes = 1u << 20; // one ld+json script (pages carry a few kilobytes)
constexpr size_t kMaxJsonLdScripts = 32;     // scripts read; the rest ignored
constexpr size_t kMaxGraphNodes = 1000;      // nodes of one @graph looked through

std::string Trim(const std::string& s) {
    const size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// Cleaned, with white space runs (pages wrap long values) collapsed to one space.
std::string Clean(const std::string& s) {
    const std::string c = CleanText(s);
    std::string out;
    bool space = false;
    for (char ch : c) {
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') { space = !out.empty(); continue; }
        if (space) out += ' ';
        space = false;
        out += ch;
    }
    return out;
}

bool IsArticleType(const std::string& t) {
    static const char* const kTypes[] = {"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
                                         "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
                                         "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "Report",
                                         "TechArticle", "SatiricalArticle", "ScholarlyArticle"};
    std::string name = t;
    const size_t slash = name.find_last_of("/:"); // "https://schema.org/NewsArticle", "schema:NewsArticle"
    if (slash != std::string::npos) name = name.substr(slash + 1);
    for (const char* k : kTypes) if (name == k) return true;
    return false;
}

bool HasArticleType(const rapidjson::Value& v) {
    if (!v.IsObject()) return false;
    auto t = v.FindMember("@type");
    if (t == v.MemberEnd()) return false;
    if (t->value.IsString()) return IsArticleType(t->value.GetString());
    if (t->value.IsArray())
        for (const auto& x : t->value.GetArray()) if (x.IsString() && IsArticleType(x.GetString())) return true;
    return false;
}

// One JSON-LD document: its nodes by @id (for references) and the first Article in it.
struct Graph {
    std::map<std::string, const rapidjson::Value*> ById;
    const rapidjson::Value* Article = nullptr;

    void Add(const rapidjson::Value& v, int depth) {
        if (depth > 2 || ById.size() >= kMaxGraphNodes) return;
        if (v.IsArray()) {
            for (const auto& x : v.GetArray()) Add(x, depth + 1);
            return;
        }
        if (!v.IsObject()) return;
        auto id = v.FindMember("@id");
        if (id != v.MemberEnd() && id->value.IsString()) ById.emplace(id->value.GetString(), &v);
        if (!Article && HasArticleType(v)) Article = &v;
        auto g = v.FindMember("@graph");
        if (g != v.MemberEnd()) Add(g->value, depth + 1);
        auto main = v.FindMember("mainEntity"); // a WebPage whose main entity is the article
        if (main != v.MemberEnd() && main->value.IsObject()) Add(main->value, depth + 1);
    }
    // A node given as {"@id": …} alone is looked up (one step).
    const rapidjson::Value& Deref(const rapidjson::Value& v) const {
        if (!v.IsObject() || v.MemberCount() != 1) return v;
        auto id = v.FindMember("@id");
        if (id == v.MemberEnd() || !id->value.IsString()) return v;
        auto it = ById.find(id->value.GetString());
        return it == ById.end() ? v : *it->second;
    }
};

const rapidjson::Value* Member(const rapidjson::Value& obj, const char* key) {
    if (!obj.IsObject()) return nullptr;
    auto m = obj.FindMember(key);
    return m == obj.MemberEnd() || m->value.IsNull() ? nullptr : &m->value;
}

// Text of a value: a string, the first string of an array, or an object's name (or "@value", or `field`).
std::string TextOf(const Graph& g, const rapidjson::Value* v, const char* field = "name") {
    if (!v) return "";
    if (v->IsArray()) return v->Empty() ? "" : TextOf(g, &(*v)[0], field);
    if (v->IsString()) return Clean(v->GetString());
    const rapidjson::Value& o = g.Deref(*v);
    if (!o.IsObject()) return "";
    for (const char* k : {field, "@value", "name"})
        if (const rapidjson::Value* s = Member(o, k); s && s->IsString()) return Clean(s->GetString());
    return "";
}

// Names of a value: a string (comma-separated for keywords), an object with a name, or an array of those.
void NamesOf(const Graph& g, const rapidjson::Value* v, bool split_commas, std::vector<std::string>* out) {
    if (!v) return;
    auto add = [&](const std::string& s) {
        size_t start = 0;
        while (start <= s.size() && out->size() < kMaxNames * 2) {
            size_t comma = split_commas ? s.find(',', start) : std::string::npos;
            if (comma == std::string::npos) comma = s.size();
            const std::string part = Trim(s.substr(start, comma - start));
            if (!part.empty()) out->push_back(part);
            start = comma + 1;
        }
    };
    if (v->IsArray()) {
        for (const auto& x : v->GetArray()) {
            if (out->size() >= kMaxNames * 2) break;
            add(TextOf(g, &x));
        }
        return;
    }
    add(TextOf(g, v));
}

void ReadArticle(const Graph& g, const rapidjson::Value& a, PageMeta* m) {
    m->FromJsonLd = true;
    m->Headline = TextOf(g, Member(a, "headline"));
    if (m->Headline.empty()) m->Headline = TextOf(g, Member(a, "name"));
    m->Description = TextOf(g, Member(a, "description"));
    m->Section = TextOf(g, Member(a, "articleSection"));
    m->DatePublished = TextOf(g, Member(a, "datePublished"));
    m->DateModified = TextOf(g, Member(a, "dateModified"));
    m->Language = TextOf(g, Member(a, "inLanguage"), "alternateName");
    m->Publisher = TextOf(g, Member(a, "publisher"));
    m->Url = TextOf(g, Member(a, "url"));
    if (m->Url.empty()) m->Url = TextOf(g, Member(a, "mainEntityOfPage"), "@id");
    NamesOf(g, Member(a, "author"), false, &m->Authors);
    NamesOf(g, Member(a, "keywords"), true, &m->Keywords);
    if (const rapidjson::Value* img = Member(a, "image")) {
        const rapidjson::Value* first = img->IsArray() ? (img->Empty() ? nullptr : &(*img)[0]) : img;
        if (first) {
            const rapidjson::Value& o = g.Deref(*first);
            m->ImageUrl = o.IsString() ? Trim(o.GetString()) : TextOf(g, &o, "url");
            if (o.IsObject() && !o.IsString()) {
                if (m->ImageUrl.empty()) m->ImageUrl = TextOf(g, &o, "contentUrl");
                m->ImageCaption = TextOf(g, Member(o, "caption"));
                if (m->ImageCaption.empty()) m->ImageCaption = TextOf(g, Member(o, "description"));
                m->ImageCredit = TextOf(g, Member(o, "creditText"));
                if (m->ImageCredit.empty()) m->ImageCredit = TextOf(g, Member(o, "copyrightNotice"));
            }
        }
    }
}

const std::string* MetaOf(const PageHead& head, std::initializer_list<const char*> keys) {
    for (const char* k : keys)
        for (const auto& [name, content] : head.Meta)
            if (name == k && !Trim(content).empty()) return &content;
    return nullptr;
}

void FillFrom(const PageHead& head, std::initializer_list<const char*> keys, std::string* field) {
    if (!field->empty()) return;
    if (const std::string* v = MetaOf(head, keys)) *field = Clean(*v);
}

// "Headline | The Daily Paper" to "Headline": the part after the last separator is cut when it is the site's
// name, or when what is left before it has at least three words (Readability's rule).
std::string TitleWithoutSite(const std::string& title, const std::string& site) {
    static const char* const kSeparators[] = {" | ", " – ", " — ", " - ", " :: ", " » ", " · "};
    for (const char* sep : kSeparators) {
        const size_t at = title.rfind(sep);
        if (at == std::string::npos || at == 0) continue;
        const std::string before = Trim(title.substr(0, at)), after = Trim(title.substr(at + std::string(sep).size()));
        size_t words = 1;
        for (char c : before) words += c == ' ';
        if ((!site.empty() && after == site) || words >= 3) return before;
    }
    return title;
}

} // namespace

std::string LanguageTagOf(const std::string& text) {
    std::string t = Trim(text);
    for (char& c : t) if (c == '_') c = '-';
    // Subtags keep BCP 47's customary case: language lower, region upper, script title.
    std::string out;
    size_t start = 0, index = 0;
    while (start <= t.size()) {
        size_t dash = t.find('-', start);
        if (dash == std::string::npos) dash = t.size();
        std::string sub = t.substr(start, dash - start);
        for (char& c : sub) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (index > 0 && sub.size() == 2) for (char& c : sub) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (index > 0 && sub.size() == 4 && !sub.empty()) sub[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sub[0])));
        out += (index ? "-" : "") + sub;
        ++index;
        start = dash + 1;
    }
    return IsLanguageTag(out) ? out : "";
}

PageMeta ReadPageMeta(const PageHead& head, const std::string& file, std::vector<Error>* warnings) {
    PageMeta m;
    for (size_t i = 0; i < head.JsonLd.size() && i < kMaxJsonLdScripts && !m.FromJsonLd; ++i) {
        const auto& [text, line] = head.JsonLd[i];
        rapidjson::Document doc;
        Error e;
        JsonReader reader(file, &e);
        if (!reader.Parse(text, &doc, kMaxJsonLdBytes)) {
            warnings->push_back(Error{file, "line " + std::to_string(line),
                                      "a JSON-LD script is ignored: " + e.Reason});
            continue;
        }
        Graph g;
        g.Add(doc, 0);
        if (g.Article) ReadArticle(g, *g.Article, &m);
    }
    FillFrom(head, {"og:title", "twitter:title", "title", "dc.title"}, &m.Headline);
    FillFrom(head, {"og:description", "description", "twitter:description", "dc.description"}, &m.Description);
    FillFrom(head, {"article:section"}, &m.Section);
    FillFrom(head, {"article:published_time", "date", "dc.date", "dcterms.created", "pubdate"}, &m.DatePublished);
    FillFrom(head, {"article:modified_time", "og:updated_time", "dcterms.modified"}, &m.DateModified);
    FillFrom(head, {"og:site_name", "publisher"}, &m.Publisher);
    FillFrom(head, {"og:url"}, &m.Url);
    FillFrom(head, {"og:image", "og:image:url", "og:image:secure_url", "twitter:image"}, &m.ImageUrl);
    FillFrom(head, {"og:image:alt", "twitter:image:alt"}, &m.ImageAlt);
    if (m.Authors.empty())
        for (const auto& [name, content] : head.Meta)
            if ((name == "author" || name == "article:author" || name == "dc.creator") && !Trim(content).empty() &&
                content.find("://") == std::string::npos) // article:author is often a profile's URL
                m.Authors.push_back(Clean(content));
    if (m.Keywords.empty())
        for (const auto& [name, content] : head.Meta) {
            if (name == "article:tag") m.Keywords.push_back(Clean(content));
            if (name == "keywords" || name == "news_keywords") {
                std::vector<std::string> parts;
                size_t start = 0;
                while (start <= content.size()) {
                    size_t comma = content.find(',', start);
                    if (comma == std::string::npos) comma = content.size();
                    const std::string part = Clean(content.substr(start, comma - start));
                    if (!part.empty()) m.Keywords.push_back(part);
                    start = comma + 1;
                }
            }
            if (m.Keywords.size() >= kMaxNames * 2) break;
        }
    if (m.Headline.empty()) {
        const std::string* site = MetaOf(head, {"og:site_name"});
        m.Headline = TitleWithoutSite(Clean(head.Title), site ? Clean(*site) : "");
    }
    if (m.Url.empty()) m.Url = Trim(head.Canonical);
    // The language: JSON-LD's, else <html lang>, else og:locale or Content-Language.
    std::string lang = LanguageTagOf(m.Language);
    if (lang.empty()) lang = LanguageTagOf(head.Lang);
    if (lang.empty())
        if (const std::string* v = MetaOf(head, {"og:locale", "content-language", "language", "dc.language"})) lang = LanguageTagOf(*v);
    if (lang.empty() && (!m.Language.empty() || !Trim(head.Lang).empty()))
        warnings->push_back(Error{file, "", "the page's language \"" + (m.Language.empty() ? Trim(head.Lang) : m.Language) +
                                                "\" is not a language tag; ignored"});
    m.Language = lang;
    return m;
}

} // namespace folio::cli
