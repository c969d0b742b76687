// ResolveOpenTarget: folders, feed pages, article files and http(s) addresses.
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

TEST_CASE("open target: http detection") {
    CHECK(folio::platform::IsHttpUrl("http://x"));
    CHECK(folio::platform::IsHttpUrl("HTTPS://x"));
    CHECK_FALSE(folio::platform::IsHttpUrl("ftp://x"));
    CHECK_FALSE(folio::platform::IsHttpUrl("/srv/http://x"));
}
