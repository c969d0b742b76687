// The element table of the HTML-to-blocks converter and the attributes it reads. Names arrive in lower case
// (libxml2's HTML parser folds them).
#include "cli/html_elements.h"

#include <cstring>
#include <string_view>
#include <unordered_map>

namespace folio::cli {

namespace {

const std::unordered_map<std::string_view, HtmlRole>& Roles() {
    using R = HtmlRole;
    static const std::unordered_map<std::string_view, HtmlRole> roles = {
        // Never read: code, styles, forms, frames, embedded objects, media without a text of their own, the
        // document's head, and page chrome (navigation, and asides: related stories, ads, boxes beside the story).
        {"script", R::Drop}, {"style", R::Drop}, {"noscript", R::Drop}, {"template", R::Drop}, {"iframe", R::Drop},
        {"frame", R::Drop}, {"frameset", R::Drop}, {"object", R::Drop}, {"embed", R::Drop}, {"applet", R::Drop},
        {"form", R::Drop}, {"input", R::Drop}, {"button", R::Drop}, {"select", R::Drop}, {"textarea", R::Drop},
        {"option", R::Drop}, {"datalist", R::Drop}, {"svg", R::Drop}, {"math", R::Drop}, {"canvas", R::Drop},
        {"video", R::Drop}, {"audio", R::Drop}, {"map", R::Drop}, {"nav", R::Drop}, {"aside", R::Drop},
        {"head", R::Drop}, {"title", R::Drop}, {"meta", R::Drop}, {"link", R::Drop}, {"base", R::Drop},
        {"dialog", R::Drop}, {"menu", R::Drop}, {"param", R::Drop},
        // Boundaries between paragraphs.
        {"html", R::Block}, {"body", R::Block}, {"div", R::Block}, {"section", R::Block}, {"article", R::Block},
        {"main", R::Block}, {"header", R::Block}, {"hgroup", R::Block}, {"address", R::Block}, {"center", R::Block},
        {"details", R::Block}, {"summary", R::Block}, {"dl", R::Block}, {"dt", R::Block}, {"dd", R::Block},
        {"table", R::Block}, {"caption", R::Block}, {"thead", R::Block}, {"tbody", R::Block}, {"tfoot", R::Block},
        {"tr", R::Block}, {"td", R::Block}, {"th", R::Block}, {"fieldset", R::Block}, {"legend", R::Block},
        // HTML5 elements without content that libxml2 (an HTML4 parser) may read as holding what follows them.
        {"picture", R::Inline}, {"source", R::Inline}, {"track", R::Inline}, {"wbr", R::Inline},
        {"p", R::Paragraph},
        {"h1", R::Heading}, {"h2", R::Heading}, {"h3", R::Heading}, {"h4", R::Heading}, {"h5", R::Heading},
        {"h6", R::Heading},
        {"ul", R::List}, {"ol", R::List}, {"li", R::ListItem},
        {"blockquote", R::Quote}, {"footer", R::Footer}, {"cite", R::Cite},
        {"pre", R::Pre}, {"listing", R::Pre}, {"xmp", R::Pre}, {"plaintext", R::Pre},
        {"figure", R::Figure}, {"figcaption", R::FigCaption}, {"small", R::Small},
        {"em", R::Emphasis}, {"i", R::Emphasis}, {"dfn", R::Emphasis}, {"var", R::Emphasis},
        {"strong", R::Strong}, {"b", R::Strong},
        {"code", R::Code}, {"kbd", R::Code}, {"samp", R::Code}, {"tt", R::Code},
        {"a", R::Link}, {"img", R::Image}, {"br", R::Break}, {"hr", R::Divider},
    };
    return roles;
}

bool Space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

} // namespace

HtmlRole RoleOf(const char* name) {
    const auto& roles = Roles();
    const auto it = roles.find(name);
    return it == roles.end() ? HtmlRole::Inline : it->second;
}

const char* DroppedWhat(const char* name) {
    static const std::pair<const char*, const char*> what[] = {
        {"iframe", "an embedded frame (iframe)"}, {"frame", "a frame"}, {"object", "an embedded object"},
        {"embed", "an embedded object"}, {"applet", "an applet"}, {"video", "a video"}, {"audio", "an audio clip"},
        {"svg", "a drawing (SVG)"}, {"math", "a formula (MathML)"}, {"canvas", "a canvas"}};
    for (const auto& w : what)
        if (std::strcmp(name, w.first) == 0) return w.second;
    return nullptr;
}

const char* AttributeOf(const xmlChar** atts, const char* name) {
    for (size_t i = 0; atts && atts[i]; i += 2)
        if (std::strcmp(reinterpret_cast<const char*>(atts[i]), name) == 0)
            return atts[i + 1] ? reinterpret_cast<const char*>(atts[i + 1]) : "";
    return nullptr;
}

bool ClassHas(const xmlChar** atts, const char* part) {
    const char* cls = AttributeOf(atts, "class");
    if (!cls) return false;
    std::string lower(cls);
    for (char& c : lower) c = Lower(c);
    return lower.find(part) != std::string::npos;
}

std::string CodeLanguageOf(const xmlChar** atts) {
    const char* cls = AttributeOf(atts, "class");
    if (!cls) return "";
    const std::string_view all(cls);
    size_t at = 0;
    while (at < all.size()) {
        while (at < all.size() && Space(all[at])) ++at;
        size_t end = at;
        while (end < all.size() && !Space(all[end])) ++end;
        const std::string_view word = all.substr(at, end - at);
        at = end;
        for (std::string_view prefix : {"language-", "lang-"}) {
            if (word.size() <= prefix.size() || word.compare(0, prefix.size(), prefix) != 0) continue;
            std::string lang;
            for (char c : word.substr(prefix.size())) {
                const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                std::strchr("+#._-", c) != nullptr;
                if (!ok || lang.size() == 64) break;
                lang += c;
            }
            if (!lang.empty()) return lang;
        }
    }
    return "";
}

std::string UrlAttribute(const char* value) {
    std::string url;
    for (const char* p = value; p && *p; ++p)
        if (*p != '\t' && *p != '\n' && *p != '\r') url += *p;
    size_t start = 0, end = url.size();
    while (start < end && Space(url[start])) ++start;
    while (end > start && Space(url[end - 1])) --end;
    return url.substr(start, end - start);
}

int HeadingLevelOf(const char* name) {
    const int n = name[0] == 'h' ? name[1] - '0' : 2;
    return n <= 2 ? 2 : n == 3 ? 3 : 4;
}

} // namespace folio::cli
