// SearchController with the fake engine (fake_search.h) and the fake Host: the debounce, the files the engine lacks
// fetched once each and handed over, paging, the order and filters, failures as messages, the engine arriving late,
// another bundle, and no work at all while idle.
#include "ui/search_controller.h"

#include "fake_host.h"
#include "fake_search.h"

#include "model/date.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace folio;
using namespace folio::test;
using namespace folio::ui;

namespace {

struct SearchFixture {
    FakeHost Host;
    FakeSearchService Engine;
    SearchController Search;
    int Changes = 0;

    explicit SearchFixture(int docs = 6, bool serve = true) {
        const char* sections[] = {"World", "Business", "Science"};
        for (int i = 0; i < docs; ++i) {
            FakeSearchService::Doc d;
            d.Id = "doc-" + std::to_string(i);
            d.Title = i % 2 ? "Climate talks resume " + std::to_string(i) : "Ferry timetable " + std::to_string(i);
            d.Excerpt = "Delegates met for climate and ferry news number " + std::to_string(i) + ".";
            d.Section = sections[i % 3];
            d.Language = i % 4 == 3 ? "fr" : "en";
            d.Date = "2024-03-" + std::string(i < 9 ? "0" : "") + std::to_string(i + 1) + "T09:00:00Z";
            d.Authors = {i % 2 ? "Ann Lee" : "Bo Chen"};
            d.Tags = {i % 3 ? "climate" : "transport"};
            Engine.Docs.push_back(d);
        }
        if (serve)
            for (const std::string& path : Engine.AllFiles()) Host.Files["/b/" + path] = "bytes of " + path;
        Host.SearchEngine = &Engine;
        Search.Init(&Host, [this] { ++Changes; });
        Search.SetBundle("/b/");
    }
    size_t FetchesOf(const std::string& url) const { return (size_t)std::count(Host.Fetched.begin(), Host.Fetched.end(), url); }
};

} // namespace

TEST_CASE("search: a query is searched once the reader pauses, its last word a prefix") {
    SearchFixture f;
    CHECK(f.Search.Status() == SearchStatus::Idle);
    f.Search.Type("cli", 0.0);
    CHECK(f.Search.Tick(0.05)); // waiting for the pause: a frame is wanted
    f.Search.Type("clim", 0.10);
    CHECK(f.Search.Tick(0.20)); // the pause starts again at each key
    CHECK(f.Engine.MissingCalls == 0);
    CHECK(f.Host.Fetched.empty());
    CHECK_FALSE(f.Search.Tick(0.26));
    CHECK(f.Search.Status() == SearchStatus::Loading);
    CHECK(f.Host.Fetched == std::vector<std::string>{"/b/search/index.json"});
    f.Host.Settle(10);
    REQUIRE(f.Search.Status() == SearchStatus::Ready);
    CHECK(f.Engine.LastTyping);
    CHECK(f.Search.Active().Text == "clim");
    CHECK(f.Search.Results().Total == 6); // every document says "climate"
    CHECK(f.Search.Results().Hits.size() == 6);
    CHECK(f.Search.Results().Terms == std::vector<std::string>{"clim"});
    CHECK(f.Changes > 0);

    f.Search.Submit(); // Enter: every word whole, so "clim" alone matches nothing
    f.Host.Settle(10);
    CHECK_FALSE(f.Engine.LastTyping);
    CHECK(f.Search.Status() == SearchStatus::Ready);
    CHECK(f.Search.Results().Total == 0);
}

TEST_CASE("search: the files the engine lacks are fetched from the bundle's folder, each once at a time") {
    SearchFixture f;
    f.Search.Show(SearchRequest{"climate ferry", {}});
    CHECK(f.Host.Fetched == std::vector<std::string>{"/b/search/index.json"});
    f.Search.SetOptions(SearchRouteOptions{true, {}, {}, {}, {}}); // searched again while the root is on its way
    f.Search.Show(SearchRequest{"climate ferry", {}});
    CHECK(f.FetchesOf("/b/search/index.json") == 1);
    f.Host.Answer(); // the root: then both words' shards at once ("c" and "f")
    CHECK(f.FetchesOf("/b/search/t-c.bin") == 1);
    CHECK(f.FetchesOf("/b/search/t-f.bin") == 1);
    CHECK(f.Search.FetchesInFlight() == 2);
    CHECK(f.Search.Status() == SearchStatus::Loading);
    f.Host.Answer(); // the shards: then the meta shards of the page's hits
    CHECK(f.FetchesOf("/b/search/m0.json") == 1);
    f.Host.Settle(10);
    REQUIRE(f.Search.Status() == SearchStatus::Ready);
    CHECK(f.Engine.Held.count("search/index.json"));
    CHECK(f.Engine.Held.at("search/t-c.bin") == "bytes of search/t-c.bin");
    CHECK(f.Search.Results().Total == 6);
    REQUIRE_FALSE(f.Search.Results().Hits.empty());
    CHECK(f.Search.Results().Hits[0].Meta.Title.size() > 0);
    // The same words again: everything is held, nothing is fetched.
    const size_t fetched = f.Host.Fetched.size();
    f.Search.Show(SearchRequest{"ferry climate", {}});
    CHECK(f.Host.Fetched.size() == fetched);
    CHECK(f.Search.Status() == SearchStatus::Ready);
}

