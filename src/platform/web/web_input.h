// Browser input (the Emscripten HTML5 API) fed to ImGui: mouse, wheel with its deltaMode, keys, focus.
#pragma once

namespace folio::platform {

// Registers the canvas's event callbacks; on_input runs after each event ImGui received.
void InstallWebInput(const char* canvas_target, void (*on_input)());

} // namespace folio::platform
