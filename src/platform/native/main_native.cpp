// The desktop viewer's entry point: reads the command line, opens a GLFW window (OpenGL 3.3) or, with
// --screenshot, an invisible one to draw off screen, sets up ImGui and the App, and hands over to the window
// loop (window_loop.cpp) or the screenshot mode (screenshot.cpp).
#include "cli/console.h"
#include "platform/native/args.h"
#include "platform/native/image_decoder.h"
#include "platform/native/native_host.h"
#include "platform/native/open_target.h"
#include "platform/native/viewer.h"
#include "platform/native/window_keeper.h"
#include "ui/app.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

namespace {

bool IsDir(const std::string& p) { struct stat st; return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode); }

// The folder holding fonts/ and bundle/: beside the program in a build, share/folio when installed.
std::string DataDir() {
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    std::string exe_dir = n > 0 ? std::string(buf, (size_t)n) : std::string(".");
    exe_dir = exe_dir.substr(0, exe_dir.rfind('/') + 1);
    if (IsDir(exe_dir + "fonts")) return exe_dir;
    // PREFIX/bin/ -> PREFIX/share/folio/, spelled without "..": a path with one is never read below a source's
    // folder (NativeHost), and the reader may open a folder that holds this one.
    const size_t up = exe_dir.size() >= 2 ? exe_dir.rfind('/', exe_dir.size() - 2) : std::string::npos;
    const std::string prefix = up == std::string::npos ? std::string() : exe_dir.substr(0, up + 1);
    if (!prefix.empty() && IsDir(prefix + "share/folio/fonts")) return prefix + "share/folio/";
    return exe_dir;
}

// The window at --size logical pixels: GLFW scales a window to its monitor's content scale; a forced --scale
// sizes it so the framebuffer holds size x scale pixels.
void SizeWindow(GLFWwindow* window, const folio::platform::NativeArgs& args) {
    if (args.Scale <= 0.0f) return;
    const double pixels_per_unit = folio::platform::PixelsPerScreenUnit(window);
    glfwSetWindowSize(window, (int)std::lround(args.Width * args.Scale / pixels_per_unit),
                      (int)std::lround(args.Height * args.Scale / pixels_per_unit));
}

} // namespace

int main(int argc, char** argv) {
    using namespace folio::platform;
    NativeArgs args;
    std::string error;
    if (!ParseArgs(argc, argv, &args, &error)) {
        folio::cli::PrintLine(stderr, "folio: " + error);
        fputs("Try 'folio --help'.\n", stderr);
        return 2;
    }
    if (args.Help) { fputs(UsageText(), stdout); return 0; }
    if (args.Version) { printf("folio %s\n", FOLIO_VERSION); return 0; }
    const bool screenshot = !args.Screenshot.empty();

    const std::string data = DataDir();
    folio::ui::AppOptions options;
    options.FontsUrl = data + "fonts/";
    const OpenTarget target = ResolveOpenTarget(args.Input.empty() ? data + "bundle" : args.Input);
    options.FeedUrl = target.FeedUrl;
    options.ArticleUrl = target.ArticleUrl;
    options.ArticleId = args.ArticleId;

    glfwSetErrorCallback([](int code, const char* text) {
        folio::cli::PrintLine(stderr, "folio: GLFW error " + std::to_string(code) + ": " + text);
    });
    if (!glfwInit()) {
        fprintf(stderr, "folio: cannot open a window: no display (set DISPLAY, or run under xvfb-run)\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE); // shown once sized and placed; never, for a screenshot
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, args.Scale > 0.0f ? GLFW_FALSE : GLFW_TRUE);
    glfwWindowHintString(GLFW_X11_CLASS_NAME, "folio");
    glfwWindowHintString(GLFW_X11_INSTANCE_NAME, "folio");
    GLFWwindow* window = glfwCreateWindow(screenshot ? 64 : args.Width, screenshot ? 64 : args.Height, "Folio", nullptr, nullptr);
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

    int rc;
    {
        Viewer v;
        v.Window = window;
        v.ForcedScale = args.Scale;
        v.StateFile = getenv("FOLIO_STATE_FILE");
        NativeHost host(window, &v.Budget);
        v.Host = &host;
        host.SetSource(target);
        options.ImportText = [&host](std::string&& text, const std::string& file, folio::ui::ArticleReadDone done) {
            host.ImportText(std::move(text), file, std::move(done)); // the bundle tool's importer, off this thread
        };
        if (!screenshot) { // screenshots use the defaults, and store nothing
            host.SetConfigDir(DefaultConfigDir());
            host.SetCacheDir(DefaultCacheDir());
        }
        GeometryKeeper keeper(window, &host);
        if (!screenshot) {
            SizeWindow(window, args);
            keeper.Restore(args.SizeGiven);
            v.Keeper = &keeper;
        }
        InstallWindowCallbacks(v);
        ImGui_ImplGlfw_InitForOpenGL(window, true);
        ImGui_ImplOpenGL3_Init("#version 330 core");
        InstallLogicalMouse(v);

        folio::ui::App app;
        v.App = &app;
        app.Init(&host, options);
        if (!args.Theme.empty()) {
            folio::ui::ReaderSettings s = app.Settings();
            folio::ui::ParseThemeName(args.Theme, &s.Theme);
            app.SetSettings(s);
        }
        if (screenshot) rc = RunScreenshot(v, args);
        else {
            glfwShowWindow(window);
            keeper.Shown();
            rc = RunWindow(v);
        }
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
    }
    StopImageDecoding(); // the decoders' threads have ended with the host
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return rc;
}
