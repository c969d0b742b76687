// Tests of cli/feed_pages.cpp and cli/bundle_layout.cpp: order, pagination, references, feed items.
#include "cli/feed_pages.h"
#include "model/bundle_write.h"

#include <map>

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

std::vector<Article> Daily(int n) { // a0 on March 1st 2022, a1 the day after, ...
    std::vector<Article> list;
    for (int i = 0; i < n; ++i) list.push_back(Dated("a" + std::to_string(i), "2022-03-01T00:00:00Z"));
    for (int i = 0; i < n; ++i) list[i].DatePublished = "2022-" + std::string(i < 31 ? "03-" : "04-") +
                                                        (i % 31 + 1 < 10 ? "0" : "") + std::to_string(i % 31 + 1) + "T00:00:00Z";
    return list;
}

std::vector<std::string> Ids(const Feed& page) {
    std::vector<std::string> ids;
    for (const FeedItem& item : page.Items) ids.push_back(item.Id);
    return ids;
}

// Every page's bytes, by path, as a build writes them.
std::map<std::string, std::string> Written(const std::vector<Article>& list, const BundleSite& site) {
    std::map<std::string, std::string> out;
    const std::vector<Feed> pages = MakeFeedPages(list, OldestFirst(list), site);
    for (size_t p = 0; p < pages.size(); ++p) out[FeedPagePath(p + 1, pages.size())] = WriteFeedJson(pages[p]);
    return out;
}

} // namespace

TEST_CASE("OldestFirst compares instants, puts undated first and breaks ties by id") {
    std::vector<Article> list = {Dated("b", "2022-03-22T00:00:00+03:00"), Dated("undated", ""), Dated("a", "2022-03-21T22:00:00Z"),
                                 Dated("c", "2022-03-21T22:00:00Z")};
    CHECK(OldestFirst(list) == std::vector<size_t>{1, 0, 2, 3}); // b is 21:00Z
    std::vector<PageEntry> entries;
    for (const Article& a : list) entries.push_back(PageEntry{a.Id, PublishedInstant(a.DatePublished), 10});
    CHECK(OldestFirst(entries) == OldestFirst(list));
    CHECK(PublishedInstant("") == kUndated);
    CHECK(PublishedInstant("not a date") == kUndated);
}

TEST_CASE("pages numbered from the oldest: full archive pages, the newest items in the index, chained both ways") {
    BundleSite site;
    site.PageSize = 2;
    const std::vector<Article> list = Daily(5);
    std::vector<Feed> pages = MakeFeedPages(list, OldestFirst(list), site);
    REQUIRE(pages.size() == 3);
    CHECK(Ids(pages[0]) == std::vector<std::string>{"a1", "a0"}); // feed-1.json: the oldest, newest first within
    CHECK(Ids(pages[1]) == std::vector<std::string>{"a3", "a2"});
    CHECK(Ids(pages[2]) == std::vector<std::string>{"a4"});       // feed.json: what is left, however little
    CHECK(FeedPagePath(1, 3) == "feed-1.json");
    CHECK(FeedPagePath(3, 3) == "feed.json");
    CHECK(pages[2].Page == 3);
    CHECK(pages[2].NextUrl == "feed-2.json");
    CHECK(pages[2].NewerUrl.empty());
    CHECK(pages[1].Page == 2);
    CHECK(pages[1].NextUrl == "feed-1.json");
    CHECK(pages[1].NewerUrl == "feed-3.json"); // the name the index will be archived under
    CHECK(pages[0].Page == 1);
    CHECK(pages[0].NextUrl.empty());
    CHECK(pages[0].NewerUrl == "feed-2.json");
    CHECK(pages[2].Items[0].ArticleUrl == "articles/a4.json");
    CHECK(pages[2].Items[0].Url == "articles/a4.html");
    const std::vector<Feed> none = MakeFeedPages({}, {}, site); // an empty bundle still has its index
    REQUIRE(none.size() == 1);
    CHECK(none[0].Page == 1);
    CHECK(none[0].NextUrl.empty());
    CHECK(none[0].NewerUrl.empty());
}

TEST_CASE("a full index stays the index until the next article rolls it over into an archive page") {
    BundleSite site;
    site.PageSize = 2;
    const std::vector<Article> list = Daily(4);
    const std::vector<Feed> pages = MakeFeedPages(list, OldestFirst(list), site);
    REQUIRE(pages.size() == 2);
    CHECK(Ids(pages[1]) == std::vector<std::string>{"a3", "a2"});
    CHECK(pages[1].Page == 2);
}

TEST_CASE("adding the newest article changes only the index, and at a roll-over adds one archive page") {
    BundleSite site;
    site.PageSize = 3;
    for (const std::string base : {"", "https://news.example.org/b/"}) {
        site.BaseUrl = base;
        std::vector<Article> list = Daily(40);
        for (int n = 6; n < 40; ++n) {
            const std::vector<Article> before(list.begin(), list.begin() + n), after(list.begin(), list.begin() + n + 1);
            const std::map<std::string, std::string> was = Written(before, site), is = Written(after, site);
            std::vector<std::string> changed;
            for (const auto& [path, bytes] : is)
                if (!was.count(path) || was.at(path) != bytes) changed.push_back(path);
            const bool rolls = n % 3 == 0; // the index was full
            CHECK_MESSAGE(changed == (rolls ? std::vector<std::string>{"feed-" + std::to_string(n / 3) + ".json", "feed.json"}
                                            : std::vector<std::string>{"feed.json"}),
                          n << " articles, base \"" << base << "\"");
            CHECK(is.size() == was.size() + rolls); // and none goes away
        }
    }
}

