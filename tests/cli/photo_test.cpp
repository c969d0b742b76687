// Tests of cli/photo.cpp: images made with libvips here at test time (no image files committed), run through
// MakePhotoVariants and decoded again to see what came out: orientation applied and EXIF with its GPS position
// gone, alpha kept in WebP and flattened onto white in JPEG, 16-bit, CMYK and Display P3 (ICC) sources in 8-bit
// sRGB with no profile kept, a GIF's first frame, AVIF and WebP sources; the ladder never upscales; names follow
// the bytes (the same source gives the same names, different sources never share one); a decompression bomb, a
// truncated JPEG or PNG (the corpus's truncated PNG every time), an SVG and text named .jpg are refused with errors
// naming the file.
#include "cli/file_io.h"
#include "cli/media.h"
#include "cli/photo.h"

#include <doctest/doctest.h>
#include <vips/vips.h>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

using namespace folio::cli;

namespace {

// One reference to a VipsImage, dropped when it goes.
struct Img {
    VipsImage* P = nullptr;
    Img() = default;
    explicit Img(VipsImage* p) : P(p) {}
    Img(Img&& o) noexcept : P(o.P) { o.P = nullptr; }
    Img& operator=(Img&& o) noexcept { std::swap(P, o.P); return *this; }
    Img(const Img&) = delete;
    ~Img() { if (P) g_object_unref(P); }
};

void StartVips() { REQUIRE(VIPS_INIT("folio_cli_tests") == 0); }

// An 8-bit image from bands of the same size, read as interpretation `interp`.
Img Join(std::vector<VipsImage*> bands, VipsInterpretation interp) {
    Img joined, u, out;
    REQUIRE(vips_bandjoin(bands.data(), &joined.P, (int)bands.size(), NULL) == 0);
    REQUIRE(vips_cast_uchar(joined.P, &u.P, NULL) == 0);
    REQUIRE(vips_copy(u.P, &out.P, "interpretation", interp, NULL) == 0);
    return out;
}

// A w x h band that is `left` where x < split and `right` elsewhere.
Img Split(int w, int h, int split, double left, double right) {
    Img xyz, x, less, out;
    REQUIRE(vips_xyz(&xyz.P, w, h, NULL) == 0);
    REQUIRE(vips_extract_band(xyz.P, &x.P, 0, NULL) == 0);
    REQUIRE(vips_relational_const1(x.P, &less.P, VIPS_OPERATION_RELATIONAL_LESS, split, NULL) == 0); // 255 or 0
    REQUIRE(vips_linear1(less.P, &out.P, (left - right) / 255.0, right, NULL) == 0);
    return out;
}

// A w x h sRGB picture, red left of `split` and blue right of it, with a pattern `seed` shifts (so two seeds
// make different pictures).
Img Picture(int w, int h, int split, int seed = 0) {
    Img r = Split(w, h, split, 255, 0), b = Split(w, h, split, 0, 255), xyz, y, g;
    REQUIRE(vips_xyz(&xyz.P, w, h, NULL) == 0);
    REQUIRE(vips_extract_band(xyz.P, &y.P, 1, NULL) == 0);
    REQUIRE(vips_remainder_const1(y.P, &g.P, 64 + seed, NULL) == 0);
    return Join({r.P, g.P, b.P}, VIPS_INTERPRETATION_sRGB);
}

std::string Save(VipsImage* img, const char* suffix) {
    void* buf = nullptr;
    size_t len = 0;
    REQUIRE_MESSAGE(vips_image_write_to_buffer(img, suffix, &buf, &len, NULL) == 0, vips_error_buffer());
    std::string out(static_cast<const char*>(buf), len);
    g_free(buf);
    return out;
}

Img Decode(const std::string& bytes) {
    Img img;
    REQUIRE_MESSAGE((img.P = vips_image_new_from_buffer(bytes.data(), bytes.size(), "", NULL)) != nullptr,
                    vips_error_buffer());
    return img;
}

std::vector<double> Pixel(VipsImage* img, int x, int y) {
    double* v = nullptr;
    int n = 0;
    REQUIRE(vips_getpoint(img, &v, &n, x, y, NULL) == 0);
    std::vector<double> out(v, v + n);
    g_free(v);
    return out;
}

void Put16(std::string& s, int v) { s += (char)(v & 255); s += (char)(v >> 8); }
void Put32(std::string& s, uint32_t v) { Put16(s, v & 0xFFFF); Put16(s, v >> 16); }
void Entry(std::string& s, int tag, int type, uint32_t count, uint32_t value) {
    Put16(s, tag); Put16(s, type); Put32(s, count); Put32(s, value);
}

// An EXIF block (little-endian TIFF) with Orientation 6 (turn 90° clockwise to show) and a GPS position.
std::string ExifWithGps() {
    std::string t = "II*";
    t += '\0';
    Put32(t, 8);
    Put16(t, 2); // IFD0 at 8: two entries, ending at 38
    Entry(t, 0x0112, 3, 1, 6);    // Orientation, SHORT
    Entry(t, 0x8825, 4, 1, 38);   // the GPS IFD's offset
    Put32(t, 0);
    Put16(t, 2); // the GPS IFD at 38: two entries, ending at 68
    Entry(t, 0x0001, 2, 2, 'N');  // GPSLatitudeRef "N"
    Entry(t, 0x0002, 5, 3, 68);   // GPSLatitude, three RATIONALs at 68
    Put32(t, 0);
    for (uint32_t v : {51u, 1u, 30u, 1u, 26u, 1u}) Put32(t, v);
    return std::string("Exif\0\0", 6) + t;
}

uint32_t Crc32(const std::string& s) {
    uint32_t c = 0xFFFFFFFFu;
    for (unsigned char ch : s) {
        c ^= ch;
        for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
}

std::string PngChunk(const std::string& type, const std::string& data) {
    std::string len, crc;
    for (int s = 24; s >= 0; s -= 8) len += (char)((data.size() >> s) & 255);
    const uint32_t c = Crc32(type + data);
    for (int s = 24; s >= 0; s -= 8) crc += (char)((c >> s) & 255);
    return len + type + data + crc;
}

// A 100-byte PNG whose header claims w x h RGB pixels, followed by a few bytes of compressed data.
std::string PngClaiming(uint32_t w, uint32_t h) {
    std::string ihdr;
    for (uint32_t v : {w, h})
        for (int s = 24; s >= 0; s -= 8) ihdr += (char)((v >> s) & 255);
    ihdr += std::string("\x08\x02\0\0\0", 5); // 8 bits, RGB, deflate, no filter, no interlace
    return std::string("\x89PNG\r\n\x1A\n", 8) + PngChunk("IHDR", ihdr) +
           PngChunk("IDAT", std::string("\x78\x9C\x63\x60\x18\x05\xA3\x60\x14\x0C", 10)) + PngChunk("IEND", "");
}

PhotoVariants Make(const std::string& name, const std::string& bytes) {
    PhotoVariants out;
    folio::Error err;
    REQUIRE_MESSAGE(MakePhotoVariants(name, bytes, &out, &err), err.Message());
    return out;
}

std::string Refusal(const std::string& name, const std::string& bytes) {
    PhotoVariants out;
    folio::Error err;
    if (MakePhotoVariants(name, bytes, &out, &err)) return "(accepted)";
    CHECK(err.File == name);
    CHECK(out.Variants.empty());
    return err.Message();
}

// Every variant decodes to the size it claims, in its type, named by its bytes; widths as the ladder says.
void CheckVariants(const PhotoVariants& p, const std::vector<int>& widths) {
    const std::vector<std::string> types = PhotoVariantTypes();
    REQUIRE(p.Variants.size() == widths.size() * types.size());
    for (size_t i = 0; i < p.Variants.size(); ++i) {
        const PhotoVariant& v = p.Variants[i];
        CAPTURE(v.Path);
        CHECK(v.Type == types[i % types.size()]);
        CHECK(v.Width == widths[i / types.size()]);
        CHECK(ImageKindOf(v.Bytes) == v.Type);
        CHECK(v.Path == MediaPathOf(v.Bytes, v.Type));
        Img d = Decode(v.Bytes);
        CHECK(d.P->Xsize == v.Width);
        CHECK(d.P->Ysize == v.Height);
    }
}

bool NearlyRgb(const std::vector<double>& px, double r, double g, double b) {
    return px.size() >= 3 && std::abs(px[0] - r) < 40 && std::abs(px[1] - g) < 40 && std::abs(px[2] - b) < 40;
}

} // namespace

TEST_CASE("LadderWidths: the rungs narrower than the photo, then its own width up to the top rung") {
    CHECK(LadderWidths(3000) == std::vector<int>{320, 640, 960, 1280, 1920});
    CHECK(LadderWidths(1920) == std::vector<int>{320, 640, 960, 1280, 1920});
    CHECK(LadderWidths(1000) == std::vector<int>{320, 640, 960, 1000});
    CHECK(LadderWidths(960) == std::vector<int>{320, 640, 960});
    CHECK(LadderWidths(200) == std::vector<int>{200});
    CHECK(LadderWidths(0).empty());
}

TEST_CASE("A JPEG with an EXIF orientation and a GPS position comes out turned upright, with no EXIF at all") {
    StartVips();
    Img pic = Picture(400, 200, 200), tagged;
    REQUIRE(vips_copy(pic.P, &tagged.P, NULL) == 0);
    const std::string exif = ExifWithGps();
    vips_image_set_blob_copy(tagged.P, VIPS_META_EXIF_NAME, exif.data(), exif.size());
    const std::string jpeg = Save(tagged.P, ".jpg[Q=95]");
    { // the source does hold what must go
        Img src = Decode(jpeg);
        CHECK(vips_image_get_orientation(src.P) == 6);
        REQUIRE(vips_image_get_typeof(src.P, "exif-ifd3-GPSLatitude"));
    }
    const PhotoVariants p = Make("reporter.jpg", jpeg);
    CHECK(p.SourceType == "jpg");
    CHECK(p.Width == 200); // as shown: the 400 x 200 frame stands on its side
    CHECK(p.Height == 400);
    CheckVariants(p, {200});
    for (const PhotoVariant& v : p.Variants) {
        CAPTURE(v.Type);
        Img d = Decode(v.Bytes);
        CHECK(!vips_image_get_typeof(d.P, VIPS_META_EXIF_NAME));
        CHECK(!vips_image_get_typeof(d.P, "exif-ifd3-GPSLatitude"));
        CHECK(!vips_image_get_typeof(d.P, VIPS_META_XMP_NAME));
        CHECK(v.Bytes.find("Exif") == std::string::npos);
        // Turned clockwise, the red left half is on top and the blue right half below.
        CHECK(NearlyRgb(Pixel(d.P, 100, 50), 255, 30, 0));
        CHECK(NearlyRgb(Pixel(d.P, 100, 350), 0, 30, 255));
    }
}

TEST_CASE("The ladder never upscales: a wide photo stops at 1920, a narrow one at its own width") {
    StartVips();
    Img wide = Picture(2500, 1000, 1250), mid = Picture(1000, 500, 500), small = Picture(200, 100, 100);
    const PhotoVariants w = Make("wide.jpg", Save(wide.P, ".jpg"));
    CheckVariants(w, {320, 640, 960, 1280, 1920});
    CHECK(w.Variants.back().Height == 768);
    CHECK(w.Width == 2500);
    const PhotoVariants m = Make("mid.png", Save(mid.P, ".png"));
    CHECK(m.SourceType == "png");
    CheckVariants(m, {320, 640, 960, 1000});
    CHECK(m.Variants[0].Height == 160);
    CHECK(m.Variants.back().Height == 500);
    const PhotoVariants s = Make("small.webp", Save(small.P, ".webp"));
    CHECK(s.SourceType == "webp");
    CheckVariants(s, {200});
    CHECK(s.Variants[0].Height == 100);
}

TEST_CASE("Names follow the bytes: the same source gives the same names, different sources never share one") {
    StartVips();
    Img a = Picture(700, 400, 300, 0), b = Picture(700, 400, 300, 1);
    const std::string ja = Save(a.P, ".jpg"), jb = Save(b.P, ".jpg");
    REQUIRE(ja != jb);
    const PhotoVariants a1 = Make("a.jpg", ja), a2 = Make("again/a.jpg", ja), b1 = Make("b.jpg", jb);
    REQUIRE(a1.Variants.size() == a2.Variants.size());
    for (size_t i = 0; i < a1.Variants.size(); ++i) {
        CHECK(a1.Variants[i].Path == a2.Variants[i].Path);
        CHECK(a1.Variants[i].Bytes == a2.Variants[i].Bytes);
    }
    std::set<std::string> names;
    for (const PhotoVariants* p : {&a1, &b1})
        for (const PhotoVariant& v : p->Variants) names.insert(v.Path);
    CHECK(names.size() == a1.Variants.size() + b1.Variants.size());
}

TEST_CASE("A PNG with alpha keeps it in WebP and is flattened onto white in JPEG") {
    StartVips();
    Img pic = Picture(400, 300, 400), alpha = Split(400, 300, 200, 0, 255); // transparent on the left
    Img rgba = Join({pic.P, alpha.P}, VIPS_INTERPRETATION_sRGB);
    const PhotoVariants p = Make("alpha.png", Save(rgba.P, ".png"));
    CheckVariants(p, {320, 400});
    const size_t n = PhotoVariantTypes().size();
    const PhotoVariant& webp = p.Variants[n], &jpg = p.Variants[n + 1]; // the 400-pixel rung
    Img dw = Decode(webp.Bytes), dj = Decode(jpg.Bytes);
    REQUIRE(dw.P->Bands == 4);
    CHECK(Pixel(dw.P, 50, 150)[3] < 10);
    CHECK(Pixel(dw.P, 350, 150)[3] > 245);
    CHECK(dj.P->Bands == 3);
    CHECK(NearlyRgb(Pixel(dj.P, 50, 150), 255, 255, 255));
    CHECK(NearlyRgb(Pixel(dj.P, 350, 0), 255, 0, 0));
}

TEST_CASE("A 16-bit PNG and a CMYK JPEG come out as 8-bit sRGB") {
    StartVips();
    Img pic = Picture(300, 200, 150), wide16, rgb16;
    REQUIRE(vips_cast(pic.P, &wide16.P, VIPS_FORMAT_USHORT, NULL) == 0);
    Img scaled;
    REQUIRE(vips_linear1(wide16.P, &scaled.P, 257, 0, NULL) == 0);
    Img us;
    REQUIRE(vips_cast(scaled.P, &us.P, VIPS_FORMAT_USHORT, NULL) == 0);
    REQUIRE(vips_copy(us.P, &rgb16.P, "interpretation", VIPS_INTERPRETATION_RGB16, NULL) == 0);
    const std::string png16 = Save(rgb16.P, ".png");
    REQUIRE(Decode(png16).P->BandFmt == VIPS_FORMAT_USHORT); // the source is 16-bit
    const PhotoVariants deep = Make("deep.png", png16);
    CheckVariants(deep, {300});
    for (const PhotoVariant& v : deep.Variants) {
        Img d = Decode(v.Bytes);
        CHECK(d.P->BandFmt == VIPS_FORMAT_UCHAR);
        CHECK(NearlyRgb(Pixel(d.P, 50, 0), 255, 0, 0));
        CHECK(NearlyRgb(Pixel(d.P, 250, 0), 0, 0, 255));
    }

    Img cyan = Split(300, 200, 150, 255, 0), zero = Split(300, 200, 150, 0, 0); // cyan left, white right
    Img cmyk = Join({cyan.P, zero.P, zero.P, zero.P}, VIPS_INTERPRETATION_CMYK);
    const std::string jpeg = Save(cmyk.P, ".jpg[Q=95]");
    REQUIRE(Decode(jpeg).P->Bands == 4); // the source is CMYK
    const PhotoVariants c = Make("print.jpg", jpeg);
    for (const PhotoVariant& v : c.Variants) {
        CAPTURE(v.Type);
        Img d = Decode(v.Bytes);
        REQUIRE(d.P->Bands == 3);
        const std::vector<double> left = Pixel(d.P, 50, 100), right = Pixel(d.P, 250, 100);
        CHECK(left[0] < 100); // cyan: little red, much green and blue
        CHECK(left[1] > 120);
        CHECK(left[2] > 180);
        CHECK(NearlyRgb(right, 255, 255, 255));
    }
}

TEST_CASE("A photo with a wide-gamut ICC profile is converted through it to sRGB, and the profile is not kept") {
    StartVips();
    Img pic = Picture(300, 200, 300), p3; // all red, in sRGB
    REQUIRE_MESSAGE(vips_icc_transform(pic.P, &p3.P, "p3", "input_profile", "srgb", "embedded", FALSE, NULL) == 0,
                    vips_error_buffer());
    const std::string jpeg = Save(p3.P, ".jpg[Q=95]");
    { // the source holds Display P3 values (red is not 255, 0, 0 there) and the profile that says so
        Img src = Decode(jpeg);
        REQUIRE(vips_image_get_typeof(src.P, VIPS_META_ICC_NAME));
        REQUIRE(Pixel(src.P, 150, 0)[1] > 30);
    }
    const PhotoVariants p = Make("wide-gamut.jpg", jpeg);
    for (const PhotoVariant& v : p.Variants) {
        CAPTURE(v.Type);
        Img d = Decode(v.Bytes);
        CHECK(!vips_image_get_typeof(d.P, VIPS_META_ICC_NAME));
        const std::vector<double> px = Pixel(d.P, 150, 0);
        CHECK(px[0] > 240);
        CHECK(px[1] < 20);
        CHECK(px[2] < 20);
    }
}

TEST_CASE("A GIF gives its first frame; AVIF sources are read") {
    StartVips();
    Img red = Picture(120, 80, 120), blue = Picture(120, 80, 0), both;
    VipsImage* frames[] = {red.P, blue.P};
    REQUIRE(vips_arrayjoin(frames, &both.P, 2, "across", 1, NULL) == 0);
    vips_image_set_int(both.P, VIPS_META_PAGE_HEIGHT, 80);
    const PhotoVariants g = Make("anim.gif", Save(both.P, ".gif"));
    CHECK(g.SourceType == "gif");
    CHECK(g.Height == 80);
    CheckVariants(g, {120});
    CHECK(NearlyRgb(Pixel(Decode(g.Variants[0].Bytes).P, 60, 40), 255, 40, 0));

    Img pic = Picture(500, 300, 250);
    if (!PhotoKindReadable("avif") || !vips_type_find("VipsOperation", "heifsave_buffer")) {
        MESSAGE("skipped: this libvips has no AVIF (heif) loader or saver, so AVIF sources are refused, not read");
        return;
    }
    const PhotoVariants a = Make("photo.avif", Save(pic.P, ".avif[Q=80]"));
    CHECK(a.SourceType == "avif");
    CheckVariants(a, {320, 500});
    CHECK(NearlyRgb(Pixel(Decode(a.Variants[1].Bytes).P, 50, 150), 255, 30, 0));
}

TEST_CASE("A decompression bomb is refused from its header, before a pixel is decoded") {
    StartVips();
    const std::string bomb = PngClaiming(50000, 50000);
    CHECK(bomb.size() < 100);
    const std::string why = Refusal("bomb.png", bomb);
    CHECK(why.find("bomb.png") == 0);
    CHECK(why.find("claims 50000 x 50000 pixels") != std::string::npos);
    // Either bound alone: a side too long, or too many pixels on sides that are each allowed.
    CHECK(Refusal("tall.png", PngClaiming(10, kMaxDecodeSide + 1)).find("claims 10 x 16384") != std::string::npos);
    CHECK(Refusal("square.png", PngClaiming(9000, 9000)).find("claims 9000 x 9000") != std::string::npos);
}

TEST_CASE("Truncated, SVG and mislabelled files are refused with errors naming them") {
    StartVips();
    Img pic = Picture(640, 480, 320);
    const std::string jpeg = Save(pic.P, ".jpg");
    const std::string cut = Refusal("cut.jpg", jpeg.substr(0, jpeg.size() / 2));
    CHECK(cut.find("cut.jpg: is truncated or corrupt") == 0);
    const std::string png = Save(pic.P, ".png");
    CHECK(Refusal("cut.png", png.substr(0, png.size() / 2)).find("cut.png: ") == 0);
    const std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>";
    CHECK(Refusal("logo.svg", svg) == "logo.svg: is not a photo the tool reads (its bytes are no JPEG, PNG, GIF, WebP or AVIF)");
    CHECK(Refusal("notes.jpg", "These are notes, not a photo.\n").find("notes.jpg: is not a photo") == 0);
    // JPEG's magic bytes and nothing after them: the loader's error, as a value.
    CHECK(Refusal("stub.jpg", "\xFF\xD8\xFF\xE0").find("stub.jpg: is not a readable jpg image") == 0);
}

TEST_CASE("A truncated PNG is refused every time, not only when libvips' threads pass its decode error on") {
    StartVips();
    // The corpus's 16 x 16 PNG cut inside its IDAT: libvips 8.14 raised its read error but returned the pixels in
    // about half the runs, so the build published its variants.
    std::string png;
    folio::Error e;
    REQUIRE(folio::cli::ReadFile(std::string(FOLIO_TEST_BAD_INPUTS_DIR) + "/images/truncated.png", 1 << 20, &png, &e));
    int refused = 0;
    for (int i = 0; i < 200; ++i) refused += Refusal("truncated.png", png).find("truncated.png: is truncated or corrupt") == 0;
    CHECK(refused == 200);
}

TEST_CASE("AVIF variants are made exactly when this libvips encodes AV1, and decode to their claimed size") {
    StartVips();
    bool encodes = false;
    if (vips_type_find("VipsOperation", "heifsave_buffer")) {
        Img pic = Picture(64, 64, 32);
        void* buf = nullptr;
        size_t len = 0;
        encodes = vips_heifsave_buffer(pic.P, &buf, &len, "compression", VIPS_FOREIGN_HEIF_COMPRESSION_AV1, NULL) == 0;
        g_free(buf);
        vips_error_clear();
    }
    CHECK(AvifEncodes() == encodes);
    if (!encodes) {
        MESSAGE("skipped: this libvips encodes no AV1, so photos get WebP and JPEG variants only");
        return;
    }
    Img pic = Picture(700, 350, 350);
    const PhotoVariants p = Make("wide.png", Save(pic.P, ".png"));
    CheckVariants(p, {320, 640, 700}); // each rung's third variant an AVIF, decoded to its size
    size_t avif = 0;
    for (const PhotoVariant& v : p.Variants) avif += v.Type == "avif";
    CHECK(avif == 3);
    CHECK(NearlyRgb(Pixel(Decode(p.Variants[2].Bytes).P, 40, 100), 255, 30, 0)); // red on the left, at 320 pixels
}
