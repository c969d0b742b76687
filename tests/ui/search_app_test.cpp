// The search in the App, headless (no frames): a search route opens the search view and searches its query with its
// order and filters, round-trips through Back and a reload, and is shown in the accessibility mirror (results as
// links, filters, the search landmark); a result not in the feed pages read is opened from its file; without an
// engine the view says search is not available here.
#include "ui/app.h"

#include "fake_search.h"
#include "headless_app.h"
#include "test_bundle.h"

#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <memory>
#include <string>

using namespace folio;
using namespace folio::test;
using namespace folio::ui;

namespace {

// A bundle at /b/ whose feed lists two articles and whose index (the fake engine's) holds six.
struct SearchBundle {
    FakeHost Host;
    FakeSearchService Engine;
    FakeFolder Folder;

    SearchBundle() {
        const char* sections[] = {"World", "Business", "Science"};
        for (int i = 0; i < 6; ++i) {
            FakeSearchService::Doc d;
            d.Id = "doc-" + std::to_string(i);
            d.Title = i % 2 ? "Climate talks resume " + std::to_string(i) : "Ferry timetable " + std::to_string(i);
            d.Excerpt = "Delegates met for climate news number " + std::to_string(i) + ".";
            d.Section = sections[i % 3];
            d.Language = "en";
            d.Date = "2024-03-0" + std::to_string(i + 1) + "T09:00:00Z";
            Engine.Docs.push_back(d);
            Host.Files["/b/articles/" + d.Id + ".json"] = ArticleJson(d.Id, d.Title);
        }
        for (const std::string& path : Engine.AllFiles()) Host.Files["/b/" + path] = "bytes";
        Host.Files["/b/feed.json"] = FeedJson({{"doc-4", "articles/doc-4.json"}, {"doc-5", "articles/doc-5.json"}});
        Host.SearchEngine = &Engine;
        Host.TextFolder = &Folder;
    }
};

std::string Str(const rapidjson::Value& v, const char* key) { return v.HasMember(key) ? v[key].GetString() : "(none)"; }

} // namespace

TEST_CASE("app search: a search route opens the search view with its query, order and filters") {
    ImGuiContextScope imgui;
    SearchBundle b;
    auto app = Start(&b.Host, "/b/feed.json", "#/search/climate%20talks?order=newest&section=World"); // a reload
    b.Host.Settle(10);
    REQUIRE(app->GetPhase() == Phase::Search);
    CHECK(app->Search().Active().Text == "climate talks");
    CHECK(app->Search().Active().Options.Newest);
    CHECK(app->Search().Active().Options.Section == "World");
    CHECK(app->Search().Status() == SearchStatus::Ready);
    CHECK(b.Engine.LastOptions.Section == "World");
    CHECK_FALSE(b.Engine.LastTyping); // a route's query is whole words
    rapidjson::Document state = Json(app->StateJson());
    CHECK(Str(state, "state") == "search");
    CHECK(Str(state, "route") == "#/search/climate%20talks?order=newest&section=World");
    CHECK(Str(state["search"], "status") == "ready");
    CHECK(Str(state["search"], "query") == "climate talks");
    CHECK(state["search"]["total"].GetUint() == 1); // doc-3 is the one in World that says "talks"
    CHECK(b.Host.Title == "Search: climate talks \xE2\x80\x94 Desk");

    // Another view and Back: the same search, not searched again.
    const int runs = b.Engine.RunCalls;
    app->Navigate("#/", false);
    CHECK(app->GetPhase() == Phase::Feed);
    app->Back();
    CHECK(app->GetPhase() == Phase::Search);
    CHECK(app->Search().Active().Options.Section == "World");
    CHECK(b.Engine.RunCalls == runs);
}

