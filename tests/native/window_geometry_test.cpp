// The window's stored geometry: JSON both ways, corrupt files refused, fitting onto the monitors.
#include "platform/native/window_geometry.h"

#include <doctest/doctest.h>

#include <string>

using namespace folio::platform;

TEST_CASE("geometry: JSON round trip") {
    WindowGeometry g{-40, 25, 1000, 700, true};
    WindowGeometry back;
    REQUIRE(GeometryFromJson(GeometryToJson(g), &back));
    CHECK(back == g);
}

TEST_CASE("geometry: corrupt or implausible files are refused and change nothing") {
    const char* bad[] = {
        "", "{", "[]", "null", "{\"x\":1,\"y\":2,\"width\":800}", "{\"x\":\"1\",\"y\":2,\"width\":800,\"height\":600}",
        "{\"x\":1,\"y\":2,\"width\":10,\"height\":600}", "{\"x\":1,\"y\":2,\"width\":800,\"height\":99999999}",
        "{\"x\":1e9,\"y\":2,\"width\":800,\"height\":600}", "{\"x\":1,\"y\":2,\"width\":800,\"height\":600,\"maximized\":1}",
    };
    for (const char* text : bad) {
        CAPTURE(text);
        WindowGeometry g{1, 2, 3, 4, false};
        CHECK_FALSE(GeometryFromJson(text, &g));
        CHECK(g == WindowGeometry{1, 2, 3, 4, false});
    }
}

TEST_CASE("geometry: a window on a monitor stays where it was") {
    const std::vector<ScreenRect> monitors = {{0, 0, 1920, 1080}, {1920, 0, 2560, 1440}};
    const WindowGeometry g{2000, 100, 1200, 800, false};
    CHECK(FitToMonitors(g, monitors) == g);
}

TEST_CASE("geometry: a window off every monitor is centred on the first") {
    const std::vector<ScreenRect> monitors = {{0, 0, 1920, 1080}};
    const WindowGeometry g = FitToMonitors({5000, 3000, 800, 600, false}, monitors);
    CHECK(g.X == 560);
    CHECK(g.Y == 240);
    CHECK(g.Width == 800);
    CHECK(g.Height == 600);
}

TEST_CASE("geometry: a window larger than its monitor shrinks to it and moves onto it") {
    const std::vector<ScreenRect> monitors = {{0, 0, 1280, 720}};
    const WindowGeometry g = FitToMonitors({-100, 50, 2000, 1000, false}, monitors);
    CHECK(g.X == 0);
    CHECK(g.Y == 0);
    CHECK(g.Width == 1280);
    CHECK(g.Height == 720);
}

TEST_CASE("geometry: hanging over an edge is pulled inside the monitor it overlaps most") {
    const std::vector<ScreenRect> monitors = {{0, 0, 1920, 1080}, {1920, 0, 1920, 1080}};
    const WindowGeometry g = FitToMonitors({1800, 900, 800, 400, false}, monitors);
    CHECK(g.X == 1920);
    CHECK(g.Y == 680);
}

TEST_CASE("geometry: with no monitors known, nothing changes") {
    const WindowGeometry g{5000, 3000, 800, 600, false};
    CHECK(FitToMonitors(g, {}) == g);
}

TEST_CASE("geometry: a deeply nested window.json is refused, not a stack overflow") {
    // A few hundred thousand '[' crashed the viewer at start (RapidJSON's recursive parse), every time.
    WindowGeometry g{1, 2, 3, 4, false};
    CHECK_FALSE(GeometryFromJson(std::string(300000, '['), &g));
    std::string members = "{\"x\":1,\"y\":2,\"width\":800,\"height\":600,\"extra\":";
    for (int i = 0; i < 100000; ++i) members += "{\"a\":";
    CHECK_FALSE(GeometryFromJson(members, &g));
    CHECK(g == WindowGeometry{1, 2, 3, 4, false});
}
