// Scroller: glides arrive, flicks coast and stop, nothing leaves [0, max], and reduced motion jumps.
#include "ui/scroller.h"

#include <doctest/doctest.h>

using folio::ui::Scroller;

// Runs frames of dt until the scroller rests (at most `limit` frames); returns how many it took.
static int Settle(Scroller& s, float max_y, float dt = 1.0f / 60.0f, bool reduced = false, int limit = 1000) {
    int n = 0;
    while (n < limit && s.Update(dt, max_y, reduced)) ++n;
    return n;
}

TEST_CASE("a wheel glide arrives at its target in about 150 ms") {
    Scroller s;
    s.ScrollBy(300);
    CHECK(s.Y == 0.0f);
    const int frames = Settle(s, 10000);
    CHECK(s.Y == 300.0f);
    CHECK(frames > 3);
    CHECK(frames < 30);
}

TEST_CASE("a flick coasts past where the finger left it, slows, and stops") {
    Scroller s;
    s.Drag(400);
    s.Release(2500);
    const int frames = Settle(s, 100000);
    CHECK(s.Y > 400.0f + 500.0f); // about v / 4 more: 625 px
    CHECK(s.Y < 400.0f + 700.0f);
    CHECK(frames < 120);         // about a second and a half at most
    CHECK_FALSE(s.Moving());
}

TEST_CASE("the flick's distance does not depend on the frame rate") {
    Scroller a, b;
    a.Release(2000);
    b.Release(2000);
    Settle(a, 100000, 1.0f / 120.0f);
    Settle(b, 100000, 1.0f / 20.0f);
    CHECK(a.Y == doctest::Approx(b.Y).epsilon(0.15));
}

TEST_CASE("a slow release does not coast") {
    Scroller s;
    s.Drag(100);
    s.Release(30);
    CHECK_FALSE(s.Moving());
}

TEST_CASE("scrolling stops at both ends") {
    Scroller s;
    s.Release(5000);
    Settle(s, 200);
    CHECK(s.Y == 200.0f);
    s.ScrollBy(-1000);
    Settle(s, 200);
    CHECK(s.Y == 0.0f);
}

TEST_CASE("with reduced motion every move is immediate and a flick does not coast") {
    Scroller s;
    s.ScrollBy(300);
    CHECK(s.Update(1.0f / 60.0f, 1000, true) == false);
    CHECK(s.Y == 300.0f);
    s.Release(3000);
    s.Update(1.0f / 60.0f, 1000, true);
    CHECK(s.Y == 300.0f);
    CHECK_FALSE(s.Moving());
}
