// Tests of cli/html_snapshot.cpp and cli/oembed.cpp: escaping, the JSON-LD and discovery link in the head,
// blocks as HTML, and the oEmbed card.
#include "cli/html_snapshot.h"
#include "cli/oembed.h"

#include <doctest/doctest.h>
#include <rapidjson/document.h>

using namespace folio;
using namespace folio::cli;

namespace {

Article Sample() {
    Article a;
    a.Id = "x";
    a.Headline = "Cats & <dogs> \"quoted\"";
    a.Description = "Standfirst </script><script>alert(1)</script>";
    a.DatePublished = "2022-03-22T00:00:00Z";
    a.Language = "en";
    a.Publisher = "TASS";
    a.Related = {"y", "missing"};
    Block p;
    p.Text.Spans = {Span{"see ", SpanRegular, {}}, Span{"this", SpanLink | SpanEmphasis, "https://e.org/?a=1&b=\"2\""}};
    Block q;
    q.Type = BlockType::Quote;
    q.Text = RichText::Plain("Said.");
    q.Attribution = "Mikhail Galuzin";
    Block ph;
    ph.Type = BlockType::Photo;
    ph.Image = Photo{"img/a.jpg", "Alt", "Cap", "Credit", 640, 480, {}, {}};
    a.Body = {p, q, ph};
    return a;
}

} // namespace

TEST_CASE("the snapshot escapes text and carries JSON-LD and the oEmbed discovery link") {
    const std::string html = WriteHtmlSnapshot(Sample(), BundleSite{}, {{"y", "Why"}});
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<title>Cats &amp; &lt;dogs&gt; &quot;quoted&quot;</title>") != std::string::npos);
    CHECK(html.find("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"../oembed/x.json\"") != std::string::npos);
    CHECK(html.find("<a href=\"https://e.org/?a=1&amp;b=&quot;2&quot;\"><em>this</em></a>") != std::string::npos);
    CHECK(html.find("<footer>\xE2\x80\x94 Mikhail Galuzin</footer>") != std::string::npos);
    CHECK(html.find("<img src=\"img/a.jpg\" alt=\"Alt\" width=\"640\" height=\"480\" loading=\"lazy\" decoding=\"async\">") !=
          std::string::npos);
    CHECK(html.find("<picture>") == std::string::npos); // no variants: one file
    CHECK(html.find("<a href=\"y.html\">Why</a>") != std::string::npos);
    CHECK(html.find("missing.html") == std::string::npos);
    // The description appears in the JSON-LD without closing the script element.
    const size_t open = html.find("<script type=\"application/ld+json\">");
    const size_t close = html.find("</script>", open);
    REQUIRE(open != std::string::npos);
    const std::string json = html.substr(open + 35, close - open - 35);
    CHECK(json.find('<') == std::string::npos);
    rapidjson::Document d;
    d.Parse(json.c_str());
    REQUIRE_FALSE(d.HasParseError());
    CHECK(std::string(d["@type"].GetString()) == "NewsArticle");
    CHECK(std::string(d["description"].GetString()) == Sample().Description);
    CHECK(std::string(d["publisher"]["name"].GetString()) == "TASS");
    CHECK(d["image"].Size() == 1);
}

