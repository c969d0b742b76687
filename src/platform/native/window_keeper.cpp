// GeometryKeeper: GLFW's window position and size, the monitors' work areas, and window.json.
#include "platform/native/window_keeper.h"

#include <GLFW/glfw3.h>

namespace folio::platform {

static std::vector<ScreenRect> WorkAreas() {
    std::vector<ScreenRect> out;
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    for (int i = 0; i < count; ++i) {
        ScreenRect r;
        glfwGetMonitorWorkarea(monitors[i], &r.X, &r.Y, &r.Width, &r.Height);
        if (r.Width > 0 && r.Height > 0) out.push_back(r);
    }
    return out;
}

void GeometryKeeper::Restore(bool keep_size) {
    WindowGeometry g;
    if (!GeometryFromJson(Host_->LoadSetting("window"), &g)) return; // none yet, or corrupt: GLFW's defaults
    if (keep_size) glfwGetWindowSize(Window_, &g.Width, &g.Height);
    g = FitToMonitors(g, WorkAreas());
    glfwSetWindowSize(Window_, g.Width, g.Height);
    glfwSetWindowPos(Window_, g.X, g.Y);
    Saved_ = g;
    Restored_ = true;
}

void GeometryKeeper::Shown() {
    if (Restored_ && Saved_.Maximized) glfwMaximizeWindow(Window_);
    const WindowGeometry now = Current();
    if (!Restored_) Saved_ = now;
    Due_ = -1.0;
}

WindowGeometry GeometryKeeper::Current() {
    WindowGeometry g;
    if (glfwGetWindowAttrib(Window_, GLFW_MAXIMIZED)) {
        g = Normal_.Width > 0 ? Normal_ : Saved_;
        g.Maximized = true;
        return g;
    }
    glfwGetWindowPos(Window_, &g.X, &g.Y);
    glfwGetWindowSize(Window_, &g.Width, &g.Height);
    if (g.Width > 0 && g.Height > 0 && !glfwGetWindowAttrib(Window_, GLFW_ICONIFIED)) Normal_ = g;
    return g;
}

void GeometryKeeper::Changed(double now) { Due_ = now + kSaveDelaySeconds; }

double GeometryKeeper::SecondsToSave(double now) const { return Due_ < 0.0 ? -1.0 : (Due_ > now ? Due_ - now : 0.0); }

void GeometryKeeper::SaveIfDue(double now) {
    if (Due_ < 0.0 || now < Due_) return;
    Due_ = -1.0;
    if (glfwGetWindowAttrib(Window_, GLFW_ICONIFIED)) return; // a minimised window has no place worth keeping
    const WindowGeometry g = Current();
    if (g == Saved_ || g.Width <= 0 || g.Height <= 0) return;
    Host_->SaveSetting("window", GeometryToJson(g));
    Saved_ = g;
}

void GeometryKeeper::Flush() {
    if (Due_ >= 0.0) SaveIfDue(Due_);
}

} // namespace folio::platform
