// WritePng through libpng's simplified API.
#include "platform/native/png_write.h"

#include <png.h>

namespace folio::platform {

bool WritePng(const std::string& path, const unsigned char* rgba, int width, int height, std::string* error) {
    png_image image = {};
    image.version = PNG_IMAGE_VERSION;
    image.width = (png_uint_32)width;
    image.height = (png_uint_32)height;
    image.format = PNG_FORMAT_RGBA;
    if (!png_image_write_to_file(&image, path.c_str(), 0, rgba, width * 4, nullptr)) {
        *error = path + ": " + image.message;
        return false;
    }
    return true;
}

} // namespace folio::platform
