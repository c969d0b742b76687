// Where the desktop window is: stored as window.json in the config folder, and fitted back onto the monitors
// there are now (a monitor may have gone since). Pure functions; GeometryKeeper (window_keeper.h) uses them.
#pragma once
#include <string>
#include <vector>

namespace folio::platform {

struct WindowGeometry {
    int X = 0, Y = 0;          // the client area's top left, in screen coordinates
    int Width = 0, Height = 0; // the client area's size, in screen coordinates
    bool Maximized = false;
    bool operator==(const WindowGeometry& o) const {
        return X == o.X && Y == o.Y && Width == o.Width && Height == o.Height && Maximized == o.Maximized;
    }
    bool operator!=(const WindowGeometry& o) const { return !(*this == o); }
};

struct ScreenRect {
    int X = 0, Y = 0, Width = 0, Height = 0;
};

std::string GeometryToJson(const WindowGeometry& g);
// Reads what GeometryToJson wrote; false (and *out untouched) when the text is corrupt or out of range.
bool GeometryFromJson(const std::string& json, WindowGeometry* out);

// g moved and shrunk to lie within the monitor work area it overlaps most; a window that would show less than
// a corner of itself on every monitor is centred on the first (the primary) instead. With no monitors, g.
WindowGeometry FitToMonitors(WindowGeometry g, const std::vector<ScreenRect>& work_areas);

} // namespace folio::platform
