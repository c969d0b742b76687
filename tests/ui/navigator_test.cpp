// Navigator through the fake Host: an article looked for across pages, loops and missing ids (errors that say
// whether Retry can help), answers for superseded navigations and sources, the article cache under them, Back,
// Retry, encoded routes, and remembered positions.
#include "ui/navigator.h"

#include "fake_host.h"
#include "test_bundle.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace folio;
using namespace folio::test;
using namespace folio::ui;

namespace {

// A Navigator on a fake Host, counting what it tells.
struct Fixture {
    FakeHost Host;
    Navigator Nav;
    int Shown = 0, Leaving = 0;
    std::vector<std::string> Arrived;

    Fixture() {
        Navigator::Events e;
        e.Leaving = [this] { ++Leaving; };
        e.Shown = [this] { ++Shown; };
        e.Arrived = [this](const Article& a) { Arrived.push_back(a.Id); };
        Nav.Init(&Host, nullptr, e);
    }
    std::string ShownId() const { return Nav.GetPhase() == Phase::Article && Nav.ShownArticle() ? Nav.ShownArticle()->Id : "-"; }
};

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Three pages, two items each: a, b | c, d | e, f; each article at articles/<id>.json.
void ThreePages(FakeHost* host) {
    host->Files["/b/feed.json"] = FeedJson({{"a", "articles/a.json"}, {"b", "articles/b.json"}}, "feed-2.json");
    host->Files["/b/feed-2.json"] = FeedJson({{"c", "articles/c.json"}, {"d", "articles/d.json"}}, "feed-3.json");
    host->Files["/b/feed-3.json"] = FeedJson({{"e", "articles/e.json"}, {"f", "articles/f.json"}});
    for (const char* id : {"a", "b", "c", "d", "e", "f"})
        host->Files[std::string("/b/articles/") + id + ".json"] = ArticleJson(id, std::string("Story ") + id);
}

} // namespace

TEST_CASE("navigator: an article on a later page is found by following the pages, then fetched") {
    Fixture f;
    ThreePages(&f.Host);
    f.Nav.Start("/b/feed.json", "", "#/article/e");
    CHECK(f.Nav.GetPhase() == Phase::Loading);
    f.Host.Settle(10);
    CHECK(f.ShownId() == "e");
    CHECK(f.Host.Title == "Story e");
    CHECK(f.Host.Fetched == std::vector<std::string>{"/b/feed.json", "/b/feed-2.json", "/b/feed-3.json", "/b/articles/e.json"});
    CHECK(f.Nav.Loader().Complete());
}

TEST_CASE("navigator: the start shows the newest article and replaces the route with its own") {
    Fixture f;
    f.Host.Files["/b/feed.json"] = FeedPageJson({TestItem{"old", "articles/old.json", "", {}, "2024-01-01T00:00:00Z"},
                                                 TestItem{"new", "articles/new.json", "", {}, "2024-02-01T00:00:00Z"}});
    f.Host.Files["/b/articles/new.json"] = ArticleJson("new", "Newest");
    f.Nav.Start("/b/feed.json", "", "");
    f.Host.Settle(10);
    CHECK(f.ShownId() == "new");
    CHECK(f.Nav.Route() == "#/article/new");
    REQUIRE_FALSE(f.Host.Routes.empty());
    CHECK(f.Host.Routes.back() == std::make_pair(std::string("#/article/new"), false));
}

TEST_CASE("navigator: an id in no page, after every page was read, is an error Retry cannot fix") {
    Fixture f;
    ThreePages(&f.Host);
    f.Nav.Start("/b/feed.json", "", "#/article/missing");
    f.Host.Settle(10);
    REQUIRE(f.Nav.GetPhase() == Phase::Error);
    CHECK(f.Nav.Error().Message == "/b/feed.json: no article with id \"missing\"");
    CHECK_FALSE(f.Nav.Error().Retryable);
    CHECK(f.Host.Title == "Folio \xE2\x80\x94 not loaded");
}

TEST_CASE("navigator: pages that loop end the search with an error Retry cannot fix") {
    Fixture f;
    f.Host.Files["/b/feed.json"] = FeedJson({{"a", "articles/a.json"}}, "feed-2.json");
    f.Host.Files["/b/feed-2.json"] = FeedJson({{"b", "articles/b.json"}}, "feed.json");
    f.Nav.Start("/b/feed.json", "", "#/article/missing");
    CHECK(f.Host.Settle(10) == 2); // two pages, then nothing more is fetched
    REQUIRE(f.Nav.GetPhase() == Phase::Error);
    CHECK_MESSAGE(Contains(f.Nav.Error().Message, "no article with id \"missing\" in the pages read"), f.Nav.Error().Message);
    CHECK_MESSAGE(Contains(f.Nav.Error().Message, "loop"), f.Nav.Error().Message);
    CHECK_FALSE(f.Nav.Error().Retryable);
}