TEST_CASE("search: more hits as the reader scrolls, a page at a time, until all are shown") {
    SearchFixture f(45);
    f.Search.Show(SearchRequest{"climate", {}});
    f.Host.Settle(10);
    REQUIRE(f.Search.Status() == SearchStatus::Ready);
    CHECK(f.Search.Results().Total == 45);
    CHECK(f.Search.Results().Hits.size() == SearchController::kPageSize);
    CHECK(f.Search.HasMore());
    CHECK(f.FetchesOf("/b/search/m5.json") == 0); // only the shown hits' cards
    CHECK(f.Search.LoadMore());
    CHECK_FALSE(f.Search.LoadMore()); // one page at a time
    CHECK(f.Search.MoreLoading());
    CHECK(f.FetchesOf("/b/search/m5.json") == 1);
    f.Host.Settle(10);
    CHECK(f.Search.Results().Hits.size() == 40);
    CHECK(f.Search.LoadMore());
    f.Host.Settle(10);
    CHECK(f.Search.Results().Hits.size() == 45);
    CHECK_FALSE(f.Search.HasMore());
    CHECK_FALSE(f.Search.LoadMore());
    // Another query starts from the first page again.
    f.Search.Show(SearchRequest{"ferry", {}});
    f.Host.Settle(10);
    CHECK(f.Search.Results().Hits.size() == SearchController::kPageSize);
    CHECK(f.Engine.LastOptions.Count == SearchController::kPageSize);
}

TEST_CASE("search: the order and filters go to the engine and search from the first page") {
    SearchFixture f(12);
    f.Search.Show(SearchRequest{"climate", {}});
    f.Host.Settle(10);
    REQUIRE(f.Search.Status() == SearchStatus::Ready);
    CHECK(f.Search.Results().Sections.size() == 3);
    f.Search.SetOptions(SearchRouteOptions{true, "World", "", "", ""});
    f.Host.Settle(10);
    CHECK(f.Engine.LastOptions.Sort == search::Order::Newest);
    CHECK(f.Engine.LastOptions.Section == "World");
    CHECK(f.Search.Active().Options.Section == "World");
    REQUIRE(f.Search.Results().Hits.size() == 4);
    for (const auto& hit : f.Search.Results().Hits) CHECK(hit.Meta.Section == "World");
    CHECK(f.Search.Results().Hits[0].Meta.Date > f.Search.Results().Hits[1].Meta.Date); // newest first
    f.Search.SetOptions(SearchRouteOptions{false, "", "fr", "Ann Lee", "climate"});
    f.Host.Settle(10);
    CHECK(f.Engine.LastOptions.Sort == search::Order::Best);
    CHECK(f.Engine.LastOptions.Language == "fr");
    CHECK(f.Engine.LastOptions.Author == "Ann Lee");
    CHECK(f.Engine.LastOptions.Tag == "climate");
    for (const auto& hit : f.Search.Results().Hits) CHECK(hit.Meta.Language == "fr");
    CHECK(f.Engine.LastOptions.FromDay == search::kNoDay); // no range: open at both ends
    SearchRouteOptions year;
    year.From = "2024-01-01", year.To = "2024-12-31";
    f.Search.SetOptions(year);
    f.Host.Settle(10);
    CHECK(f.Engine.LastOptions.FromDay == DaysFromCivil(2024, 1, 1));
    CHECK(f.Engine.LastOptions.ToDay == DaysFromCivil(2024, 12, 31));
    year.From = "2024-02-30", year.To = "last week"; // not days: open, as if absent
    f.Search.SetOptions(year);
    f.Host.Settle(10);
    CHECK(f.Engine.LastOptions.FromDay == search::kNoDay);
    CHECK(f.Engine.LastOptions.ToDay == search::kNoDay);
}

TEST_CASE("search: a file that cannot be fetched is a message, and is fetched again only on Retry") {
    SearchFixture f(6, false); // the bundle has no index
    f.Search.Show(SearchRequest{"climate", {}});
    f.Host.Settle(10);
    REQUIRE(f.Search.Status() == SearchStatus::Failed);
    CHECK(f.Search.Error().find("search/index.json") != std::string::npos);
    CHECK(f.Search.Error().find("No such file or directory") != std::string::npos);
    // The engine is told which file and why, and that a missing root means a bundle without an index.
    CHECK(f.Engine.FailedFiles["search/index.json"] ==
          "this bundle has no search index (search/index.json: No such file or directory)");
    CHECK(f.Search.Results().Hits.empty());
    f.Search.Show(SearchRequest{"ferry", {}}); // another query: the engine knows the root failed
    f.Host.Settle(10);
    CHECK(f.FetchesOf("/b/search/index.json") == 1);
    CHECK(f.Search.Status() == SearchStatus::Failed);

    for (const std::string& path : f.Engine.AllFiles()) f.Host.Files["/b/" + path] = "bytes";
    f.Search.Retry();
    f.Host.Settle(10);
    CHECK(f.FetchesOf("/b/search/index.json") == 2);
    CHECK(f.Search.Status() == SearchStatus::Ready);
    CHECK(f.Search.Error().empty());
    CHECK(f.Search.Results().Total == 6);
}

