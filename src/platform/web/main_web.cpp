// The web viewer's entry point: a WebGL 2 context on the page's canvas, ImGui with the OpenGL 3 renderer,
// and a frame loop that runs only when something changed (requestAnimationFrame on demand, never a timer).
// Without WebGL the App still runs headless (it loads and parses; the page shows its accessibility mirror).
// One module instance is one viewer; folio_shutdown() lets the page drop an instance.
#include "platform/frame_budget.h"
#include "platform/loop_stats.h"
#include "platform/web/web_host.h"
#include "platform/web/web_input.h"
#include "platform/web/webgl_renderer.h"
#include "ui/app.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

// The page hands the module its canvas (Module.canvas) and, optionally, the node holding the canvas and its
// accessibility mirror (Module.folioKeyTarget) that keys and focus are taken from; the HTML5 API finds them
// under these names.
EM_JS(void, folio_js_register_canvas, (), {
    specialHTMLTargets["!canvas"] = Module["canvas"];
    specialHTMLTargets["!keys"] = Module["folioKeyTarget"] || Module["canvas"];
});
EM_JS(void, folio_js_renderer, (int webgl), {
    Module["folioRenderer"] = webgl ? "webgl2" : "none";
});
EM_JS(void, folio_js_scroll_request, (float y), {
    if (Module["onFolioScroll"]) Module["onFolioScroll"](y);
});
EM_JS(void, folio_js_cursor, (int cursor), {
    var names = ["default", "text", "move", "ns-resize", "ew-resize", "nesw-resize", "nwse-resize", "pointer", "wait", "progress", "not-allowed"];
    Module["canvas"].style.cursor = cursor < 0 ? "none" : (names[cursor] || "default");
});

