// The App fetches a script's shaped faces while an article is still loading, when the feed item names the scripts
// its text uses (_folio.scripts), and asks the platform for its text module then, not before.
#include "ui/app.h"

#include "build_fonts.h"
#include "fake_host.h"
#include "fake_shaping_services.h"

#include <doctest/doctest.h>

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