TEST_CASE("where the byte bound cuts a page depends only on the articles up to it, not on how many pages follow") {
    BundleSite site;
    site.PageSize = 1000;
    std::vector<Article> list = Daily(40);
    for (Article& a : list) a.Description = std::string(250, 'w'); // summaries as long as they may be
    std::vector<PageEntry> entries;
    for (const Article& a : list) entries.push_back(PageEntry{a.Id, PublishedInstant(a.DatePublished), WriteFeedItemJson(MakeFeedItem(a, site)).size()});
    const size_t item = entries[0].ItemBytes + kPageItemSeparatorBytes;
    // Pages cut by a bound that leaves room for exactly 7 such items: shown through PageFull, the rule the build uses.
    const size_t room = kMaxJsonBytes - PageFrameBytes(site);
    CHECK_FALSE(PageFull(site, (room / item - 1) * item, item));
    CHECK(PageFull(site, (room / item) * item, item));
    const std::vector<size_t> order = OldestFirst(entries);
    const std::vector<size_t> counts = PlanPages(entries, order, site);
    REQUIRE(counts.size() == 1); // 40 summaries are far from 16 MB
    site.PageSize = 7;
    const std::vector<size_t> sevens = PlanPages(entries, order, site);
    CHECK(sevens == std::vector<size_t>{7, 7, 7, 7, 7, 5});
    std::vector<PageEntry> fewer(entries.begin(), entries.begin() + 9);
    CHECK(PlanPages(fewer, OldestFirst(fewer), site) == std::vector<size_t>{7, 2});
}

TEST_CASE("a page is cut where its next item would pass kMaxJsonBytes") {
    BundleSite site;
    site.PageSize = 50;
    const size_t big = kMaxJsonBytes / 3; // three of them do not fit in a page
    std::vector<PageEntry> entries;
    for (int i = 0; i < 7; ++i) entries.push_back(PageEntry{"a" + std::to_string(i), i, big});
    CHECK(PlanPages(entries, OldestFirst(entries), site) == std::vector<size_t>{2, 2, 2, 1});
    std::vector<PageEntry> huge = {PageEntry{"h", 0, kMaxJsonBytes}}; // alone on its page, never dropped
    CHECK(PlanPages(huge, OldestFirst(huge), site) == std::vector<size_t>{1});
}

TEST_CASE("pages written from items serialized earlier are the same bytes as pages written from the model") {
    BundleSite site;
    site.PageSize = 2;
    site.BaseUrl = "https://news.example.org/b/";
    std::vector<Article> list = Daily(5);
    list[1].Authors = {"A. Writer"};
    list[2].Keywords = {"k"};
    list[3].Image.Src = "https://elsewhere.example/p.jpg";
    const std::vector<size_t> order = OldestFirst(list);
    const std::vector<Feed> pages = MakeFeedPages(list, order, site);
    size_t first = 0;
    for (size_t p = 0; p < pages.size(); ++p) {
        std::vector<std::string> items;
        for (size_t k = first + pages[p].Items.size(); k-- > first;) items.push_back(WriteFeedItemJson(MakeFeedItem(list[order[k]], site)));
        first += pages[p].Items.size();
        CHECK(WriteFeedPage(site, p + 1, pages.size(), items) == WriteFeedJson(pages[p]));
    }
}

TEST_CASE("with a base URL every reference is absolute") {
    BundleSite site;
    site.BaseUrl = "https://news.example.org/b/";
    site.PageSize = 1;
    std::vector<Article> list = {Dated("x", "2022-03-01T00:00:00Z"), Dated("y", "2022-03-02T00:00:00Z")};
    std::vector<Feed> pages = MakeFeedPages(list, OldestFirst(list), site);
    REQUIRE(pages.size() == 2);
    CHECK(pages[1].FeedUrl == "https://news.example.org/b/feed.json");
    CHECK(pages[1].HomePageUrl == "https://news.example.org/b/");
    CHECK(pages[1].NextUrl == "https://news.example.org/b/feed-1.json");
    CHECK(pages[1].Items[0].ArticleUrl == "https://news.example.org/b/articles/y.json");
    CHECK(pages[0].FeedUrl == "https://news.example.org/b/feed-1.json");
    CHECK(pages[0].NewerUrl == "https://news.example.org/b/feed-2.json");
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
    FeedItem item = MakeFeedItem(a, BundleSite{});
    CHECK(item.Tags == std::vector<std::string>{"World", "Japan"});
    CHECK(item.Summary.size() <= kFeedSummaryBytes + 3);
    CHECK(CutAtWord("short", 10) == "short");
    CHECK(CutAtWord("one two three", 9) == "one two\xE2\x80\xA6");
    CHECK(CutAtWord("\xD0\x9C\xD0\x9C\xD0\x9C", 3) == "\xD0\x9C\xE2\x80\xA6"); // never inside a UTF-8 sequence
}
