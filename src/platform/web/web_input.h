// Browser input (the Emscripten HTML5 API) fed to ImGui: mouse, wheel with its deltaMode, touch, keys, focus.
#pragma once
#include "ui/flick.h"

namespace folio::platform {

// Registers the event callbacks: pointer events on the canvas; keys and focus on keys_target, which holds the
// canvas and the accessibility mirror (keys reach the reader while focus is on a link of the mirror).
// on_input runs after each event ImGui received; flick gets the first finger's touch events with their own times.
void InstallWebInput(const char* canvas_target, const char* keys_target, void (*on_input)(), ui::FlickTracker* flick);
// Removes them again (the viewer is shutting down).
void RemoveWebInput(const char* canvas_target, const char* keys_target);
// When the page scrolls the viewer (external scrolling), wheel and touch drags are left to the browser.
void SetWebInputScrollsPage(bool page_scrolls);

} // namespace folio::platform