namespace {

constexpr const char* kCanvas = "!canvas";
constexpr const char* kKeys = "!keys";

struct WebViewer {
    folio::ui::App App;
    folio::platform::FrameBudget Budget;
    folio::platform::WebHost* Host = nullptr;
    bool RafPending = false;
    long RafId = 0;
    bool Headless = false; // no WebGL: nothing is drawn
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE Context = 0;
    double LastTime = 0.0;
    int Cursor = 0;
    folio::platform::LoopStats Stats;
    std::string StateBuffer; // what folio_state() returned last
};
WebViewer* g_Viewer = nullptr;

EM_BOOL OnAnimationFrame(double now, void*);

void RequestFrame() {
    if (!g_Viewer || g_Viewer->Headless) return;
    g_Viewer->Budget.Request();
    if (!g_Viewer->RafPending) {
        g_Viewer->RafPending = true;
        g_Viewer->RafId = emscripten_request_animation_frame(OnAnimationFrame, nullptr);
    }
}

// Sizes the canvas's backing store in device pixels and tells ImGui both sizes.
void SyncCanvasSize() {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size(kCanvas, &css_w, &css_h);
    const double dpr = emscripten_get_device_pixel_ratio();
    const int fb_w = (int)(css_w * dpr + 0.5), fb_h = (int)(css_h * dpr + 0.5);
    int cur_w = 0, cur_h = 0;
    emscripten_get_canvas_element_size(kCanvas, &cur_w, &cur_h);
    if (cur_w != fb_w || cur_h != fb_h) emscripten_set_canvas_element_size(kCanvas, fb_w, fb_h);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2((float)css_w, (float)css_h);
    io.DisplayFramebufferScale = css_w > 0 ? ImVec2((float)(fb_w / css_w), (float)(fb_h / css_h)) : ImVec2(1, 1);
}

void RenderFrame(double now) {
    SyncCanvasSize();
    ImGuiIO& io = ImGui::GetIO();
    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(g_Viewer->App.GetTheme().Background);
    glViewport(0, 0, (int)(io.DisplaySize.x * io.DisplayFramebufferScale.x), (int)(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (!g_Viewer->App.CanDraw() || io.DisplaySize.x <= 0 || io.DisplaySize.y <= 0) return;
    const double dt = (now - g_Viewer->LastTime) / 1000.0;
    io.DeltaTime = (dt > 0.0 && dt < 0.25) ? (float)dt : 1.0f / 60.0f; // after idle, one ordinary frame
    g_Viewer->LastTime = now;
    const double started = emscripten_get_now();
    ImGui::NewFrame();
    g_Viewer->App.Draw();
    ImGui::Render();
    folio::platform::WebGLRenderer_RenderDrawData(ImGui::GetDrawData());
    if (g_Viewer->App.Animating()) g_Viewer->Budget.Request(1); // a glide or a timer: one more frame
    const int cursor = ImGui::GetMouseCursor();
    if (cursor != g_Viewer->Cursor) { g_Viewer->Cursor = cursor; folio_js_cursor(cursor); }
    ++g_Viewer->Stats.FramesRendered;
    g_Viewer->Stats.FrameMs += emscripten_get_now() - started;
    float scroll_to = 0.0f;
    if (g_Viewer->App.TakeScrollRequest(&scroll_to)) folio_js_scroll_request(scroll_to); // the host page scrolls
}

EM_BOOL OnAnimationFrame(double now, void*) {
    g_Viewer->RafPending = false;
    ++g_Viewer->Stats.Wakeups;
    if (g_Viewer->Budget.Take()) RenderFrame(now);
    if (g_Viewer->Budget.Pending()) {
        g_Viewer->RafPending = true;
        g_Viewer->RafId = emscripten_request_animation_frame(OnAnimationFrame, nullptr);
    }
    return EM_FALSE;
}

EM_BOOL OnResize(int, const EmscriptenUiEvent*, void*) { RequestFrame(); return EM_FALSE; }
EM_BOOL OnVisibility(int, const EmscriptenVisibilityChangeEvent* e, void*) {
    if (!e->hidden) RequestFrame(); // hidden pages get no animation frames anyway
    return EM_FALSE;
}

} // namespace

// ---- the module's exports, for the page script (and tests) ---------------------------------------------------
extern "C" {
// The viewer's state as JSON (App::StateJson plus the loop's counters); valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* folio_state() {
    if (!g_Viewer) return "{}";
    g_Viewer->Stats.FramePending = g_Viewer->RafPending;
    g_Viewer->StateBuffer = folio::platform::AppendLoopStats(g_Viewer->App.StateJson(), g_Viewer->Stats);
    return g_Viewer->StateBuffer.c_str();
}
EMSCRIPTEN_KEEPALIVE void folio_navigate(const char* route) { if (g_Viewer) g_Viewer->App.Navigate(route, true); }
EMSCRIPTEN_KEEPALIVE void folio_open(const char* id) { if (g_Viewer) g_Viewer->App.Open(id); }
EMSCRIPTEN_KEEPALIVE void folio_back() { if (g_Viewer) g_Viewer->App.Back(); }
// Goes to route as a reader's click would (a history entry); folio_navigate is for Back and Forward.
EMSCRIPTEN_KEEPALIVE void folio_go(const char* route) { if (g_Viewer) g_Viewer->App.Navigate(route, false); }
// The canvas's box changed size (the page saw it; no window resize event came).
EMSCRIPTEN_KEEPALIVE void folio_request_frame() { if (g_Viewer) RequestFrame(); }
// Applies the settings in json (SettingsToJson's shape; missing fields keep their defaults).
EMSCRIPTEN_KEEPALIVE int folio_settings(const char* json) {
    folio::ui::ReaderSettings s;
    if (!g_Viewer || !folio::ui::SettingsFromJson(json, &s)) return 0;
    g_Viewer->App.SetSettings(s);
    return 1;
}
// The accessibility mirror of what is shown (ui/mirror.h); valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* folio_mirror() {
    if (!g_Viewer) return "{}";
    g_Viewer->StateBuffer = g_Viewer->App.MirrorJson();
    return g_Viewer->StateBuffer.c_str();
}
EMSCRIPTEN_KEEPALIVE void folio_reveal(const char* target, int nth) { if (g_Viewer) g_Viewer->App.RevealLink(target, nth); }
// The page's Find reached [begin, end) (bytes) of the nth mirror block whose text is block: 1 if the canvas shows it.
EMSCRIPTEN_KEEPALIVE int folio_reveal_text(const char* block, int nth, int begin, int end) {
    if (!g_Viewer || begin < 0 || end < begin) return 0;
    return g_Viewer->App.RevealText(block, nth, (uint32_t)begin, (uint32_t)end) ? 1 : 0;
}
// Host-driven scrolling: the page grows the canvas's box to the document and says which part is in view.
EMSCRIPTEN_KEEPALIVE void folio_scroll_mode(int external) {
    if (!g_Viewer) return;
    folio::platform::SetWebInputScrollsPage(external != 0);
    g_Viewer->App.SetExternalScroll(external != 0);
}
EMSCRIPTEN_KEEPALIVE void folio_scroll_y(float y) { if (g_Viewer) g_Viewer->App.SetExternalScrollY(y); }
// Stops the viewer for good: no more frames, event callbacks or fetch answers (its downloads are cancelled), the
// WebGL context released. The page then drops its last reference to the module and the instance is garbage.
EMSCRIPTEN_KEEPALIVE void folio_shutdown() {
    if (!g_Viewer) return;
    g_Viewer->Host->CancelAllFetches();
    if (g_Viewer->RafPending) emscripten_cancel_animation_frame(g_Viewer->RafId);
    g_Viewer->RafPending = false;
    g_Viewer->Headless = true; // RequestFrame does nothing from here on
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, nullptr);
    emscripten_set_visibilitychange_callback(nullptr, EM_FALSE, nullptr);
    folio::platform::RemoveWebInput(kCanvas, kKeys);
    if (g_Viewer->Context > 0) {
        folio::platform::WebGLRenderer_Shutdown();
        emscripten_webgl_destroy_context(g_Viewer->Context);
        g_Viewer->Context = 0;
    }
}
EMSCRIPTEN_KEEPALIVE void folio_system(int dark, int reduced_motion) {
    if (g_Viewer) g_Viewer->App.SetSystemPreferences(dark != 0, reduced_motion != 0);
}
// What Ctrl+C copies now, for the page's copy event; valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* folio_copy_text() {
    if (!g_Viewer) return "";
    g_Viewer->StateBuffer = g_Viewer->App.CopyText();
    return g_Viewer->StateBuffer.c_str();
}
}

