// Writing an RGBA frame to a PNG file (libpng).
#pragma once
#include <string>

namespace folio::platform {

// rgba: width*height*4 bytes, top row first. Returns false with *error set on failure.
bool WritePng(const std::string& path, const unsigned char* rgba, int width, int height, std::string* error);

} // namespace folio::platform
