// What the frame loop counts, for tests and benchmarks: frames drawn, times the loop woke, and the time spent
// drawing. Both platforms append these to the App's state JSON.
#pragma once
#include <string>

namespace folio::platform {

struct LoopStats {
    int FramesRendered = 0; // ImGui frames built and drawn
    int Wakeups = 0;        // animation-frame callbacks (web) or event-loop wakeups (desktop)
    double FrameMs = 0.0;   // time spent in those frames, in milliseconds (CPU time where the platform has it)
    bool FramePending = false;
};

// app_json with the counters added to its top-level object.
inline std::string AppendLoopStats(std::string app_json, const LoopStats& s) {
    if (app_json.empty() || app_json.back() != '}') return app_json;
    app_json.pop_back();
    char buf[160];
    snprintf(buf, sizeof buf, ",\"framesRendered\":%d,\"wakeups\":%d,\"frameMs\":%.3f,\"framePending\":%s}", s.FramesRendered,
             s.Wakeups, s.FrameMs, s.FramePending ? "true" : "false");
    return app_json + buf;
}

} // namespace folio::platform
