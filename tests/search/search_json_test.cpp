// The web bridge's JSON: options and results survive the trip between the viewer and its search module, and
// what the module answers is read as warily as a file.
#include <doctest/doctest.h>

#include "search/search_json.h"

using namespace folio;
using namespace folio::search;

TEST_CASE("search options round-trip through JSON") {
    SearchOptions o;
    o.Sort = Order::Newest;
    o.Section = "World";
    o.Language = "ru";
    o.Author = "Анна Петрова";
    o.Tag = "climate";
    o.FromDay = 19000, o.ToDay = 19400, o.Offset = 40, o.Count = 20, o.Today = 20500;
    SearchOptions back;
    Error err;
    REQUIRE(OptionsFromJson(OptionsToJson(o), &back, &err));
    CHECK(back.Sort == Order::Newest);
    CHECK(back.Section == "World");
    CHECK(back.Author == o.Author);
    CHECK(back.Tag == "climate");
    CHECK(back.FromDay == 19000);
    CHECK(back.ToDay == 19400);
    CHECK(back.Offset == 40);
    CHECK(back.Today == 20500);
    SearchOptions open;
    REQUIRE(OptionsFromJson(OptionsToJson(SearchOptions{}), &back, &err));
    CHECK(back.FromDay == kNoDay);
    CHECK(back.Sort == Order::Best);
    CHECK_FALSE(OptionsFromJson("{\"count\": 100000}", &back, &err));
}

TEST_CASE("search results round-trip through JSON, cards and counts included") {
    SearchResults s;
    s.Total = 3;
    s.Ready = true;
    SearchHit a;
    a.Doc = 7, a.Score = 2.5f, a.Day = 20000, a.HasMeta = true;
    a.Meta = MetaRecord{"moscow-talks", "Talks in Moscow", "World", "2025-03-22T09:00:00Z", "en", "MOSCOW…", {"A. P."}, {"talks"}};
    SearchHit b;
    b.Doc = 2, b.Day = kNoDay;
    s.Hits = {a, b};
    s.Sections = {{"World", 2}, {"Science", 1}};
    s.Languages = {{"en", 3}};
    s.Years = {{"2025", 2}, {"2019", 1}};
    s.Terms = {"talk", "moscow"};
    SearchResults back;
    Error err;
    REQUIRE(ResultsFromJson(ResultsToJson(s), &back, &err));
    CHECK(back.Total == 3);
    CHECK(back.Ready);
    REQUIRE(back.Hits.size() == 2);
    CHECK(back.Hits[0].HasMeta);
    CHECK(back.Hits[0].Meta.Title == "Talks in Moscow");
    CHECK(back.Hits[0].Meta.Tags == a.Meta.Tags);
    CHECK(back.Hits[0].Score == doctest::Approx(2.5));
    CHECK_FALSE(back.Hits[1].HasMeta);
    CHECK(back.Hits[1].Day == kNoDay);
    REQUIRE(back.Sections.size() == 2);
    CHECK(back.Sections[1].Value == "Science");
    REQUIRE(back.Years.size() == 2);
    CHECK((back.Years[1].Value == "2019" && back.Years[1].Count == 1));
    CHECK(back.Terms == s.Terms);
}

TEST_CASE("a malformed answer from the module is an error, its text cleaned") {
    SearchResults back;
    Error err;
    CHECK_FALSE(ResultsFromJson("{\"total\": -1, \"ready\": true, \"hits\": []}", &back, &err));
    Error e2;
    CHECK_FALSE(ResultsFromJson("{\"total\": 1, \"ready\": true}", &back, &e2));
    CHECK(e2.Path == "$.hits");
    Error e3;
    REQUIRE(ResultsFromJson("{\"total\": 0, \"ready\": true, \"error\": \"x\\u202Ey\", \"hits\": [], \"terms\": []}", &back, &e3));
    CHECK(back.Error == "xy");
    std::vector<std::string> paths;
    REQUIRE(PathsFromJson(PathsToJson({"search/index.json", "search/s-0123456789abcdef/t1.bin"}), &paths, &err));
    CHECK(paths.size() == 2);
    CHECK_FALSE(PathsFromJson("[1]", &paths, &err));
}
