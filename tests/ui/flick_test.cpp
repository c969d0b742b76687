// FlickTracker: the lift speed comes from the events' times, however they were bunched into frames.
#include "ui/flick.h"

#include <doctest/doctest.h>

using folio::ui::FlickTracker;

// A finger from y0 going up by step px every dt s, n moves, lifting `rest` s after the last one.
static float Flick(float y0, float step, double dt, int n, double rest) {
    FlickTracker f;
    double t = 100.0;
    f.Down(t, y0);
    for (int i = 1; i <= n; ++i) { t += dt; f.Move(t, y0 - step * (float)i); }
    f.Up(t + rest);
    return f.LiftVelocity();
}

TEST_CASE("a steady flick lifts at its speed") {
    CHECK(Flick(700, 40, 0.016, 10, 0.008) == doctest::Approx(2500.0).epsilon(0.001)); // upward: content goes down
    CHECK(Flick(300, -40, 0.016, 10, 0.008) == doctest::Approx(-2500.0).epsilon(0.001));
}

TEST_CASE("the speed is the last tenth of a second's, not the whole drag's") {
    FlickTracker f;
    f.Down(0.0, 800);
    f.Move(1.0, 790);  // a slow start: 10 px in a second
    for (int i = 1; i <= 10; ++i) f.Move(1.0 + 0.016 * i, 790.0f - 30.0f * (float)i);
    f.Up(1.17);
    CHECK(f.LiftVelocity() == doctest::Approx(30.0 / 0.016).epsilon(0.001));
}

TEST_CASE("a finger that rested before lifting does not flick") {
    CHECK(Flick(700, 40, 0.016, 10, FlickTracker::kRest + 0.01) == 0.0f);
    CHECK(Flick(700, 40, 0.016, 10, FlickTracker::kRest - 0.01) > 2000.0f);
}

TEST_CASE("a tap, or a touch with one move, has no speed to give") {
    FlickTracker f;
    f.Down(1.0, 500);
    f.Up(1.05);
    CHECK(f.LiftVelocity() == 0.0f);
    f.Down(2.0, 500);
    f.Move(2.0, 400); // no time passed
    f.Up(2.0);
    CHECK(f.LiftVelocity() == 0.0f);
}

TEST_CASE("moves that came late and together (one slow frame) still give the finger's speed") {
    // The events keep their own times; how the frames saw them is not the tracker's business.
    FlickTracker f;
    f.Down(10.0, 700);
    f.Move(10.016, 660);
    f.Move(10.160, 300); // coalesced: the browser delivered only the newest position of a long frame
    f.Up(10.170);
    CHECK(f.LiftVelocity() == doctest::Approx(400.0 / 0.16).epsilon(0.001));
}

TEST_CASE("a new touch starts afresh, and a clock that steps back is held") {
    FlickTracker f;
    f.Down(1.0, 700);
    f.Move(1.1, 300);
    f.Up(1.11);
    CHECK(f.LiftVelocity() > 0.0f);
    f.Down(5.0, 300);
    CHECK(f.LiftVelocity() == 0.0f); // the next gesture's lift is its own
    f.Move(4.0, 200);                // earlier than the touch: taken as at the touch's time
    f.Up(5.01);
    CHECK(f.LiftVelocity() == 0.0f); // no time between them: no speed, and no division by zero
}

TEST_CASE("a long drag keeps only its latest samples") {
    FlickTracker f;
    f.Down(0.0, 5000);
    for (int i = 1; i <= 100; ++i) f.Move(0.01 * i, 5000.0f - 10.0f * (float)i);
    f.Up(1.0);
    CHECK(f.LiftVelocity() == doctest::Approx(1000.0).epsilon(0.001));
}
