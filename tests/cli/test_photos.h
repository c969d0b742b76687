// Pictures for the bundle tool's tests, made with libvips at test time (no image files are committed): PngPicture,
// a PNG of one colour whose seed makes it differ from another's; and how many types each rung of a photo's ladder
// comes in here (WebP and JPEG, and AVIF where libvips encodes it).
#pragma once
#include "cli/photo.h"

#include <doctest/doctest.h>
#include <vips/vips.h>

#include <string>

namespace folio::test {

// A w x h PNG of one colour: grey level `seed` in red, its double in green, so two seeds make two different pictures.
inline std::string PngPicture(int w, int h, int seed) {
    REQUIRE(VIPS_INIT("folio_cli_tests") == 0);
    VipsImage *black = nullptr, *lit = nullptr, *u = nullptr;
    const double a[] = {1, 1, 1}, b[] = {(double)seed, 2.0 * seed, 128};
    REQUIRE(vips_black(&black, w, h, "bands", 3, NULL) == 0);
    REQUIRE(vips_linear(black, &lit, a, b, 3, NULL) == 0);
    REQUIRE(vips_cast_uchar(lit, &u, NULL) == 0);
    void* buf = nullptr;
    size_t len = 0;
    REQUIRE_MESSAGE(vips_image_write_to_buffer(u, ".png", &buf, &len, NULL) == 0, vips_error_buffer());
    std::string out(static_cast<const char*>(buf), len);
    g_free(buf);
    for (VipsImage* i : {black, lit, u}) g_object_unref(i);
    return out;
}

// The types of each rung (cli/photo.h's PhotoVariantTypes) and their MIME types, in order.
inline size_t TypesPerRung() { return folio::cli::PhotoVariantTypes().size(); }
inline std::string MimeOfType(const std::string& type) {
    return type == "jpg" ? "image/jpeg" : "image/" + type;
}

} // namespace folio::test
