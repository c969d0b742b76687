// Tests of cli/html_page_import.cpp through ImportFile: publishers' pages (with JSON-LD,
// with Open Graph only, with neither) to an article as a reader would see it, the page's chrome left out, and
// hostile pages (scripts, event handlers, javascript: links, frames, navigation only, deep nesting, broken
// JSON-LD) imported safely or refused with a reason.
#include "cli/importer.h"
#include "test_errors.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::cli;
using folio::test::Messages;

namespace {

Article Imported(const std::string& html, std::vector<Error>* warnings = nullptr, const std::string& file = "page.html",
                 const ImportOptions& options = ImportOptions{}) {
    Article a;
    Error e;
    std::vector<Error> w;
    REQUIRE_MESSAGE(ImportFile(html, file, options, &a, warnings ? warnings : &w, &e), e.Message());
    return a;
}

Error Refused(const std::string& html) {
    Article a;
    Error e;
    std::vector<Error> w;
    CHECK_FALSE(ImportFile(html, "page.html", ImportOptions{}, &a, &w, &e));
    CHECK(e.File == "page.html");
    return e;
}

// Everything a reader sees of the body, one block a line.
std::string BodyText(const Article& a) {
    std::string s;
    for (const Block& b : a.Body) {
        s += b.Text.PlainText();
        for (const RichText& item : b.Items) s += " " + item.PlainText();
        s += b.Image.Alt + b.Image.Caption + b.Attribution + "\n";
    }
    return s;
}

std::vector<std::string> Links(const Article& a) {
    std::vector<std::string> out;
    for (const Block& b : a.Body) {
        for (const Span& s : b.Text.Spans) if (!s.Href.empty()) out.push_back(s.Href);
        for (const RichText& item : b.Items)
            for (const Span& s : item.Spans) if (!s.Href.empty()) out.push_back(s.Href);
    }
    return out;
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const char* const kStory =
    "<p>The harbour authority voted on Tuesday to open the old ferry terminal to cyclists, ending a dispute "
    "that had run, on and off, for eleven years.</p>\n"
    "<p>Engineers will replace the ramp, widen the gates and add racks for two hundred bicycles, the authority "
    "said, and the work is to be finished before the summer timetable starts.</p>\n"
    "<p>Residents, who had collected signatures, petitioned twice and filled three public meetings, welcomed "
    "the decision, though some said the racks were too few.</p>\n";

// The chrome a publisher's page wraps around its story: none of its text may reach the body.
const char* const kHeaderChrome =
    "<header class=\"site-header\"><a href=\"/\">The Harbour Gazette</a><nav><ul><li><a href=\"/news\">News</a></li>"
    "<li><a href=\"/sport\">Sport</a></li><li><a href=\"/weather\">Weather</a></li></ul></nav></header>\n";
const char* const kFooterChrome =
    "<div class=\"share-buttons\"><a href=\"https://social.example/share\">Share on Chirper</a> "
    "<a href=\"mailto:?subject=story\">Email this</a></div>\n"
    "<aside class=\"related-stories\"><h2>Related stories</h2><ul><li><a href=\"/a\">Ferry fares to rise, again, "
    "in the spring, the council warns</a></li><li><a href=\"/b\">Cycle lanes for the seafront, the mayor says, "
    "by next year</a></li></ul></aside>\n"
    "<section id=\"comments\" class=\"comments\"><h2>Comments</h2><div class=\"comment\"><p>First! Great news, "
    "finally, after all these years, I can ride to the ferry.</p></div></section>\n"
    "<footer class=\"site-footer\"><p>Copyright The Harbour Gazette. All rights reserved, everywhere, always.</p>"
    "<a href=\"/privacy\">Privacy</a></footer>\n";

void CheckNoChrome(const Article& a) {
    const std::string body = BodyText(a);
    for (const char* chrome : {"Sport", "Weather", "Share on", "Email this", "Related stories", "Ferry fares",
                               "Comments", "First!", "Copyright", "Privacy"})
        CHECK_MESSAGE(!Has(body, chrome), "the body shows the page's chrome \"", chrome, "\":\n", body);
}

} // namespace

TEST_CASE("a page with JSON-LD gives its article's fields, and only the story as the body") {
    const std::string page = std::string(
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
        "<title>Ferry terminal opens to cyclists | The Harbour Gazette</title>"
        "<meta property=\"og:title\" content=\"Open Graph title, not the headline\">"
        "<link rel=\"canonical\" href=\"https://gazette.example/news/ferry-cyclists\">"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        "{\"@type\":\"WebPage\",\"@id\":\"https://gazette.example/news/ferry-cyclists\"},"
        "{\"@type\":\"Person\",\"@id\":\"#ann\",\"name\":\"Ann Lee\"},"
        "{\"@type\":[\"NewsArticle\"],\"headline\":\"Ferry terminal opens to cyclists\","
        "\"description\":\"Eleven years after the first petition.\",\"articleSection\":\"Local\","
        "\"datePublished\":\"2024-05-14T09:30:00+01:00\",\"dateModified\":\"2024-05-14T11:00:00+01:00\","
        "\"inLanguage\":\"en-GB\",\"author\":[{\"@id\":\"#ann\"},{\"@type\":\"Person\",\"name\":\"Bo Chen\"}],"
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Harbour Gazette\"},"
        "\"keywords\":[\"ferries\",\"cycling\"],\"image\":{\"@type\":\"ImageObject\","
        "\"url\":\"https://gazette.example/img/ramp.jpg\",\"caption\":\"The old ramp\"},"
        "\"url\":\"https://gazette.example/news/ferry-cyclists\"}]}</script></head><body>") +
        kHeaderChrome +
        "<main><article><h1>Ferry terminal opens to cyclists</h1>"
        "<p class=\"byline\">By <a rel=\"author\" href=\"/ann\">Ann Lee</a></p>" + kStory + "</article>" +
        kFooterChrome + "</main></body></html>";
    std::vector<Error> warnings;
    const Article a = Imported(page, &warnings, "060_ferry-cyclists.html");
    CHECK(a.Id == "ferry-cyclists");
    CHECK(a.Headline == "Ferry terminal opens to cyclists");
    CHECK(a.Description == "Eleven years after the first petition.");
    CHECK(a.Section == "Local");
    CHECK(a.DatePublished == "2024-05-14T09:30:00+01:00");
    CHECK(a.DateModified == "2024-05-14T11:00:00+01:00");
    CHECK(a.Language == "en-GB");
    CHECK(a.Authors == std::vector<std::string>{"Ann Lee", "Bo Chen"});
    CHECK(a.Publisher == "The Harbour Gazette");
    CHECK(a.Keywords == std::vector<std::string>{"ferries", "cycling"});
    CHECK(a.Url == "https://gazette.example/news/ferry-cyclists");
    CHECK(a.Image.Src == "https://gazette.example/img/ramp.jpg");
    CHECK(a.Image.Caption == "The old ramp");
    REQUIRE(a.Body.size() == 3);
    CHECK(a.Body[0].Type == BlockType::Paragraph);
    CHECK(Has(a.Body[0].Text.PlainText(), "The harbour authority voted"));
    CHECK(Has(a.Body[2].Text.PlainText(), "some said the racks were too few"));
    CHECK_FALSE(Has(BodyText(a), "By Ann Lee"));
    CheckNoChrome(a);
    CHECK_MESSAGE(!Has(Messages(warnings), "date"), Messages(warnings));
}

TEST_CASE("a page with Open Graph only: og and article: properties, <html lang>, the byline from meta author") {
    const std::string page = std::string(
        "<html lang=\"fr_FR\"><head><title>Le terminal s'ouvre aux cyclistes - La Gazette</title>"
        "<meta property=\"og:title\" content=\"Le terminal s'ouvre aux cyclistes\">"
        "<meta property=\"og:description\" content=\"Onze ans après la première pétition.\">"
        "<meta property=\"og:url\" content=\"https://gazette.example/fr/terminal\">"
        "<meta property=\"og:image\" content=\"/img/rampe.jpg\">"
        "<meta property=\"og:image:alt\" content=\"La vieille rampe\">"
        "<meta property=\"article:published_time\" content=\"2024-05-14T09:30:00Z\">"
        "<meta property=\"article:section\" content=\"Région\">"
        "<meta property=\"article:tag\" content=\"ferries\"><meta property=\"article:tag\" content=\"vélo\">"
        "<meta name=\"author\" content=\"Claire Dubois\"></head><body>") +
        kHeaderChrome + "<div class=\"layout\"><article><h1>Le terminal s'ouvre aux cyclistes</h1>"
        "<p>Onze ans après la première pétition.</p>" + kStory + "</article>" + kFooterChrome + "</div></body></html>";
    const Article a = Imported(page);
    CHECK(a.Headline == "Le terminal s'ouvre aux cyclistes");
    CHECK(a.Description == "Onze ans après la première pétition.");
    CHECK(a.Url == "https://gazette.example/fr/terminal");
    CHECK(a.Image.Src == "https://gazette.example/img/rampe.jpg");
    CHECK(a.Image.Alt == "La vieille rampe");
    CHECK(a.DatePublished == "2024-05-14T09:30:00Z");
    CHECK(a.Section == "Région");
    CHECK(a.Keywords == std::vector<std::string>{"ferries", "vélo"});
    CHECK(a.Authors == std::vector<std::string>{"Claire Dubois"});
    CHECK(a.Language == "fr-FR");
    // Neither the headline nor the standfirst is shown twice: the body starts with the story.
    REQUIRE(a.Body.size() == 3);
    CHECK(Has(a.Body[0].Text.PlainText(), "The harbour authority voted"));
    CheckNoChrome(a);
}

TEST_CASE("a page with neither: the headline from <title>, the body by text density, the byline from the page") {
    const std::string page = std::string(
        "<html><head><title>Ferry terminal opens to cyclists after years of waiting | Harbour Gazette</title></head>"
        "<body><div id=\"top\"><div class=\"links\"><a href=\"/1\">One story about something else, with a long "
        "link text</a><br><a href=\"/2\">Another story about something else, with a long link text</a><br>"
        "<a href=\"/3\">A third story, about something else again, with a long link text</a></div></div>"
        "<div class=\"wrapper\"><div class=\"col\"><span class=\"author\">By Dee Park</span>") +
        kStory + "</div><div class=\"col2\"><p>Short.</p></div></div></body></html>";
    std::vector<Error> warnings;
    const Article a = Imported(page, &warnings);
    CHECK(a.Headline == "Ferry terminal opens to cyclists after years of waiting");
    CHECK(a.Authors == std::vector<std::string>{"Dee Park"});
    CHECK(a.DatePublished.empty());
    CHECK(a.Language == "en"); // the page does not say: ImportSource detects it (CLD2)
    CHECK(Has(Messages(warnings), "no date"));
    const std::string body = BodyText(a);
    CHECK(Has(body, "The harbour authority voted"));
    CHECK(Has(body, "some said the racks were too few"));
    CHECK_FALSE(Has(body, "One story about something else"));
    CHECK_FALSE(Has(body, "By Dee Park"));
}

TEST_CASE("the id comes from --id, else from the file name") {
    const std::string page = std::string("<title>A headline</title><p>") + kStory + "</p>";
    CHECK(Imported(page, nullptr, "dir/030_my-page.htm").Id == "my-page");
    ImportOptions o;
    o.Id = "chosen";
    CHECK(Imported(page, nullptr, "dir/030_my-page.htm", o).Id == "chosen");
    o.Id = "not an id";
    Article a;
    Error e;
    std::vector<Error> w;
    CHECK_FALSE(ImportFile(page, "p.html", o, &a, &w, &e));
    CHECK(Has(e.Reason, "not 1 to 128"));
}

TEST_CASE("[itemprop=articleBody] is the body even where another block has more text") {
    std::string longer;
    for (int i = 0; i < 6; ++i) longer += "<p>Unrelated, long, comma-filled text, in a block, that, for a scorer, looks rich, dense, and inviting.</p>";
    const std::string page = "<title>Headline here</title><body><div>" + longer +
                             "</div><div itemprop=\"articleBody\"><p>The story itself, which is the part a reader wants to read here.</p>"
                             "<p>And its second paragraph, with the rest of what happened.</p></div></body>";
    const std::string body = BodyText(Imported(page));
    CHECK(Has(body, "The story itself"));
    CHECK_FALSE(Has(body, "Unrelated"));
}

TEST_CASE("hostile pages: scripts, event handlers, javascript: links and frames leave nothing behind") {
    const std::string page = std::string(
        "<html><head><title>Safe headline</title><script>document.write('<p>Injected by a script, with commas, "
        "many, many, of them</p>')</script><style>p { color: red }</style></head><body "
        "onload=\"alert('body')\"><article><p onclick=\"alert('click')\">Click <a href=\"javascript:alert('x')\">"
        "here</a> or <a href=\"https://gazette.example/ok\">there</a>, for the full report, with more.</p>"
        "<iframe src=\"https://ads.example/frame\"><p>Frame fallback text, with, commas</p></iframe>"
        "<script>var secret = 'script text, with commas, that must never show';</script>"
        "<noscript><p>Enable scripts, please, to see this, now</p></noscript>") +
        kStory + "<img src=\"x\" onerror=\"alert('img')\"></article></body></html>";
    const Article a = Imported(page);
    const std::string body = BodyText(a);
    CHECK(Has(body, "Click here or there"));
    for (const char* gone : {"alert", "Injected", "secret", "Frame fallback", "Enable scripts", "color"})
        CHECK_MESSAGE(!Has(body, gone), gone, " reached the body:\n", body);
    CHECK(Links(a) == std::vector<std::string>{"https://gazette.example/ok"});
}

TEST_CASE("a page that is all navigation is refused with the reason") {
    std::string links;
    for (int i = 0; i < 40; ++i) links += "<li><a href=\"/s" + std::to_string(i) + "\">Section number " + std::to_string(i) + ", with its stories</a></li>";
    const Error e = Refused("<html><head><title>Index</title></head><body><nav><ul>" + links + "</ul></nav><div class=\"menu\"><ul>" +
                            links + "</ul></div><div><ul>" + links + "</ul></div></body></html>");
    CHECK(Has(e.Reason, "no article text"));
}

TEST_CASE("a page without a headline is refused") {
    CHECK(Has(Refused(std::string("<html><body><div>") + kStory + "</div></body></html>").Reason, "no headline"));
}

TEST_CASE("10,000-deep nesting: read up to libxml2's depth bound, with the reason, never a crash") {
    std::string deep;
    for (int i = 0; i < 10000; ++i) deep += "<div>";
    deep += "<p>Buried text, with commas, that no reader would ever find, at the bottom of the pile.</p>";
    for (int i = 0; i < 10000; ++i) deep += "</div>";
    // The story before the deep part is read; what lies past the bound is not, and a warning says so.
    std::vector<Error> warnings;
    const Article a = Imported(std::string("<html><head><title>Deep page headline</title></head><body><article>") +
                                   kStory + "</article>" + deep + "</body></html>",
                               &warnings);
    CHECK(Has(BodyText(a), "The harbour authority voted"));
    CHECK_FALSE(Has(BodyText(a), "Buried"));
    CHECK_MESSAGE(Has(Messages(warnings), "page.html: line 4: elements nest deeper than libxml2's bound of 256 levels"), Messages(warnings));
    // A page whose only text is past the bound is refused, saying why.
    const Error e = Refused("<html><head><title>Deep page headline</title></head><body>" + deep + "</body></html>");
    CHECK(Has(e.Reason, "no article text: elements nest deeper"));
}

TEST_CASE("malformed JSON-LD is a warning; Open Graph fills in") {
    const std::string page = std::string(
        "<html><head><title>T</title><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
        "</script><script type=\"application/ld+json\">") + std::string(200, '[') +
        "</script><meta property=\"og:title\" content=\"The Open Graph headline\"></head><body><article>" + kStory +
        "</article></body></html>";
    std::vector<Error> warnings;
    const Article a = Imported(page, &warnings);
    CHECK(a.Headline == "The Open Graph headline");
    CHECK_MESSAGE(Has(Messages(warnings), "page.html: line 1: a JSON-LD script is ignored"), Messages(warnings));
}

TEST_CASE("JSON-LD of wrong types is ignored member by member") {
    const std::string page = std::string(
        "<html><head><title>Title headline here</title><script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},"
        "{\"@type\":\"Article\",\"headline\":{\"x\":1},\"author\":42,\"keywords\":\"ports, ships\",\"datePublished\":"
        "\"yesterday\",\"image\":[true],\"inLanguage\":{\"@type\":\"Language\",\"alternateName\":\"de\"}}]</script>"
        "</head><body><article>") + kStory + "</article></body></html>";
    std::vector<Error> warnings;
    const Article a = Imported(page, &warnings);
    CHECK(a.Headline == "Title headline here");
    CHECK(a.Authors.empty());
    CHECK(a.Keywords == std::vector<std::string>{"ports", "ships"});
    CHECK(a.Language == "de");
    CHECK(a.DatePublished.empty());
    CHECK(a.Image.Empty());
    CHECK(Has(Messages(warnings), "\"yesterday\" is not a date"));
}

TEST_CASE("a lead image of a refused scheme is left out with a warning") {
    const std::string page = std::string("<head><title>Some headline</title><meta property=\"og:image\" "
                                         "content=\"javascript:alert(1)\"></head><body><article>") + kStory + "</article></body>";
    std::vector<Error> warnings;
    CHECK(Imported(page, &warnings).Image.Empty());
    CHECK(Has(Messages(warnings), "lead image is left out"));
}
