// Browser input (the Emscripten HTML5 API) fed to ImGui: mouse, wheel with its deltaMode, keys, focus.
#pragma once

namespace folio::platform {

// Registers the canvas's event callbacks; on_input runs after each event ImGui received.
void InstallWebInput(const char* canvas_target, void (*on_input)());
// Removes them again (the viewer is shutting down).
void RemoveWebInput(const char* canvas_target);
// When the page scrolls the viewer (external scrolling), wheel and touch drags are left to the browser.
void SetWebInputScrollsPage(bool page_scrolls);

} // namespace folio::platform
