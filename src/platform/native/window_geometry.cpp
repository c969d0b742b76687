// The window's stored geometry as JSON (RapidJSON's writer; read back with the model's bounded parser), and
// fitting it onto the monitors.
#include "platform/native/window_geometry.h"
#include "model/json_read.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>

namespace folio::platform {

static constexpr int kMinSize = 64, kMaxSize = 32768, kMaxCoordinate = 1 << 20;
static constexpr int kMinVisible = 64; // pixels of the window, each way, that must be on a monitor

std::string GeometryToJson(const WindowGeometry& g) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    w.Key("x"); w.Int(g.X);
    w.Key("y"); w.Int(g.Y);
    w.Key("width"); w.Int(g.Width);
    w.Key("height"); w.Int(g.Height);
    w.Key("maximized"); w.Bool(g.Maximized);
    w.EndObject();
    return buf.GetString();
}

bool GeometryFromJson(const std::string& json, WindowGeometry* out) {
    rapidjson::Document doc;
    Error ignored; // corrupt: the caller keeps GLFW's defaults and the file, until the window moves
    if (!JsonReader("window.json", &ignored).Parse(json, &doc) || !doc.IsObject()) return false;
    WindowGeometry g;
    auto get = [&doc](const char* key, int lo, int hi, int* v) {
        auto it = doc.FindMember(key);
        if (it == doc.MemberEnd() || !it->value.IsInt()) return false;
        *v = it->value.GetInt();
        return *v >= lo && *v <= hi;
    };
    if (!get("x", -kMaxCoordinate, kMaxCoordinate, &g.X) || !get("y", -kMaxCoordinate, kMaxCoordinate, &g.Y) ||
        !get("width", kMinSize, kMaxSize, &g.Width) || !get("height", kMinSize, kMaxSize, &g.Height))
        return false;
    auto max = doc.FindMember("maximized");
    if (max != doc.MemberEnd()) {
        if (!max->value.IsBool()) return false;
        g.Maximized = max->value.GetBool();
    }
    *out = g;
    return true;
}

static long long Overlap(const WindowGeometry& g, const ScreenRect& r) {
    const long long w = std::min(g.X + g.Width, r.X + r.Width) - std::max(g.X, r.X);
    const long long h = std::min(g.Y + g.Height, r.Y + r.Height) - std::max(g.Y, r.Y);
    return w >= kMinVisible && h >= kMinVisible ? w * h : 0;
}

WindowGeometry FitToMonitors(WindowGeometry g, const std::vector<ScreenRect>& work_areas) {
    if (work_areas.empty()) return g;
    size_t best = 0;
    long long best_overlap = 0;
    for (size_t i = 0; i < work_areas.size(); ++i) {
        const long long o = Overlap(g, work_areas[i]);
        if (o > best_overlap) { best_overlap = o; best = i; }
    }
    const ScreenRect& r = work_areas[best];
    g.Width = std::max(std::min(g.Width, r.Width), std::min(kMinSize, r.Width));
    g.Height = std::max(std::min(g.Height, r.Height), std::min(kMinSize, r.Height));
    if (best_overlap == 0) { // off every monitor: centre it on the primary one
        g.X = r.X + (r.Width - g.Width) / 2;
        g.Y = r.Y + (r.Height - g.Height) / 2;
    }
    g.X = std::clamp(g.X, r.X, r.X + r.Width - g.Width);
    g.Y = std::clamp(g.Y, r.Y, r.Y + r.Height - g.Height);
    return g;
}

} // namespace folio::platform
