// The web viewer's entry point: a WebGL 2 context on the page's canvas, ImGui with the OpenGL 3 renderer,
// and a frame loop that runs only when something changed (requestAnimationFrame on demand, never a timer).
// Without WebGL the App still runs headless (it loads and parses; the page shows its accessibility mirror).
// One module instance is one viewer, and all its state is one WebViewer: the event callbacks get it as their userData
// and the exports as their first argument (the page reads its address from Module.folioViewer), so nothing lives
// in file-level variables. folio_shutdown() lets the page drop an instance. The exports and Module hooks are the
// contract with the page: docs/embedding.md's table lists them all.
#include "platform/frame_budget.h"
#include "platform/loop_stats.h"
#include "platform/web/image_probe.h"
#include "platform/web/text_probe.h"
#include "platform/web/web_host.h"
#include "platform/web/web_input.h"
#include "platform/web/webgl_renderer.h"
#include "ui/app.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/eventloop.h>
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
EM_JS(void, folio_js_viewer, (void* viewer), {
    Module["folioViewer"] = viewer;
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

void RequestFrame(void* viewer);

struct WebViewer {
    folio::ui::App App;
    folio::platform::FrameBudget Budget;
    folio::platform::WebHost Host{RequestFrame, this};
    folio::platform::WebInput Input;
    bool RafPending = false;
    long RafId = 0;
    bool Headless = false; // no WebGL: nothing is drawn
    bool Stopped = false;  // folio_shutdown was called
    long TickId = 0;       // the headless tick's timeout, while one is set
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE Context = 0;
    double LastTime = 0.0;
    int Cursor = 0;
    folio::platform::LoopStats Stats;
    std::string StateBuffer; // what folio_state() returned last
    folio::platform::ImageProbe Probe; // the folio_test_* exports' answers
};

EM_BOOL OnAnimationFrame(double now, void* viewer);

// Without WebGL no frame is drawn, but what a frame advances besides drawing (a search whose engine arrived) is,
// on a timer.
void OnHeadlessTick(void* viewer) {
    WebViewer* v = (WebViewer*)viewer;
    v->TickId = 0;
    if (v->Stopped) return;
    if (v->App.Advance(emscripten_get_now() / 1000.0)) v->TickId = emscripten_set_timeout(OnHeadlessTick, 50, v);
}

void RequestFrame(void* viewer) {
    WebViewer* v = (WebViewer*)viewer;
    if (v->Headless) {
        if (!v->Stopped && !v->TickId) v->TickId = emscripten_set_timeout(OnHeadlessTick, 0, v);
        return;
    }
    v->Budget.Request();
    if (!v->RafPending) {
        v->RafPending = true;
        v->RafId = emscripten_request_animation_frame(OnAnimationFrame, v);
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

void RenderFrame(WebViewer* v, double now) {
    SyncCanvasSize();
    ImGuiIO& io = ImGui::GetIO();
    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(v->App.GetTheme().Background);
    glViewport(0, 0, (int)(io.DisplaySize.x * io.DisplayFramebufferScale.x), (int)(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (!v->App.CanDraw() || io.DisplaySize.x <= 0 || io.DisplaySize.y <= 0) return;
    const double dt = (now - v->LastTime) / 1000.0;
    io.DeltaTime = (dt > 0.0 && dt < 0.25) ? (float)dt : 1.0f / 60.0f; // after idle, one ordinary frame
    v->LastTime = now;
    const double started = emscripten_get_now();
    ImGui::NewFrame();
    v->App.Draw();
    ImGui::Render();
    folio::platform::WebGLRenderer_RenderDrawData(ImGui::GetDrawData());
    if (v->App.Animating()) v->Budget.Request(1); // a glide or a timer: one more frame
    const int cursor = ImGui::GetMouseCursor();
    if (cursor != v->Cursor) { v->Cursor = cursor; folio_js_cursor(cursor); }
    ++v->Stats.FramesRendered;
    v->Stats.FrameMs += emscripten_get_now() - started;
    float scroll_to = 0.0f;
    if (v->App.TakeScrollRequest(&scroll_to)) folio_js_scroll_request(scroll_to); // the host page scrolls
}

EM_BOOL OnAnimationFrame(double now, void* viewer) {
    WebViewer* v = (WebViewer*)viewer;
    v->RafPending = false;
    ++v->Stats.Wakeups;
    if (v->Budget.Take()) RenderFrame(v, now);
    if (v->Budget.Pending()) {
        v->RafPending = true;
        v->RafId = emscripten_request_animation_frame(OnAnimationFrame, v);
    }
    return EM_FALSE;
}

EM_BOOL OnResize(int, const EmscriptenUiEvent*, void* viewer) { RequestFrame(viewer); return EM_FALSE; }
EM_BOOL OnVisibility(int, const EmscriptenVisibilityChangeEvent* e, void* viewer) {
    if (!e->hidden) RequestFrame(viewer); // hidden pages get no animation frames anyway
    return EM_FALSE;
}

} // namespace

// ---- the module's exports, for the page script (and tests); v is Module.folioViewer (0 if the viewer did not start)
extern "C" {
// The viewer's state as JSON (App::StateJson plus the loop's counters); valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* folio_state(WebViewer* v) {
    if (!v) return "{}";
    v->Stats.FramePending = v->RafPending;
    const folio::platform::WebImages::Stats& t = v->Host.Pictures().Counts();
    v->StateBuffer = folio::platform::AppendTextureStats(folio::platform::AppendLoopStats(v->App.StateJson(), v->Stats), t.Live,
                                                         t.Bytes, t.PeakBytes, t.Loading);
    v->StateBuffer = folio::platform::AppendTextStats(std::move(v->StateBuffer), v->Host.WebText());
    return v->StateBuffer.c_str();
}
EMSCRIPTEN_KEEPALIVE void folio_navigate(WebViewer* v, const char* route) { if (v) v->App.Navigate(route, true); }
EMSCRIPTEN_KEEPALIVE void folio_open(WebViewer* v, const char* id) { if (v) v->App.Open(id); }
EMSCRIPTEN_KEEPALIVE void folio_back(WebViewer* v) { if (v) v->App.Back(); }
EMSCRIPTEN_KEEPALIVE void folio_more(WebViewer* v) { if (v) v->App.LoadMore(); }
// Goes to route as a reader's click would (a history entry); folio_navigate is for Back and Forward.
EMSCRIPTEN_KEEPALIVE void folio_go(WebViewer* v, const char* route) { if (v) v->App.Navigate(route, false); }
// The canvas's box changed size (the page saw it; no window resize event came).
EMSCRIPTEN_KEEPALIVE void folio_request_frame(WebViewer* v) { if (v) RequestFrame(v); }
// Applies the settings in json (SettingsToJson's shape; missing fields keep their defaults).
EMSCRIPTEN_KEEPALIVE int folio_settings(WebViewer* v, const char* json) {
    folio::ui::ReaderSettings s;
    if (!v || !folio::ui::SettingsFromJson(json, &s)) return 0;
    v->App.SetSettings(s);
    return 1;
}
// The accessibility mirror of what is shown (ui/mirror.h); valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* folio_mirror(WebViewer* v) {
    if (!v) return "{}";
    v->StateBuffer = v->App.MirrorJson();
    return v->StateBuffer.c_str();
}
EMSCRIPTEN_KEEPALIVE void folio_reveal(WebViewer* v, const char* target, int nth) { if (v) v->App.RevealLink(target, nth); }
// The page's Find reached [begin, end) (bytes) of the nth mirror block whose text is block: 1 if the canvas shows it.
EMSCRIPTEN_KEEPALIVE int folio_reveal_text(WebViewer* v, const char* block, int nth, int begin, int end) {
    if (!v || begin < 0 || end < begin) return 0;
    return v->App.RevealText(block, nth, (uint32_t)begin, (uint32_t)end) ? 1 : 0;
}
// The page's HTML first paint gives way to the canvas: the nth block with this text where the reader had it.
EMSCRIPTEN_KEEPALIVE void folio_anchor_text(WebViewer* v, const char* block, int nth, float y, float fraction) {
    if (v && block) v->App.AnchorText(block, nth, y, fraction);
}
// Host-driven scrolling: the page grows the canvas's box to the document and says which part is in view.
EMSCRIPTEN_KEEPALIVE void folio_scroll_mode(WebViewer* v, int external) {
    if (!v) return;
    v->Input.PageScrolls = external != 0;
    v->App.SetExternalScroll(external != 0);
}
EMSCRIPTEN_KEEPALIVE void folio_scroll_y(WebViewer* v, float y) { if (v) v->App.SetExternalScrollY(y); }
// The text agent (web/embed/text-agent.js), the page's <input> that the App's text field (Find) is typed into:
// its text, caret and IME composition (bytes of text; begin == end: none), its special keys and its focus.
EMSCRIPTEN_KEEPALIVE void folio_text_input(WebViewer* v, const char* text, int caret_begin, int caret_end, int composing_begin,
                                           int composing_end) {
    if (v) v->App.SetTextFieldText(text, {caret_begin, caret_end, composing_begin, composing_end});
}
EMSCRIPTEN_KEEPALIVE void folio_text_key(WebViewer* v, int key) {
    if (v && key >= 0 && key <= (int)folio::ui::TextKey::Close) v->App.TextFieldKey((folio::ui::TextKey)key);
}
EMSCRIPTEN_KEEPALIVE void folio_text_focus(WebViewer* v, int focused) { if (v) v->App.TextFieldFocus(focused != 0); }
// Stops the viewer for good: no more frames, event callbacks or fetch answers (its downloads are cancelled), the
// WebGL context released. The page then drops its last reference to the module and the instance is garbage.
EMSCRIPTEN_KEEPALIVE void folio_shutdown(WebViewer* v) {
    if (!v) return;
    v->Host.CancelAllFetches();
    v->Host.Pictures().CancelAll(); // loads in flight answer no more, their downloads aborted
    v->Host.WebSpeechEngine().Shutdown(); // speech cancelled; the page's speechSynthesis keeps no listener of ours
    v->Host.WebOfflineShelf().Shutdown(); // the saved-articles store's answers still on their way are dropped
    if (v->RafPending) emscripten_cancel_animation_frame(v->RafId);
    v->RafPending = false;
    v->Stopped = true;
    if (v->TickId) emscripten_clear_timeout(v->TickId);
    v->TickId = 0;
    const bool had_input = !v->Headless;
    v->Headless = true; // RequestFrame does nothing from here on
    if (!had_input) return;
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, nullptr);
    emscripten_set_visibilitychange_callback(nullptr, EM_FALSE, nullptr);
    folio::platform::RemoveWebInput(kCanvas, kKeys);
    if (v->Context > 0) {
        v->Host.Pictures().DestroyAll(); // the pictures' textures, which the App may still hold, go with the viewer
        folio::platform::WebGLRenderer_Shutdown();
        emscripten_webgl_destroy_context(v->Context);
        v->Context = 0;
    }
}
EMSCRIPTEN_KEEPALIVE void folio_system(WebViewer* v, int dark, int reduced_motion) {
    if (v) v->App.SetSystemPreferences(dark != 0, reduced_motion != 0);
}
// Test hooks (image_probe.h): pictures through ui::Host as the UI asks for them, for tests/browser/photos.test.mjs.
EMSCRIPTEN_KEEPALIVE void folio_test_load_image(WebViewer* v, const char* url, int max_width, int max_height) {
    if (v) v->Probe.Load(v->Host, url, max_width, max_height);
}
EMSCRIPTEN_KEEPALIVE void folio_test_cancel_image(WebViewer* v, const char* url) { if (v) v->Host.CancelImage(url); }
EMSCRIPTEN_KEEPALIVE unsigned folio_test_create_texture(WebViewer* v, int width, int height) {
    return v ? (unsigned)v->Probe.Create(v->Host, width, height) : 0;
}
EMSCRIPTEN_KEEPALIVE void folio_test_destroy_texture(WebViewer* v, unsigned texture) { if (v) v->Host.DestroyTexture(texture); }
// The answers so far and what the platform supports (image_probe.h); valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* folio_test_images(WebViewer* v) {
    if (!v) return "{}";
    v->StateBuffer = v->Probe.Json(v->Host);
    return v->StateBuffer.c_str();
}
// Test hooks (text_probe.h): the text services as the layout calls them, for tests/browser/text-services.test.mjs.
EMSCRIPTEN_KEEPALIVE void folio_test_text_need(WebViewer* v) { if (v) v->Host.WebText().Need(); }
EMSCRIPTEN_KEEPALIVE int folio_test_text_add_face(WebViewer* v, int face, const char* bytes, int size) {
    if (!v || !v->Host.WebText().Shaper() || !bytes || size <= 0 || face < 0 || face > 255) return 0;
    v->Host.WebText().Shaper()->AddFace((folio::layout::FaceId)face, std::string(bytes, (size_t)size));
    return v->Host.WebText().Shaper()->HasFace((folio::layout::FaceId)face) ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE const char* folio_test_text(WebViewer* v, const char* text, int base, const char* lang, int face, float em_px,
                                                 int rtl) {
    if (!v) return "{}";
    v->StateBuffer = folio::platform::TextProbeJson(v->Host.WebText(), text, base, lang, face, em_px, rtl != 0);
    return v->StateBuffer.c_str();
}
// What Ctrl+C copies now, for the page's copy event; valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* folio_copy_text(WebViewer* v) {
    if (!v) return "";
    v->StateBuffer = v->App.CopyText();
    return v->StateBuffer.c_str();
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
            folio::platform::WebHost host([](void*) {}, nullptr);
            host.StateChanged("{\"state\":\"error\",\"error\":\"The WebGL renderer could not start.\",\"fontsReady\":false}");
            return 0;
        }
    }

    // Lives as long as the module instance: the page drops the whole instance, never only the viewer.
    WebViewer* v = new WebViewer();
    v->Headless = ctx <= 0;
    v->Context = ctx > 0 ? ctx : 0;
    if (ctx > 0) v->Host.Pictures().Start(); // the context is current: MAX_TEXTURE_SIZE, the budget, the types decoded
    folio_js_viewer(v);
    folio::ui::AppOptions options;
    if (std::string s = folio::platform::WebOption("fonts"); !s.empty()) options.FontsUrl = s;
    if (std::string s = folio::platform::WebOption("bundle"); !s.empty()) options.FeedUrl = s;
    options.ArticleId = folio::platform::WebOption("article");
    options.Route = folio::platform::WebOption("route");
    options.Theme = folio::platform::WebOption("theme");
    options.RestoreScroll = folio::platform::WebOption("restoreScroll") != "false";
    options.Headless = v->Headless;
    options.PlatformTextEntry = true; // text fields are typed into the page's text agent (IME, on-screen keyboards)
    v->App.Init(&v->Host, options);
    if (v->Headless) return 0; // fetches still answer; there is nothing to draw or to type into

    v->Input.OnInput = RequestFrame;
    v->Input.Context = v;
    v->Input.Flick = &v->App.Flick();
    v->Input.OnPinch = [](void* ctx, float factor, float x, float y) { ((WebViewer*)ctx)->App.Pinch(factor, x, y); };
    folio::platform::InstallWebInput(kCanvas, kKeys, &v->Input);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, v, EM_FALSE, OnResize);
    emscripten_set_visibilitychange_callback(v, EM_FALSE, OnVisibility);
    RequestFrame(v);
    return 0; // the runtime stays alive; callbacks drive everything from here
}
