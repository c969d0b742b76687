// Routes round-trip: a section, tag or article name made into a route and taken apart again is the same name, for
// spaces, "%", "/", "#", "?" and non-ASCII; routes made are percent-encoded, so a reload or a shared link keeps them.
#include "ui/routes.h"

#include <doctest/doctest.h>

#include <string>

using namespace folio::ui;

TEST_CASE("routes: section, tag and article routes are made percent-encoded") {
    CHECK(SectionRoute("Folio guide") == "#/section/Folio%20guide");
    CHECK(TagRoute("100%") == "#/tag/100%25");
    CHECK(TagRoute("a/b#c?d") == "#/tag/a%2Fb%23c%3Fd");
    CHECK(SectionRoute("Kultur & Nøkkel") == "#/section/Kultur%20%26%20N%C3%B8kkel");
    CHECK(SectionRoute("World") == "#/section/World");          // plain names read as they are
    CHECK(ArticleRoute("2024-03-01_ferries.v2") == "#/article/2024-03-01_ferries.v2");
}

TEST_CASE("routes: names round-trip through a route") {
    const char* names[] = {"Folio guide", "100%", "%20", "a/b", "#/section/x", "what?", "C++ & \"quotes\"", "Nøkkel",
                           "日本語", "emoji \xF0\x9F\x93\xB0", " leading and trailing ", "%zz"};
    for (const char* name : names) {
        CAPTURE(name);
        for (RouteKind kind : {RouteKind::Article, RouteKind::Section, RouteKind::Tag}) {
            const std::string route = MakeRoute(RouteParts{kind, name});
            const std::string encoded = route.substr(route.find('/', 2) + 1); // past "#/<kind>/"
            CHECK(encoded.find_first_of(" ?#/") == std::string::npos);
            for (unsigned char c : encoded) CHECK(c < 0x80);
            const RouteParts back = ParseRoute(route);
            CHECK(back.Kind == kind);
            CHECK(back.Name == name);
            CHECK(MakeRoute(back) == route);
        }
    }
}

TEST_CASE("routes: a route from the host is decoded, and made canonical by MakeRoute") {
    RouteParts p = ParseRoute("#/section/Folio%20guide");
    CHECK(p.Kind == RouteKind::Section);
    CHECK(p.Name == "Folio guide");
    p = ParseRoute("#/tag/Folio guide"); // a host that decoded the address already
    CHECK(p.Kind == RouteKind::Tag);
    CHECK(p.Name == "Folio guide");
    CHECK(MakeRoute(p) == "#/tag/Folio%20guide");
    CHECK(ParseRoute("#/section/a%2fb").Name == "a/b"); // lower-case hex too
    CHECK(ParseRoute("#/section/50%").Name == "50%");   // a "%" that encodes nothing stays
    CHECK(ParseRoute("#/section/%4").Name == "%4");
    CHECK(ParseRoute("#/section/%G1").Name == "%G1");
}

TEST_CASE("routes: a name from a hostile route reaches the viewer as text it may show") {
    // Escapes that decode to control characters, bidi overrides or bytes that are no UTF-8 are cleaned as a feed's
    // own text is (model CleanText), so they reach no title, label or error message, and a feed's name still matches.
    CHECK(ParseRoute("#/article/x%00y").Name == "xy");
    CHECK(ParseRoute("#/section/a%1Bb%7Fc%0D").Name == "abc\n");
    CHECK(ParseRoute("#/tag/%E2%80%AEevil").Name == "evil");
    CHECK(ParseRoute("#/section/%FF%C3").Name == "\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(ParseRoute("#/section/%C3%B8").Name == "\xC3\xB8"); // UTF-8 escaped byte by byte is kept
    CHECK(ParseRoute(std::string("#/tag/a\x01\xFF", 9)).Name == "a\xEF\xBF\xBD"); // given unescaped by a host
    CHECK(ParseRoute("#/tag/%zz%00%").Name == "%zz%");
}

TEST_CASE("routes: an article, section or tag route without a name is the feed's") {
    // Nothing to open or filter by: "#/article/" waited for an article no page can name, for ever.
    for (const char* route : {"#/article/", "#/section/", "#/tag/", "#/article/%00", "#/section/%1B%7F"}) {
        CAPTURE(route);
        CHECK(ParseRoute(route).Kind == RouteKind::Feed);
        CHECK(MakeRoute(ParseRoute(route)) == kFeedRoute);
    }
}

TEST_CASE("routes: the start, the feed and unknown routes") {
    CHECK(ParseRoute("").Kind == RouteKind::Start);
    CHECK(ParseRoute("#").Kind == RouteKind::Start);
    CHECK(ParseRoute("#/").Kind == RouteKind::Feed);
    CHECK(ParseRoute("#/nowhere/x").Kind == RouteKind::Feed);
    CHECK(MakeRoute(ParseRoute("#/nowhere/x")) == "#/");
    CHECK(MakeRoute(ParseRoute("#")).empty());
}

TEST_CASE("routes: a search route holds the query and the reader's order and filters, and round-trips") {
    CHECK(SearchRoute("climate talks") == "#/search/climate%20talks");
    CHECK(SearchRoute("") == "#/search/");
    SearchRouteOptions o;
    o.Newest = true;
    o.Section = "World";
    o.Tag = "a&b=c";
    CHECK(SearchRoute("\"wi-fi\" -cats", o) == "#/search/%22wi-fi%22%20-cats?order=newest&section=World&tag=a%26b%3Dc");
    SearchRouteOptions year;
    year.From = "2024-01-01", year.To = "2024-12-31";
    CHECK(SearchRoute("vote", year) == "#/search/vote?from=2024-01-01&to=2024-12-31");
    const char* queries[] = {"climate", "what? why", "\"a phrase\" -not", "100% & more", "日本語", "a?section=x", ""};
    for (const char* query : queries) {
        CAPTURE(query);
        SearchRouteOptions dated;
        dated.From = "2025-01-01", dated.To = "2025-12-31";
        for (const SearchRouteOptions& options : {SearchRouteOptions{}, o, SearchRouteOptions{false, "", "fr", "Ann Lee", "", "", ""}, dated}) {
            const std::string route = SearchRoute(query, options);
            const RouteParts back = ParseRoute(route);
            CHECK(back.Kind == RouteKind::Search);
            CHECK(back.Name == query);
            CHECK(back.Search == options);
            CHECK(MakeRoute(back) == route);
        }
    }
}

TEST_CASE("routes: a search route handed over decoded, or with unknown options, keeps its query") {
    RouteParts p = ParseRoute("#/search/what? now");      // a host that decoded the address: "?" is the query's
    CHECK(p.Kind == RouteKind::Search);
    CHECK(p.Name == "what? now");
    p = ParseRoute("#/search/what?order=newest&section=World"); // the options after the last "?"
    CHECK(p.Name == "what");
    CHECK(p.Search.Newest);
    CHECK(p.Search.Section == "World");
    p = ParseRoute("#/search/x?colour=red"); // not an option: all of it is the query
    CHECK(p.Name == "x?colour=red");
    CHECK(p.Search == SearchRouteOptions{});
    p = ParseRoute("#/search/a%0Ab%E2%80%AE?section=W%00x"); // cleaned as a feed's text is
    CHECK(p.Name == "a b"); // on one line
    CHECK(p.Search.Section == "Wx");
    CHECK(ParseRoute("#/search").Kind == RouteKind::Feed);
}
