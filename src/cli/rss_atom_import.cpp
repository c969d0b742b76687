// ImportRssAtom: libxml2's tree of the feed, walked by hand. No text is taken with libxml2's getters that expand
// entity references (xmlNodeGetContent, xmlGetProp): TextOf and Attr walk the nodes themselves and charge what they
// take from inside an entity to one budget per document. Each item becomes a FeedEntry (feed_entries.h).
#include "cli/rss_atom_import.h"
#include "cli/feed_entries.h"
#include "cli/html_blocks.h"
#include "cli/media.h"
#include "model/limits.h"
#include "model/url.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstring>
#include <memory>
#include <set>

namespace folio::cli {

namespace {

constexpr const char* kAtom = "http://www.w3.org/2005/Atom";
constexpr const char* kRss1 = "http://purl.org/rss/1.0/";
constexpr const char* kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr const char* kContent = "http://purl.org/rss/1.0/modules/content/";
constexpr const char* kDc = "http://purl.org/dc/elements/1.1/";
constexpr const char* kMedia = "http://search.yahoo.com/mrss/";
constexpr const char* kXml = "http://www.w3.org/XML/1998/namespace";
constexpr int kMaxEntityDepth = 32;

const char* NsOf(const xmlNode* n) { return n->ns && n->ns->href ? (const char*)n->ns->href : nullptr; }

// Whether n is the element `name` in namespace `ns` ("" : no namespace, or RSS 1.0's, where RSS's own names live).
bool Is(const xmlNode* n, const char* ns, const char* name) {
    if (n->type != XML_ELEMENT_NODE || std::strcmp((const char*)n->name, name) != 0) return false;
    const char* has = NsOf(n);
    if (*ns == '\0') return has == nullptr || std::strcmp(has, kRss1) == 0;
    return has && std::strcmp(has, ns) == 0;
}

size_t LineOf(const xmlNode* n) {
    const long line = xmlGetLineNo(n);
    return line > 0 ? (size_t)line : 0;
}

std::string Trim(const std::string& s) {
    const size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// One document's reading, with what text may still be taken from inside entities.
class FeedXml {
public:
    // The text of n's descendants (elements' text too), entity references followed within the budget.
    std::string TextOf(const xmlNode* n) {
        std::string out;
        Collect(n->children, 0, &out);
        return out;
    }
    // The text of the attribute `name` (in namespace `ns`, or none) of n; "" when absent.
    std::string Attr(const xmlNode* n, const char* name, const char* ns = nullptr) {
        for (const xmlAttr* a = n->properties; a; a = a->next) {
            const char* has = a->ns && a->ns->href ? (const char*)a->ns->href : nullptr;
            if (std::strcmp((const char*)a->name, name) != 0 || (ns ? !has || std::strcmp(has, ns) != 0 : has != nullptr)) continue;
            std::string out;
            Collect(a->children, 0, &out);
            return out;
        }
        return "";
    }
    // Markup inside n as text, for HTML that a feed wrote as elements (Atom xhtml, or an RSS description written
    // unescaped): entity references are written as references, never expanded. Its text alone when it has no elements.
    std::string InnerMarkup(xmlDoc* doc, const xmlNode* n) {
        bool elements = false;
        for (const xmlNode* c = n->children; c; c = c->next) elements = elements || c->type == XML_ELEMENT_NODE;
        if (!elements) return TextOf(n);
        std::unique_ptr<xmlBuffer, void (*)(xmlBufferPtr)> buf(xmlBufferCreate(), xmlBufferFree);
        if (!buf) return "";
        for (xmlNode* c = n->children; c; c = c->next) xmlNodeDump(buf.get(), doc, c, 0, 0);
        return std::string((const char*)xmlBufferContent(buf.get()), (size_t)xmlBufferLength(buf.get()));
    }
    // The attribute xml:lang or xml:base nearest n (n itself, then its ancestors).
    std::string Inherited(const xmlNode* n, const char* name) {
        for (; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
            for (const xmlAttr* a = n->properties; a; a = a->next)
                if (std::strcmp((const char*)a->name, name) == 0 && a->ns && a->ns->href && std::strcmp((const char*)a->ns->href, kXml) == 0)
                    return Trim(Attr(n, name, kXml));
        }
        return "";
    }
    // A reference resolved against the xml:base in scope at n (relative when there is none).
    std::string Resolved(const xmlNode* n, const std::string& ref) {
        const std::string r = Trim(ref);
        if (r.empty() || SchemeLength(r) > 0) return r;
        const std::string base = Inherited(n, "base");
        return base.empty() ? r : ResolveUrl(base, r);
    }
    bool OverBudget() const { return Over_; }
    const std::set<std::string>& UnreadEntities() const { return Unread_; }

private:
    void Collect(const xmlNode* c, int depth, std::string* out) {
        for (; c && !Over_; c = c->next) {
            switch (c->type) {
            case XML_TEXT_NODE:
            case XML_CDATA_SECTION_NODE:
                if (c->content) Take((const char*)c->content, depth, out);
                break;
            case XML_ELEMENT_NODE: Collect(c->children, depth, out); break;
            case XML_ENTITY_REF_NODE: {
                const xmlEntity* ent = (const xmlEntity*)c->children;
                if (!ent) break;
                if (ent->etype != XML_INTERNAL_GENERAL_ENTITY) { // external entities are never read
                    if (c->name) Unread_.insert((const char*)c->name);
                    break;
                }
                if (depth >= kMaxEntityDepth) { Over_ = true; break; }
                if (ent->children) Collect(ent->children, depth + 1, out);
                else if (ent->content) Take((const char*)ent->content, depth + 1, out);
                break;
            }
            default: break;
            }
        }
    }
    void Take(const char* text, int depth, std::string* out) {
        const size_t n = std::strlen(text);
        if (depth > 0) {
            if (n > Budget_) { Over_ = true; return; }
            Budget_ -= n;
        }
        out->append(text, n);
    }

    size_t Budget_ = kMaxSourceBytes;
    bool Over_ = false;
    std::set<std::string> Unread_;
};

bool IsImageType(const std::string& type) { return type.rfind("image/", 0) == 0; }

int Pixels(const std::string& s) {
    const std::string t = Trim(s);
    if (t.empty() || t.size() > 6 || t.find_first_not_of("0123456789") != std::string::npos) return 0;
    const int v = std::stoi(t);
    return v <= kMaxPhotoPixels ? v : 0;
}

// The lead image among an item's enclosures and Media RSS elements: the widest media:content image, else the
// first image enclosure (RSS <enclosure>, Atom <link rel="enclosure">), else the first media:thumbnail.
struct ImageChoice {
    Photo Content, Enclosure, Thumbnail;
    void MediaContent(FeedXml& x, const xmlNode* n) {
        const std::string medium = x.Attr(n, "medium"), type = x.Attr(n, "type"), url = x.Resolved(n, x.Attr(n, "url"));
        if (url.empty()) return;
        const bool image = medium == "image" || IsImageType(type) || (medium.empty() && type.empty() && !ImageKindNamed(url).empty());
        if (!image) return;
        Photo p;
        p.Src = url;
        p.Width = Pixels(x.Attr(n, "width"));
        p.Height = Pixels(x.Attr(n, "height"));
        Describe(x, n, &p);
        if (Content.Empty() || p.Width > Content.Width) Content = std::move(p);
    }
    void Enclosed(const std::string& url, const std::string& type) {
        if (!Enclosure.Empty() || url.empty()) return;
        if (IsImageType(type) || (type.empty() && !ImageKindNamed(url).empty())) Enclosure.Src = url;
    }
    void MediaThumbnail(FeedXml& x, const xmlNode* n) {
        if (!Thumbnail.Empty()) return;
        Thumbnail.Src = x.Resolved(n, x.Attr(n, "url"));
        Thumbnail.Width = Pixels(x.Attr(n, "width"));
        Thumbnail.Height = Pixels(x.Attr(n, "height"));
    }
    // Media RSS's words about a photo, under a media:content or (for all the item's media, enclosures too) the
    // item: media:description (a sentence describing it) as its alt text, media:title as its caption, media:credit.
    static void Describe(FeedXml& x, const xmlNode* parent, Photo* p) {
        for (const xmlNode* c = parent->children; c; c = c->next) {
            std::string* to = Is(c, kMedia, "description") ? &p->Alt : Is(c, kMedia, "title") ? &p->Caption
                            : Is(c, kMedia, "credit") ? &p->Credit : nullptr;
            if (to && to->empty()) *to = x.TextOf(c);
        }
    }
    void Into(FeedXml& x, const xmlNode* item, FeedEntry* e) const {
        if (!Content.Empty()) e->Image = Content, e->ImageFrom = "media:content";
        else if (!Enclosure.Empty()) e->Image = Enclosure, e->ImageFrom = "enclosure";
        else if (!Thumbnail.Empty()) e->Image = Thumbnail, e->ImageFrom = "media:thumbnail";
        if (!e->Image.Empty()) Describe(x, item, &e->Image);
    }
    // Media RSS elements, anywhere in an item or entry (a media:group holds several).
    bool Media(FeedXml& x, const xmlNode* c) {
        if (Is(c, kMedia, "content")) MediaContent(x, c);
        else if (Is(c, kMedia, "thumbnail")) MediaThumbnail(x, c);
        else if (Is(c, kMedia, "group")) {
            for (const xmlNode* g = c->children; g; g = g->next) Media(x, g);
        } else return false;
        return true;
    }
};

// RSS's <author> is an e-mail address with the name in parentheses ("jo@example.org (Jo Bloggs)").
std::string RssAuthor(const std::string& text) {
    const size_t open = text.find('('), close = text.rfind(')');
    if (open != std::string::npos && close != std::string::npos && close > open) return Trim(text.substr(open + 1, close - open - 1));
    return Trim(text);
}

FeedEntry RssItem(FeedXml& x, xmlDoc* doc, const xmlNode* item) {
    FeedEntry e;
    e.Line = LineOf(item);
    e.Language = x.Inherited(item, "lang");
    ImageChoice images;
    bool permalink = false;
    for (const xmlNode* c = item->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (Is(c, "", "title")) e.Title = x.TextOf(c), e.TitleIsHtml = true;
        else if (Is(c, "", "link")) e.Link = x.Resolved(c, x.TextOf(c));
        else if (Is(c, "", "guid")) {
            e.Guid = Trim(x.TextOf(c));
            permalink = x.Attr(c, "isPermaLink") != "false";
        } else if (Is(c, "", "description")) e.Summary = x.InnerMarkup(doc, c), e.SummaryIsHtml = true;
        else if (Is(c, kContent, "encoded")) e.ContentHtml = x.InnerMarkup(doc, c);
        else if (Is(c, "", "author")) e.Authors.push_back(RssAuthor(x.TextOf(c)));
        else if (Is(c, kDc, "creator")) e.Authors.push_back(x.TextOf(c));
        else if (Is(c, "", "category") || Is(c, kDc, "subject")) e.Categories.push_back(x.TextOf(c));
        else if (Is(c, "", "pubDate")) e.Published = x.TextOf(c), e.PublishedFrom = "pubDate";
        else if (Is(c, kDc, "date") && e.PublishedFrom != "pubDate") e.Published = x.TextOf(c), e.PublishedFrom = "dc:date";
        else if (Is(c, kAtom, "updated")) e.Updated = x.TextOf(c), e.UpdatedFrom = "atom:updated";
        else if (Is(c, "", "enclosure")) images.Enclosed(x.Resolved(c, x.Attr(c, "url")), Trim(x.Attr(c, "type")));
        else if (Is(c, kDc, "language") && e.Language.empty()) e.Language = Trim(x.TextOf(c));
        else images.Media(x, c);
    }
    if (e.Link.empty() && permalink && IsHttpUrl(e.Guid)) e.Link = e.Guid;
    // RSS 1.0 names its item by rdf:about
    if (e.Guid.empty()) e.Guid = Trim(x.Attr(item, "about", kRdf));
    images.Into(x, item, &e);
    return e;
}

// An Atom text construct: type "text" (the default), "html" or "xhtml" (a div of XHTML).
std::string AtomText(FeedXml& x, xmlDoc* doc, const xmlNode* n, bool* html) {
    const std::string type = Trim(x.Attr(n, "type"));
    *html = type == "html" || type == "xhtml";
    return type == "xhtml" ? x.InnerMarkup(doc, n) : x.TextOf(n);
}

std::vector<std::string> AtomAuthors(FeedXml& x, const xmlNode* parent) {
    std::vector<std::string> names;
    for (const xmlNode* c = parent->children; c; c = c->next)
        if (Is(c, kAtom, "author"))
            for (const xmlNode* f = c->children; f; f = f->next)
                if (Is(f, kAtom, "name")) names.push_back(x.TextOf(f));
    return names;
}

FeedEntry AtomEntry(FeedXml& x, xmlDoc* doc, const xmlNode* entry, std::vector<Error>* warnings, const std::string& file,
                    size_t number) {
    FeedEntry e;
    e.Line = LineOf(entry);
    e.Language = x.Inherited(entry, "lang");
    e.Authors = AtomAuthors(x, entry);
    ImageChoice images;
    for (const xmlNode* c = entry->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (Is(c, kAtom, "id")) e.Guid = Trim(x.TextOf(c));
        else if (Is(c, kAtom, "title")) e.Title = AtomText(x, doc, c, &e.TitleIsHtml);
        else if (Is(c, kAtom, "summary")) e.Summary = AtomText(x, doc, c, &e.SummaryIsHtml);
        else if (Is(c, kAtom, "content")) {
            const std::string type = Trim(x.Attr(c, "type"));
            if (!x.Attr(c, "src").empty())
                warnings->push_back(Error{file, EntryPlace(number, LineOf(c)), "its content is elsewhere (src); only its summary is taken"});
            else if (type == "html" || type == "xhtml") e.ContentHtml = type == "html" ? x.TextOf(c) : x.InnerMarkup(doc, c);
            else if (type.empty() || type == "text" || type.rfind("text/", 0) == 0) e.ContentText = x.TextOf(c);
            else warnings->push_back(Error{file, EntryPlace(number, LineOf(c)), "content of type \"" + type + "\" left out"});
        } else if (Is(c, kAtom, "link")) {
            const std::string rel = Trim(x.Attr(c, "rel")), href = x.Resolved(c, x.Attr(c, "href"));
            if ((rel.empty() || rel == "alternate") && e.Link.empty()) e.Link = href;
            else if (rel == "enclosure") images.Enclosed(href, Trim(x.Attr(c, "type")));
        } else if (Is(c, kAtom, "category")) {
            const std::string label = x.Attr(c, "label");
            e.Categories.push_back(Trim(label).empty() ? x.Attr(c, "term") : label);
        } else if (Is(c, kAtom, "published")) e.Published = x.TextOf(c), e.PublishedFrom = "published";
        else if (Is(c, kAtom, "updated")) e.Updated = x.TextOf(c), e.UpdatedFrom = "updated";
        else images.Media(x, c);
    }
    images.Into(x, entry, &e);
    return e;
}

// The items of a channel (RSS 2.0) or of the rdf:RDF root (RSS 1.0), or a feed's entries; false past the cap.
bool Gather(const xmlNode* parent, const char* ns, const char* name, std::vector<const xmlNode*>* out,
            const std::string& file, Error* err) {
    for (const xmlNode* c = parent->children; c; c = c->next) {
        if (!Is(c, ns, name)) continue;
        if (out->size() == kMaxFeedEntries) {
            *err = Error{file, "line " + std::to_string(LineOf(c)), "more than " + std::to_string(kMaxFeedEntries) +
                                                                         " items in one feed; split it into several files"};
            return false;
        }
        out->push_back(c);
    }
    return true;
}

// The first error libxml2 reports (its last is often a consequence: "Premature end of data"), through the parser
// context's structured handler, which also keeps libxml2 from printing it.
struct FirstXmlError {
    bool Set = false;
    int Line = 0;
    std::string Message;
};

void KeepFirstError(void* user, xmlErrorPtr e) {
    auto* ctxt = static_cast<xmlParserCtxt*>(user);
    auto* first = ctxt ? static_cast<FirstXmlError*>(ctxt->_private) : nullptr;
    if (!first || first->Set || !e || e->level < XML_ERR_ERROR) return;
    first->Set = true;
    first->Line = e->line;
    first->Message = e->message ? Trim(e->message) : "";
}

struct DocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct CtxtFree {
    void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

} // namespace

bool ImportRssAtom(const std::string& text, const std::string& file, const ImportOptions& options,
                   std::vector<ImportedArticle>* out, std::vector<Error>* warnings, Error* err) {
    if (text.size() > kMaxSourceBytes) {
        *err = Error{file, "", "file is " + std::to_string(text.size()) + " bytes; the limit is " + std::to_string(kMaxSourceBytes)};
        return false;
    }
    xmlInitParser();
    std::unique_ptr<xmlParserCtxt, CtxtFree> ctxt(xmlNewParserCtxt());
    if (!ctxt) {
        *err = Error{file, "", "libxml2 could not make a parser (out of memory)"};
        return false;
    }
    FirstXmlError first;
    ctxt->_private = &first;
    ctxt->userData = ctxt.get();
    ctxt->sax->serror = KeepFirstError;
    // No XML_PARSE_NOENT (entities substituted), XML_PARSE_DTDLOAD or XML_PARSE_DTDVALID (external DTD and entities
    // read), XML_PARSE_HUGE (libxml2's own size and depth limits lifted); the network off besides. The text is
    // UTF-8 already (CleanSource): XML_PARSE_IGNORE_ENC reads it as it is whatever the declaration says. Naming
    // "UTF-8" as the encoding instead would put a converter in front, and libxml2 2.9 then refuses any well-formed
    // feed past 10,000,000 bytes ("Huge input lookup"), below kMaxSourceBytes.
    const int flags = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES | XML_PARSE_IGNORE_ENC;
    std::unique_ptr<xmlDoc, DocFree> doc(xmlCtxtReadMemory(ctxt.get(), text.data(), (int)text.size(), nullptr, nullptr, flags));
    if (!doc || !ctxt->wellFormed) {
        const xmlError* last = xmlCtxtGetLastError(ctxt.get());
        if (!first.Set && last) KeepFirstError(ctxt.get(), const_cast<xmlError*>(last));
        const std::string why = first.Message.empty() ? "not well-formed XML" : first.Message;
        *err = Error{file, first.Line > 0 ? "line " + std::to_string(first.Line) : "", "malformed XML: " + why};
        return false;
    }
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!root) {
        *err = Error{file, "", "the XML document has no root element"};
        return false;
    }
    FeedXml x;
    FeedDefaults defaults;
    std::vector<const xmlNode*> nodes;
    std::vector<FeedEntry> entries;
    if (Is(root, kAtom, "feed")) {
        defaults.Language = x.Inherited(root, "lang");
        defaults.Authors = AtomAuthors(x, root);
        for (const xmlNode* c = root->children; c; c = c->next)
            if (Is(c, kAtom, "title")) {
                bool html;
                const std::string title = AtomText(x, doc.get(), c, &html);
                defaults.Publisher = html ? HtmlToPlainText(title) : title;
            }
        if (!Gather(root, kAtom, "entry", &nodes, file, err)) return false;
        for (size_t i = 0; i < nodes.size(); ++i) entries.push_back(AtomEntry(x, doc.get(), nodes[i], warnings, file, i + 1));
    } else if (Is(root, "", "rss") || Is(root, kRdf, "RDF")) {
        const xmlNode* channel = nullptr;
        for (const xmlNode* c = root->children; c && !channel; c = c->next)
            if (Is(c, "", "channel")) channel = c;
        if (!channel) {
            *err = Error{file, "line " + std::to_string(LineOf(root)), std::string("the <") + (const char*)root->name +
                                                                            "> element has no <channel>: not an RSS feed"};
            return false;
        }
        defaults.Language = x.Inherited(channel, "lang");
        for (const xmlNode* c = channel->children; c; c = c->next)
            if (Is(c, "", "language") || Is(c, kDc, "language")) defaults.Language = Trim(x.TextOf(c));
            else if (Is(c, "", "title")) defaults.Publisher = HtmlToPlainText(x.TextOf(c));
        if (!Gather(Is(root, kRdf, "RDF") ? root : channel, "", "item", &nodes, file, err)) return false;
        for (const xmlNode* n : nodes) entries.push_back(RssItem(x, doc.get(), n));
    } else {
        *err = Error{file, "line " + std::to_string(LineOf(root)), std::string("the root element <") + (const char*)root->name +
                                                                        "> is neither RSS's <rss> nor Atom's <feed>"};
        return false;
    }
    if (x.OverBudget()) {
        *err = Error{file, "", "its entities expand past " + std::to_string(kMaxSourceBytes) + " bytes or nest past " +
                                   std::to_string(kMaxEntityDepth) + " levels (an entity expansion attack?); refused"};
        return false;
    }
    for (const std::string& name : x.UnreadEntities())
        warnings->push_back(Error{file, "", "the external entity &" + name + "; was left out: Folio never reads a file or "
                                            "address that a feed's entities name"});
    return ArticlesFromEntries(entries, defaults, file, options, out, warnings, err);
}

} // namespace folio::cli
