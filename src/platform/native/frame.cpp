// One frame of the desktop viewer, in logical pixels at the display's density, and the state file tests read.
#include "platform/native/viewer.h"

#define GL_GLEXT_PROTOTYPES
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>
#include <ctime>

namespace folio::platform {

static double ThreadCpuMs() {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

float ViewScale(const Viewer& v) {
    if (v.ForcedScale > 0.0f) return v.ForcedScale;
    float x = 1.0f, y = 1.0f;
    glfwGetWindowContentScale(v.Window, &x, &y);
    return x > 0.0f ? x : 1.0f;
}

double PixelsPerScreenUnit(GLFWwindow* window) {
    int ww = 0, wh = 0, fw = 0, fh = 0;
    glfwGetWindowSize(window, &ww, &wh);
    glfwGetFramebufferSize(window, &fw, &fh);
    return ww > 0 && fw > 0 ? (double)fw / ww : 1.0;
}

void DrawFrame(Viewer& v, int fb_w, int fb_h, float logical_w, float logical_h, float scale) {
    const double started = ThreadCpuMs();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // The backend measured the window in screen coordinates; the UI works in logical pixels instead.
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(logical_w, logical_h);
    io.DisplayFramebufferScale = ImVec2(scale, scale);
    ImGui::NewFrame();
    v.Host->SetPixelRatio(scale); // pictures are chosen for this density
    v.App->Draw();
    ImGui::Render();
    if (v.App->Animating()) v.Budget.Request(1); // a glide or a timer: one more frame
    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(v.App->GetTheme().Background);
    glViewport(0, 0, fb_w, fb_h);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++v.Stats.FramesRendered;
    v.Stats.FrameMs += ThreadCpuMs() - started;
}

void PumpHost(Viewer& v) {
    v.Host->DeliverPending();
    const HttpFetcher::Progress p = v.Host->DownloadProgress();
    v.App->SetProgress(p.Url, p.Bytes);
}

void WriteStateFile(const Viewer& v) {
    if (!v.StateFile) return;
    // The window as the platform sees it: where, how big (screen coordinates and pixels), at what scale.
    int x = 0, y = 0, w = 0, h = 0, fb_w = 0, fb_h = 0;
    float cx = 1.0f, cy = 1.0f;
    glfwGetWindowPos(v.Window, &x, &y);
    glfwGetWindowSize(v.Window, &w, &h);
    glfwGetFramebufferSize(v.Window, &fb_w, &fb_h);
    glfwGetWindowContentScale(v.Window, &cx, &cy);
    const ImVec2 logical = ImGui::GetIO().DisplaySize;
    rapidjson::StringBuffer win;
    rapidjson::Writer<rapidjson::StringBuffer> writer(win);
    writer.StartObject();
    writer.Key("x"); writer.Int(x);
    writer.Key("y"); writer.Int(y);
    writer.Key("width"); writer.Int(w);
    writer.Key("height"); writer.Int(h);
    writer.Key("framebufferWidth"); writer.Int(fb_w);
    writer.Key("framebufferHeight"); writer.Int(fb_h);
    writer.Key("contentScale"); writer.Double(cx);
    writer.Key("scale"); writer.Double(ViewScale(v));
    writer.Key("logicalWidth"); writer.Double(logical.x);
    writer.Key("logicalHeight"); writer.Double(logical.y);
    writer.EndObject();
    // The App's state and the loop's counters, with the window added to the same top-level object.
    LoopStats stats = v.Stats;
    stats.FramePending = v.Budget.Pending();
    std::string json = AppendLoopStats(v.App->StateJson(), stats);
    if (json.empty() || json.back() != '}') return;
    json.pop_back();
    json += ",\"window\":";
    json.append(win.GetString(), win.GetSize());
    json += '}';
    // Replaced whole, so a reader never sees half of it.
    const std::string tmp = std::string(v.StateFile) + ".tmp";
    if (FILE* f = fopen(tmp.c_str(), "wb")) {
        fwrite(json.data(), 1, json.size(), f);
        fclose(f);
        rename(tmp.c_str(), v.StateFile);
    }
}

} // namespace folio::platform
