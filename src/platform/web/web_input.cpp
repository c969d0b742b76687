// InstallWebInput: HTML5 events -> ImGuiIO events. Keys the viewer does not use are left to the browser.
#include "platform/web/web_input.h"

#include <cmath>

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <string.h>

namespace folio::platform {

static ImGuiKey KeyFromDom(const char* key, const char* code) {
    if (key[0] && !key[1]) { // a single character
        char c = key[0];
        if (c >= 'a' && c <= 'z') return (ImGuiKey)(ImGuiKey_A + (c - 'a'));
        if (c >= 'A' && c <= 'Z') return (ImGuiKey)(ImGuiKey_A + (c - 'A'));
        if (c >= '0' && c <= '9') return (ImGuiKey)(ImGuiKey_0 + (c - '0'));
        switch (c) {
        case ' ': return ImGuiKey_Space;
        case '/': return ImGuiKey_Slash;
        case '-': return ImGuiKey_Minus;
        case '=': case '+': return ImGuiKey_Equal;
        case ',': return ImGuiKey_Comma;
        case '.': return ImGuiKey_Period;
        }
    }
    static const struct { const char* Name; ImGuiKey Key; } named[] = {
        {"ArrowDown", ImGuiKey_DownArrow}, {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowLeft", ImGuiKey_LeftArrow},
        {"ArrowRight", ImGuiKey_RightArrow}, {"PageDown", ImGuiKey_PageDown}, {"PageUp", ImGuiKey_PageUp},
        {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End}, {"Tab", ImGuiKey_Tab}, {"Enter", ImGuiKey_Enter},
        {"Escape", ImGuiKey_Escape}, {"Backspace", ImGuiKey_Backspace}, {"Delete", ImGuiKey_Delete},
        {"Insert", ImGuiKey_Insert}, {"Control", ImGuiKey_LeftCtrl}, {"Shift", ImGuiKey_LeftShift},
        {"Alt", ImGuiKey_LeftAlt}, {"Meta", ImGuiKey_LeftSuper},
    };
    for (const auto& n : named)
        if (strcmp(key, n.Name) == 0) return n.Key;
    (void)code;
    return ImGuiKey_None;
}

static EM_BOOL OnKey(int type, const EmscriptenKeyboardEvent* e, void* user) {
    WebInput* in = (WebInput*)user;
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, e->ctrlKey);
    io.AddKeyEvent(ImGuiMod_Shift, e->shiftKey);
    io.AddKeyEvent(ImGuiMod_Alt, e->altKey);
    io.AddKeyEvent(ImGuiMod_Super, e->metaKey);
    ImGuiKey key = KeyFromDom(e->key, e->code);
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
    if (down && !e->ctrlKey && !e->metaKey && !e->altKey && e->key[0] && (unsigned char)e->key[0] >= 0x20 &&
        strlen(e->key) <= 4 && (e->key[1] == 0 || (unsigned char)e->key[0] >= 0x80))
        io.AddInputCharactersUTF8(e->key); // one printable character, for text fields
    in->OnInput(in->Context);
    // Claim the keys the reader uses (scrolling, Find, text size, select all, Tab inside a panel); leave the
    // browser its own (reload, devtools, and Ctrl+C, whose copy event the page fills with the selection).
    const bool command = e->ctrlKey || e->metaKey;
    if (command && !e->altKey)
        return key == ImGuiKey_F || key == ImGuiKey_Equal || key == ImGuiKey_Minus || key == ImGuiKey_0 || key == ImGuiKey_A;
    if (e->altKey) return false;
    if (key == ImGuiKey_Tab) return (io.ConfigFlags & ImGuiConfigFlags_NavEnableKeyboard) != 0 || io.WantTextInput;
    return key == ImGuiKey_Space || key == ImGuiKey_DownArrow || key == ImGuiKey_UpArrow || key == ImGuiKey_PageDown ||
           key == ImGuiKey_PageUp || key == ImGuiKey_Home || key == ImGuiKey_End || key == ImGuiKey_Slash ||
           key == ImGuiKey_Escape || key == ImGuiKey_Backspace || (io.WantTextInput && key != ImGuiKey_None);
}

static EM_BOOL OnMouseMove(int, const EmscriptenMouseEvent* e, void* user) {
    WebInput* in = (WebInput*)user;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io.AddMousePosEvent((float)e->targetX, (float)e->targetY);
    in->OnInput(in->Context);
    return EM_FALSE;
}

static EM_BOOL OnMouseButton(int type, const EmscriptenMouseEvent* e, void* user) {
    WebInput* in = (WebInput*)user;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent((float)e->targetX, (float)e->targetY);
    int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
    if (button >= 0) io.AddMouseButtonEvent(button, type == EMSCRIPTEN_EVENT_MOUSEDOWN);
    in->OnInput(in->Context);
    return EM_FALSE; // let the canvas take focus on click
}

static EM_BOOL OnMouseLeave(int, const EmscriptenMouseEvent*, void* user) {
    WebInput* in = (WebInput*)user;
    ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    in->OnInput(in->Context);
    return EM_FALSE;
}

static EM_BOOL OnWheel(int, const EmscriptenWheelEvent* e, void* user) {
    WebInput* in = (WebInput*)user;
    // ImGui's unit is one wheel notch; browsers report pixels (about 100 a notch), lines (3) or pages.
    float scale = e->deltaMode == DOM_DELTA_PIXEL ? 1.0f / 100.0f : e->deltaMode == DOM_DELTA_LINE ? 1.0f / 3.0f : 8.0f;
    ImGui::GetIO().AddMouseWheelEvent(-(float)e->deltaX * scale, -(float)e->deltaY * scale);
    in->OnInput(in->Context);
    return !in->PageScrolls;
}

// The first finger drives ImGui's pointer, marked as a touch screen so the reader scrolls and flicks.
static EM_BOOL OnTouch(int type, const EmscriptenTouchEvent* e, void* user) {
    WebInput* in = (WebInput*)user;
    ImGuiIO& io = ImGui::GetIO();
    const EmscriptenTouchPoint* t = nullptr;
    for (int i = 0; i < e->numTouches; ++i)
        if (e->touches[i].isChanged) { t = &e->touches[i]; break; }
    if (!t) return EM_FALSE;
    // Two fingers down: a pinch, told by how their distance changes.
    int held[2], n = 0;
    for (int i = 0; i < e->numTouches && n < 2; ++i)
        if (!(e->touches[i].isChanged && (type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL))) held[n++] = i;
    if (n == 2 && in->OnPinch) {
        const EmscriptenTouchPoint &a = e->touches[held[0]], &b = e->touches[held[1]];
        const float dx = (float)(a.targetX - b.targetX), dy = (float)(a.targetY - b.targetY);
        const float distance = std::sqrt(dx * dx + dy * dy);
        if (in->PinchDistance > 0.0f && distance > 0.0f)
            in->OnPinch(in->Context, distance / in->PinchDistance, (float)(a.targetX + b.targetX) * 0.5f,
                        (float)(a.targetY + b.targetY) * 0.5f);
        in->PinchDistance = distance;
        if (type == EMSCRIPTEN_EVENT_TOUCHMOVE) { // the fingers zoom; the pointer stays where the first one pressed
            in->OnInput(in->Context);
            return EM_TRUE;
        }
    } else {
        in->PinchDistance = 0.0f;
    }
    // The event's own time (ms since the page's time origin); a browser that gives none gets the time now.
    const double seconds = (e->timestamp > 0.0 ? e->timestamp : emscripten_get_now()) / 1000.0;
    if (type == EMSCRIPTEN_EVENT_TOUCHSTART) in->Flick->Down(seconds, (float)t->targetY);
    else if (type == EMSCRIPTEN_EVENT_TOUCHMOVE) in->Flick->Move(seconds, (float)t->targetY);
    else in->Flick->Up(seconds);
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent((float)t->targetX, (float)t->targetY);
    if (type == EMSCRIPTEN_EVENT_TOUCHSTART) io.AddMouseButtonEvent(0, true);
    if (type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL) {
        io.AddMouseButtonEvent(0, false);
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    }
    in->OnInput(in->Context);
    // No emulated mouse events, and no page scrolling under the canvas unless the page is what scrolls.
    if (in->PageScrolls) return type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL;
    return EM_TRUE;
}

static EM_BOOL OnFocus(int type, const EmscriptenFocusEvent*, void* user) {
    WebInput* in = (WebInput*)user;
    // Focus moving between the canvas and the mirror goes out and straight back in.
    ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUSIN);
    in->OnInput(in->Context);
    return EM_FALSE;
}

