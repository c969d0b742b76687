// Tests of cli/feed_pages.cpp and cli/bundle_layout.cpp: order, pagination, references, feed items.
#include "cli/feed_pages.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::cli;

namespace {

Article Dated(const std::string& id, const std::string& date) {
    Article a;
    a.Id = id;
    a.Headline = "H " + id;
    a.DatePublished = date;
    return a;
}

} // namespace

TEST_CASE("NewestFirst compares instants, puts undated last and breaks ties by id") {
    std::vector<Article> list = {Dated("b", "2022-03-22T00:00:00+03:00"), Dated("undated", ""), Dated("a", "2022-03-21T22:00:00Z"),
                                 Dated("c", "2022-03-21T22:00:00Z")};
    const std::vector<size_t> order = NewestFirst(list);
    CHECK(order == std::vector<size_t>{2, 3, 0, 1});
}

TEST_CASE("pages of PageSize items chained by next_url; the first page's size does not grow with the corpus") {
    BundleSite site;
    site.PageSize = 2;
    std::vector<Article> list;
    for (int i = 0; i < 5; ++i) list.push_back(Dated("a" + std::to_string(i), "2022-03-0" + std::to_string(i + 1) + "T00:00:00Z"));
    std::vector<Feed> pages = MakeFeedPages(list, NewestFirst(list), site);
    REQUIRE(pages.size() == 3);
    CHECK(pages[0].Items.size() == 2);
    CHECK(pages[0].Items[0].Id == "a4");
    CHECK(pages[0].NextUrl == "feed-2.json");
    CHECK(pages[1].NextUrl == "feed-3.json");
    CHECK(pages[2].NextUrl.empty());
    CHECK(pages[2].Items.size() == 1);
    CHECK(pages[0].Items[0].ArticleUrl == "articles/a4.json");
    CHECK(pages[0].Items[0].Url == "articles/a4.html");
    CHECK(MakeFeedPages({}, {}, site).size() == 1); // an empty bundle still has its first page
}

TEST_CASE("with a base URL every reference is absolute") {
    BundleSite site;
    site.BaseUrl = "https://news.example.org/b/";
    site.PageSize = 1;
    std::vector<Article> list = {Dated("x", "2022-03-01T00:00:00Z"), Dated("y", "2022-03-02T00:00:00Z")};
    std::vector<Feed> pages = MakeFeedPages(list, NewestFirst(list), site);
    CHECK(pages[0].FeedUrl == "https://news.example.org/b/feed.json");
    CHECK(pages[0].HomePageUrl == "https://news.example.org/b/");
    CHECK(pages[0].NextUrl == "https://news.example.org/b/feed-2.json");
    CHECK(pages[0].Items[0].ArticleUrl == "https://news.example.org/b/articles/y.json");
}

TEST_CASE("Reference between bundle files") {
    BundleSite site;
    CHECK(Reference(site, "articles/x.html", "oembed/x.json") == "../oembed/x.json");
    CHECK(Reference(site, "articles/x.html", "articles/y.html") == "y.html");
    CHECK(Reference(site, "feed.json", "articles/x.json") == "articles/x.json");
    CHECK(Reference(site, "articles/x.html", "feed.json") == "../feed.json");
}

TEST_CASE("feed items: tags from section and keywords, summary cut at a word") {
    Article a = Dated("x", "2022-03-01T00:00:00Z");
    a.Section = "World";
    a.Keywords = {"World", "Japan"};
    a.Description = std::string(400, 'w') + " tail";
    FeedItem item = MakeFeedItem(a, BundleSite{}, 1);
    CHECK(item.Tags == std::vector<std::string>{"World", "Japan"});
    CHECK(item.Summary.size() <= kFeedSummaryBytes + 3);
    CHECK(CutAtWord("short", 10) == "short");
    CHECK(CutAtWord("one two three", 9) == "one two\xE2\x80\xA6");
    CHECK(CutAtWord("\xD0\x9C\xD0\x9C\xD0\x9C", 3) == "\xD0\x9C\xE2\x80\xA6"); // never inside a UTF-8 sequence
}
