// The App as its hosts see it, on three defects of its loading and navigation (each test failed before the ui core
// left App): the article on screen survives a full article cache when an article for a superseded navigation
// arrives; a route given percent-encoded (as a shared or reloaded address is) filters by the name it encodes; and
// the error view offers Retry only for errors retrying can fix. Driven headless through the fake Host.
#include "ui/app.h"

#include "headless_app.h"
#include "test_bundle.h"

#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <memory>
#include <string>
#include <vector>

using namespace folio;
using namespace folio::test;
using namespace folio::ui;

namespace {


std::string Str(const rapidjson::Value& v, const char* key) { return v.HasMember(key) ? v[key].GetString() : "(none)"; }

} // namespace

TEST_CASE("app: an article arriving for a superseded navigation never evicts the article on screen") {
    // More articles than the cache holds (32), all on one page; "late" is the one asked for and then left.
    std::vector<TestItem> items;
    for (int i = 0; i < 32; ++i) items.push_back(TestItem{"a" + std::to_string(i), "articles/a" + std::to_string(i) + ".json"});
    items.push_back(TestItem{"late", "articles/late.json"});
    // Whichever cached article the cache would drop first, one of these runs shows it when "late" arrives.
    for (int shown = 0; shown < 32; ++shown) {
        CAPTURE(shown);
        ImGuiContextScope imgui;
        FakeHost host;
        host.Files["/b/feed.json"] = FeedPageJson(items);
        for (const TestItem& it : items) host.Files["/b/" + it.Article] = ArticleJson(it.Id, "Story " + it.Id);
        auto app = Start(&host, "/b/feed.json", "#/article/a0");
        host.Settle(10);
        for (int i = 1; i < 32; ++i) { app->Open("a" + std::to_string(i)); host.Settle(10); } // the cache is full
        const std::string id = "a" + std::to_string(shown);
        app->Open("late");  // asked for ...
        app->Open(id);      // ... and left for a cached article, shown at once
        REQUIRE(app->GetPhase() == Phase::Article);
        host.Settle(10);    // "late" arrives for a navigation superseded
        const rapidjson::Document state = Json(app->StateJson());
        CHECK(Str(state, "articleId") == id);
        CHECK(Str(state, "title") == "Story " + id);
        const rapidjson::Document mirror = Json(app->MirrorJson());
        REQUIRE(mirror.HasMember("article"));
        CHECK(Str(mirror["article"], "headline") == "Story " + id);
    }
}

TEST_CASE("app: a section or tag route given percent-encoded filters by the name it encodes") {
    ImGuiContextScope imgui;
    FakeHost host;
    host.Files["/b/feed.json"] = FeedPageJson({TestItem{"g", "articles/g.json", "Folio guide", {"how to"}},
                                               TestItem{"w", "articles/w.json", "World", {"news"}}});
    auto app = Start(&host, "/b/feed.json", "#/section/Folio%20guide"); // a reload of a shared address
    host.Settle(10);
    rapidjson::Document state = Json(app->StateJson());
    CHECK(Str(state, "state") == "feed");
    CHECK(Str(state, "filter") == "Folio guide");
    rapidjson::Document mirror = Json(app->MirrorJson());
    REQUIRE(mirror.HasMember("feed"));
    REQUIRE(mirror["feed"]["items"].IsArray());
    REQUIRE(mirror["feed"]["items"].Size() == 1);
    CHECK(Str(mirror["feed"]["items"][0], "route") == "#/article/g");

    app->Navigate("#/tag/how%20to", false);
    state = Json(app->StateJson());
    CHECK(Str(state, "filter") == "how to");
    mirror = Json(app->MirrorJson());
    CHECK(mirror["feed"]["items"].Size() == 1);
}

TEST_CASE("app: the error view offers Retry only when retrying can help") {
    ImGuiContextScope imgui;
    FakeHost host;
    host.Files["/b/feed.json"] = FeedJson({{"a", "articles/a.json"}, {"gone", "articles/gone.json"}});
    host.Files["/b/articles/a.json"] = ArticleJson("a", "A");
    auto app = Start(&host, "/b/feed.json", "#/article/missing"); // an id in no page, all pages searched
    host.Settle(10);
    REQUIRE(app->GetPhase() == Phase::Error);
    rapidjson::Document state = Json(app->StateJson());
    REQUIRE(state.HasMember("retryable"));
    CHECK_FALSE(state["retryable"].GetBool());

    app->Open("gone"); // its file could not be fetched: another try may find it
    host.Settle(10);
    REQUIRE(app->GetPhase() == Phase::Error);
    state = Json(app->StateJson());
    REQUIRE(state.HasMember("retryable"));
    CHECK(state["retryable"].GetBool());

    host.Files["/b/articles/gone.json"] = ArticleJson("gone", "Back again");
    app->Retry();
    host.Settle(10);
    CHECK(app->GetPhase() == Phase::Article);
    CHECK(host.Title == "Back again");
}

TEST_CASE("app: an article the device is offline without is the offline note, which Retry leaves once online") {
    ImGuiContextScope imgui;
    FakeHost host;
    host.Files["/b/feed.json"] = FeedJson({{"a", "articles/a.json"}, {"b", "articles/b.json"}, {"gone", "articles/gone.json"}});
    host.Files["/b/articles/a.json"] = ArticleJson("a", "A");
    host.OfflineUrls.insert("/b/articles/b.json");
    auto app = Start(&host, "/b/feed.json", "#/article/a");
    host.Settle(10);
    REQUIRE(app->GetPhase() == Phase::Article);

    app->Open("b");
    host.Settle(10);
    REQUIRE(app->GetPhase() == Phase::Error);
    rapidjson::Document state = Json(app->StateJson());
    REQUIRE(state.HasMember("offline"));
    CHECK(state["offline"].GetBool());
    CHECK(state["retryable"].GetBool());
    CHECK(Str(state, "error").find("not saved on this device") != std::string::npos);

    app->Open("gone"); // online but missing: an error, not the note
    host.Settle(10);
    REQUIRE(app->GetPhase() == Phase::Error);
    CHECK_FALSE(Json(app->StateJson())["offline"].GetBool());

    app->Open("b");
    host.Settle(10);
    CHECK(Json(app->StateJson())["offline"].GetBool());
    host.OfflineUrls.clear(); // back online
    host.Files["/b/articles/b.json"] = ArticleJson("b", "Back online");
    app->Retry();
    host.Settle(10);
    CHECK(app->GetPhase() == Phase::Article);
    CHECK(host.Title == "Back online");
}

TEST_CASE("app: a page arriving for an article the reader has left does not open it") {
    ImGuiContextScope imgui;
    FakeHost host;
    host.Files["/b/feed.json"] = FeedJson({{"a", "articles/a.json"}}, "feed-2.json");
    host.Files["/b/feed-2.json"] = FeedJson({{"b", "articles/b.json"}});
    host.Files["/b/articles/b.json"] = ArticleJson("b", "B");
    auto app = Start(&host, "/b/feed.json", "#/");
    host.Settle(10);
    REQUIRE(app->GetPhase() == Phase::Feed);
    app->Open("b");               // not on the first page: the next is fetched to look for it
    app->Navigate("#/", false);   // and the reader goes back to the feed before it arrives
    host.Settle(10);
    CHECK(app->GetPhase() == Phase::Feed);
    CHECK(Str(Json(app->StateJson()), "route") == "#/");
}