int main() {
    folio_js_register_canvas();
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.alpha = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    attrs.antialias = EM_FALSE;
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context(kCanvas, &attrs);
    folio_js_renderer(ctx > 0);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext(); // also headless: the App keeps its style and state in it
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.BackendPlatformName = "folio_web";
    if (ctx > 0) {
        emscripten_webgl_make_context_current(ctx);
        if (!folio::platform::WebGLRenderer_Init()) {
            folio::platform::WebHost host([] {});
            host.StateChanged("{\"state\":\"error\",\"error\":\"The WebGL renderer could not start.\",\"fontsReady\":false}");
            return 0;
        }
    }

    g_Viewer = new WebViewer();
    g_Viewer->Headless = ctx <= 0;
    g_Viewer->Context = ctx > 0 ? ctx : 0;
    g_Viewer->Host = new folio::platform::WebHost(RequestFrame);
    folio::ui::AppOptions options;
    if (std::string v = folio::platform::WebOption("fonts"); !v.empty()) options.FontsUrl = v;
    if (std::string v = folio::platform::WebOption("bundle"); !v.empty()) options.FeedUrl = v;
    options.ArticleId = folio::platform::WebOption("article");
    options.Route = folio::platform::WebOption("route");
    options.Theme = folio::platform::WebOption("theme");
    options.RestoreScroll = folio::platform::WebOption("restoreScroll") != "false";
    options.Headless = g_Viewer->Headless;
    g_Viewer->App.Init(g_Viewer->Host, options);
    if (g_Viewer->Headless) return 0; // fetches still answer; there is nothing to draw or to type into

    folio::platform::InstallWebInput(kCanvas, kKeys, RequestFrame, &g_Viewer->App.Flick());
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, OnResize);
    emscripten_set_visibilitychange_callback(nullptr, EM_FALSE, OnVisibility);
    RequestFrame();
    return 0; // the runtime stays alive; callbacks drive everything from here
}
