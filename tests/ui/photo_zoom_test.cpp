// PhotoZoom: the full-screen photo view's fitting, zooming about a point, panning and clamping.
#include "ui/photo_zoom.h"

#include <doctest/doctest.h>

using folio::ui::PhotoZoom;

TEST_CASE("a photo opens fitted and centred, and a small one is not enlarged") {
    PhotoZoom z;
    z.Open(1920, 1280, 0, 0, 390, 844); // a phone, portrait
    CHECK(z.Width() == doctest::Approx(390));
    CHECK(z.Height() == doctest::Approx(260));
    CHECK(z.X0() == doctest::Approx(0));
    CHECK(z.Y0() == doctest::Approx((844 - 260) / 2.0));
    z.Open(200, 100, 0, 0, 1000, 800);
    CHECK(z.Width() == doctest::Approx(200));
    CHECK(z.X0() == doctest::Approx(400));
}

TEST_CASE("zooming keeps the point under the pointer in place, within the limits") {
    PhotoZoom z;
    z.Open(2000, 1000, 0, 0, 1000, 1000); // fitted: 1000 x 500 at y 250
    // The photo's point under (750, 500): three quarters across, half down.
    z.ZoomBy(2.0f, 750, 500);
    CHECK(z.Width() == doctest::Approx(2000));
    CHECK(z.X0() + 0.75f * z.Width() == doctest::Approx(750));
    CHECK(z.Y0() + 0.5f * z.Height() == doctest::Approx(500));
    z.ZoomBy(100.0f, 500, 500);
    CHECK(z.Zoom() == doctest::Approx(PhotoZoom::kMaxZoom));
    z.ZoomBy(0.0001f, 500, 500);
    CHECK(z.Zoom() == doctest::Approx(1.0f));
    CHECK_FALSE(z.Zoomed());
}

TEST_CASE("panning stops at the photo's edges; along an axis where it is smaller than the screen it stays centred") {
    PhotoZoom z;
    z.Open(2000, 1000, 0, 0, 1000, 1000);
    z.ZoomBy(2.0f, 500, 500); // 2000 x 1000: wider than the screen, as tall
    z.PanBy(5000, 0);
    CHECK(z.X0() == doctest::Approx(0));       // its left edge at the screen's left, no further
    z.PanBy(-5000, 0);
    CHECK(z.X0() + z.Width() == doctest::Approx(1000));
    z.PanBy(0, 300);
    CHECK(z.Y0() == doctest::Approx(0));       // exactly as tall: it cannot move up or down
    z.ToggleAt(100, 100);
    CHECK_FALSE(z.Zoomed());
    CHECK(z.X0() == doctest::Approx(0));
    CHECK(z.Y0() == doctest::Approx(250));
    z.ToggleAt(100, 500);
    CHECK(z.Zoom() == doctest::Approx(PhotoZoom::kDoubleClickZoom));
}

TEST_CASE("a resized window fits the photo again and keeps the zoom") {
    PhotoZoom z;
    z.Open(2000, 1000, 0, 0, 1000, 1000);
    z.ZoomBy(2.0f, 500, 500);
    z.Resize(0, 0, 500, 500);
    CHECK(z.Width() == doctest::Approx(1000)); // fitted to 500 wide, times 2
    CHECK(z.X0() <= 0.0f);
    CHECK(z.X0() + z.Width() >= 500.0f);
}