TEST_CASE("navigator: a page or an article that could not be fetched is an error Retry fixes") {
    Fixture f;
    ThreePages(&f.Host);
    const std::string page2 = f.Host.Files["/b/feed-2.json"], article = f.Host.Files["/b/articles/c.json"];
    f.Host.Files.erase("/b/feed-2.json");
    f.Host.Files.erase("/b/articles/c.json");
    f.Nav.Start("/b/feed.json", "", "#/article/c");
    f.Host.Settle(10);
    REQUIRE(f.Nav.GetPhase() == Phase::Error);
    CHECK(f.Nav.Error().Retryable);
    CHECK_MESSAGE(Contains(f.Nav.Error().Message, "/b/feed-2.json"), f.Nav.Error().Message);

    f.Host.Files["/b/feed-2.json"] = page2; // the page comes back; the article is still missing
    f.Nav.Retry();
    f.Host.Settle(10);
    REQUIRE(f.Nav.GetPhase() == Phase::Error);
    CHECK(f.Nav.Error().Retryable);
    CHECK(f.Nav.Error().Message == "/b/articles/c.json: No such file or directory");

    f.Host.Files["/b/articles/c.json"] = article;
    f.Nav.Retry();
    CHECK(f.Nav.GetPhase() == Phase::Loading);
    f.Host.Settle(10);
    CHECK(f.ShownId() == "c");
    CHECK(f.Nav.Error().Empty());
}

TEST_CASE("navigator: a first page that failed is loaded again by Retry, and the route shown") {
    Fixture f;
    f.Nav.Start("/b/feed.json", "", "#/");
    f.Host.Settle(10);
    REQUIRE(f.Nav.GetPhase() == Phase::Error);
    CHECK(f.Nav.Error().Retryable);
    ThreePages(&f.Host);
    f.Nav.Retry();
    f.Host.Settle(10);
    CHECK(f.Nav.GetPhase() == Phase::Feed);
    CHECK(f.Nav.FilteredItems().size() == 2);
}

TEST_CASE("navigator: an article answered for a superseded navigation is kept but not shown") {
    Fixture f;
    ThreePages(&f.Host);
    f.Nav.Start("/b/feed.json", "", "#/");
    f.Host.Settle(10);
    f.Nav.Open("a");
    f.Nav.Open("b"); // a's answer is on its way
    REQUIRE(f.Host.Waiting() == 2);
    f.Host.Answer("/b/articles/b.json", f.Host.Files["/b/articles/b.json"]);
    CHECK(f.ShownId() == "b");
    f.Host.Answer("/b/articles/a.json", f.Host.Files["/b/articles/a.json"]); // late
    CHECK(f.ShownId() == "b");
    CHECK(f.Nav.Route() == "#/article/b");
    CHECK(f.Nav.Articles().Has("a"));

    f.Nav.Open("d");
    f.Nav.Navigate("#/", false); // left for the feed before d's page (looked for) arrived
    f.Host.Settle(10);
    CHECK(f.Nav.GetPhase() == Phase::Feed);
    CHECK(f.Nav.PendingArticle().empty());
    CHECK(f.Nav.Loader().FindItem("d"));
    f.Nav.Open("a"); // kept: shown without a fetch
    CHECK(f.ShownId() == "a");
    CHECK(f.Host.Waiting() == 0);
}

TEST_CASE("navigator: an article asked for again while its first fetch is on its way opens when that answer comes") {
    Fixture f;
    ThreePages(&f.Host);
    f.Nav.Start("/b/feed.json", "", "#/article/f"); // every page read: the articles below are fetched at once
    f.Host.Settle(10);
    REQUIRE(f.ShownId() == "f");
    f.Nav.Open("a");
    f.Nav.Open("b");
    f.Nav.Open("a"); // back to a before its answer: the fetch on its way is the one it waits for
    REQUIRE(f.Host.Waiting() == 2);
    f.Host.Settle(10);
    CHECK(f.ShownId() == "a");
    CHECK(f.Nav.Route() == "#/article/a");

    f.Nav.Open("c");
    f.Nav.Navigate("#/article/c", true); // the platform's history echoing the route it was just given
    REQUIRE(f.Host.Waiting() == 1);
    f.Host.Settle(10);
    CHECK(f.ShownId() == "c");

    f.Host.Files.erase("/b/articles/d.json"); // and a failure answered so is shown too (Retry can fix it)
    f.Nav.Open("d");
    f.Nav.Navigate("#/", false);
    f.Nav.Back();
    f.Host.Settle(10);
    REQUIRE(f.Nav.GetPhase() == Phase::Error);
    CHECK(f.Nav.Error().Retryable);
}

