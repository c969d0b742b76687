// LayoutCache: equal jobs share a galley; width, scale and font generation each make a new one; unused
// entries are evicted.
#include "fake_metrics.h"
#include "layout/layout_cache.h"

#include <doctest/doctest.h>

using namespace folio::layout;

static LayoutJob Job(const std::string& text, float width) {
    LayoutJob j;
    j.Append(text, TextStyle{0, 10, 0, -1});
    j.Width = width;
    return j;
}

TEST_CASE("the cache returns the same galley for the same job, width, scale and fonts") {
    FakeMetrics m;
    LayoutCache c;
    auto a = c.Get(Job("hello world", 100), m, 1.0f, 0);
    auto b = c.Get(Job("hello world", 100.3f), m, 1.0f, 0); // the same whole pixel
    CHECK(a.get() == b.get());
    CHECK(c.Hits() == 1);
    CHECK(c.Get(Job("hello world", 120), m, 1.0f, 0).get() != a.get());
    CHECK(c.Get(Job("hello world", 100), m, 2.0f, 0).get() != a.get());
    CHECK(c.Get(Job("hello world", 100), m, 1.0f, 1).get() != a.get());
    CHECK(c.Misses() == 4);
    CHECK(c.Size() == 4);
}

TEST_CASE("entries no frame used are evicted") {
    FakeMetrics m;
    LayoutCache c;
    c.Get(Job("old", 100), m, 1.0f, 0);
    for (int i = 0; i < 200; ++i) {
        c.Get(Job("kept", 100), m, 1.0f, 0);
        c.EndFrame(120);
    }
    CHECK(c.Size() == 1);
}
