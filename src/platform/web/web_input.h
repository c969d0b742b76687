// Browser input (the Emscripten HTML5 API) fed to ImGui: mouse, wheel with its deltaMode, touch, keys, focus.
#pragma once
#include "ui/flick.h"

namespace folio::platform {

// What the input callbacks share: one per viewer, handed to every callback as its userData (no file globals).
struct WebInput {
    void (*OnInput)(void* context) = nullptr; // after each event ImGui received (the viewer asks for a frame)
    void* Context = nullptr;
    ui::FlickTracker* Flick = nullptr;       // the first finger's touch events, with their own times
    bool PageScrolls = false;                // external scrolling: wheel and touch drags are left to the browser
    // Two fingers moving: the change of their distance since the last move, about the point between them (the
    // full-screen photo's zoom, App::Pinch).
    void (*OnPinch)(void* context, float factor, float x, float y) = nullptr;
    float PinchDistance = 0.0f;              // the two fingers' distance at the last move; 0: not pinching
};

// Registers the event callbacks: pointer events on the canvas; keys and focus on keys_target, which holds the
// canvas and the accessibility mirror (keys reach the reader while focus is on a link of the mirror). Keys typed
// into the text agent (web/embed/text-agent.js) stop at it and never reach these. input must outlive them.
void InstallWebInput(const char* canvas_target, const char* keys_target, WebInput* input);
// Removes them again (the viewer is shutting down).
void RemoveWebInput(const char* canvas_target, const char* keys_target);

} // namespace folio::platform
