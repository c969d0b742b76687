// Tests of cli/feed_prerender.cpp: the newest feed page as plain HTML (every text escaped, its filters as the
// viewer's chips, linked to their routes, items without an id that can name files left out, empty parts left out), put into a template at its first marker; clear errors for a
// template without the marker or too large and for a feed.json missing, broken or behind a link; and the page
// written without following a link planted where it goes.
#include "cli/bundle_build.h"
#include "cli/feed_prerender.h"
#include "model/feed_json.h"

#include "test_errors.h"
#include "test_files.h"

#include <doctest/doctest.h>
#include <filesystem>

namespace fs = std::filesystem;
using namespace folio;
using namespace folio::cli;
using namespace folio::test;

namespace {

const TempFolders kFolders("folio-prerender-test");

// A feed page as a bundle's feed.json, with hostile text, an id that names no file, and items with nothing but
// their id and title.
const char kFeed[] = R"({
  "version": "https://jsonfeed.org/version/1.1",
  "title": "News & \"views\" <script>",
  "items": [
    {"id": "a-1", "title": "<script>alert(\"x\")</script>", "summary": "He said \"hi\" & 'bye'",
     "date_published": "2022-03-22T10:15:00+03:00", "language": "en",
     "_folio": {"article": "articles/a-1.json", "section": "World <b>"}},
    {"id": "../../etc/passwd", "title": "Not a file's name", "_folio": {"article": "articles/x.json"}},
    {"id": "he-1", "title": "\u05e9\u05dc\u05d5\u05dd", "language": "he", "_folio": {"article": "articles/he-1.json"}},
    {"id": "bare", "_folio": {"article": "articles/bare.json"}}
  ]
})";

const std::string kExpected =
    "<div class=\"folio-prerender\" data-folio-prerender=\"feed\">\n"
    "<nav class=\"chips\" aria-label=\"Sections and tags\"><a href=\"#/\" aria-current=\"page\">All</a>"
    "<a href=\"#/section/World%20%3Cb%3E\">World &lt;b&gt;</a></nav>\n"
    "<h1>News &amp; &quot;views&quot; &lt;script&gt;</h1>\n"
    "<ul class=\"feed\">\n"
    "<li lang=\"en\" dir=\"ltr\"><p class=\"section\">World &lt;b&gt;</p><h2><a href=\"bundle/articles/a-1.html\">"
    "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</a></h2><p class=\"summary\">He said &quot;hi&quot; &amp; &#39;bye&#39;</p>"
    "<p class=\"meta\"><time datetime=\"2022-03-22T10:15:00+03:00\">22 March 2022</time></p></li>\n"
    "<li lang=\"he\" dir=\"rtl\"><h2><a href=\"bundle/articles/he-1.html\">\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D</a></h2></li>\n"
    "<li><h2><a href=\"bundle/articles/bare.html\">bare</a></h2></li>\n"
    "</ul>\n"
    "</div>";

struct Site {
    std::string Bundle, Template, Out;
};

// A folder with a bundle holding feed_json, a template, and where the page goes.
Site MakeSite(const std::string& name, const std::string& feed_json, const std::string& page_template) {
    const std::string dir = kFolders.Fresh(name);
    Site s{dir + "/bundle", dir + "/template.html", dir + "/site/index.html"};
    Write(s.Bundle + "/feed.json", feed_json);
    Write(s.Template, page_template);
    return s;
}

std::string Prerender(const Site& s, const std::string& href = "bundle") {
    Error e;
    return PrerenderFeed(s.Bundle, s.Template, s.Out, href, &e) ? "" : e.Message();
}

} // namespace

TEST_CASE("the feed page as plain HTML: escaped, items that cannot name a file left out, empty parts left out") {
    Feed page;
    Error e;
    REQUIRE_MESSAGE(ParseFeed(kFeed, "feed.json", &page, &e), e.Message());
    CHECK(FeedPrerenderHtml(page, "bundle") == kExpected);
    // The links follow href: none (the page beside feed.json), or an absolute folder.
    CHECK(FeedPrerenderHtml(page, "").find("<a href=\"articles/a-1.html\">") != std::string::npos);
    CHECK(FeedPrerenderHtml(page, "https://news.example.org/b").find("<a href=\"https://news.example.org/b/articles/bare.html\">") !=
          std::string::npos);
    CHECK(FeedPrerenderHtml(page, "bundle").find("passwd") == std::string::npos);
}

TEST_CASE("prerender puts the feed at the template's first marker and leaves the rest as it is") {
    const Site s = MakeSite("marker", kFeed, "<!DOCTYPE html>\n<main><!--folio:prerender--></main>\n<!--folio:prerender-->\n");
    REQUIRE(Prerender(s) == "");
    CHECK(Read(s.Out) == "<!DOCTYPE html>\n<main>" + kExpected + "</main>\n<!--folio:prerender-->\n");
}

