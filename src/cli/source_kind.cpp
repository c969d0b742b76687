// SourceKindOf: the extension, then a look at the content (RapidJSON's parse of a .json file's top level; the
// root element's name of an .xml file, found past the prolog, comments and the doctype).
#include "cli/source_kind.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <cctype>

namespace folio::cli {

namespace {

std::string LowerExtension(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    const size_t dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
    std::string ext = path.substr(dot);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return (char)std::tolower(c); });
    return ext;
}

// The name of the root element of an XML document ("rss", "feed", "atom:feed"), or "" when none is found before
// anything that is not prolog.
std::string XmlRootName(const std::string& t) {
    size_t i = 0;
    while (i < t.size()) {
        while (i < t.size() && std::isspace((unsigned char)t[i])) ++i;
        if (i >= t.size() || t[i] != '<') return "";
        if (t.compare(i, 4, "<!--") == 0) {
            const size_t end = t.find("-->", i + 4);
            if (end == std::string::npos) return "";
            i = end + 3;
        } else if (t.compare(i, 2, "<?") == 0 || t.compare(i, 2, "<!") == 0) {
            // a processing instruction or the doctype (an internal subset's brackets skipped whole)
            size_t j = i + 2;
            int depth = 0;
            while (j < t.size() && (t[j] != '>' || depth > 0)) {
                if (t[j] == '[') ++depth;
                else if (t[j] == ']') --depth;
                ++j;
            }
            if (j >= t.size()) return "";
            i = j + 1;
        } else {
            size_t j = i + 1;
            while (j < t.size() && !std::isspace((unsigned char)t[j]) && t[j] != '>' && t[j] != '/') ++j;
            return t.substr(i + 1, j - i - 1);
        }
    }
    return "";
}

bool IsAtomRoot(const std::string& name) {
    return name == "feed" || (name.size() > 5 && name.compare(name.size() - 5, 5, ":feed") == 0);
}

bool HasRendered(const rapidjson::Value& post, const char* key) {
    auto it = post.FindMember(key);
    return it != post.MemberEnd() && it->value.IsObject() && it->value.HasMember("rendered");
}

bool IsWordPressPost(const rapidjson::Value& v) {
    return v.IsObject() && HasRendered(v, "title") && HasRendered(v, "content");
}

SourceKind JsonKind(const std::string& text) {
    rapidjson::Document d;
    d.Parse<rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag>(text.data(), text.size());
    if (d.HasParseError()) return SourceKind::Unrecognised; // the importer it would go to reports where; here: none
    if (d.IsArray()) {
        if (d.Empty()) return SourceKind::Unrecognised;
        for (const rapidjson::Value& e : d.GetArray())
            if (!IsWordPressPost(e)) return SourceKind::Unrecognised;
        return SourceKind::WordPress;
    }
    if (!d.IsObject()) return SourceKind::Unrecognised;
    if (d.HasMember("folioFormat")) return SourceKind::FolioArticle;
    auto version = d.FindMember("version");
    if (version != d.MemberEnd() && version->value.IsString() &&
        std::string(version->value.GetString()).rfind("https://jsonfeed.org/version/", 0) == 0)
        return SourceKind::JsonFeed;
    if (IsWordPressPost(d)) return SourceKind::WordPress;
    auto schema = d.FindMember("$schema");
    if (schema != d.MemberEnd() && schema->value.IsString() &&
        std::string(schema->value.GetString()).find("ninjs") != std::string::npos)
        return SourceKind::Ninjs;
    // ninjs 2.x requires "uri"; an item carries at least one of its content members beside it
    if (d.HasMember("uri"))
        for (const char* m : {"headline", "headlines", "body_text", "body_html", "bodies", "type", "version"})
            if (d.HasMember(m)) return SourceKind::Ninjs;
    return SourceKind::Unrecognised;
}

} // namespace

bool HasSourceExtension(const std::string& path) {
    const std::string ext = LowerExtension(path);
    for (const char* e : {".txt", ".md", ".markdown", ".rss", ".atom", ".xml", ".json", ".html", ".htm"})
        if (ext == e) return true;
    return false;
}

SourceKind SourceKindOf(const std::string& path, const std::string& text) {
    const std::string ext = LowerExtension(path);
    if (ext == ".txt") return SourceKind::WireText;
    if (ext == ".md" || ext == ".markdown") return SourceKind::Markdown;
    if (ext == ".rss" || ext == ".atom") return SourceKind::RssAtom;
    if (ext == ".html" || ext == ".htm") return SourceKind::HtmlPage;
    if (ext == ".xml") {
        const std::string root = XmlRootName(text);
        return root == "rss" || IsAtomRoot(root) || root == "rdf:RDF" ? SourceKind::RssAtom : SourceKind::Unrecognised;
    }
    if (ext == ".json") return JsonKind(text);
    return SourceKind::NotSource;
}

const char* SourceKindName(SourceKind kind) {
    switch (kind) {
    case SourceKind::NotSource: return "not a source";
    case SourceKind::Unrecognised: return "unrecognised";
    case SourceKind::WireText: return "wire text";
    case SourceKind::Markdown: return "Markdown";
    case SourceKind::RssAtom: return "RSS or Atom feed";
    case SourceKind::Ninjs: return "IPTC ninjs";
    case SourceKind::JsonFeed: return "JSON Feed";
    case SourceKind::WordPress: return "WordPress post";
    case SourceKind::FolioArticle: return "Folio article";
    case SourceKind::HtmlPage: return "HTML page";
    }
    return "unknown";
}

std::string WhyUnrecognised(const std::string& path, const std::string& text) {
    if (LowerExtension(path) == ".xml") {
        const std::string root = XmlRootName(text);
        return root.empty() ? "is no XML document (no root element found): expected an RSS or Atom feed"
                            : "has the root element <" + root + ">: expected an RSS (<rss>) or Atom (<feed>) feed";
    }
    rapidjson::Document d;
    d.Parse<rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag>(text.data(), text.size());
    if (d.HasParseError())
        return "is not JSON (at byte " + std::to_string(d.GetErrorOffset()) + "): expected a Folio article, IPTC ninjs, "
               "JSON Feed or WordPress post";
    return "is JSON of no kind Folio imports: expected a Folio article (\"folioFormat\"), IPTC ninjs (\"uri\" with "
           "\"headline\" or a body), a JSON Feed (\"version\": \"https://jsonfeed.org/version/1.1\") or a WordPress "
           "post or array of posts (\"title\" and \"content\" with \"rendered\")";
}

} // namespace folio::cli