TEST_CASE("navigator: an article route without an id shows the feed instead of waiting for ever") {
    Fixture f;
    ThreePages(&f.Host);
    f.Nav.Start("/b/feed.json", "", "#/article/");
    f.Host.Settle(10);
    CHECK(f.Nav.GetPhase() == Phase::Feed);
    CHECK(f.Nav.Route() == "#/");
    f.Nav.Navigate("#/article/%00", false); // nothing once cleaned
    CHECK(f.Nav.GetPhase() == Phase::Feed);
}

TEST_CASE("navigator: a failure answered for a superseded navigation shows no error") {
    Fixture f;
    ThreePages(&f.Host);
    f.Host.Files.erase("/b/articles/a.json");
    f.Nav.Start("/b/feed.json", "", "#/");
    f.Host.Settle(10);
    f.Nav.Open("a");
    f.Nav.Open("b");
    f.Host.Settle(10);
    CHECK(f.ShownId() == "b");
}

TEST_CASE("navigator: articles of superseded loads never evict the article shown, and the least recently used goes") {
    Fixture f;
    std::vector<std::pair<std::string, std::string>> items;
    for (size_t i = 0; i <= kMaxCachedArticles; ++i) items.emplace_back("a" + std::to_string(i), "articles/a" + std::to_string(i) + ".json");
    f.Host.Files["/b/feed.json"] = FeedJson(items);
    for (const auto& [id, url] : items) f.Host.Files["/b/" + url] = ArticleJson(id, "Story " + id);
    f.Nav.Start("/b/feed.json", "", "#/");
    f.Host.Settle(10);
    for (size_t i = 0; i < kMaxCachedArticles; ++i) { f.Nav.Open(items[i].first); f.Host.Settle(10); } // full
    const std::string late = items[kMaxCachedArticles].first;
    f.Nav.Open(late);
    f.Nav.Open("a0"); // the oldest read, shown again at once
    REQUIRE(f.ShownId() == "a0");
    f.Host.Settle(10); // late arrives
    CHECK(f.ShownId() == "a0");
    CHECK(f.Nav.Articles().Has("a0"));
    CHECK(f.Nav.Articles().Has(late));
    CHECK_FALSE(f.Nav.Articles().Has("a1")); // the least recently used
    CHECK(f.Nav.Articles().Size() == kMaxCachedArticles);
}

TEST_CASE("navigator: answers from a source no longer open are dropped") {
    Fixture f;
    f.Host.AnswerCancelled = true; // they answer all the same
    ThreePages(&f.Host);
    f.Host.Files["/n/feed.json"] = FeedJson({{"n", "articles/n.json"}});
    f.Host.Files["/n/articles/n.json"] = ArticleJson("n", "New source");
    f.Nav.Start("/b/feed.json", "", "#/article/a");
    f.Host.Answer(); // the page: a is asked for
    f.Nav.OpenSource("/n/feed.json", "");
    f.Host.Settle(10);
    CHECK(f.ShownId() == "n");
    CHECK_FALSE(f.Nav.Articles().Has("a"));
    CHECK(f.Nav.Loader().GetFeed().Items.size() == 1);
    CHECK(f.Nav.HistorySize() == 0);
}

TEST_CASE("navigator: Back walks the routes visited, and the platform's history pushes nothing") {
    Fixture f;
    f.Host.Files["/b/feed.json"] = FeedPageJson({TestItem{"a", "articles/a.json", "World", {}}});
    f.Host.Files["/b/articles/a.json"] = ArticleJson("a", "A");
    f.Nav.Start("/b/feed.json", "", "#/");
    f.Host.Settle(10);
    f.Nav.Open("a");
    f.Host.Settle(10);
    f.Nav.Navigate("#/section/World", false);
    f.Nav.Navigate("#/section/World", false); // the same route again: no entry
    CHECK(f.Nav.HistorySize() == 2);
    f.Nav.Navigate("#/section/World", true);  // the platform moved in its own history: no entry either
    CHECK(f.Nav.HistorySize() == 2);
    f.Nav.Back();
    CHECK(f.ShownId() == "a");
    CHECK(f.Nav.Route() == "#/article/a");
    CHECK(f.Host.Routes.back() == std::make_pair(std::string("#/article/a"), false)); // replaced, not pushed
    f.Nav.Back();
    CHECK(f.Nav.Route() == "#/");
    CHECK(f.Nav.GetPhase() == Phase::Feed);
    CHECK(f.Nav.HistorySize() == 0);
    const size_t routes = f.Host.Routes.size();
    f.Nav.Back(); // nothing more
    CHECK(f.Nav.Route() == "#/");
    CHECK(f.Host.Routes.size() == routes);
}

