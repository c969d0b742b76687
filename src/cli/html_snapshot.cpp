// WriteHtmlSnapshot and WriteJsonLd: an article as a plain, escaped HTML page with its structured data; with
// --viewer (BundleSite::Viewer) the same page in the web viewer's element, with what the viewer loads in its head.
#include "cli/html_snapshot.h"
#include "cli/first_strong.h"
#include "model/date.h"
#include "model/json_write.h"
#include "model/text_direction.h"
#include "model/url.h"

namespace folio::cli {

std::string EscapeHtml(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

// Newlines inside a block are line breaks.
static std::string EscapeLines(const std::string& s) {
    std::string e = EscapeHtml(s), out;
    for (char c : e) out += c == '\n' ? std::string("<br>") : std::string(1, c);
    return out;
}

// ' dir="auto"' for an element whose text starts in the other direction than the page's (an Arabic quote in an
// English article, an English list item in a Hebrew one), or for any with a strong character on a page of no
// known direction, so the browser gives it its own base direction, as the viewers do; "" else.
static std::string AutoDir(const std::string& text, TextDirection page) {
    const TextDirection own = FirstStrongDirection(text);
    return own != TextDirection::Unknown && own != page ? " dir=\"auto\"" : "";
}

static std::string Inline(const RichText& t) {
    std::string out;
    for (const Span& s : t.Spans) {
        std::string html = EscapeLines(s.Text);
        if (s.Style & SpanCode) html = "<code>" + html + "</code>";
        if (s.Style & SpanEmphasis) html = "<em>" + html + "</em>";
        if (s.Style & SpanStrong) html = "<strong>" + html + "</strong>";
        if (s.Style & SpanLink) html = "<a href=\"" + EscapeHtml(s.Href) + "\">" + html + "</a>";
        out += html;
    }
    return out;
}


// A srcset of the variants of one type ("url 320w, url 640w"), narrowest first; a URL a srcset cannot hold (a space
// or a comma in it) is left out, so the attribute never misreads.
static std::string SrcSet(const std::vector<ImageVariant>& variants, const char* type) {
    std::string out;
    for (const ImageVariant& v : variants) {
        if (v.Type != type || v.Width <= 0 || v.Url.find_first_of(" \t\n\r\f,") != std::string::npos) continue;
        if (!out.empty()) out += ", ";
        out += EscapeHtml(v.Url) + " " + std::to_string(v.Width) + "w";
    }
    return out;
}
// A photo as a <figure>: a <picture> with WebP and JPEG srcsets when it has variants, its caption and credit.
static std::string FigureHtml(const Photo& p, TextDirection page) {
    // The browser picks the variant for the column's width and the screen's density (kStyle: the column is at
    // most 680px, with 32px of margin each side below that, 20px below 600px), AVIF or WebP where it can.
    static const char kSizes[] = " sizes=\"(max-width: 599px) calc(100vw - 40px), (max-width: 744px) calc(100vw - 64px), 680px\"";
    const std::string avif = SrcSet(p.Variants, "image/avif"), webp = SrcSet(p.Variants, "image/webp"),
                      jpeg = SrcSet(p.Variants, "image/jpeg");
    const bool picture = !avif.empty() || !webp.empty();
    std::string f = "<figure>";
    if (picture) f += "<picture>";
    if (!avif.empty()) f += "<source type=\"image/avif\" srcset=\"" + avif + "\"" + kSizes + ">";
    if (!webp.empty()) f += "<source type=\"image/webp\" srcset=\"" + webp + "\"" + kSizes + ">";
    f += "<img src=\"" + EscapeHtml(p.Src) + "\"";
    if (!jpeg.empty()) f += " srcset=\"" + jpeg + "\"" + kSizes;
    f += " alt=\"" + EscapeHtml(p.Alt) + "\"";
    if (p.Width > 0 && p.Height > 0) f += " width=\"" + std::to_string(p.Width) + "\" height=\"" + std::to_string(p.Height) + "\"";
    f += " loading=\"lazy\" decoding=\"async\">";
    if (picture) f += "</picture>";
    if (!p.Caption.empty() || !p.Credit.empty()) {
        f += "<figcaption" + AutoDir(p.Caption.empty() ? p.Credit : p.Caption, page) + ">" + EscapeHtml(p.Caption);
        if (!p.Credit.empty()) f += (p.Caption.empty() ? "" : " ") + std::string("<small>") + EscapeHtml(p.Credit) + "</small>";
        f += "</figcaption>";
    }
    return f + "</figure>\n";
}

static std::string BlockHtml(const Block& b, TextDirection page) {
    const std::string dir = AutoDir(b.Text.PlainText(), page);
    switch (b.Type) {
    case BlockType::Paragraph: return "<p" + dir + ">" + Inline(b.Text) + "</p>\n";
    case BlockType::Heading: {
        const std::string h = "h" + std::to_string(b.Level);
        return "<" + h + dir + ">" + Inline(b.Text) + "</" + h + ">\n";
    }
    case BlockType::Quote:
    case BlockType::Pullquote: {
        std::string q = "<blockquote" + dir + "><p>" + Inline(b.Text) + "</p>";
        if (!b.Attribution.empty()) q += "<footer>\xE2\x80\x94 " + EscapeHtml(b.Attribution) + "</footer>";
        q += "</blockquote>";
        return b.Type == BlockType::Pullquote ? "<aside class=\"pullquote\">" + q + "</aside>\n" : q + "\n";
    }
    case BlockType::List: {
        std::string l = b.Ordered ? "<ol>" : "<ul>";
        for (const RichText& item : b.Items) l += "<li" + AutoDir(item.PlainText(), page) + ">" + Inline(item) + "</li>";
        return l + (b.Ordered ? "</ol>\n" : "</ul>\n");
    }
    case BlockType::Photo: return FigureHtml(b.Image, page);
    case BlockType::Divider: return "<hr>\n";
    case BlockType::Code: { // as written: its line breaks are the <pre>'s own
        const std::string lang = b.CodeLanguage.empty() ? "" : " class=\"language-" + EscapeHtml(b.CodeLanguage) + "\"";
        return "<pre><code" + lang + ">" + EscapeHtml(b.Text.PlainText()) + "</code></pre>\n";
    }
    }
    return "";
}

std::string WriteJsonLd(const Article& a, const BundleSite& site) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.SetIndent(' ', 2);
    const std::string page = Reference(site, SnapshotPath(a.Id), SnapshotPath(a.Id));
    w.StartObject();
    WriteField(w, "@context", "https://schema.org");
    WriteField(w, "@type", "NewsArticle");
    WriteField(w, "@id", page + "#article");
    WriteField(w, "url", page);
    WriteField(w, "mainEntityOfPage", page);
    WriteField(w, "headline", a.Headline);
    WriteField(w, "description", a.Description);
    WriteField(w, "articleSection", a.Section);
    WriteField(w, "datePublished", a.DatePublished);
    WriteField(w, "dateModified", a.DateModified.empty() ? a.DatePublished : a.DateModified);
    WriteField(w, "inLanguage", a.Language);
    WriteField(w, "dateline", a.Dateline.DisplayText());
    WritePersons(w, "author", a.Authors);
    const std::string publisher = a.Publisher.empty() ? site.Title : a.Publisher;
    w.Key("publisher");
    w.StartObject();
    WriteField(w, "@type", "Organization");
    WriteField(w, "name", publisher);
    w.EndObject();
    WriteStrings(w, "keywords", a.Keywords);
    // The lead image first, as an ImageObject (search engines and link previews take the first), then the body's.
    std::vector<std::string> images;
    for (const Block& b : a.Body)
        if (b.Type == BlockType::Photo) images.push_back(b.Image.Src);
    if (!a.Image.Empty() || !images.empty()) {
        w.Key("image");
        w.StartArray();
        if (!a.Image.Empty()) {
            w.StartObject();
            WriteField(w, "@type", "ImageObject");
            WriteField(w, "url", a.Image.Src, true);
            if (a.Image.Width > 0 && a.Image.Height > 0) {
                // The size of the file url names (the default variant), else the photo's own.
                int width = a.Image.Width, height = a.Image.Height;
                for (const ImageVariant& v : a.Image.Variants)
                    if (v.Url == a.Image.Src) { width = v.Width; height = v.Height; }
                w.Key("width");
                w.Int(width);
                w.Key("height");
                w.Int(height);
            }
            WriteField(w, "caption", a.Image.Caption);
            WriteField(w, "creditText", a.Image.Credit);
            w.EndObject();
        }
        for (const std::string& src : images) WriteString(w, src);
        w.EndArray();
    }
    w.Key("wordCount");
    w.Uint64(a.WordCount());
    w.EndObject();
    return std::string(buf.GetString(), buf.GetSize());
}

// JSON inside <script>: "<", ">" and "&" only occur in JSON strings, where \u escapes mean the same.
std::string JsonLdForScript(const Article& a, const BundleSite& site) {
    const std::string json = WriteJsonLd(a, site);
    std::string out;
    for (char c : json) {
        if (c == '<') out += "\\u003c";
        else if (c == '>') out += "\\u003e";
        else if (c == '&') out += "\\u0026";
        else out += c;
    }
    return out;
}

// What a shared link's preview shows (Open Graph, read by most sites and apps, and X's card, which reads Open Graph
// for the rest): the headline, the standfirst and the lead photo at its size, with its alt text. An image only by
// an absolute URL (a bundle with --base-url, or a photo from elsewhere): previews cannot resolve a relative one.
static std::string SharingTags(const Article& a, const BundleSite& site, const std::string& self) {
    const auto meta = [](const char* attr, const char* key, const std::string& value) {
        return value.empty() ? std::string()
                             : "<meta " + std::string(attr) + "=\"" + key + "\" content=\"" + EscapeHtml(value) + "\">\n";
    };
    std::string h = meta("property", "og:type", "article") + meta("property", "og:title", a.Headline) +
                    meta("property", "og:description", a.Description) +
                    meta("property", "og:site_name", a.Publisher.empty() ? site.Title : a.Publisher);
    if (!site.BaseUrl.empty()) h += meta("property", "og:url", Reference(site, self, self));
    if (!a.Language.empty()) h += meta("property", "og:locale", a.Language);
    const bool image = IsHttpUrl(a.Image.Src);
    if (image) {
        h += meta("property", "og:image", a.Image.Src);
        int width = a.Image.Width, height = a.Image.Height; // the file's own size (its variant), else the photo's
        for (const ImageVariant& v : a.Image.Variants)
            if (v.Url == a.Image.Src) width = v.Width, height = v.Height;
        if (width > 0 && height > 0)
            h += meta("property", "og:image:width", std::to_string(width)) + meta("property", "og:image:height", std::to_string(height));
        h += meta("property", "og:image:alt", a.Image.Alt);
    }
    if (!a.DatePublished.empty()) h += meta("property", "article:published_time", a.DatePublished);
    if (!a.DateModified.empty()) h += meta("property", "article:modified_time", a.DateModified);
    h += meta("property", "article:section", a.Section);
    h += meta("name", "twitter:card", image ? "summary_large_image" : "summary");
    if (image) h += meta("name", "twitter:image:alt", a.Image.Alt);
    return h;
}

// The viewer's type and colours (src/ui/type_scale.cpp, src/ui/theme.cpp: its light theme, or its dark one for a
// reader whose system is dark), so the page reads as the viewer does and, with --viewer, the canvas takes over
// without a jump: a column of 34em of 20px text (18px below 600px wide, as phones read a step smaller) with 32px
// (20px) margins, the section label, headline, standfirst and meta line at the viewer's sizes, the article's
// top below where the viewer's toolbar ends.
static const char kStyle[] =
    ":root{color-scheme:light dark;--bg:#fbfaf7;--fg:#1c1b19;--muted:#5e5a54;--accent:#a3241a;--link:#1f5fad;"
    "--rule:#ddd8cf;--code:#f1eee8}@media(prefers-color-scheme:dark){:root{--bg:#1c1b22;--fg:#e6e3dd;--muted:#a8a39b;"
    "--accent:#f07f73;--link:#8ab4f8;--rule:#3a3942;--code:#35343e}}"
    "body{margin:0 auto;max-width:680px;padding:88px 32px 48px;font:20px/1.6 'Noto Serif',Georgia,serif;"
    "color:var(--fg);background:var(--bg);-webkit-text-size-adjust:100%;text-size-adjust:100%;overflow-wrap:anywhere}"
    "@media(max-width:599px){body{font-size:18px;padding:80px 20px 40px}h1{font-size:1.55em}}"
    "a{color:var(--link)}p{margin:0 0 .9em}h1{font-size:1.9em;line-height:1.4;margin:.3em 0 .5em}"
    "h2{font-size:1.3em;line-height:1.3;margin:1.2em 0 .5em}h3,h4{font-size:1.1em;margin:1.1em 0 .5em}"
    ".section,.meta,footer,figcaption,nav{font-family:'Noto Sans',system-ui,sans-serif;font-size:max(12px,.7em);"
    "line-height:1.5;color:var(--muted)}.section{text-transform:uppercase;font-weight:bold;letter-spacing:.02em;"
    "color:var(--accent);margin:0}.standfirst{font-size:1.1em;line-height:1.45;color:var(--muted);margin:0 0 1em}"
    ".meta{margin:0}header{border-bottom:1px solid var(--rule);padding-bottom:1.2em;margin-bottom:1.5em}"
    "blockquote{margin:1.2em 0;padding-inline-start:1.2em;border-inline-start:3px solid var(--accent);"
    "font-style:italic;font-size:1.05em}blockquote footer{font-style:normal}.pullquote blockquote{font-size:1.35em;"
    "border:0;padding:0;text-align:center;color:var(--accent)}figure{margin:1.4em 0}"
    "img{max-width:100%;height:auto}hr{border:0;border-top:1px solid var(--rule);margin:2em 0}"
    "code{font:.88em/1.5 'Noto Sans Mono',ui-monospace,monospace;background:var(--code);padding:0 .2em;"
    "border-radius:3px;white-space:nowrap}pre{overflow-x:auto;background:var(--code);padding:.8em 1em;"
    "border-radius:4px}pre code{padding:0;white-space:pre}nav.related{margin-top:2.5em}";

// With --viewer: what the head adds for the web viewer at `folder` (as seen from articles/): the page's script,
// which fetches the viewer (its module, wasm and faces) once the page has painted. A preload here would compete
// with that first paint.
static std::string ViewerHead(const std::string& folder) {
    return "<script src=\"" + EscapeHtml(folder) + "/main.js\" async></script>\n";
}

// With --viewer, the body's content is the full-page viewer's element, which shows it until the viewer takes the page
// over in place, at this article, addressing articles by their pages. The bundle is named relative to the page
// whatever --base-url says: the page is inside the bundle it opens, wherever it is served from.
static std::string ViewerOpen(const Article& a, const std::string& self) {
    return "<folio-viewer id=\"folio\" fullpage addresses=\"pages\" loading=\"eager\" bundle=\"" +
           EscapeHtml(Reference(BundleSite{}, self, kFeedIndexPath)) + "\" article=\"" + EscapeHtml(a.Id) + "\">\n";
}

std::string WriteHtmlSnapshot(const Article& a, const BundleSite& site, const std::map<std::string, std::string>& related_titles) {
    const std::string self = SnapshotPath(a.Id);
    const std::string lang = a.Language.empty() ? site.Language : a.Language;
    // The page's direction is its language's (model/text_direction, as the viewers set it); blocks starting in the
    // other direction get dir="auto" (AutoDir). Without a language, no dir: every block takes its own, as in the viewers.
    const TextDirection page = DirectionOfLanguage(lang);
    const char* dir = page == TextDirection::Rtl ? " dir=\"rtl\"" : page == TextDirection::Ltr ? " dir=\"ltr\"" : "";
    // No lang attribute where neither the article nor the bundle knows its language (never a guessed "en").
    std::string h = "<!DOCTYPE html>\n<html" + (lang.empty() ? std::string() : " lang=\"" + EscapeHtml(lang) + "\"") + dir +
                    ">\n<head>\n<meta charset=\"utf-8\">\n";
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    const bool viewer = !site.Viewer.empty();
    if (viewer) h += ViewerHead(ViewerFromSnapshots(site));
    h += "<title>" + EscapeHtml(a.Headline) + "</title>\n";
    if (!a.Description.empty()) h += "<meta name=\"description\" content=\"" + EscapeHtml(a.Description) + "\">\n";
    if (!site.BaseUrl.empty()) h += "<link rel=\"canonical\" href=\"" + EscapeHtml(Reference(site, self, self)) + "\">\n";
    h += "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" +
         EscapeHtml(Reference(site, self, OEmbedPath(a.Id))) + "\" title=\"" + EscapeHtml(a.Headline) + "\">\n";
    h += "<link rel=\"alternate\" type=\"application/feed+json\" href=\"" + EscapeHtml(Reference(site, self, kFeedIndexPath)) +
         "\" title=\"" + EscapeHtml(site.Title) + "\">\n";
    h += SharingTags(a, site, self);
    h += "<script type=\"application/ld+json\">\n" + JsonLdForScript(a, site) + "\n</script>\n";
    h += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
    if (viewer) h += ViewerOpen(a, self);
    h += "<article>\n<header>\n";
    if (!a.Section.empty()) h += "<p class=\"section\">" + EscapeHtml(a.Section) + "</p>\n";
    h += "<h1" + AutoDir(a.Headline, page) + ">" + EscapeHtml(a.Headline) + "</h1>\n";
    if (!a.Description.empty()) h += "<p class=\"standfirst\"" + AutoDir(a.Description, page) + ">" + EscapeHtml(a.Description) + "</p>\n";
    std::string meta = EscapeHtml(a.Dateline.DisplayText());
    if (!a.DatePublished.empty())
        meta += (meta.empty() ? "" : " \xC2\xB7 ") + std::string("<time datetime=\"") + EscapeHtml(a.DatePublished) + "\">" +
                EscapeHtml(FormatDateLong(a.DatePublished)) + "</time>";
    for (size_t i = 0; i < a.Authors.size(); ++i) meta += (i ? ", " : meta.empty() ? "By " : " \xC2\xB7 By ") + EscapeHtml(a.Authors[i]);
    if (!meta.empty()) h += "<p class=\"meta\">" + meta + "</p>\n";
    h += "</header>\n";
    if (!a.Image.Empty()) h += FigureHtml(a.Image, page);
    for (const Block& b : a.Body) h += BlockHtml(b, page);
    h += "</article>\n";
    std::string related;
    for (const std::string& id : a.Related) {
        auto it = related_titles.find(id);
        if (it != related_titles.end())
            related += "<li" + AutoDir(it->second, page) + "><a href=\"" + EscapeHtml(Reference(site, self, SnapshotPath(id))) + "\">" + EscapeHtml(it->second) + "</a></li>";
    }
    if (!related.empty()) h += "<nav class=\"related\"><h2>Related</h2><ul>" + related + "</ul></nav>\n";
    h += "<footer><p>" + EscapeHtml(a.Publisher.empty() ? site.Title : a.Publisher) + " \xC2\xB7 <a href=\"" +
         EscapeHtml(Reference(site, self, kFeedIndexPath)) + "\">All articles (JSON Feed)</a></p></footer>\n";
    if (viewer) h += "</folio-viewer>\n";
    h += "</body>\n</html>\n";
    return h;
}

} // namespace folio::cli
