// Tests of cli/html_page_read.cpp and cli/html_page_meta.cpp below the importer: which part of a page is taken as
// its main content (and what chrome is cut from it), and what the head and JSON-LD say.
#include "cli/html_page_meta.h"
#include "cli/html_page_read.h"
#include "test_errors.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::cli;
using folio::test::Messages;

namespace {

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const char* const kParagraphs =
    "<p>The harbour authority voted on Tuesday to open the old ferry terminal to cyclists, ending a dispute "
    "that had run, on and off, for eleven years.</p>"
    "<p>Engineers will replace the ramp, widen the gates and add racks for two hundred bicycles, the authority "
    "said, and the work is to be finished before the summer.</p>";

PageMeta MetaOf(const std::string& head_html, std::vector<Error>* warnings) {
    return ReadPageMeta(ReadHtmlPage("<html><head>" + head_html + "</head><body></body></html>").Head, "p.html", warnings);
}

} // namespace

TEST_CASE("the block of prose is the content; chrome around and inside it is cut") {
    const HtmlPageRead r = ReadHtmlPage(std::string(
        "<html><body><header><a href='/'>Site</a></header><nav><a href='/n'>News menu</a></nav>"
        "<div id='main-column'><div class='story'>") + kParagraphs +
        "<div class='share-tools'><a href='/s'>Share this</a></div>"
        "<ul class='inline-links'><li><a href='/1'>Link one of many</a></li><li><a href='/2'>Link two of many</a></li>"
        "<li><a href='/3'>Link three of many</a></li></ul></div>"
        "<div class='sidebar'><p>Most read today, with, commas, everywhere, in this sidebar, really, many.</p></div>"
        "</div><footer><p>Footer text, with, commas, and, more, commas, here, too.</p></footer></body></html>");
    CHECK(Has(r.ContentHtml, "The harbour authority voted"));
    CHECK(Has(r.ContentHtml, "before the summer"));
    for (const char* chrome : {"Site", "News menu", "Share this", "Link one", "Most read", "Footer text"})
        CHECK_MESSAGE(!Has(r.ContentHtml, chrome), chrome, " kept in:\n", r.ContentHtml);
}

TEST_CASE("scripts, styles, frames, forms and hidden elements never reach the content") {
    const HtmlPageRead r = ReadHtmlPage(std::string(
        "<body><article><script>var s = 'script, text, here';</script><style>.x{}</style>"
        "<iframe src='https://ads.example/'>frame, fallback</iframe><form><input value='form, value'></form>"
        "<p hidden>Hidden, text, here</p><p style='display: none'>Undisplayed, text</p>"
        "<div aria-hidden='true'>Aria, hidden</div>") + kParagraphs + "</article></body>");
    CHECK(Has(r.ContentHtml, "The harbour authority voted"));
    for (const char* gone : {"<script", "<style", "<iframe", "frame, fallback", "<form", "Hidden, text", "Undisplayed", "Aria, hidden"})
        CHECK_MESSAGE(!Has(r.ContentHtml, gone), gone, " kept in:\n", r.ContentHtml);
}

TEST_CASE("a page of links and navigation has no content") {
    std::string links;
    for (int i = 0; i < 50; ++i) links += "<p><a href='/s" + std::to_string(i) + "'>A story, with, a, long, headline, number " + std::to_string(i) + "</a></p>";
    CHECK(ReadHtmlPage("<body><div>" + links + "</div></body>").ContentHtml.empty());
}

TEST_CASE("a byline in the page is found and cut from the content") {
    const HtmlPageRead r = ReadHtmlPage(std::string("<body><article><p class='byline'>By Ann Lee</p>") + kParagraphs + "</article></body>");
    CHECK(r.Byline == "By Ann Lee");
    CHECK_FALSE(Has(r.ContentHtml, "Ann Lee"));
}

TEST_CASE("the head: title, lang, canonical, meta, JSON-LD scripts and the first h1") {
    const HtmlPageRead r = ReadHtmlPage("<html lang='pt-BR'><head><title> A  title </title><link rel='canonical' "
                                        "href='https://x.example/a'><meta property='OG:Title' content='T'>"
                                        "<script type='application/ld+json'>{}</script></head><body><h1>Head one</h1></body></html>");
    CHECK(r.Head.Title == "A title");
    CHECK(r.Head.Lang == "pt-BR");
    CHECK(r.Head.Canonical == "https://x.example/a");
    REQUIRE(r.Head.Meta.size() == 1);
    CHECK(r.Head.Meta[0] == std::make_pair(std::string("og:title"), std::string("T")));
    REQUIRE(r.Head.JsonLd.size() == 1);
    CHECK(r.Head.JsonLd[0].first == "{}");
    CHECK(r.Heading == "Head one");
}