TEST_CASE("navigator: routes given encoded or not filter by the name, and are kept in one spelling") {
    Fixture f;
    f.Host.Files["/b/feed.json"] = FeedPageJson({TestItem{"g", "articles/g.json", "Folio guide", {"a/b #1?"}},
                                                 TestItem{"n", "articles/n.json", "Nøkkel", {"100%"}},
                                                 TestItem{"w", "articles/w.json", "World", {}}});
    f.Nav.Start("/b/feed.json", "", "#/section/Folio%20guide");
    f.Host.Settle(10);
    REQUIRE(f.Nav.GetPhase() == Phase::Feed);
    CHECK(f.Nav.Filter() == "Folio guide");
    CHECK(f.Nav.FilterLabel() == "Section: Folio guide");
    CHECK(f.Nav.Route() == "#/section/Folio%20guide");
    REQUIRE(f.Nav.FilteredItems().size() == 1);
    CHECK(f.Nav.FilteredItems()[0]->Id == "g");
    CHECK(f.Host.Title == "Folio guide \xE2\x80\x94 Desk");

    f.Nav.Navigate("#/section/Folio guide", true); // a host that decoded the address
    CHECK(f.Nav.Route() == "#/section/Folio%20guide");
    CHECK(f.Nav.FilteredItems().size() == 1);
    for (const char* tag : {"a/b #1?", "100%"}) {
        f.Nav.Navigate(TagRoute(tag), false);
        CHECK(f.Nav.FilterLabel() == std::string("Tag: ") + tag);
        CHECK(f.Nav.FilteredItems().size() == 1);
    }
    f.Nav.Navigate("#/section/N%C3%B8kkel", false);
    REQUIRE(f.Nav.FilteredItems().size() == 1);
    CHECK(f.Nav.FilteredItems()[0]->Id == "n");
}

TEST_CASE("navigator: positions are remembered per article (stored) and per feed view (this session)") {
    Fixture f;
    ThreePages(&f.Host);
    f.Nav.Start("/b/feed.json", "", "#/article/a");
    f.Host.Settle(10);
    f.Nav.RememberPosition(0.0f); // the top of an article never remembered: nothing to store
    CHECK(f.Host.Saves == 0);
    f.Nav.RememberPosition(0.5f);
    f.Nav.RememberPosition(0.5f); // unchanged (an idle frame): stored once
    CHECK(f.Host.Saves == 1);
    f.Nav.Navigate("#/", false);
    f.Nav.RememberPosition(0.25f);
    f.Nav.Navigate("#/section/x", false);
    CHECK(f.Nav.FeedPosition() == 0.0f);
    f.Nav.Back();
    CHECK(f.Nav.FeedPosition() == 0.25f);
    CHECK(f.Nav.ArticlePosition("a") == 0.5f);

    Fixture again; // a new session reads the stored positions
    again.Host.Settings = f.Host.Settings;
    again.Nav.Init(&again.Host, nullptr, {});
    CHECK(again.Nav.ArticlePosition("a") == 0.5f);
    CHECK(again.Nav.ArticlePosition("b") == 0.0f);
}

TEST_CASE("navigator: after an error nothing can fix (the fonts failed), every route shows that error") {
    Fixture f;
    ThreePages(&f.Host);
    f.Nav.Start("/b/feed.json", "", "#/");
    f.Host.Settle(10);
    REQUIRE(f.Nav.GetPhase() == Phase::Feed);
    f.Nav.FailForGood("Fonts could not be loaded: HTTP 404");
    for (const char* route : {"#/", "#/section/World", "#/article/a", ""}) {
        f.Nav.Navigate(route, false);
        f.Host.Settle(10);
        CHECK(f.Nav.GetPhase() == Phase::Error);
        CHECK(f.Nav.Error().Message == "Fonts could not be loaded: HTTP 404");
        CHECK_FALSE(f.Nav.Error().Retryable);
    }
    f.Nav.Back();
    CHECK(f.Nav.GetPhase() == Phase::Error);
}
