// App's loading, driven headless through a fake Host: the references a feed makes stay inside its bundle (articles
// and next_url, with absolute URLs under its public address read from where it was opened), the caps on what a
// feed can make the App read (pages searched for one article, items kept, pages read), and a new source cancelling
// the old one's unanswered downloads. The App needs an ImGui context (its style), never a frame.
#include "ui/app.h"

#include "headless_app.h"
#include "test_bundle.h"

#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace {

using namespace folio;
using namespace folio::test;
using namespace folio::ui;


bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_CASE("an item whose article leaves the bundle cannot be opened, and the rest of the feed still works") {
    ImGuiContextScope imgui;
    FakeHost host;
    host.Files["/srv/news/feed.json"] = FeedJson({{"a", "articles/a.json"},
                                                  {"up", "../../../home/reader/private.json"},
                                                  {"away", "https://elsewhere.example/x.json"},
                                                  {"encoded", "articles/%2e%2e/%2e%2e/secret.json"}});
    host.Files["/srv/news/articles/a.json"] = ArticleJson("a", "A story in the bundle");
    // What the references name, were they followed: the test would then see them open.
    host.Files["/home/reader/private.json"] = ArticleJson("up", "The reader's private file");
    host.Files["https://elsewhere.example/x.json"] = ArticleJson("away", "Someone else's headline");
    host.Files["/srv/news/articles/%2e%2e/%2e%2e/secret.json"] = ArticleJson("encoded", "Read through encoded dots");

    auto app = Start(&host, "/srv/news/feed.json", "#/article/up");
    host.Settle(20);
    CHECK(app->GetPhase() == Phase::Error);
    CHECK_MESSAGE(Contains(app->ErrorMessage(), "\"up\""), app->ErrorMessage());
    CHECK_MESSAGE(Contains(app->ErrorMessage(), "outside the bundle"), app->ErrorMessage());
    CHECK_MESSAGE(Contains(app->ErrorMessage(), "/srv/news/feed.json: $.items[1]._folio.article"), app->ErrorMessage());

    app->Open("a"); // the rest of the feed still works
    host.Settle(20);
    CHECK(app->GetPhase() == Phase::Article);

    for (const char* id : {"away", "encoded"}) {
        app->Open(id);
        host.Settle(20);
        CHECK(app->GetPhase() == Phase::Error);
        CHECK_MESSAGE(Contains(app->ErrorMessage(), Quoted(id)), app->ErrorMessage());
    }
    CHECK(host.Fetched == std::vector<std::string>{"/srv/news/feed.json", "/srv/news/articles/a.json"});
}

TEST_CASE("a next_url that leaves the bundle ends the feed with a message and is not fetched") {
    ImGuiContextScope imgui;
    FakeHost host;
    host.Files["/srv/news/feed.json"] = FeedJson({{"a", "articles/a.json"}}, "../other/feed-2.json");
    host.Files["/srv/other/feed-2.json"] = FeedJson({{"planted", "articles/planted.json"}});
    host.Files["/srv/other/articles/planted.json"] = ArticleJson("planted", "Planted from another folder");

    auto app = Start(&host, "/srv/news/feed.json", "#/");
    host.Settle(20);
    REQUIRE(app->GetPhase() == Phase::Feed);
    const rapidjson::Document mirror = Json(app->MirrorJson());
    CHECK(std::string(mirror["feed"]["end"].GetString()) == "error");
    REQUIRE(mirror["feed"].HasMember("endNote"));
    const std::string note = mirror["feed"]["endNote"].GetString();
    CHECK_MESSAGE(Contains(note, "$.next_url"), note);
    CHECK_MESSAGE(Contains(note, "\"../other/feed-2.json\" points outside the bundle"), note);

    app->Open("planted"); // looking for an article does not follow it either
    host.Settle(20);
    CHECK(app->GetPhase() == Phase::Error);
    CHECK_MESSAGE(Contains(app->ErrorMessage(), "no article with id \"planted\""), app->ErrorMessage());
    CHECK_MESSAGE(Contains(app->ErrorMessage(), "outside the bundle"), app->ErrorMessage());
    CHECK(host.Fetched == std::vector<std::string>{"/srv/news/feed.json"});
}