// Every callback, set (on) or cleared: one list, so installing and removing cannot drift apart.
static void SetCallbacks(const char* canvas, const char* keys, WebInput* in) {
    const bool on = in != nullptr;
    emscripten_set_keydown_callback(keys, in, EM_FALSE, on ? OnKey : nullptr);
    emscripten_set_keyup_callback(keys, in, EM_FALSE, on ? OnKey : nullptr);
    emscripten_set_mousemove_callback(canvas, in, EM_FALSE, on ? OnMouseMove : nullptr);
    emscripten_set_mousedown_callback(canvas, in, EM_FALSE, on ? OnMouseButton : nullptr);
    emscripten_set_mouseup_callback(canvas, in, EM_FALSE, on ? OnMouseButton : nullptr);
    emscripten_set_mouseleave_callback(canvas, in, EM_FALSE, on ? OnMouseLeave : nullptr);
    emscripten_set_wheel_callback(canvas, in, EM_FALSE, on ? OnWheel : nullptr);
    emscripten_set_touchstart_callback(canvas, in, EM_FALSE, on ? OnTouch : nullptr);
    emscripten_set_touchmove_callback(canvas, in, EM_FALSE, on ? OnTouch : nullptr);
    emscripten_set_touchend_callback(canvas, in, EM_FALSE, on ? OnTouch : nullptr);
    emscripten_set_touchcancel_callback(canvas, in, EM_FALSE, on ? OnTouch : nullptr);
    emscripten_set_focusin_callback(keys, in, EM_FALSE, on ? OnFocus : nullptr);
    emscripten_set_focusout_callback(keys, in, EM_FALSE, on ? OnFocus : nullptr);
}

void InstallWebInput(const char* canvas, const char* keys, WebInput* input) { SetCallbacks(canvas, keys, input); }

void RemoveWebInput(const char* canvas, const char* keys) { SetCallbacks(canvas, keys, nullptr); }

} // namespace folio::platform