TEST_CASE("past libxml2's depth bound the page is not read further, and the reason is given") {
    std::string deep = std::string("<body><article>") + kParagraphs + "</article>";
    for (int i = 0; i < 10000; ++i) deep += "<div>";
    const HtmlPageRead r = ReadHtmlPage(deep + "<p>Buried</p></body>");
    CHECK(Has(r.ContentHtml, "The harbour authority voted"));
    CHECK_FALSE(Has(r.ContentHtml, "Buried"));
    CHECK(Has(r.Stopped, "deeper than libxml2's bound of 256 levels"));
    CHECK(ReadHtmlPage(std::string("<body>") + kParagraphs + "</body>").Stopped.empty());
}

TEST_CASE("JSON-LD: an Article in @graph, @id references, and the first article of several scripts") {
    std::vector<Error> w;
    const PageMeta m = MetaOf(
        "<script type='application/ld+json'>{\"@type\":\"Organization\",\"name\":\"Not an article\"}</script>"
        "<script type='application/ld+json'>{\"@graph\":[{\"@id\":\"#p\",\"@type\":\"Person\",\"name\":\"Ann Lee\"},"
        "{\"@type\":\"https://schema.org/ReportageNewsArticle\",\"headline\":\"From the graph\",\"author\":{\"@id\":\"#p\"},"
        "\"image\":[\"https://x.example/a.jpg\",\"https://x.example/b.jpg\"],\"mainEntityOfPage\":{\"@id\":\"https://x.example/s\"}}]}</script>"
        "<meta property='og:title' content='From Open Graph'>", &w);
    CHECK(m.FromJsonLd);
    CHECK(m.Headline == "From the graph");
    CHECK(m.Authors == std::vector<std::string>{"Ann Lee"});
    CHECK(m.ImageUrl == "https://x.example/a.jpg");
    CHECK(m.Url == "https://x.example/s");
    CHECK_MESSAGE(w.empty(), Messages(w));
}

TEST_CASE("JSON-LD that is too deep or not JSON is a warning with its line") {
    std::vector<Error> w;
    const PageMeta m = MetaOf("\n<script type='application/ld+json'>" + std::string(100, '[') + "</script>"
                              "\n<script type='application/ld+json'>{\"headline\": </script><title>Fallback title</title>", &w);
    CHECK(m.Headline == "Fallback title");
    CHECK_FALSE(m.FromJsonLd);
    REQUIRE(w.size() == 2);
    CHECK(Has(w[0].Message(), "p.html: line 2: a JSON-LD script is ignored"));
    CHECK(Has(w[1].Message(), "p.html: line 3: a JSON-LD script is ignored"));
}

TEST_CASE("a language that is not a tag is warned about and left out") {
    std::vector<Error> w;
    CHECK(ReadPageMeta(ReadHtmlPage("<html lang='the english one'><title>x</title></html>").Head, "p.html", &w).Language.empty());
    CHECK(Has(Messages(w), "\"the english one\" is not a language tag"));
}

TEST_CASE("language tags as pages write them") {
    CHECK(LanguageTagOf("en_us") == "en-US");
    CHECK(LanguageTagOf(" zh-hant-tw ") == "zh-Hant-TW");
    CHECK(LanguageTagOf("EN") == "en");
    CHECK(LanguageTagOf("english please") == "");
    CHECK(LanguageTagOf("") == "");
}

TEST_CASE("a title's site name is cut only when it reads as one") {
    PageHead head;
    std::vector<Error> w;
    head.Title = "Storm - Gazette";
    head.Meta = {{"og:site_name", "Gazette"}};
    CHECK(ReadPageMeta(head, "p.html", &w).Headline == "Storm");
    head.Meta.clear();
    head.Title = "Left - Right";
    CHECK(ReadPageMeta(head, "p.html", &w).Headline == "Left - Right");
    head.Title = "Storm hits the coast overnight | Gazette";
    CHECK(ReadPageMeta(head, "p.html", &w).Headline == "Storm hits the coast overnight");
}
