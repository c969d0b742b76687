// The desktop viewer's entry point: a GLFW window with OpenGL 3, ImGui, and a loop that sleeps in
// glfwWaitEvents until something happens. With --screenshot it draws off screen and writes a PNG instead.
#include "platform/frame_budget.h"
#include "platform/loop_stats.h"
#include "platform/native/args.h"
#include "platform/native/native_host.h"
#include "platform/native/png_write.h"
#include "ui/app.h"

#define GL_GLEXT_PROTOTYPES
#include <GLFW/glfw3.h>
#include <GL/glext.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

using folio::platform::FrameBudget;
FrameBudget g_Budget;
folio::platform::LoopStats g_Stats;
const char* g_StateFile = nullptr; // FOLIO_STATE_FILE: tests read the state there after every frame

double ThreadCpuMs() {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Writes the state for tests (FOLIO_STATE_FILE), replacing the file whole so a reader never sees half of it.
void WriteStateFile(const folio::ui::App& app) {
    if (!g_StateFile) return;
    g_Stats.FramePending = g_Budget.Pending();
    const std::string json = folio::platform::AppendLoopStats(app.StateJson(), g_Stats);
    const std::string tmp = std::string(g_StateFile) + ".tmp";
    if (FILE* f = fopen(tmp.c_str(), "wb")) {
        fwrite(json.data(), 1, json.size(), f);
        fclose(f);
        rename(tmp.c_str(), g_StateFile);
    }
}

bool IsDir(const std::string& p) { struct stat st; return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode); }

// The folder holding fonts/ and bundle/: beside the program in a build, share/folio when installed.
std::string DataDir() {
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    std::string exe_dir = n > 0 ? std::string(buf, (size_t)n) : std::string(".");
    exe_dir = exe_dir.substr(0, exe_dir.rfind('/') + 1);
    if (IsDir(exe_dir + "fonts")) return exe_dir;
    if (IsDir(exe_dir + "../share/folio/fonts")) return exe_dir + "../share/folio/";
    return exe_dir;
}

// Every GLFW event asks for frames; ImGui's backend chains to these after feeding its own IO.
void RequestFramesOnEvents(GLFWwindow* w) {
    glfwSetCursorPosCallback(w, [](GLFWwindow*, double, double) { g_Budget.Request(); });
    glfwSetMouseButtonCallback(w, [](GLFWwindow*, int, int, int) { g_Budget.Request(); });
    glfwSetScrollCallback(w, [](GLFWwindow*, double, double) { g_Budget.Request(); });
    glfwSetKeyCallback(w, [](GLFWwindow*, int, int, int, int) { g_Budget.Request(); });
    glfwSetCharCallback(w, [](GLFWwindow*, unsigned) { g_Budget.Request(); });
    glfwSetWindowFocusCallback(w, [](GLFWwindow*, int) { g_Budget.Request(); });
    glfwSetCursorEnterCallback(w, [](GLFWwindow*, int) { g_Budget.Request(); });
    glfwSetFramebufferSizeCallback(w, [](GLFWwindow*, int, int) { g_Budget.Request(); });
    glfwSetWindowRefreshCallback(w, [](GLFWwindow*) { g_Budget.Request(); });
    glfwSetWindowContentScaleCallback(w, [](GLFWwindow*, float, float) { g_Budget.Request(); });
}

void DrawFrame(folio::ui::App& app, int fb_w, int fb_h, const ImVec2* fixed_size) {
    const double started = ThreadCpuMs();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    if (fixed_size) {
        ImGui::GetIO().DisplaySize = *fixed_size;
        ImGui::GetIO().DisplayFramebufferScale = ImVec2(1, 1);
    }
    ImGui::NewFrame();
    app.Draw();
    ImGui::Render();
    if (app.Animating()) g_Budget.Request(1); // a glide or a timer: one more frame
    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(app.GetTheme().Background);
    glViewport(0, 0, fb_w, fb_h);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++g_Stats.FramesRendered;
    g_Stats.FrameMs += ThreadCpuMs() - started;
}