TEST_CASE("search: a file the engine cannot read, and a path outside the bundle, fail with a message") {
    SearchFixture f;
    f.Host.Files["/b/search/t-c.bin"] = "corrupt";
    f.Search.Show(SearchRequest{"climate", {}});
    f.Host.Settle(10);
    REQUIRE(f.Search.Status() == SearchStatus::Failed);
    CHECK(f.Search.Error().find("t-c.bin") != std::string::npos);

    SearchFixture g;
    g.Engine.Extra = {"../secrets.json"};
    g.Search.Show(SearchRequest{"climate", {}});
    g.Host.Settle(10);
    for (const std::string& url : g.Host.Fetched) CHECK(url.find("secrets") == std::string::npos);
    CHECK(g.Engine.FailedFiles.count("../secrets.json") == 1);
    CHECK(g.Search.Status() == SearchStatus::Failed);
}

TEST_CASE("search: while the engine is on its way nothing is fetched; it searches when the engine arrives") {
    SearchFixture f;
    f.Engine.IsReady = false;
    f.Search.Show(SearchRequest{"climate", {}});
    CHECK(f.Search.Status() == SearchStatus::Loading);
    CHECK(f.Host.Fetched.empty());
    CHECK_FALSE(f.Search.Tick(1.0));
    CHECK(f.Host.Fetched.empty());
    f.Engine.IsReady = true;
    f.Engine.Gen = 1; // the platform asks for a frame as it arrives
    f.Search.Tick(1.1);
    f.Host.Settle(10);
    CHECK(f.Search.Status() == SearchStatus::Ready);
    CHECK(f.Search.Results().Total == 6);

    SearchFixture g;
    g.Engine.IsReady = false;
    g.Engine.Failure_ = "folio-search.wasm: HTTP 404";
    g.Search.Show(SearchRequest{"climate", {}});
    CHECK(g.Search.Status() == SearchStatus::Failed);
    CHECK(g.Search.Error() == "Search could not start: folio-search.wasm: HTTP 404");
}

TEST_CASE("search: idle, a frame asks nothing of the engine or the Host") {
    SearchFixture f;
    for (int i = 0; i < 100; ++i) CHECK_FALSE(f.Search.Tick(i * 0.016));
    CHECK(f.Engine.MissingCalls == 0);
    CHECK(f.Engine.RunCalls == 0);
    CHECK(f.Host.Fetched.empty());
    f.Search.Show(SearchRequest{"climate", {}});
    f.Host.Settle(10);
    REQUIRE(f.Search.Status() == SearchStatus::Ready);
    const int missing = f.Engine.MissingCalls, runs = f.Engine.RunCalls, changes = f.Changes;
    const unsigned generation = f.Search.Generation();
    for (int i = 0; i < 100; ++i) CHECK_FALSE(f.Search.Tick(10.0 + i * 0.016));
    f.Search.Show(SearchRequest{"climate", {}}); // the route the App set for it: the search in force
    CHECK(f.Engine.MissingCalls == missing);
    CHECK(f.Engine.RunCalls == runs);
    CHECK(f.Changes == changes);
    CHECK(f.Search.Generation() == generation);
    CHECK_FALSE(f.Search.LoadMore()); // all shown
}

TEST_CASE("search: another bundle cancels the fetches under way and forgets what the engine held") {
    SearchFixture f;
    f.Search.Show(SearchRequest{"climate", {}});
    REQUIRE(f.Host.Waiting() == 1);
    f.Search.SetBundle("/c/");
    CHECK(f.Host.Cancelled == std::vector<std::string>{"/b/search/index.json"});
    CHECK(f.Engine.Resets >= 1);
    CHECK(f.Host.Fetched.back() == "/c/search/index.json"); // the search in force, in the new bundle
    f.Search.SetBundle(""); // a source that is not a bundle's feed
    CHECK(f.Search.Status() == SearchStatus::Off);
}

TEST_CASE("search: without an engine the search is off and fetches nothing") {
    FakeHost host;
    SearchController search;
    search.Init(&host, {});
    search.SetBundle("/b/");
    CHECK_FALSE(search.Available());
    search.Show(SearchRequest{"climate", {}});
    search.Type("climate talks", 0.0);
    search.Tick(1.0);
    CHECK(search.Status() == SearchStatus::Off);
    CHECK(host.Fetched.empty());
}

TEST_CASE("search: a query longer than the engine reads is cut at a character") {
    SearchFixture f;
    std::string text(search::kMaxQueryBytes - 1, 'a');
    text += "\xC3\xA9\xC3\xA9"; // "éé" across the bound
    f.Search.Type(text, 0.0);
    CHECK(f.Search.Request().Text.size() == search::kMaxQueryBytes - 1);
}