TEST_CASE("app search: the mirror lists the results as links, the filters, and the search landmark") {
    ImGuiContextScope imgui;
    SearchBundle b;
    auto app = Start(&b.Host, "/b/feed.json", "#/");
    b.Host.Settle(10);
    REQUIRE(app->GetPhase() == Phase::Feed);
    rapidjson::Document mirror = Json(app->MirrorJson());
    REQUIRE(mirror.HasMember("searchLandmark")); // every view leads to the search
    CHECK(Str(mirror["searchLandmark"], "route") == "#/search/");
    CHECK(Str(mirror["searchLandmark"], "label") == "Search articles");

    app->Navigate("#/search/climate", false);
    b.Host.Settle(10);
    REQUIRE(app->GetPhase() == Phase::Search);
    mirror = Json(app->MirrorJson());
    CHECK(Str(mirror, "view") == "search");
    const rapidjson::Value& s = mirror["search"];
    CHECK(Str(s, "query") == "climate");
    CHECK(Str(s, "summary") == "6 articles match \xE2\x80\x9C" "climate\xE2\x80\x9D");
    REQUIRE(s["items"].Size() == 6);
    for (const auto& item : s["items"].GetArray()) CHECK(Str(item, "route").rfind("#/article/doc-", 0) == 0);
    CHECK(Str(s["items"][0], "sectionRoute").rfind("#/search/climate?section=", 0) == 0);
    REQUIRE(s["filters"].Size() >= 5); // the order, and the three sections
    CHECK(Str(s["filters"][0], "label") == "Best match");
    CHECK(s["filters"][0]["selected"].GetBool());
    CHECK(Str(s["filters"][1], "route") == "#/search/climate?order=newest");
    bool world = false;
    for (const auto& f : s["filters"].GetArray())
        if (Str(f, "label") == "World (2)") world = Str(f, "route") == "#/search/climate?section=World" && !f["selected"].GetBool();
    CHECK(world);
    CHECK(Str(s, "end") == "end");
    CHECK(Str(mirror["searchLandmark"], "route") == "#/search/climate");
    // The mirror changes with the results (its content counter).
    const unsigned content = Json(app->StateJson())["content"].GetUint();
    app->Navigate("#/search/ferry", false);
    b.Host.Settle(10);
    CHECK(Json(app->StateJson())["content"].GetUint() != content);
    CHECK(Json(app->MirrorJson())["search"]["items"].Size() == 3);
}

TEST_CASE("app search: a result the feed pages do not list opens from its file, with Find on the query's words") {
    ImGuiContextScope imgui;
    SearchBundle b;
    auto app = Start(&b.Host, "/b/feed.json", "#/search/%22climate%20talks%22%20-ferry");
    b.Host.Settle(10);
    REQUIRE(app->Search().Status() == SearchStatus::Ready);
    app->Navigate("#/article/doc-1", false); // a result's link (not on the feed's page)
    b.Host.Settle(10);
    REQUIRE(app->GetPhase() == Phase::Article);
    CHECK(std::count(b.Host.Fetched.begin(), b.Host.Fetched.end(), "/b/articles/doc-1.json") == 1);
    const rapidjson::Document state = Json(app->StateJson());
    CHECK(Str(state, "articleId") == "doc-1");
    CHECK(state["find"]["open"].GetBool());
    CHECK(Str(state["find"], "query") == "climate talks"); // the excluded word and the quotes left out
    CHECK(Str(state["textEntry"], "field") == ""); // pre-filled, not taking the keys
    // Back from the article goes to the results it was opened from.
    app->Navigate("#/search/%22climate%20talks%22%20-ferry", false);
    CHECK(app->GetPhase() == Phase::Search);
    CHECK_FALSE(Json(app->StateJson())["find"]["open"].GetBool());
}

TEST_CASE("app search: without an engine a search route says search is not available, and fetches nothing") {
    ImGuiContextScope imgui;
    FakeHost host;
    host.Files["/b/feed.json"] = FeedJson({{"a", "articles/a.json"}});
    auto app = Start(&host, "/b/feed.json", "#/search/climate");
    host.Settle(10);
    CHECK(app->GetPhase() == Phase::Search);
    CHECK(app->Search().Status() == SearchStatus::Off);
    for (const std::string& url : host.Fetched) CHECK(url.find("search/") == std::string::npos);
    const rapidjson::Document mirror = Json(app->MirrorJson());
    CHECK(Str(mirror["search"], "summary") == "Search is not available for this source.");
    CHECK_FALSE(mirror.HasMember("searchLandmark"));
    app->Navigate("#/", false);
    CHECK_FALSE(Json(app->MirrorJson()).HasMember("searchLandmark"));
}

TEST_CASE("app search: the feed failing while the search view shows leaves it; the feed then shows the error") {
    ImGuiContextScope imgui;
    SearchBundle b;
    b.Host.Files.erase("/b/feed.json");
    auto app = Start(&b.Host, "/b/feed.json", "#/search/climate");
    b.Host.Settle(10);
    CHECK(app->GetPhase() == Phase::Search);
    CHECK(app->Search().Status() == SearchStatus::Ready);
    app->Navigate("#/", false);
    CHECK(app->GetPhase() == Phase::Error);
    CHECK(app->ErrorRetryable());
}
