// GLFW callbacks of the desktop viewer: every event asks for frames (the loop otherwise sleeps), moves and
// resizes reach the GeometryKeeper, drops are kept for the loop to open (OpenDropped), and the mouse is reported
// to ImGui in logical pixels, like every other size in the UI.
#include "cli/console.h"
#include "platform/native/open_target.h"
#include "platform/native/viewer.h"
#include "platform/native/window_keeper.h"

#include <GLFW/glfw3.h>
#include <imgui_impl_glfw.h>

#include <cstdio>

namespace folio::platform {

static Viewer* g_Viewer = nullptr; // GLFW's callbacks carry no context; the window's user pointer is ImGui's to share

static void Frames() { if (g_Viewer) g_Viewer->Budget.Request(); }
static void GeometryChanged() {
    if (g_Viewer && g_Viewer->Keeper) g_Viewer->Keeper->Changed(glfwGetTime());
    Frames();
}

void InstallWindowCallbacks(Viewer& v) {
    g_Viewer = &v;
    GLFWwindow* w = v.Window;
    glfwSetCursorPosCallback(w, [](GLFWwindow*, double, double) { Frames(); });
    glfwSetMouseButtonCallback(w, [](GLFWwindow*, int, int, int) { Frames(); });
    glfwSetScrollCallback(w, [](GLFWwindow*, double, double) { Frames(); });
    glfwSetKeyCallback(w, [](GLFWwindow*, int, int, int, int) { Frames(); });
    glfwSetCharCallback(w, [](GLFWwindow*, unsigned) { Frames(); });
    glfwSetWindowFocusCallback(w, [](GLFWwindow*, int) { Frames(); });
    glfwSetCursorEnterCallback(w, [](GLFWwindow*, int) { Frames(); });
    glfwSetFramebufferSizeCallback(w, [](GLFWwindow*, int, int) { Frames(); });
    glfwSetWindowRefreshCallback(w, [](GLFWwindow*) { Frames(); });
    // A monitor of another scale: the next frames lay out and rasterise at the new density.
    glfwSetWindowContentScaleCallback(w, [](GLFWwindow*, float, float) { Frames(); });
    glfwSetWindowPosCallback(w, [](GLFWwindow*, int, int) { GeometryChanged(); });
    glfwSetWindowSizeCallback(w, [](GLFWwindow*, int, int) { GeometryChanged(); });
    glfwSetWindowMaximizeCallback(w, [](GLFWwindow*, int) { GeometryChanged(); });
    glfwSetDropCallback(w, [](GLFWwindow*, int count, const char** paths) {
        if (!g_Viewer || count < 1) return;
        if (count > 1) cli::PrintLine(stderr, "folio: " + std::to_string(count) + " items dropped; opening the first, " + paths[0]);
        g_Viewer->Dropped = paths[0];
        Frames();
    });
}

void OpenDropped(Viewer& v) {
    if (v.Dropped.empty()) return;
    const OpenTarget t = ResolveOpenTarget(v.Dropped);
    v.Dropped.clear();
    v.Host->SetSource(t); // its files are read below its folder from now on
    v.App->OpenSource(t.FeedUrl, t.ArticleUrl);
}

void InstallLogicalMouse(Viewer& v) {
    // Replaces the backend's cursor callback with one that converts first; the backend's own (which we call)
    // still chains to Frames() above.
    glfwSetCursorPosCallback(v.Window, [](GLFWwindow* w, double x, double y) {
        const double f = PixelsPerScreenUnit(w) / ViewScale(*g_Viewer); // to framebuffer pixels, then logical
        ImGui_ImplGlfw_CursorPosCallback(w, x * f, y * f);
    });
}

} // namespace folio::platform