TEST_CASE("prerender of a built bundle links each item to its snapshot, as the page beside the bundle addresses it") {
    const std::string src = kFolders.Fresh("built-src"), site = kFolders.Fresh("built-site");
    Write(src + "/a.md", "---\ntitle: Cats & <dogs>\ndate: 2022-03-01\nsection: World\n---\nA standfirst.\n\nText.\n");
    Write(src + "/b.md", "---\ntitle: Later\ndate: 2022-03-02\n---\nText.\n");
    BuildSummary summary;
    std::vector<Error> warnings, errors;
    REQUIRE_MESSAGE(BuildBundle(src, site + "/bundle", BundleSite{}, ImportOptions{}, UnknownFolder::Refuse, &summary, &warnings, &errors),
                    Messages(errors));
    Write(site + "/template.html", "<body><!--folio:prerender--></body>");
    Error e;
    REQUIRE_MESSAGE(PrerenderFeed(site + "/bundle", site + "/template.html", site + "/index.html", "bundle", &e), e.Message());
    const std::string html = Read(site + "/index.html");
    CHECK(html.find("<h1>Folio bundle</h1>") != std::string::npos);
    const size_t later = html.find("<a href=\"bundle/articles/b.html\">Later</a>"), cats = html.find("<a href=\"bundle/articles/a.html\">Cats &amp; &lt;dogs&gt;</a>");
    CHECK(later != std::string::npos);
    CHECK(cats != std::string::npos);
    CHECK(later < cats); // newest first, as the page lists them
    CHECK(html.find("<p class=\"section\">World</p>") != std::string::npos);
    CHECK(html.find("<time datetime=\"2022-03-01") != std::string::npos);
    CHECK(fs::is_regular_file(site + "/bundle/articles/a.html"));
}

TEST_CASE("prerender fails clearly, writing nothing: no marker, a template too large, feed.json missing, broken or a link") {
    SUBCASE("a template without the marker") {
        const Site s = MakeSite("no-marker", kFeed, "<body><!-- folio:prerender --></body>");
        CHECK(Prerender(s) == s.Template + ": has no <!--folio:prerender--> marker, where the feed goes");
        CHECK_FALSE(fs::exists(s.Out));
    }
    SUBCASE("a template past 1 MiB") {
        const Site s = MakeSite("large", kFeed, "<!--folio:prerender-->" + std::string(kMaxTemplateBytes, ' '));
        CHECK(Prerender(s) == s.Template + ": file is over the limit of 1048576 bytes");
        CHECK_FALSE(fs::exists(s.Out));
    }
    SUBCASE("no template") {
        Site s = MakeSite("no-template", kFeed, "");
        fs::remove(s.Template);
        CHECK(Prerender(s).rfind(s.Template + ": No such file", 0) == 0);
    }
    SUBCASE("no feed.json") {
        const Site s = MakeSite("no-feed", kFeed, "<!--folio:prerender-->");
        fs::remove(s.Bundle + "/feed.json");
        CHECK(Prerender(s).rfind(s.Bundle + "/feed.json: No such file", 0) == 0);
        CHECK_FALSE(fs::exists(s.Out));
    }
    SUBCASE("a feed.json that is not JSON") {
        const Site s = MakeSite("not-json", "{\"version\": ", "<!--folio:prerender-->");
        const std::string message = Prerender(s);
        CHECK(message.rfind(s.Bundle + "/feed.json: ", 0) == 0);
        CHECK(message.find("JSON") != std::string::npos);
        CHECK_FALSE(fs::exists(s.Out));
    }
    SUBCASE("a feed.json that is no feed page") {
        const Site s = MakeSite("not-feed", R"({"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [{"id": "a"}]})",
                                "<!--folio:prerender-->");
        CHECK(Prerender(s) == s.Bundle + "/feed.json: $.items[0]._folio: missing (it says where the article file is)");
        CHECK_FALSE(fs::exists(s.Out));
    }
    SUBCASE("a feed.json that is a link out of the bundle") {
        const Site s = MakeSite("feed-link", kFeed, "<!--folio:prerender-->");
        fs::rename(s.Bundle + "/feed.json", s.Bundle + "/../elsewhere.json");
        fs::create_symlink("../elsewhere.json", s.Bundle + "/feed.json");
        CHECK(Prerender(s) == s.Bundle + "/feed.json: is a symbolic link, which is not followed");
        CHECK_FALSE(fs::exists(s.Out));
    }
}

TEST_CASE("prerender replaces a link planted where the page goes, never writing through it") {
    const Site s = MakeSite("out-link", kFeed, "<!--folio:prerender-->");
    const std::string victim = fs::path(s.Out).parent_path().parent_path().string() + "/victim.txt";
    Write(victim, "not yours");
    fs::create_directories(fs::path(s.Out).parent_path());
    fs::create_symlink(victim, s.Out);
    REQUIRE(Prerender(s) == "");
    CHECK(Read(victim) == "not yours");
    CHECK_FALSE(fs::is_symlink(s.Out));
    CHECK(Read(s.Out) == kExpected);
    // A name that is a folder is refused.
    Site folder = s;
    folder.Out = fs::path(s.Out).parent_path().string() + "/";
    CHECK(Prerender(folder) == folder.Out + ": names a folder; give the page's file name");
}
