// ResolveOpenTarget: folders, feed pages, article files and http(s) addresses, the folder a source is read
// from and the file named; PathBelow, which decides what is read inside that folder.
#include "platform/native/open_target.h"

#include <doctest/doctest.h>
#include <cstdlib>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

using folio::platform::OpenTarget;
using folio::platform::ResolveOpenTarget;

static void Feed(const std::string& input, const std::string& feed) {
    CAPTURE(input);
    const OpenTarget t = ResolveOpenTarget(input);
    CHECK(t.FeedUrl == feed);
    CHECK(t.ArticleUrl.empty());
}
static void Article(const std::string& input) {
    CAPTURE(input);
    const OpenTarget t = ResolveOpenTarget(input);
    CHECK(t.FeedUrl.empty());
    CHECK(t.ArticleUrl == input);
}

TEST_CASE("open target: http(s) addresses") {
    Feed("https://example.org/news/", "https://example.org/news/feed.json");
    Feed("https://example.org/news", "https://example.org/news/feed.json");
    Feed("https://example.org", "https://example.org/feed.json");
    Feed("https://example.org/", "https://example.org/feed.json");
    Feed("HTTP://example.org/news/?v=2", "HTTP://example.org/news/feed.json?v=2");
    Feed("http://127.0.0.1:8080/b/feed.json", "http://127.0.0.1:8080/b/feed.json");
    Feed("http://127.0.0.1:8080/b/feed-2.json", "http://127.0.0.1:8080/b/feed-2.json");
    Article("https://example.org/news/articles/a1.json");
    Article("https://example.org/news/story.txt");
    Article("https://example.org/news/story.txt#top");
}

TEST_CASE("open target: folders and files") {
    char tmpl[] = "/tmp/folio-open-target-XXXXXX";
    REQUIRE(mkdtemp(tmpl) != nullptr);
    const std::string dir = tmpl;
    Feed(dir, dir + "/feed.json");
    Feed(dir + "/", dir + "/feed.json");
    Feed(dir + "/feed.json", dir + "/feed.json"); // need not exist yet: the App says why it cannot be read
    Article(dir + "/articles/a.json");
    Article(dir + "/story.TXT");
    Feed(dir + "/missing", dir + "/missing");    // neither a folder nor an article file: read as a feed page
    rmdir(dir.c_str());
}

TEST_CASE("open target: the source's folder and the file named") {
    char tmpl[] = "/tmp/folio-open-target-XXXXXX";
    REQUIRE(mkdtemp(tmpl) != nullptr);
    const std::string dir = tmpl;
    OpenTarget t = ResolveOpenTarget(dir + "//");
    CHECK(t.Root == dir);
    CHECK(t.Named.empty()); // a folder: even its feed.json is read inside it
    t = ResolveOpenTarget(dir + "/feed.json");
    CHECK(t.Root == dir);
    CHECK(t.Named == dir + "/feed.json");
    t = ResolveOpenTarget(dir + "/articles/a.txt");
    CHECK(t.Root == dir + "/articles");
    CHECK(t.Named == dir + "/articles/a.txt");
    t = ResolveOpenTarget("story.json");
    CHECK(t.Root == ".");
    CHECK(t.Named == "story.json");
    t = ResolveOpenTarget("/dev/zero"); // read as a feed page, and refused by the reader as no regular file
    CHECK(t.FeedUrl == "/dev/zero");
    CHECK(t.Root == "/dev");
    t = ResolveOpenTarget("/");
    CHECK(t.FeedUrl == "/feed.json");
    CHECK(t.Root == "/");
    t = ResolveOpenTarget("https://example.org/news/");
    CHECK(t.Root.empty());
    CHECK(t.Named.empty());
    rmdir(dir.c_str());
}

TEST_CASE("open target: what lies below the source's folder") {
    using folio::platform::PathBelow;
    std::string rel;
    CHECK(PathBelow("/b", "/b/articles/x.json", &rel));
    CHECK(rel == "articles/x.json");
    CHECK(PathBelow("/", "/b/feed.json", &rel));
    CHECK(rel == "b/feed.json");
    CHECK(PathBelow(".", "articles/x.json", &rel));
    CHECK(rel == "articles/x.json");
    CHECK(PathBelow(".", "./feed.json", &rel));
    CHECK(rel == "feed.json");
    CHECK(PathBelow("/b", "/b/../etc/passwd", &rel)); // below as written: ReadFileInside then refuses ".."
    CHECK(rel == "../etc/passwd");
    CHECK_FALSE(PathBelow("/b", "/bundle/feed.json", &rel)); // a sibling sharing the prefix
    CHECK_FALSE(PathBelow("/b", "/b", &rel));
    CHECK_FALSE(PathBelow("/b", "/b/", &rel));
    CHECK_FALSE(PathBelow("/b", "/usr/share/folio/fonts/x.ttf", &rel)); // read as named
    CHECK_FALSE(PathBelow(".", "/etc/passwd", &rel));
    CHECK_FALSE(PathBelow("", "/b/feed.json", &rel)); // an http(s) source has no folder
}

TEST_CASE("open target: http detection") {
    CHECK(folio::platform::IsHttpUrl("http://x"));
    CHECK(folio::platform::IsHttpUrl("HTTPS://x"));
    CHECK_FALSE(folio::platform::IsHttpUrl("ftp://x"));
    CHECK_FALSE(folio::platform::IsHttpUrl("/srv/http://x"));
}
