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
                           "日本語", "emoji \xF0\x9F\x93\xB0", " leading and trailing ", "%zz", ""};
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
    CHECK(ParseRoute("#/article/x%00y").Name == std::string("x\0y", 3));
}

TEST_CASE("routes: the start, the feed and unknown routes") {
    CHECK(ParseRoute("").Kind == RouteKind::Start);
    CHECK(ParseRoute("#").Kind == RouteKind::Start);
    CHECK(ParseRoute("#/").Kind == RouteKind::Feed);
    CHECK(ParseRoute("#/nowhere/x").Kind == RouteKind::Feed);
    CHECK(MakeRoute(ParseRoute("#/nowhere/x")) == "#/");
    CHECK(MakeRoute(ParseRoute("#")).empty());
    CHECK(ParseRoute("#/article/").Kind == RouteKind::Article);
    CHECK(ParseRoute("#/article/").Name.empty());
}
