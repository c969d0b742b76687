// ReadHtmlPage: libxml2's HTML parser, then Readability's heuristics (arc90's, as Mozilla's Readability.js keeps
// them) on the tree: chrome removed, text scored, the best block and its kin kept, cleaned and serialized.
#include "cli/html_page_read.h"

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <unordered_map>
#include <vector>

namespace folio::cli {

namespace {

constexpr size_t kMinParagraphChars = 25;  // a paragraph shorter than this adds nothing to its ancestors' score
constexpr size_t kMinContentChars = 80;    // text outside links the main content needs, or the page has none
constexpr size_t kMaxShortText = 4096;     // a title, heading or byline read from the page
constexpr size_t kMaxBylineChars = 100;    // longer "author" blocks are biographies, not bylines

bool Is(const xmlNode* n, const char* name) {
    return n && n->type == XML_ELEMENT_NODE && n->name && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}
bool IsAny(const xmlNode* n, std::initializer_list<const char*> names) {
    for (const char* name : names) if (Is(n, name)) return true;
    return false;
}

std::string Attr(const xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    if (!v) return "";
    std::string s(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return s;
}
bool HasAttr(const xmlNode* n, const char* name) { return xmlHasProp(n, reinterpret_cast<const xmlChar*>(name)) != nullptr; }

std::string Lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// The next node in document order under root; skip_children passes over n's subtree.
xmlNode* Next(xmlNode* n, const xmlNode* root, bool skip_children) {
    if (!skip_children && n->children && n->type == XML_ELEMENT_NODE) return n->children;
    while (n && n != root) {
        if (n->next) return n->next;
        n = n->parent;
    }
    return nullptr;
}

// The text under n, white space collapsed, at most `limit` bytes (script and style text never read), looking at
// no more than a bounded number of nodes: a byline candidate is read for every nested element that looks like
// one, so an unbounded walk would make a page of nested "author" boxes quadratic.
std::string TextOf(xmlNode* root, size_t limit = kMaxShortText) {
    std::string out;
    bool space = false;
    size_t visits = 0;
    const size_t max_visits = 16 * limit + 64;
    for (xmlNode* n = root; n && out.size() < limit && ++visits <= max_visits;
         n = Next(n, root, IsAny(n, {"script", "style", "template"}))) {
        if (n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE) continue;
        for (const char* c = reinterpret_cast<const char*>(n->content); c && *c && out.size() < limit; ++c) {
            if (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r' || *c == '\f') { space = !out.empty(); continue; }
            if (space) out += ' ';
            space = false;
            out += *c;
        }
    }
    return out;
}

// Class and id, lower case, as Readability matches them.
std::string ClassAndId(const xmlNode* n) { return Lower(Attr(n, "class") + " " + Attr(n, "id")); }

bool ContainsAny(const std::string& s, std::initializer_list<const char*> words) {
    for (const char* w : words) if (s.find(w) != std::string::npos) return true;
    return false;
}
// Whole tokens (split at spaces, '-' and '_'): for words too short to match inside others ("ad" in "header").
bool HasToken(const std::string& s, std::initializer_list<const char*> tokens) {
    size_t start = 0;
    while (start < s.size()) {
        size_t end = s.find_first_of(" -_", start);
        if (end == std::string::npos) end = s.size();
        const std::string token = s.substr(start, end - start);
        for (const char* t : tokens) if (token == t) return true;
        start = end + 1;
    }
    return false;
}

bool LooksUnlikely(const std::string& ci) {
    return (ContainsAny(ci, {"banner", "breadcrumb", "combx", "comment", "community", "disqus", "extra", "footer",
                             "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox",
                             "sidebar", "skyscraper", "social", "sponsor", "supplemental", "agegate", "pagination",
                             "pager", "popup", "cookie", "newsletter", "subscribe", "share", "promo", "outbrain",
                             "taboola", "advert"}) ||
            HasToken(ci, {"ad", "ads", "nav"})) &&
           !ContainsAny(ci, {"and", "article", "body", "column", "content", "main", "shadow"});
}

// Readability's class weight: +25 for names of content, -25 for names of chrome.
int ClassWeight(const xmlNode* n) {
    const std::string ci = ClassAndId(n);
    int w = 0;
    if (ContainsAny(ci, {"hidden", "banner", "combx", "comment", "com-", "contact", "foot", "masthead", "outbrain",
                         "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
                         "shopping", "tags", "tool", "widget", "newsletter", "subscribe", "social", "advert"}) ||
        HasToken(ci, {"ad", "ads", "hid", "meta", "nav"}))
        w -= 25;
    if (ContainsAny(ci, {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
                         "blog", "story"}))
        w += 25;
    return w;
}

bool Hidden(const xmlNode* n) {
    if (HasAttr(n, "hidden") || Lower(Attr(n, "aria-hidden")) == "true") return true;
    std::string style = Lower(Attr(n, "style"));
    style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
    return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

// Elements that are never article text: dropped with everything inside them.
bool IsChrome(const xmlNode* n) {
    if (IsAny(n, {"script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
                  "applet", "form", "button", "input", "select", "textarea", "svg", "canvas", "nav", "aside",
                  "footer", "header", "dialog", "menu", "link", "meta", "title", "head"}))
        return true;
    const std::string role = Lower(Attr(n, "role"));
    for (const char* r : {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu",
                          "menubar", "search", "form"})
        if (role == r) return true;
    return Hidden(n);
}

bool IsByline(const xmlNode* n) {
    if (Lower(Attr(n, "rel")).find("author") != std::string::npos) return true;
    if (Lower(Attr(n, "itemprop")).find("author") != std::string::npos) return true;
    const std::string ci = ClassAndId(n);
    return ContainsAny(ci, {"byline", "author", "writtenby", "p-author"}) && !ContainsAny(ci, {"bio", "about"});
}

void Remove(std::vector<xmlNode*>* doomed) {
    for (xmlNode* n : *doomed) {
        xmlUnlinkNode(n);
        xmlFreeNode(n);
    }
    doomed->clear();
}

// What Readability counts of an element's subtree, summed bottom-up in one pass.
struct Stats {
    size_t Text = 0, LinkText = 0, Commas = 0, P = 0, Img = 0, Li = 0;
    double LinkDensity() const { return Text ? static_cast<double>(LinkText) / static_cast<double>(Text) : 0.0; }
};
using StatsMap = std::unordered_map<const xmlNode*, Stats>;

// A node's stats; nothing for one outside what was measured.
const Stats& Of(const StatsMap& st, const xmlNode* n) {
    static const Stats kNone;
    auto it = st.find(n);
    return it == st.end() ? kNone : it->second;
}

size_t CountText(const char* c, size_t* commas) {
    size_t n = 0;
    bool space = true;
    for (; c && *c; ++c) {
        const bool ws = *c == ' ' || *c == '\t' || *c == '\n' || *c == '\r' || *c == '\f';
        if (!ws || !space) ++n;
        space = ws;
        if (*c == ',') ++*commas;
        // U+FF0C fullwidth comma, U+060C Arabic comma, U+3001 ideographic comma
        if ((std::strncmp(c, "\xEF\xBC\x8C", 3) == 0) || (std::strncmp(c, "\xD8\x8C", 2) == 0) ||
            (std::strncmp(c, "\xE3\x80\x81", 3) == 0))
            ++*commas;
    }
    return n;
}

StatsMap Measure(xmlNode* root) {
    StatsMap st;
    xmlNode* n = root;
    while (n) {
        if (n->type == XML_ELEMENT_NODE && n->children) {
            st[n];
            n = n->children;
            continue;
        }
        for (;;) { // n and all before it under its parent are done: finish n, move on
            Stats& mine = st[n];
            if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
                mine.Text = CountText(reinterpret_cast<const char*>(n->content), &mine.Commas);
            if (Is(n, "a")) mine.LinkText = mine.Text;
            if (Is(n, "p")) ++mine.P;
            if (Is(n, "img")) ++mine.Img;
            if (Is(n, "li")) ++mine.Li;
            if (n == root) return st;
            Stats& up = st[n->parent];
            up.Text += mine.Text;
            up.LinkText += mine.LinkText;
            up.Commas += mine.Commas;
            up.P += mine.P;
            up.Img += mine.Img;
            up.Li += mine.Li;
            if (n->next) { n = n->next; break; }
            n = n->parent;
        }
    }
    return st;
}

bool IsBlockElement(const xmlNode* n) {
    return IsAny(n, {"p", "div", "section", "article", "main", "table", "ul", "ol", "dl", "blockquote", "pre", "h1",
                     "h2", "h3", "h4", "h5", "h6", "figure", "hr"});
}

// Paragraph-like: what Readability scores (p, pre, td, and a div or section holding no blocks).
bool Scorable(const xmlNode* n) {
    if (IsAny(n, {"p", "pre", "td", "blockquote"})) return true;
    if (!IsAny(n, {"div", "section"})) return false;
    for (const xmlNode* c = n->children; c; c = c->next) if (IsBlockElement(c)) return false;
    return true;
}

double TagScore(const xmlNode* n) {
    if (Is(n, "div")) return 5;
    if (IsAny(n, {"article", "main"})) return 10;
    if (IsAny(n, {"pre", "td", "blockquote"})) return 3;
    if (IsAny(n, {"address", "ol", "ul", "dl", "dd", "dt", "li", "form"})) return -3;
    if (IsAny(n, {"h1", "h2", "h3", "h4", "h5", "h6", "th"})) return -5;
    return 0;
}

// Readability's _cleanConditionally, for a container inside the chosen content: whether it reads as chrome.
bool LooksLikeChrome(const xmlNode* n, const Stats& s) {
    if (!IsAny(n, {"div", "section", "ul", "ol", "table", "dl"})) return false;
    const int weight = ClassWeight(n);
    if (weight < 0) return true;
    if (s.Commas >= 10) return false;
    const bool list = IsAny(n, {"ul", "ol", "dl"});
    if (s.Img > 1 && s.P * 2 < s.Img) return true;
    if (!list && s.Li > s.P + 1 && s.Li > 2) return true;
    if (weight < 25 && s.LinkDensity() > 0.2 && s.Text < 500) return true;
    if (s.LinkDensity() > 0.5) return true;
    return false;
}

struct DocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct CtxtFree {
    void operator()(htmlParserCtxt* c) const { htmlFreeParserCtxt(c); }
};

void ReadHead(xmlNode* root, HtmlPageRead* out) {
    bool title = false;
    for (xmlNode* n = root; n; n = Next(n, root, false)) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (Is(n, "html") && out->Head.Lang.empty()) out->Head.Lang = Attr(n, "lang");
        else if (Is(n, "title") && !title) {
            out->Head.Title = TextOf(n);
            title = true;
        } else if (Is(n, "meta")) {
            std::string key = Lower(Attr(n, "property"));
            if (key.empty()) key = Lower(Attr(n, "name"));
            if (key.empty()) key = Lower(Attr(n, "http-equiv"));
            if (!key.empty() && HasAttr(n, "content") && out->Head.Meta.size() < 1000)
                out->Head.Meta.emplace_back(key, Attr(n, "content"));
        } else if (Is(n, "link") && out->Head.Canonical.empty()) {
            const std::string rel = " " + Lower(Attr(n, "rel")) + " ";
            if (rel.find(" canonical ") != std::string::npos) out->Head.Canonical = Attr(n, "href");
        } else if (Is(n, "script") && Lower(Attr(n, "type")).find("ld+json") != std::string::npos) {
            std::string text;
            for (xmlNode* c = n->children; c; c = c->next)
                if (c->content) text += reinterpret_cast<const char*>(c->content);
            out->Head.JsonLd.emplace_back(std::move(text), static_cast<size_t>(xmlGetLineNo(n)));
        } else if (Is(n, "h1") && out->Heading.empty()) out->Heading = TextOf(n);
    }
}

// Drops the page's chrome from under body; first takes the byline out (it often sits in a <header> or a
// <div class="meta"> that goes with the chrome).
void StripChrome(xmlNode* body, HtmlPageRead* out) {
    std::vector<xmlNode*> doomed;
    for (xmlNode* n = body; n;) {
        bool skip = false;
        if (n->type == XML_ELEMENT_NODE && n != body) {
            if (IsAny(n, {"script", "style", "nav", "footer", "aside", "form"}) || Hidden(n)) skip = true;
            else if (IsByline(n)) {
                std::string text = TextOf(n, kMaxBylineChars + 1);
                if (!text.empty() && text.size() <= kMaxBylineChars) {
                    if (out->Byline.empty()) out->Byline = text;
                    doomed.push_back(n);
                    skip = true;
                }
            }
        }
        n = Next(n, body, skip);
    }
    Remove(&doomed);
    for (xmlNode* n = body; n;) {
        bool skip = false;
        if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE) {
            doomed.push_back(n);
            skip = true;
        } else if (n->type == XML_ELEMENT_NODE && n != body) {
            const bool keep = Attr(n, "itemprop").find("articleBody") != std::string::npos || IsAny(n, {"a", "article", "main"});
            if (IsChrome(n) || (!keep && LooksUnlikely(ClassAndId(n)))) {
                doomed.push_back(n);
                skip = true;
            }
        }
        n = Next(n, body, skip);
    }
    Remove(&doomed);
}

// The main content: an [itemprop=articleBody] with text, else the best-scored block.
xmlNode* BestBlock(xmlNode* body, const StatsMap& st, std::unordered_map<const xmlNode*, double>* scores) {
    for (xmlNode* n = body; n; n = Next(n, body, false))
        if (n->type == XML_ELEMENT_NODE && Attr(n, "itemprop").find("articleBody") != std::string::npos &&
            Of(st, n).Text - Of(st, n).LinkText >= kMinContentChars)
            return n;
    auto& score = *scores;
    for (xmlNode* n = body; n; n = Next(n, body, false)) {
        if (n->type != XML_ELEMENT_NODE || !Scorable(n)) continue;
        const Stats& s = Of(st, n);
        if (s.Text < kMinParagraphChars) continue;
        const double own = 1.0 + static_cast<double>(s.Commas) + std::min<double>(static_cast<double>(s.Text / 100), 3.0);
        xmlNode* a = n->parent;
        for (int level = 0; a && a != body->parent && a->type == XML_ELEMENT_NODE && level < 5; ++level, a = a->parent) {
            if (!score.count(a)) score[a] = TagScore(a) + ClassWeight(a);
            score[a] += own / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
        }
    }
    xmlNode* best = nullptr;
    double best_score = 0;
    for (auto& [node, value] : score) {
        value *= 1.0 - Of(st, node).LinkDensity();
        if (!best || value > best_score) {
            best = const_cast<xmlNode*>(node);
            best_score = value;
        }
    }
    return best;
}

// The best block and its siblings that score near it or read as paragraphs of the same text (Readability).
std::vector<xmlNode*> WithKin(xmlNode* best, const StatsMap& st, const std::unordered_map<const xmlNode*, double>& scores) {
    if (!best->parent || best->parent->type != XML_ELEMENT_NODE || Is(best, "body")) return {best};
    const auto found = scores.find(best);
    const double top = found == scores.end() ? 0 : found->second;
    const double threshold = std::max(10.0, top * 0.2);
    const std::string cls = Attr(best, "class");
    std::vector<xmlNode*> kept;
    for (xmlNode* s = best->parent->children; s; s = s->next) {
        if (s->type != XML_ELEMENT_NODE) continue;
        if (s == best) { kept.push_back(s); continue; }
        auto it = scores.find(s);
        const double bonus = !cls.empty() && Attr(s, "class") == cls ? top * 0.2 : 0;
        if (it != scores.end() && it->second + bonus >= threshold) { kept.push_back(s); continue; }
        if (Is(s, "p")) {
            const Stats& ss = Of(st, s);
            const std::string text = ss.Text < 80 && ss.LinkText == 0 ? TextOf(s, 100) : "";
            if ((ss.Text >= 80 && ss.LinkDensity() < 0.25) || (text.find(". ") != std::string::npos || (!text.empty() && text.back() == '.')))
                kept.push_back(s);
        }
    }
    return kept;
}

} // namespace

HtmlPageRead ReadHtmlPage(const std::string& html) {
    HtmlPageRead out;
    // libxml2's own bound on depth (256 levels) stays: past it the parser stops, and the reader is told.
    const int options = HTML_PARSE_NONET | HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;
    std::unique_ptr<htmlParserCtxt, CtxtFree> ctxt(htmlNewParserCtxt());
    if (!ctxt) return out;
    std::unique_ptr<xmlDoc, DocFree> doc(htmlCtxtReadMemory(ctxt.get(), html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", options));
    const xmlError& last = ctxt->lastError;
    if (ctxt->disableSAX && last.code != XML_ERR_OK) { // stopped, not recovered
        const std::string why = last.message ? last.message : "";
        out.StoppedAt = "line " + std::to_string(last.line);
        out.Stopped = why.find("depth") != std::string::npos
                          ? "elements nest deeper than libxml2's bound of 256 levels; the rest of the page was not read"
                          : "the HTML parser stopped: " + why.substr(0, why.find_last_not_of(" \n") + 1) + "; the rest of the page was not read";
    }
    xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
    if (!root) return out;
    ReadHead(root, &out);
    xmlNode* body = root;
    for (xmlNode* c = root->children; c; c = c->next) if (Is(c, "body")) body = c;
    StripChrome(body, &out);
    const StatsMap st = Measure(body);
    std::unordered_map<const xmlNode*, double> scores;
    xmlNode* best = BestBlock(body, st, &scores);
    if (!best || Of(st, best).Text - Of(st, best).LinkText < kMinContentChars) return out;
    const std::vector<xmlNode*> kept = WithKin(best, st, scores);
    std::vector<xmlNode*> doomed;
    for (xmlNode* top : kept)
        for (xmlNode* n = top->children; n;) {
            const bool drop = n->type == XML_ELEMENT_NODE && LooksLikeChrome(n, Of(st, n));
            if (drop) doomed.push_back(n);
            n = Next(n, top, drop);
        }
    Remove(&doomed);
    out.ContentLine = static_cast<size_t>(xmlGetLineNo(kept.front()));
    xmlBufferPtr buf = xmlBufferCreate();
    for (xmlNode* n : kept) {
        if (Is(n, "body"))
            for (xmlNode* c = n->children; c; c = c->next) htmlNodeDump(buf, doc.get(), c);
        else
            htmlNodeDump(buf, doc.get(), n);
    }
    out.ContentHtml.assign(reinterpret_cast<const char*>(xmlBufferContent(buf)), static_cast<size_t>(xmlBufferLength(buf)));
    xmlBufferFree(buf);
    return out;
}

} // namespace folio::cli
