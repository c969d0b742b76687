// The App fetches a script's shaped faces while an article is still loading, when the feed item names the scripts
// its text uses (_folio.scripts), and asks the platform for its text module then, not before.
#include "ui/app.h"

#include "build_fonts.h"
#include "drawn_app.h"
#include "fake_host.h"
#include "fake_shaping_services.h"
#include "headless_app.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <algorithm>
#include <memory>
#include <string>

using namespace folio;
using namespace folio::test;
using namespace folio::ui;

namespace {

bool Fetched(const FakeHost& host, const std::string& url) {
    return std::find(host.Fetched.begin(), host.Fetched.end(), url) != host.Fetched.end();
}

} // namespace

TEST_CASE("app: opening an article whose feed item names Hebrew fetches the Hebrew faces before the article arrives") {
    ImGuiContextScope imgui;
    FakeHost host;
    FakeShapingServices services;
    host.TextServices = &services;
    ServeBuildFonts(host); // the build's fonts/fallback.json, with its shaped entries
    host.Files["/b/feed.json"] =
        R"({"version":"https://jsonfeed.org/version/1.1","title":"Desk","items":[)"
        R"({"id":"he","title":"Story","date_published":"2024-03-01T09:00:00Z","_folio":{"article":"articles/he.json","scripts":["Hebr"]}},)"
        R"({"id":"en","title":"Story","date_published":"2024-03-01T08:00:00Z","_folio":{"article":"articles/en.json"}}]})";
    AppOptions o;
    o.FeedUrl = "/b/feed.json";
    o.FontsUrl = "fonts/";
    o.Route = "#/"; // the feed, no article opened
    auto app = std::make_unique<App>();
    app->Init(&host, o);
    host.Settle(20); // fonts and the feed; no article file is there, so no article can arrive
    INFO(app->StateJson());
    REQUIRE(app->GetPhase() == Phase::Feed);
    CHECK(services.Needs == 0);

    app->Open("en"); // names no script
    host.Settle(10);
    CHECK_FALSE(Fetched(host, "fonts/script-hebr.ttf"));
    CHECK(services.Needs == 0);

    app->Navigate("#/article/he", false);
    host.Settle(10);
    CHECK(Fetched(host, "fonts/script-hebr.ttf"));
    CHECK(Fetched(host, "fonts/script-hebr-bold.ttf"));
    CHECK_FALSE(Fetched(host, "fonts/script-arab.ttf"));
    CHECK(services.Needs > 0);
    CHECK_FALSE(services.ShaperImpl.Faces.empty());
}

TEST_CASE("app: a feed whose cards are in Arabic and Thai fetches those faces when it is shown, not the scripts of the articles") {
    ImGuiContextScope imgui;
    FakeHost host;
    FakeShapingServices services;
    host.TextServices = &services;
    ServeBuildFonts(host);
    // An Arabic card, a Thai section above a Latin title, and a Latin card for a Hebrew article.
    host.Files["/b/feed.json"] =
        R"({"version":"https://jsonfeed.org/version/1.1","title":"Desk","items":[)"
        R"({"id":"ar","title":"\u0627\u0641\u062a\u062a\u0627\u062d \u0645\u0643\u062a\u0628\u0629","date_published":"2024-03-03T09:00:00Z","_folio":{"article":"articles/ar.json","scripts":["Arab"]}},)"
        R"({"id":"th","title":"Market","date_published":"2024-03-02T09:00:00Z","_folio":{"article":"articles/th.json","section":"\u0e40\u0e28\u0e23\u0e29\u0e10\u0e01\u0e34\u0e08"}},)"
        R"({"id":"he","title":"Story","date_published":"2024-03-01T09:00:00Z","_folio":{"article":"articles/he.json","scripts":["Hebr"]}}]})";
    auto app = StartDrawn(&host, "/b/feed.json", "#/");
    for (int i = 0; i < 8; ++i) { Frame(app.get()); host.Settle(5); }
    INFO(app->StateJson());
    REQUIRE(app->GetPhase() == Phase::Feed);
    CHECK(Fetched(host, "fonts/script-arab.ttf"));
    CHECK(Fetched(host, "fonts/script-thai.ttf"));
    CHECK_FALSE(Fetched(host, "fonts/script-hebr.ttf")); // the Hebrew article's card is in Latin letters
    CHECK(services.Needs > 0);
}

TEST_CASE("app: a right-to-left feed's filter chips start at the column's right edge") {
    ImGuiContextScope imgui;
    FakeHost host;
    FakeShapingServices services;
    host.TextServices = &services;
    ServeBuildFonts(host);
    host.Files["/b/feed.json"] =
        R"({"version":"https://jsonfeed.org/version/1.1","title":"Desk","language":"ar","items":[)"
        R"({"id":"a","title":"One","date_published":"2024-03-03T09:00:00Z","_folio":{"article":"articles/a.json","section":"World"}},)"
        R"({"id":"b","title":"Two","date_published":"2024-03-02T09:00:00Z","_folio":{"article":"articles/b.json","section":"Sport"}}]})";
    auto app = StartDrawn(&host, "/b/feed.json", "#/");
    for (int i = 0; i < 6; ++i) { Frame(app.get()); host.Settle(5); }
    const std::string state = app->StateJson();
    INFO(state);
    const rapidjson::Document doc = Json(state);
    const auto& chips = doc["chips"].GetArray();
    REQUIRE(chips.Size() >= 2);
    const double column_end = doc["chipColumn"]["x"].GetDouble() + doc["chipColumn"]["width"].GetDouble();
    CHECK(chips[0]["x"].GetDouble() + chips[0]["width"].GetDouble() == doctest::Approx(column_end)); // "All", rightmost
    CHECK(chips[1]["x"].GetDouble() < chips[0]["x"].GetDouble());
}