TEST_CASE("the oEmbed file is a rich response with html, width and height") {
    BundleSite site;
    site.BaseUrl = "https://news.example.org/";
    site.Title = "News";
    rapidjson::Document d;
    const std::string json = WriteOEmbedJson(Sample(), site);
    d.Parse(json.c_str());
    REQUIRE_FALSE(d.HasParseError());
    CHECK(std::string(d["version"].GetString()) == "1.0");
    CHECK(std::string(d["type"].GetString()) == "rich");
    CHECK(d["width"].GetInt() == kOEmbedWidth);
    CHECK(d["height"].GetInt() > 0);
    CHECK(std::string(d["provider_url"].GetString()) == "https://news.example.org/");
    CHECK(std::string(d["thumbnail_url"].GetString()) == "https://news.example.org/articles/img/a.jpg");
    const std::string html = d["html"].GetString();
    CHECK(html.find("href=\"https://news.example.org/articles/x.html\"") != std::string::npos);
    CHECK(html.find("&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
}


TEST_CASE("a photo with variants is a picture: WebP and JPEG srcsets the browser chooses from, sized to the column") {
    Article a = Sample();
    Photo& p = a.Body[2].Image;
    p.Src = "../media/b.jpg";
    p.Variants = {ImageVariant{320, 240, "image/webp", "../media/a.webp", 9000}, ImageVariant{320, 240, "image/jpeg", "../media/a.jpg", 12000},
                  ImageVariant{640, 480, "image/webp", "../media/b.webp", 30000}, ImageVariant{640, 480, "image/jpeg", "../media/b.jpg", 41000},
                  ImageVariant{960, 720, "image/jpeg", "../media/c,d.jpg", 1}}; // a comma: no srcset can hold it
    const std::string html = WriteHtmlSnapshot(a, BundleSite{}, {});
    const std::string sizes = " sizes=\"(max-width: 599px) calc(100vw - 40px), (max-width: 744px) calc(100vw - 64px), 680px\"";
    CHECK(html.find("<figure><picture><source type=\"image/webp\" srcset=\"../media/a.webp 320w, ../media/b.webp 640w\"" + sizes +
                    "><img src=\"../media/b.jpg\" srcset=\"../media/a.jpg 320w, ../media/b.jpg 640w\"" + sizes +
                    " alt=\"Alt\" width=\"640\" height=\"480\" loading=\"lazy\" decoding=\"async\"></picture><figcaption>") != std::string::npos);
    CHECK(html.find("c,d") == std::string::npos);
}

TEST_CASE("code: inline as <code>, blocks as <pre><code class=\"language-x\">, escaped, lines kept") {
    Article a = Sample();
    Block p;
    p.Text.Spans = {Span{"run ", SpanRegular, {}}, Span{"a < b && c", SpanCode, {}}, Span{"x", SpanCode | SpanStrong, {}}};
    Block code;
    code.Type = BlockType::Code;
    code.Text = RichText::Plain("if (a < b) {\n\treturn \"</pre><script>\";\n}");
    code.CodeLanguage = "cpp";
    Block bare = code;
    bare.CodeLanguage.clear();
    bare.Text = RichText::Plain("plain");
    a.Body = {p, code, bare};
    const std::string html = WriteHtmlSnapshot(a, BundleSite{}, {});
    CHECK(html.find("<p>run <code>a &lt; b &amp;&amp; c</code><strong><code>x</code></strong></p>") != std::string::npos);
    CHECK(html.find("<pre><code class=\"language-cpp\">if (a &lt; b) {\n\treturn &quot;&lt;/pre&gt;&lt;script&gt;&quot;;\n}</code></pre>") !=
          std::string::npos);
    CHECK(html.find("<pre><code>plain</code></pre>") != std::string::npos);
    CHECK(html.find("<br>") == std::string::npos); // a code block's lines are the <pre>'s, not <br>s
}

TEST_CASE("a shared snapshot previews: Open Graph and X's card, the lead photo only by an absolute URL") {
    Article a = Sample();
    a.Section = "World";
    a.Image = Photo{"https://news.example.org/b/media/p-1280.jpg", "A harbour at dawn", "", "", 2560, 1440, {},
                    {ImageVariant{640, 360, "image/jpeg", "https://news.example.org/b/media/p-640.jpg", 1},
                     ImageVariant{1280, 720, "image/jpeg", "https://news.example.org/b/media/p-1280.jpg", 1}}};
    BundleSite site;
    site.BaseUrl = "https://news.example.org/b/";
    const std::string html = WriteHtmlSnapshot(a, site, {});
    const auto has = [&](const std::string& s) { return html.find(s) != std::string::npos; };
    CHECK(has("<meta property=\"og:title\" content=\"Cats &amp; &lt;dogs&gt; &quot;quoted&quot;\">"));
    CHECK(has("<meta property=\"og:description\" content=\"Standfirst &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">"));
    CHECK(has("<meta property=\"og:site_name\" content=\"TASS\">"));
    CHECK(has("<meta property=\"og:url\" content=\"https://news.example.org/b/articles/x.html\">"));
    CHECK(has("<meta property=\"og:image\" content=\"https://news.example.org/b/media/p-1280.jpg\">"));
    CHECK(has("<meta property=\"og:image:width\" content=\"1280\">")); // the file's size, not the original's
    CHECK(has("<meta property=\"og:image:height\" content=\"720\">"));
    CHECK(has("<meta property=\"og:image:alt\" content=\"A harbour at dawn\">"));
    CHECK(has("<meta property=\"article:published_time\" content=\"2022-03-22T00:00:00Z\">"));
    CHECK(has("<meta property=\"article:section\" content=\"World\">"));
    CHECK(has("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    CHECK(has("<meta name=\"twitter:image:alt\" content=\"A harbour at dawn\">"));

    // No base URL and a photo of the bundle's own: no image a preview could not fetch, and the small card.
    a.Image = Photo{"../media/p.jpg", "Alt", "", "", 640, 480, {}, {}};
    const std::string plain = WriteHtmlSnapshot(a, BundleSite{}, {});
    CHECK(plain.find("og:image") == std::string::npos);
    CHECK(plain.find("og:url") == std::string::npos);
    CHECK(plain.find("<meta name=\"twitter:card\" content=\"summary\">") != std::string::npos);
    CHECK(plain.find("<meta property=\"og:site_name\" content=\"TASS\">") != std::string::npos);
}

namespace {

// What --viewer adds to the head of a snapshot, the viewer's folder being `p` as seen from articles/.
std::string ViewerHeadOf(const std::string& p) {
    return "<script src=\"" + p + "/main.js\" async></script>\n";
}

// `html` with one occurrence of `part` taken out (none: a marked copy, which then equals nothing it is compared to).
std::string Without(std::string html, const std::string& part) {
    const size_t at = html.find(part);
    if (at == std::string::npos) return html + "(lacks " + part + ")";
    return html.erase(at, part.size());
}

} // namespace

TEST_CASE("without --viewer the snapshot loads no viewer; with it, the same page in the viewer's element, its head loading the viewer") {
    const std::map<std::string, std::string> related{{"y", "Why"}};
    BundleSite site;
    site.Title = "News";
    const std::string plain = WriteHtmlSnapshot(Sample(), site, related);
    for (const char* absent : {"folio-viewer", "modulepreload", "folio-embed.js", "main.js", "folio.wasm", "fonts/"})
        CHECK_MESSAGE(plain.find(absent) == std::string::npos, absent);

    site.Viewer = "..";
    const std::string relative = WriteHtmlSnapshot(Sample(), site, related);
    const std::string head = ViewerHeadOf("../..");
    CHECK(relative.find("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" + head + "<title>") !=
          std::string::npos);
    const std::string open = "<folio-viewer id=\"folio\" fullpage addresses=\"pages\" loading=\"eager\" bundle=\"../feed.json\" article=\"x\">\n";
    CHECK(relative.find("<body>\n" + open + "<article>\n<header>\n") != std::string::npos);
    CHECK(relative.find("</a></p></footer>\n</folio-viewer>\n</body>\n</html>\n") != std::string::npos);
    CHECK(relative.find("<nav class=\"related\">") > relative.find(open)); // the related links are inside it too
    // That is all it adds: the rest is the plain page byte for byte.
    CHECK(Without(Without(Without(relative, head), open), "</folio-viewer>\n") == plain);

    site.Viewer = "../app";
    CHECK(WriteHtmlSnapshot(Sample(), site, related).find(ViewerHeadOf("../../app")) != std::string::npos);
    // An absolute viewer is named as it is; the bundle stays relative to the page under --base-url too.
    site.Viewer = "https://cdn.example.org/folio";
    site.BaseUrl = "https://news.example.org/b/";
    const std::string absolute = WriteHtmlSnapshot(Sample(), site, related);
    CHECK(absolute.find(ViewerHeadOf("https://cdn.example.org/folio")) != std::string::npos);
    CHECK(absolute.find(open) != std::string::npos);
}

TEST_CASE("with --viewer the element's article id and the viewer's address are escaped") {
    Article a = Sample();
    a.Id = "a\"b<c>&'d"; // no importer gives such an id (ValidArticleId); the snapshot escapes it all the same
    BundleSite site;
    site.Viewer = "https://cdn.example.org/a&b'c";
    const std::string html = WriteHtmlSnapshot(a, site, {});
    CHECK(html.find("article=\"a&quot;b&lt;c&gt;&amp;&#39;d\">\n<article>") != std::string::npos);
    CHECK(html.find(ViewerHeadOf("https://cdn.example.org/a&amp;b&#39;c")) != std::string::npos);
    CHECK(html.find("a&b") == std::string::npos);
}
