// Draws ImGui's draw data with WebGL 2, in the shape of ImGui's renderer backends (Init, Shutdown,
// RenderDrawData; all state in one struct; textures through ImGui 1.92's ImTextureData, so fonts grow as they
// are used). Written for the web because ImGui's OpenGL 3 backend saves and restores the GL state every frame
// with some twenty glGet calls, and in a browser each one waits for the GPU process: on a software GPU that
// was almost all of a frame's time. Folio owns its context, so nothing needs saving.
#pragma once

struct ImDrawData;

namespace folio::platform {

bool WebGLRenderer_Init();                        // compiles the program and makes the buffers; false on failure
void WebGLRenderer_Shutdown();
void WebGLRenderer_RenderDrawData(ImDrawData* draw_data);

} // namespace folio::platform
