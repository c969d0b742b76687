// One way every texture is made from RGBA pixels in memory, on the web (WebGL 2) and the desktop (OpenGL 3):
// ImGui's font atlas, photos decoded on the desktop and ThumbHash placeholders. RGBA8, LINEAR filtering,
// CLAMP_TO_EDGE, rows tightly packed; the texture bound before and the unpack alignment are left as they were.
#pragma once

namespace folio::platform {

// The new texture's GL name, or 0 when the GPU took none (out of memory, a size past its limit).
unsigned MakeRgbaTexture(const unsigned char* rgba, int width, int height);

} // namespace folio::platform
