// Images made with libvips at test time for the native tests (no image files are committed): a picture red on its
// left half and blue on its right, encoded as asked, and a JPEG whose header claims another size.
#pragma once
#include <doctest/doctest.h>
#include <vips/vips.h>

#include <string>
#include <utility>

namespace folio::test {

// One reference to a VipsImage, dropped when it goes.
struct Img {
    VipsImage* P = nullptr;
    Img() = default;
    Img(Img&& o) noexcept : P(o.P) { o.P = nullptr; }
    Img& operator=(Img&& o) noexcept { std::swap(P, o.P); return *this; }
    Img(const Img&) = delete;
    ~Img() { if (P) g_object_unref(P); }
};

inline void StartTestVips() { REQUIRE(VIPS_INIT("folio_native_tests") == 0); }

// A w x h sRGB picture: red where x < w / 2, blue elsewhere; with `alpha`, a fourth band of that value.
inline Img RedBlue(int w, int h, int alpha = -1) {
    StartTestVips();
    Img xyz, x, left, right, black, joined, out;
    REQUIRE(vips_xyz(&xyz.P, w, h, NULL) == 0);
    REQUIRE(vips_extract_band(xyz.P, &x.P, 0, NULL) == 0);
    REQUIRE(vips_relational_const1(x.P, &left.P, VIPS_OPERATION_RELATIONAL_LESS, w / 2, NULL) == 0); // 255 or 0
    REQUIRE(vips_relational_const1(x.P, &right.P, VIPS_OPERATION_RELATIONAL_MOREEQ, w / 2, NULL) == 0);
    REQUIRE(vips_black(&black.P, w, h, NULL) == 0);
    Img a;
    REQUIRE(vips_linear1(black.P, &a.P, 1.0, alpha < 0 ? 0 : alpha, NULL) == 0);
    VipsImage* bands[] = {left.P, black.P, right.P, a.P};
    REQUIRE(vips_bandjoin(bands, &joined.P, alpha < 0 ? 3 : 4, NULL) == 0);
    Img u;
    REQUIRE(vips_cast_uchar(joined.P, &u.P, NULL) == 0);
    REQUIRE(vips_copy(u.P, &out.P, "interpretation", VIPS_INTERPRETATION_sRGB, NULL) == 0);
    return out;
}

// img encoded by the saver for `suffix` (".jpg", ".png", ".webp").
inline std::string Encode(VipsImage* img, const char* suffix) {
    void* buf = nullptr;
    size_t len = 0;
    REQUIRE_MESSAGE(vips_image_write_to_buffer(img, suffix, &buf, &len, NULL) == 0, vips_error_buffer());
    std::string out(static_cast<const char*>(buf), len);
    g_free(buf);
    return out;
}

// A JPEG of 16 x 16 pixels whose frame header (SOF0) claims w x h: a "decompression bomb" in 1 KB.
inline std::string JpegClaiming(int w, int h) {
    Img small = RedBlue(16, 16);
    std::string jpg = Encode(small.P, ".jpg");
    const size_t sof = jpg.find("\xFF\xC0", 2);
    REQUIRE(sof != std::string::npos);
    jpg[sof + 5] = (char)(h >> 8); jpg[sof + 6] = (char)(h & 255);
    jpg[sof + 7] = (char)(w >> 8); jpg[sof + 8] = (char)(w & 255);
    return jpg;
}

} // namespace folio::test