// Draws off screen until the article (or the error view) has settled, then writes the PNG.
int RunScreenshot(GLFWwindow* window, folio::ui::App& app, folio::platform::NativeHost& host, const folio::platform::NativeArgs& args) {
    const int w = args.Width, h = args.Height;
    GLuint fbo = 0, tex = 0;
    glGenTextures(1, &tex);
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glGenFramebuffers(1, &fbo);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, tex, 0);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
        fprintf(stderr, "folio: cannot draw off screen at %dx%d (framebuffer incomplete)\n", w, h);
        return 1;
    }
    const ImVec2 size((float)w, (float)h);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    int settled_frames = 0;
    while (settled_frames < 3) {
        glfwPollEvents();
        host.DeliverPending();
        if (!app.FontError().empty()) { fprintf(stderr, "folio: %s\n", app.FontError().c_str()); return 1; }
        if (std::chrono::steady_clock::now() > deadline) {
            fprintf(stderr, "folio: the article did not finish loading within 20 seconds\n");
            return 1;
        }
        if (!app.CanDraw()) continue;
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        DrawFrame(app, w, h, &size);
        if (app.Settled()) ++settled_frames;
    }
    std::vector<unsigned char> pixels((size_t)w * h * 4), flipped(pixels.size());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    for (int y = 0; y < h; ++y) // OpenGL's rows run bottom up
        std::copy_n(&pixels[(size_t)(h - 1 - y) * w * 4], (size_t)w * 4, &flipped[(size_t)y * w * 4]);
    std::string error;
    if (!folio::platform::WritePng(args.Screenshot, flipped.data(), w, h, &error)) {
        fprintf(stderr, "folio: cannot write the screenshot: %s\n", error.c_str());
        return 1;
    }
    if (app.GetPhase() == folio::ui::Phase::Error) {
        fprintf(stderr, "folio: wrote the error view to %s: %s\n", args.Screenshot.c_str(), app.StateJson().c_str());
        return 1;
    }
    return 0;
}

int RunWindow(GLFWwindow* window, folio::ui::App& app, folio::platform::NativeHost& host) {
    g_Budget.Request();
    while (!glfwWindowShouldClose(window)) {
        if (g_Budget.Pending()) glfwPollEvents();
        else { glfwWaitEvents(); g_Budget.Request(); }
        ++g_Stats.Wakeups;
        host.DeliverPending();
        if (!app.FontError().empty()) { fprintf(stderr, "folio: %s\n", app.FontError().c_str()); return 1; }
        if (!g_Budget.Take() || !app.CanDraw()) continue;
        int fb_w, fb_h;
        glfwGetFramebufferSize(window, &fb_w, &fb_h);
        DrawFrame(app, fb_w, fb_h, nullptr);
        glfwSwapBuffers(window);
        WriteStateFile(app);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    folio::platform::NativeArgs args;
    std::string error;
    if (!folio::platform::ParseArgs(argc, argv, &args, &error)) {
        fprintf(stderr, "folio: %s\nTry 'folio --help'.\n", error.c_str());
        return 2;
    }
    if (args.Help) { fputs(folio::platform::UsageText(), stdout); return 0; }
    g_StateFile = getenv("FOLIO_STATE_FILE");

    const std::string data = DataDir();
    folio::ui::AppOptions options;
    options.FontsUrl = data + "fonts/";
    std::string bundle = args.BundleDir.empty() ? data + "bundle" : args.BundleDir;
    options.FeedUrl = IsDir(bundle) ? bundle + "/feed.json" : bundle; // a folder, or its feed file
    options.ArticleId = args.ArticleId;

    glfwSetErrorCallback([](int code, const char* text) { fprintf(stderr, "folio: GLFW error %d: %s\n", code, text); });
    if (!glfwInit()) {
        fprintf(stderr, "folio: cannot open a window: no display (set DISPLAY, or run under xvfb-run)\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    if (!args.Screenshot.empty()) glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    GLFWwindow* window = glfwCreateWindow(args.Width, args.Height, "Folio", nullptr, nullptr);
    if (!window) {
        fprintf(stderr, "folio: cannot create an OpenGL 3.3 window\n");
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    RequestFramesOnEvents(window);
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    int rc;
    {
        folio::platform::NativeHost host(window, &g_Budget);
        if (args.Screenshot.empty()) host.SetConfigDir(folio::platform::DefaultConfigDir()); // screenshots use defaults
        folio::ui::App app;
        app.Init(&host, options);
        rc = args.Screenshot.empty() ? RunWindow(window, app, host) : RunScreenshot(window, app, host, args);
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return rc;
}