TEST_CASE("absolute URLs under the bundle's declared address read the same files where it was opened") {
    ImGuiContextScope imgui;
    FakeHost host;
    host.Files["/srv/news/feed.json"] = FeedJson({{"a", "https://news.example/b/articles/a.json"},
                                                  {"beside", "https://news.example/private/x.json"}},
                                                 "https://news.example/b/feed-2.json", "https://news.example/b/feed.json");
    host.Files["/srv/news/feed-2.json"] = FeedJson({{"b", "articles/b.json"}}, "", "https://news.example/b/feed-2.json");
    host.Files["/srv/news/articles/a.json"] = ArticleJson("a", "A, mirrored");
    host.Files["/srv/news/articles/b.json"] = ArticleJson("b", "B, on the second page");

    auto app = Start(&host, "/srv/news/feed.json", "#/article/b");
    host.Settle(20);
    CHECK(app->GetPhase() == Phase::Article);
    app->Open("a");
    host.Settle(20);
    CHECK(app->GetPhase() == Phase::Article);
    app->Open("beside"); // the same host, but not under the bundle's address
    host.Settle(20);
    CHECK(app->GetPhase() == Phase::Error);
    CHECK_MESSAGE(Contains(app->ErrorMessage(), "outside the bundle"), app->ErrorMessage());
    CHECK(host.Fetched == std::vector<std::string>{"/srv/news/feed.json", "/srv/news/feed-2.json",
                                                   "/srv/news/articles/b.json", "/srv/news/articles/a.json"});
}

TEST_CASE("a bundle opened by a relative path through \"./\" reads its own files") {
    ImGuiContextScope imgui;
    FakeHost host;
    host.Files["./desk/feed.json"] = FeedJson({{"a", "articles/a.json"}}, "./feed-2.json");
    host.Files["desk/feed-2.json"] = FeedJson({{"b", "articles/b.json"}});
    host.Files["desk/articles/b.json"] = ArticleJson("b", "B");
    auto app = Start(&host, "./desk/feed.json", "#/article/b");
    host.Settle(20);
    CHECK(app->GetPhase() == Phase::Article);
    CHECK(host.Fetched == std::vector<std::string>{"./desk/feed.json", "desk/feed-2.json", "desk/articles/b.json"});
}

// An endless remote feed: page n holds item n and names page n + 1.
static bool EndlessPage(const std::string& url, std::string* body) {
    const std::string prefix = "https://feeds.example/desk/feed-", articles = "https://feeds.example/desk/articles/";
    if (url.compare(0, articles.size(), articles) == 0) {
        const std::string id = url.substr(articles.size(), url.size() - articles.size() - 5); // without ".json"
        *body = ArticleJson(id, "Story " + id);
        return true;
    }
    if (url.compare(0, prefix.size(), prefix) != 0) return false;
    const int n = std::stoi(url.substr(prefix.size()));
    const std::string id = "item" + std::to_string(n);
    *body = FeedJson({{id, "articles/" + id + ".json"}}, "feed-" + std::to_string(n + 1) + ".json");
    return true;
}

