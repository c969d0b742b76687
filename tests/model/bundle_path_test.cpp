// Tests of model/bundle_path.cpp: every reference a bundle reader follows stays inside the bundle.
#include "model/bundle_path.h"

#include <doctest/doctest.h>

using namespace folio;

namespace {

// The bundle path ref names from `from`, or "!" + why.
std::string Path(const BundleRoots& roots, const std::string& from, const std::string& ref) {
    std::string out, why;
    return BundlePathOf(roots, from, ref, &out, &why) ? out : "!" + why;
}

} // namespace

TEST_CASE("relative references inside the bundle") {
    const BundleRoots bare;
    CHECK(Path(bare, "feed.json", "articles/a.json") == "articles/a.json");
    CHECK(Path(bare, "feed-2.json", "./articles/a.json") == "articles/a.json");
    CHECK(Path(bare, "articles/a.html", "../oembed/a.json") == "oembed/a.json");
    CHECK(Path(bare, "articles/a.json", "b.html") == "articles/b.html");
    CHECK(Path(bare, "feed.json", "articles/a.json?v=2#top") == "articles/a.json?v=2");
    CHECK(Path(bare, "feed.json", "articles/x/../a.json") == "articles/a.json");
}

TEST_CASE("references that leave the bundle are refused, with why") {
    const BundleRoots bare;
    CHECK(Path(bare, "feed.json", "../x.json") == "!\"../x.json\" points outside the bundle");
    CHECK(Path(bare, "feed.json", "articles/../../x.json").rfind("!", 0) == 0);
    CHECK(Path(bare, "feed.json", "/etc/passwd") == "!\"/etc/passwd\" points outside the bundle");
    CHECK(Path(bare, "feed.json", "https://evil.example/a.json").rfind("!", 0) == 0);
    CHECK(Path(bare, "feed.json", "//evil.example/a.json").rfind("!", 0) == 0);
    CHECK(Path(bare, "feed.json", "file:///etc/passwd").rfind("!", 0) == 0);
    CHECK(Path(bare, "feed.json", "data:application/json,{}").rfind("!", 0) == 0);
    CHECK(Path(bare, "feed.json", "..").rfind("!", 0) == 0);
    CHECK(Path(bare, "feed.json", "articles/").rfind("!", 0) == 0);
    CHECK(Path(bare, "feed.json", "").rfind("!", 0) == 0); // the page itself is no article
}

TEST_CASE("encoded dots, slashes and backslashes, and control characters are refused") {
    const BundleRoots bare;
    CHECK(Path(bare, "feed.json", "%2e%2e/x.json") == "!\"%2e%2e/x.json\" climbs out of the bundle");
    CHECK(Path(bare, "feed.json", "articles/%2E%2e/%2e./x.json").rfind("!", 0) == 0);
    CHECK(Path(bare, "feed.json", "articles%2f..%2fx.json") == "!\"articles%2f..%2fx.json\" holds an encoded slash or backslash");
    CHECK(Path(bare, "feed.json", "articles%5C..%5Cx.json").rfind("!", 0) == 0);
    CHECK(Path(bare, "feed.json", "..\\x.json") == "!\"..\\x.json\" holds a backslash");
    CHECK(Path(bare, "feed.json", std::string("a\0b.json", 8)).rfind("!", 0) == 0);
    CHECK(Path(bare, "feed.json", "a\nb.json").rfind("!", 0) == 0);
    CHECK(Path(bare, "feed.json", "articles//a.json") == "!\"articles//a.json\" has an empty segment");
    CHECK(Path(bare, "feed.json", "articles/%2e%2ejson") == "articles/%2e%2ejson"); // a name, not a dot segment
}

TEST_CASE("absolute URLs under the bundle's public address name its files") {
    const BundleRoots roots{"", "https://news.example/bundle/"};
    CHECK(Path(roots, "feed.json", "https://news.example/bundle/articles/a.json") == "articles/a.json");
    CHECK(Path(roots, "feed.json", "https://news.example/bundle/feed-2.json") == "feed-2.json");
    // The finding: an absolute URL under feed_url with ".." segments must not reach a file outside.
    CHECK(Path(roots, "feed.json", "https://news.example/bundle/articles/../../../../etc/passwd").rfind("!", 0) == 0);
    CHECK(Path(roots, "feed.json", "https://news.example/bundle/../secret.json").rfind("!", 0) == 0);
    CHECK(Path(roots, "feed.json", "https://news.example/bundlex/a.json").rfind("!", 0) == 0);
    CHECK(Path(roots, "feed.json", "https://news.example/other/a.json").rfind("!", 0) == 0);
}

TEST_CASE("a bundle read from a folder or a URL") {
    const BundleRoots folder{"/srv/news/", ""};
    CHECK(Path(folder, "feed.json", "articles/a.json") == "articles/a.json");
    CHECK(Path(folder, "feed.json", "../secret.json").rfind("!", 0) == 0);
    CHECK(Path(folder, "feed.json", "/srv/news/articles/a.json") == "articles/a.json");
    CHECK(Path(folder, "feed.json", "/srv/newsroom/a.json").rfind("!", 0) == 0);
    const BundleRoots mirror{"https://mirror.example/b/", "https://news.example/bundle/"};
    CHECK(Path(mirror, "feed.json", "articles/a.json") == "articles/a.json");
    CHECK(Path(mirror, "feed.json", "https://news.example/bundle/articles/a.json") == "articles/a.json");
    CHECK(Path(mirror, "feed.json", "https://mirror.example/b/feed-2.json") == "feed-2.json");
    CHECK(Path(mirror, "feed.json", "https://mirror.example/other.json").rfind("!", 0) == 0);
}

TEST_CASE("IsBundlePath") {
    std::string why;
    CHECK(IsBundlePath("articles/a.json", &why));
    CHECK(IsBundlePath("media/0123abcd.jpg", &why));
    CHECK_FALSE(IsBundlePath("javascript:alert(1)", &why));
    CHECK_FALSE(IsBundlePath("a/./b", &why));
    CHECK_FALSE(IsBundlePath("", &why));
}

TEST_CASE("BundleBaseOf and FolderOf") {
    CHECK(BundleBaseOf("https://news.example/bundle/feed.json") == "https://news.example/bundle/");
    CHECK(BundleBaseOf("https://news.example/feed.json") == "https://news.example/");
    CHECK(BundleBaseOf("https://news.example") == "");
    CHECK(BundleBaseOf("file:///etc/feed.json") == "");
    CHECK(BundleBaseOf("") == "");
    CHECK(FolderOf("https://h/b/feed.json?x=/y") == "https://h/b/");
    CHECK(FolderOf("/srv/b/feed.json") == "/srv/b/");
    CHECK(FolderOf("feed.json") == "");
}
