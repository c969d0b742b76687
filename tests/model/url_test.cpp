// Tests of model/url.cpp (ResolveUrl): references of a bundle resolved against file paths and http(s) URLs.
#include "model/url.h"

#include <doctest/doctest.h>

using folio::ResolveUrl;

TEST_CASE("relative to a file path") {
    CHECK(ResolveUrl("bundle/feed.json", "articles/a.json") == "bundle/articles/a.json");
    CHECK(ResolveUrl("bundle/feed.json", "./articles/a.json") == "bundle/articles/a.json");
    CHECK(ResolveUrl("feed.json", "articles/a.json") == "articles/a.json");
    CHECK(ResolveUrl("", "articles/a.json") == "articles/a.json");
    CHECK(ResolveUrl("/srv/bundle/feed.json", "articles/a.json") == "/srv/bundle/articles/a.json");
    CHECK(ResolveUrl("bundle/feed.json", "articles/x:y.json") == "bundle/articles/x:y.json"); // no scheme: '/' first
    CHECK(ResolveUrl("bundle/feed.json", "") == "bundle/feed.json");
}

TEST_CASE("relative to an http URL") {
    CHECK(ResolveUrl("https://example.com/news/feed.json", "articles/a.json") == "https://example.com/news/articles/a.json");
    CHECK(ResolveUrl("http://localhost:8000/bundle/feed.json", "articles/a.json") == "http://localhost:8000/bundle/articles/a.json");
    CHECK(ResolveUrl("https://example.com/", "feed.json") == "https://example.com/feed.json");
}

TEST_CASE("refs with a scheme are kept as they are") {
    CHECK(ResolveUrl("bundle/feed.json", "https://cdn.example.org/a.json") == "https://cdn.example.org/a.json");
    CHECK(ResolveUrl("https://example.com/feed.json", "mailto:a@example.com") == "mailto:a@example.com");
    CHECK(ResolveUrl("https://example.com/feed.json", "data:application/json,{}") == "data:application/json,{}");
}

TEST_CASE("dot segments are folded") {
    // RFC 3986 5.2.2: an absolute ref's path is folded too, so "https://h/b/../../x" cannot pass for a URL under
    // "https://h/b/" to whoever compares prefixes.
    CHECK(ResolveUrl("https://example.com/news/feed.json", "http://other.example/x/../a.json") == "http://other.example/a.json");
    CHECK(ResolveUrl("bundle/feed.json", "https://h/b/articles/../../../etc/passwd") == "https://h/etc/passwd");
    CHECK(ResolveUrl("https://h/b/feed.json", "//cdn.example/x/./y/../z.json") == "https://cdn.example/x/z.json");
    CHECK(ResolveUrl("https://h/b/feed.json", "data:text/plain,a/../b") == "data:text/plain,a/../b");
    CHECK(ResolveUrl("bundle/pages/feed-2.json", "../articles/a.json") == "bundle/articles/a.json");
    CHECK(ResolveUrl("https://example.com/a/b/feed.json", "../x.json") == "https://example.com/a/x.json");
    CHECK(ResolveUrl("https://example.com/a/b/feed.json", "../../x.json") == "https://example.com/x.json");
    CHECK(ResolveUrl("https://example.com/a/b/feed.json", "../../../x.json") == "https://example.com/x.json"); // not above the root
    CHECK(ResolveUrl("/srv/feed.json", "../../x.json") == "/x.json");
    CHECK(ResolveUrl("feed.json", "../x.json") == "../x.json"); // a relative path may climb above its start
    CHECK(ResolveUrl("bundle/a/feed.json", "./b/./../c.json") == "bundle/a/c.json");
    CHECK(ResolveUrl("bundle/a/feed.json", ".") == "bundle/a/");
    CHECK(ResolveUrl("bundle/a/feed.json", "./") == "bundle/a/");
    CHECK(ResolveUrl("bundle/a/feed.json", "..") == "bundle/");
}

TEST_CASE("the base's query and fragment are dropped; the ref's are kept untouched") {
    CHECK(ResolveUrl("https://example.com/news/feed.json?page=2", "articles/a.json") == "https://example.com/news/articles/a.json");
    CHECK(ResolveUrl("https://example.com/news/feed.json?next=/x/y#top", "a.json") == "https://example.com/news/a.json");
    CHECK(ResolveUrl("bundle/feed.json#top", "a.json") == "bundle/a.json");
    CHECK(ResolveUrl("bundle/feed.json", "articles/a.json?v=2#p") == "bundle/articles/a.json?v=2#p");
    CHECK(ResolveUrl("bundle/feed.json", "a.json?from=../x") == "bundle/a.json?from=../x");
}

TEST_CASE("scheme-relative refs take the base's scheme") {
    CHECK(ResolveUrl("https://example.com/news/feed.json", "//cdn.example.org/a.json") == "https://cdn.example.org/a.json");
    CHECK(ResolveUrl("http://example.com/feed.json", "//cdn.example.org/a.json") == "http://cdn.example.org/a.json");
    CHECK(ResolveUrl("bundle/feed.json", "//cdn.example.org/a.json") == "//cdn.example.org/a.json");
}

TEST_CASE("absolute-path refs keep the base's scheme and host") {
    CHECK(ResolveUrl("https://example.com/news/feed.json", "/static/a.json") == "https://example.com/static/a.json");
    CHECK(ResolveUrl("http://localhost:8000/bundle/feed.json?p=1", "/a.json") == "http://localhost:8000/a.json");
    CHECK(ResolveUrl("https://example.com/news/feed.json", "/x/../a.json") == "https://example.com/a.json");
    CHECK(ResolveUrl("bundle/feed.json", "/a.json") == "/a.json");
}

TEST_CASE("relative to a URL with no path") {
    CHECK(ResolveUrl("https://example.com", "feed.json") == "https://example.com/feed.json");
    CHECK(ResolveUrl("https://example.com?lang=en", "feed.json") == "https://example.com/feed.json");
}

TEST_CASE("a relative path that climbs above its start after a pop keeps its '..'") {
    CHECK(ResolveUrl("bundle/feed.json", "../../x.json") == "../x.json");
}

// RFC 3986 5.2.2 deviation (url.cpp): a ref of only a query or a fragment keeps the base's whole path; here it
// replaces the base's last segment instead.
TEST_CASE("query-only and fragment-only refs keep the base's document") {
    CHECK(ResolveUrl("bundle/feed.json", "?page=2") == "bundle/feed.json?page=2");
    CHECK(ResolveUrl("https://example.com/feed.json?page=1", "#top") == "https://example.com/feed.json?page=1#top");
}
