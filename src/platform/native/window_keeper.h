// Keeps the window's place across runs: restores window.json (fitted onto today's monitors) before the window
// is shown, and saves it half a second after the reader last moved or resized it: never on every event, never
// when nothing changed, so a corrupt file stays as it was until the reader moves or resizes the window.
#pragma once
#include "platform/native/native_host.h"
#include "platform/native/window_geometry.h"

struct GLFWwindow;

namespace folio::platform {

class GeometryKeeper {
public:
    static constexpr double kSaveDelaySeconds = 0.5;

    GeometryKeeper(GLFWwindow* window, NativeHost* host) : Window_(window), Host_(host) {}
    void Restore(bool keep_size); // before the window is shown: the stored place (and size, unless keep_size)
    void Shown();                 // after it is shown: its geometry now is the starting point, not a change
    void Changed(double now);     // the window moved, was resized, maximised or restored
    double SecondsToSave(double now) const; // how long the loop may sleep before SaveIfDue; < 0: nothing pending
    void SaveIfDue(double now);
    void Flush();                 // at exit: a pending change is saved now

private:
    WindowGeometry Current();
    GLFWwindow* Window_;
    NativeHost* Host_;
    WindowGeometry Saved_;   // stored, restored or seen at start
    WindowGeometry Normal_;  // the last geometry while not maximised (what a maximised window returns to)
    bool Restored_ = false;
    double Due_ = -1.0;
};

} // namespace folio::platform