TEST_CASE("an endless feed is searched for one article at most kMaxSearchPages pages, and read at most kMaxFeedPages") {
    ImGuiContextScope imgui;
    FakeHost host;
    host.Make = EndlessPage;
    auto app = Start(&host, "https://feeds.example/desk/feed-1.json", "#/article/never");
    host.Settle(kMaxFeedPages * 2); // before the caps: endless
    CHECK(host.Waiting() == 0);
    REQUIRE(app->GetPhase() == Phase::Error);
    CHECK(host.Fetched.size() == 1 + kMaxSearchPages); // the first page, then the pages followed for "never"
    CHECK_MESSAGE(Contains(app->ErrorMessage(), "no article with id \"never\""), app->ErrorMessage());
    CHECK_MESSAGE(Contains(app->ErrorMessage(), std::to_string(kMaxSearchPages) + " feed pages searched"), app->ErrorMessage());

    app->Open("item7"); // what was read still opens
    host.Settle(20);
    CHECK(app->GetPhase() == Phase::Article);

    // Looking for another id searches on, until the feed's own cap on pages.
    host.Fetched.clear();
    app->Open("never-either");
    host.Settle(kMaxFeedPages * 2);
    REQUIRE(app->GetPhase() == Phase::Error);
    CHECK(host.Fetched.size() == kMaxFeedPages - 1 - kMaxSearchPages);
    CHECK_MESSAGE(Contains(app->ErrorMessage(), "no article with id \"never-either\""), app->ErrorMessage());
    CHECK_MESSAGE(Contains(app->ErrorMessage(), "at most " + std::to_string(kMaxFeedPages) + " pages"), app->ErrorMessage());
    const rapidjson::Document state = Json(app->StateJson());
    CHECK(state["feedItems"].GetUint() == kMaxFeedPages);
    CHECK(state["feedComplete"].GetBool());
}

TEST_CASE("a feed of more than kMaxFeedItems items keeps that many and ends with a message") {
    ImGuiContextScope imgui;
    FakeHost host;
    constexpr int kPerPage = 10000; // the most a page may hold
    host.Make = [](const std::string& url, std::string* body) {
        const std::string prefix = "/srv/big/feed-";
        if (url.compare(0, prefix.size(), prefix) != 0) return false;
        const int n = std::stoi(url.substr(prefix.size()));
        std::vector<std::pair<std::string, std::string>> items;
        for (int i = 0; i < kPerPage; ++i) {
            const std::string id = std::to_string(n) + "-" + std::to_string(i);
            items.emplace_back(id, "articles/" + id + ".json");
        }
        *body = FeedJson(items, "feed-" + std::to_string(n + 1) + ".json");
        return true;
    };
    auto app = Start(&host, "/srv/big/feed-1.json", "#/article/never");
    host.Settle(kMaxFeedItems / kPerPage + 5);
    REQUIRE(app->GetPhase() == Phase::Error);
    CHECK(host.Fetched.size() == kMaxFeedItems / kPerPage + 1); // the page that found the feed full
    CHECK_MESSAGE(Contains(app->ErrorMessage(), "no article with id \"never\""), app->ErrorMessage());
    CHECK_MESSAGE(Contains(app->ErrorMessage(), "at most " + std::to_string(kMaxFeedItems) + " articles"), app->ErrorMessage());
    app->Navigate("#/", false);
    const rapidjson::Document state = Json(app->StateJson());
    CHECK(std::string(state["state"].GetString()) == "feed");
    CHECK(state["feedItems"].GetUint() == kMaxFeedItems);
    const rapidjson::Document mirror = Json(app->MirrorJson());
    CHECK(std::string(mirror["feed"]["end"].GetString()) == "error");
    CHECK(Contains(mirror["feed"]["endNote"].GetString(), std::to_string(kMaxFeedItems)));
}

TEST_CASE("opening another source cancels the old source's unanswered fetches, and only those") {
    ImGuiContextScope imgui;
    FakeHost host;
    host.Files["https://a.example/feed.json"] = FeedJson({{"x", "articles/x.json"}});
    host.Files["https://a.example/articles/x.json"] = ArticleJson("x", "From the old source");
    host.Files["/srv/b/feed.json"] = FeedJson({{"y", "articles/y.json"}});
    host.Files["/srv/b/articles/y.json"] = ArticleJson("y", "From the new source");

    auto app = Start(&host, "https://a.example/feed.json", "#/article/x");
    host.Answer(); // the feed page: the article is asked for, not yet answered
    REQUIRE(host.Fetched == std::vector<std::string>{"https://a.example/feed.json", "https://a.example/articles/x.json"});
    app->OpenSource("/srv/b/feed.json", "");
    CHECK(host.Cancelled == std::vector<std::string>{"https://a.example/articles/x.json"});
    host.Settle(20);
    CHECK(app->GetPhase() == Phase::Article);
    const rapidjson::Document state = Json(app->StateJson());
    CHECK(std::string(state["articleId"].GetString()) == "y");
}
