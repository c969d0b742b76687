// ArticleCache: the least recently used article goes first, and never the one shown or the one waiting to open.
#include "ui/article_cache.h"

#include <doctest/doctest.h>

#include <string>

using namespace folio;
using namespace folio::ui;

namespace {

Article Named(const std::string& id) {
    Article a;
    a.Id = id;
    a.Headline = "Story " + id;
    return a;
}

} // namespace

TEST_CASE("article cache: over capacity, the least recently used article goes") {
    ArticleCache cache(3);
    cache.Put("a", Named("a"), "", "");
    cache.Put("b", Named("b"), "", "");
    cache.Put("c", Named("c"), "", "");
    REQUIRE(cache.Use("a")); // "b" is now the least recently used
    cache.Put("d", Named("d"), "", "");
    CHECK(cache.Size() == 3);
    CHECK(cache.Has("a"));
    CHECK_FALSE(cache.Has("b"));
    CHECK(cache.Has("c"));
    CHECK(cache.Find("d")->Headline == "Story d");
}

TEST_CASE("article cache: Find reads without changing what goes next") {
    ArticleCache cache(2);
    cache.Put("a", Named("a"), "", "");
    cache.Put("b", Named("b"), "", "");
    CHECK(cache.Find("a"));
    cache.Put("c", Named("c"), "", "");
    CHECK_FALSE(cache.Has("a"));
    CHECK(cache.Has("b"));
}

TEST_CASE("article cache: the article shown and the one waiting to open are never dropped") {
    ArticleCache cache(3);
    cache.Put("shown", Named("shown"), "", "");
    cache.Put("waiting", Named("waiting"), "", "");
    cache.Put("x", Named("x"), "", "");
    for (const char* late : {"late1", "late2", "late3"}) { // articles of superseded loads, arriving late
        cache.Put(late, Named(late), "shown", "waiting");
        CHECK(cache.Has("shown"));
        CHECK(cache.Has("waiting"));
        CHECK(cache.Size() == 3);
    }
    CHECK(cache.Has("late3"));
    CHECK_FALSE(cache.Has("x"));
}

TEST_CASE("article cache: putting an id again replaces its article without growing") {
    ArticleCache cache(2);
    cache.Put("a", Named("a"), "", "");
    Article again = Named("a");
    again.Headline = "Corrected";
    cache.Put("a", std::move(again), "", "");
    CHECK(cache.Size() == 1);
    CHECK(cache.Use("a")->Headline == "Corrected");
    cache.Clear();
    CHECK_FALSE(cache.Use("a"));
}
