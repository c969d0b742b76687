// The way back to the feed names it by its title ("‹ Test desk"), not "All news", which a bundle may use as a
// section's name (the sample's wire story does): the mirror's article says the feed's name for its back link, as the
// canvas's back button does (toolbar_rules' BackLabel, tested in toolbar_rules_test). Driven headless.
#include "ui/app.h"

#include "fake_host.h"

#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <string>

using namespace folio::test;
using namespace folio::ui;

static const char kFeed[] = R"({"version":"https://jsonfeed.org/version/1.1","title":"Test desk","items":[
    {"id":"a","title":"A story","date_published":"2024-03-01T09:00:00Z",
     "_folio":{"article":"articles/a.json","section":"All news"}}]})";
static const char kArticle[] = R"({"id":"a","headline":"A story","articleSection":"All news",
    "datePublished":"2024-03-01T09:00:00Z","body":[{"type":"paragraph","text":"Text."}]})";

static std::string FeedOfArticle(const std::string& mirror) {
    rapidjson::Document d;
    d.Parse(mirror.c_str());
    REQUIRE_FALSE(d.HasParseError());
    REQUIRE(d.HasMember("article"));
    REQUIRE(d["article"].HasMember("feed"));
    return d["article"]["feed"].GetString();
}

TEST_CASE("an article's way back names the feed by its title, not its section \"All news\"") {
    ImGuiContextScope imgui;
    FakeHost host;
    host.Files["/srv/news/feed.json"] = kFeed;
    host.Files["/srv/news/articles/a.json"] = kArticle;
    AppOptions o;
    o.FeedUrl = "/srv/news/feed.json";
    o.Route = "#/article/a";
    o.Headless = true;
    App app;
    app.Init(&host, o);
    host.Settle(20);
    REQUIRE(app.GetPhase() == Phase::Article);
    CHECK(FeedOfArticle(app.MirrorJson()) == "Test desk");
}
