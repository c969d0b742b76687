// MakePhotoVariants with libvips' C API (its C++ API throws): the type's own loader on the bytes in place, with
// sequential access (a streaming decode) and fail_on=error (a truncated or corrupt file is an error, not grey
// rows); the header's size checked first; a JPEG shrunk while it is decoded when the top rung allows; resized to
// the top rung, converted to 8-bit sRGB, held in memory once, rotated upright, then each rung resized from it and
// encoded with metadata stripped. libvips' errors are read from its error buffer into an Error.
#include "cli/photo.h"
#include "cli/media.h"
#include "model/thumbhash.h"

#include <vips/vips.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <thread>

namespace folio::cli {

namespace {

// One reference to a VipsImage, dropped when it goes.
class ImageRef {
public:
    ImageRef() = default;
    ImageRef(const ImageRef&) = delete;
    ImageRef& operator=(const ImageRef&) = delete;
    ~ImageRef() { Reset(); }
    VipsImage** Out() { Reset(); return &P_; }
    VipsImage* Get() const { return P_; }
    void Reset() { if (P_) g_object_unref(P_); P_ = nullptr; }
    void Take(ImageRef& other) { Reset(); P_ = other.P_; other.P_ = nullptr; }

private:
    VipsImage* P_ = nullptr;
};

} // namespace

std::string VipsReason() {
    std::string s = vips_error_buffer();
    vips_error_clear();
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    std::replace(s.begin(), s.end(), '\n', ';');
    return s.empty() ? "libvips gave no reason" : s;
}

// libvips' warnings (a corrupt file's first complaint, for one) would go to stderr past the console; the errors
// that matter come back as values through fail_on, so the warnings are dropped.
static void DropWarning(const gchar*, GLogLevelFlags, const gchar*, gpointer) {}

bool VipsLostDecodeError(const std::string& kind) { return kind == "png" && vips_error_buffer()[0] != '\0'; }

bool StartVips(std::string* why) {
    static std::once_flag once;
    static std::string failure;
    std::call_once(once, [] {
        if (VIPS_INIT("folio-bundle") != 0) { failure = "libvips did not start: " + VipsReason(); return; }
        vips_cache_set_max(0);
        vips_cache_set_max_mem(0);
        vips_cache_set_max_files(0);
        vips_concurrency_set((int)std::clamp(std::thread::hardware_concurrency(), 1u, 4u));
        vips_block_untrusted_set(TRUE);
        g_log_set_handler("VIPS", GLogLevelFlags(G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE), DropWarning, nullptr);
    });
    *why = failure;
    return failure.empty();
}

namespace {

// Opens bytes of type `kind` with that type's loader only, streaming, failing on any error; a JPEG shrunk by
// `shrink` (1, 2, 4 or 8) while decoded. Only the header is read until pixels are asked for. The bytes must
// outlive the image.
int Load(const std::string& kind, const std::string& bytes, int shrink, VipsImage** out) {
    void* buf = const_cast<char*>(bytes.data());
    const size_t n = bytes.size();
    const VipsAccess seq = VIPS_ACCESS_SEQUENTIAL;
    const VipsFailOn fail = VIPS_FAIL_ON_ERROR;
    if (kind == "jpg") return vips_jpegload_buffer(buf, n, out, "access", seq, "fail_on", fail, "shrink", shrink, NULL);
    if (kind == "png") return vips_pngload_buffer(buf, n, out, "access", seq, "fail_on", fail, NULL);
    if (kind == "webp") return vips_webpload_buffer(buf, n, out, "access", seq, "fail_on", fail, NULL);
    if (kind == "gif") return vips_gifload_buffer(buf, n, out, "access", seq, "fail_on", fail, "n", 1, NULL);
    if (kind == "avif") return vips_heifload_buffer(buf, n, out, "access", seq, "fail_on", fail, "n", 1, NULL);
    vips_error("folio", "no loader for %s", kind.c_str());
    return -1;
}

// The image in 8-bit sRGB: through its embedded ICC profile when it has one that works, else by its
// interpretation (CMYK, 16-bit RGB, greyscale all become sRGB).
bool ToSrgb(ImageRef& img, std::string* why) {
    ImageRef out;
    if (vips_image_get_typeof(img.Get(), VIPS_META_ICC_NAME) &&
        vips_icc_transform(img.Get(), out.Out(), "srgb", "embedded", TRUE, "depth", 8, NULL) == 0) {
        img.Take(out);
        return true;
    }
    vips_error_clear(); // a profile lcms cannot use: converted by the interpretation instead
    const bool srgb8 = vips_image_guess_interpretation(img.Get()) == VIPS_INTERPRETATION_sRGB &&
                       img.Get()->BandFmt == VIPS_FORMAT_UCHAR;
    if (srgb8) return true;
    if (vips_colourspace(img.Get(), out.Out(), VIPS_INTERPRETATION_sRGB, NULL) != 0) {
        *why = "its colours could not be converted to sRGB: " + VipsReason();
        return false;
    }
    img.Take(out);
    if (img.Get()->BandFmt == VIPS_FORMAT_UCHAR) return true;
    if (vips_cast_uchar(img.Get(), out.Out(), NULL) != 0) { *why = VipsReason(); return false; }
    img.Take(out);
    return true;
}

// Resizes img to exactly w x h (lanczos3).
bool ResizeTo(VipsImage* in, int w, int h, ImageRef* out, std::string* why) {
    if (in->Xsize == w && in->Ysize == h) {
        g_object_ref(in);
        *out->Out() = in;
        return true;
    }
    if (vips_resize(in, out->Out(), (double)w / in->Xsize, "vscale", (double)h / in->Ysize, NULL) != 0) {
        *why = "it could not be resized: " + VipsReason();
        return false;
    }
    return true;
}

// The image with every metadata field removed (EXIF and its GPS position, XMP, IPTC, ICC, orientation, comments):
// the savers' strip option alone leaves EXIF in a WebP (libvips 8.14, seen in photo_test).
bool Stripped(VipsImage* in, ImageRef* out, std::string* why) {
    if (vips_copy(in, out->Out(), NULL) != 0) { *why = VipsReason(); return false; }
    gchar** fields = vips_image_get_fields(out->Get());
    for (gchar** f = fields; *f; ++f) vips_image_remove(out->Get(), *f); // the header's own fields stay
    g_strfreev(fields);
    return true;
}

uint32_t Le32(const std::string& s, size_t at) {
    return (uint32_t)(unsigned char)s[at] | (uint32_t)(unsigned char)s[at + 1] << 8 |
           (uint32_t)(unsigned char)s[at + 2] << 16 | (uint32_t)(unsigned char)s[at + 3] << 24;
}

void PutLe32(std::string* s, size_t at, uint32_t v) {
    for (int i = 0; i < 4; ++i) (*s)[at + i] = (char)((v >> (8 * i)) & 255);
}

// A WebP without its EXIF, XMP and ICC chunks, and its VP8X header no longer announcing them: libvips 8.14's
// webpsave writes a fresh EXIF chunk (orientation, resolution) even with strip set and none on the image. False
// when the RIFF container is not well formed.
bool WithoutWebpMetadata(const std::string& in, std::string* out) {
    if (in.size() < 12 || in.compare(0, 4, "RIFF") != 0 || in.compare(8, 4, "WEBP") != 0) return false;
    std::string kept = in.substr(0, 12);
    for (size_t at = 12; at < in.size();) {
        if (in.size() - at < 8) return false;
        const uint32_t size = Le32(in, at + 4);
        const size_t whole = 8 + (size_t)size + (size & 1);
        if (whole > in.size() - at) return false;
        const std::string fourcc = in.substr(at, 4);
        if (fourcc != "EXIF" && fourcc != "XMP " && fourcc != "ICCP") {
            const size_t start = kept.size();
            kept.append(in, at, whole);
            if (fourcc == "VP8X" && size >= 1) kept[start + 8] = (char)(kept[start + 8] & ~(0x20 | 0x08 | 0x04));
        }
        at += whole;
    }
    PutLe32(&kept, 4, (uint32_t)(kept.size() - 8));
    *out = std::move(kept);
    return true;
}

// Encodes img as `type` ("webp", "avif", or "jpg", flattened onto white when it has alpha), metadata stripped.
bool Encode(VipsImage* img, const std::string& type, std::string* bytes, std::string* why) {
    void* buf = nullptr;
    size_t len = 0;
    int rc;
    if (type == "webp") {
        rc = vips_webpsave_buffer(img, &buf, &len, "Q", kWebpQuality, "strip", TRUE, NULL);
    } else if (type == "avif") {
        rc = vips_heifsave_buffer(img, &buf, &len, "compression", VIPS_FOREIGN_HEIF_COMPRESSION_AV1, "Q", kAvifQuality,
                                  "effort", kAvifEffort, "strip", TRUE, NULL);
    } else {
        ImageRef flat;
        VipsImage* in = img;
        if (vips_image_hasalpha(img)) {
            VipsArrayDouble* white = vips_array_double_newv(3, 255.0, 255.0, 255.0);
            rc = vips_flatten(img, flat.Out(), "background", white, NULL);
            vips_area_unref(VIPS_AREA(white));
            if (rc != 0) { *why = "its transparency could not be flattened: " + VipsReason(); return false; }
            in = flat.Get();
        }
        rc = vips_jpegsave_buffer(in, &buf, &len, "Q", kJpegQuality, "strip", TRUE, "optimize_coding", TRUE,
                                  "interlace", TRUE, NULL);
    }
    if (rc != 0) { *why = "its " + type + " variant could not be encoded: " + VipsReason(); return false; }
    const std::string encoded(static_cast<const char*>(buf), len);
    g_free(buf);
    if (type != "webp") { *bytes = encoded; return true; }
    if (WithoutWebpMetadata(encoded, bytes)) return true;
    *why = "its webp variant came out malformed";
    return false;
}

// The ThumbHash of img (upright, 8-bit sRGB, 3 or 4 bands): shrunk to at most kThumbHashMaxSide a side, as RGBA.
bool ThumbHashOf(VipsImage* img, std::vector<uint8_t>* hash, std::string* why) {
    const double scale = std::min(1.0, (double)kThumbHashMaxSide / std::max(img->Xsize, img->Ysize));
    ImageRef small, rgba;
    if (!ResizeTo(img, std::max(1, (int)std::lround(img->Xsize * scale)), std::max(1, (int)std::lround(img->Ysize * scale)),
                  &small, why))
        return false;
    if (small.Get()->Bands == 3) {
        if (vips_bandjoin_const1(small.Get(), rgba.Out(), 255.0, NULL) != 0) { *why = VipsReason(); return false; }
    } else if (small.Get()->Bands == 4) {
        rgba.Take(small);
    } else {
        *why = "it has " + std::to_string(small.Get()->Bands) + " bands after its conversion to sRGB";
        return false;
    }
    size_t n = 0;
    void* mem = vips_image_write_to_memory(rgba.Get(), &n);
    if (!mem) { *why = VipsReason(); return false; }
    const bool ok = ThumbHashFromRgba(rgba.Get()->Xsize, rgba.Get()->Ysize, static_cast<const uint8_t*>(mem), n, hash, why);
    g_free(mem);
    return ok;
}

} // namespace

std::vector<int> LadderWidths(int width) {
    std::vector<int> out;
    if (width <= 0) return out;
    const int top = std::min(width, kPhotoLadder[std::size(kPhotoLadder) - 1]);
    for (int w : kPhotoLadder) if (w < top) out.push_back(w);
    out.push_back(top);
    return out;
}

bool AvifEncodes() {
    static std::once_flag once;
    static bool encodes = false;
    std::call_once(once, [] {
        std::string why;
        if (!StartVips(&why) || !vips_type_find("VipsOperation", "heifsave_buffer")) return;
        ImageRef black;
        if (vips_black(black.Out(), 16, 16, "bands", 3, NULL) != 0) { vips_error_clear(); return; }
        std::string bytes;
        encodes = Encode(black.Get(), "avif", &bytes, &why) && ImageKindOf(bytes) == "avif";
        vips_error_clear();
    });
    return encodes;
}

std::vector<std::string> PhotoVariantTypes() {
    std::vector<std::string> types = {"webp", "jpg"};
    if (AvifEncodes()) types.push_back("avif");
    return types;
}

std::string PhotoEncoderSettings() {
    std::string ladder;
    for (int w : kPhotoLadder) ladder += (ladder.empty() ? "" : ",") + std::to_string(w);
    return "ladder " + ladder + "; webp q" + std::to_string(kWebpQuality) + " stripped; jpg q" +
           std::to_string(kJpegQuality) + " progressive optimized; " +
           (AvifEncodes() ? "avif q" + std::to_string(kAvifQuality) + " effort " + std::to_string(kAvifEffort) : std::string("no avif")) +
           "; thumbhash " + std::to_string(kThumbHashMaxSide) +
           "; libvips " + std::to_string(vips_version(0)) + "." + std::to_string(vips_version(1)) + "." +
           std::to_string(vips_version(2));
}

bool PhotoKindReadable(const std::string& kind) {
    std::string why;
    if (!StartVips(&why)) return false;
    const char* op = kind == "jpg" ? "jpegload_buffer" : kind == "png" ? "pngload_buffer" : kind == "gif" ? "gifload_buffer"
                   : kind == "webp" ? "webpload_buffer" : kind == "avif" ? "heifload_buffer" : nullptr;
    return op && vips_type_find("VipsOperation", op) != 0;
}

bool MakePhotoVariants(const std::string& name, const std::string& bytes, PhotoVariants* out, Error* err,
                       const DecodeBounds& bounds) {
    auto fail = [&](const std::string& reason) { *err = Error{name, "", reason}; return false; };
    std::string why;
    if (!StartVips(&why)) return fail(why);
    const std::string kind = ImageKindOf(bytes);
    if (kind.empty()) return fail("is not a photo the tool reads (its bytes are no JPEG, PNG, GIF, WebP or AVIF)");
    if (!PhotoKindReadable(kind)) return fail("is " + kind + ", which this build's libvips has no loader for");

    ImageRef img;
    if (Load(kind, bytes, 1, img.Out()) != 0) return fail("is not a readable " + kind + " image: " + VipsReason());
    const int w = img.Get()->Xsize, h = img.Get()->Ysize;
    if (w > bounds.MaxSide || h > bounds.MaxSide || (uint64_t)w * (uint64_t)h > bounds.MaxPixels)
        return fail("claims " + std::to_string(w) + " x " + std::to_string(h) + " pixels, more than the tool decodes (" +
                    std::to_string(bounds.MaxSide) + " on a side, " + std::to_string(bounds.MaxPixels / 1000000) +
                    " megapixels)");
    const bool swap = vips_image_get_orientation_swap(img.Get());
    const int shown_w = swap ? h : w, shown_h = swap ? w : h;
    const std::vector<int> widths = LadderWidths(shown_w);
    const int top = widths.back();
    const auto height_at = [&](int width) {
        return std::max(1, (int)std::lround((double)shown_h * width / shown_w));
    };

    // A JPEG decodes at 1/2, 1/4 or 1/8 of its size for little cost: the smallest that is still as wide as the top rung.
    if (kind == "jpg") {
        int shrink = 8;
        while (shrink > 1 && shown_w < top * shrink) shrink /= 2;
        if (shrink > 1 && Load(kind, bytes, shrink, img.Out()) != 0)
            return fail("is not a readable jpg image: " + VipsReason());
    }
    // The top rung, in the source's orientation, in sRGB, decoded here (the whole file is read: a truncated or
    // corrupt one fails now), then turned upright; the error buffer emptied first for VipsLostDecodeError.
    vips_error_clear();
    ImageRef sized, upright;
    if (!ResizeTo(img.Get(), swap ? height_at(top) : top, swap ? top : height_at(top), &sized, &why) ||
        !ToSrgb(sized, &why))
        return fail(why);
    img.Reset();
    ImageRef held;
    if (!(*held.Out() = vips_image_copy_memory(sized.Get())) || VipsLostDecodeError(kind))
        return fail("is truncated or corrupt: " + VipsReason());
    sized.Reset();
    if (vips_autorot(held.Get(), upright.Out(), NULL) != 0) return fail("could not be turned upright: " + VipsReason());
    held.Reset();
    ImageRef clean;
    if (!Stripped(upright.Get(), &clean, &why)) return fail("its metadata could not be removed: " + why);
    upright.Reset();

    PhotoVariants result;
    if (!ThumbHashOf(clean.Get(), &result.ThumbHash, &why)) return fail("its ThumbHash could not be made: " + why);
    result.SourceType = kind;
    result.Width = shown_w;
    result.Height = shown_h;
    const std::vector<std::string> types = PhotoVariantTypes();
    for (int width : widths) {
        ImageRef rung;
        if (!ResizeTo(clean.Get(), width, height_at(width), &rung, &why)) return fail(why);
        for (const std::string& type : types) {
            PhotoVariant v;
            v.Width = rung.Get()->Xsize;
            v.Height = rung.Get()->Ysize;
            v.Type = type;
            if (!Encode(rung.Get(), type, &v.Bytes, &why)) return fail(why);
            v.Size = v.Bytes.size();
            v.Path = MediaPathOf(v.Bytes, type);
            if (v.Path.empty()) return fail("the SHA-256 of its " + v.Type + " variant could not be computed");
            result.Variants.push_back(std::move(v));
        }
    }
    *out = std::move(result);
    return true;
}

} // namespace folio::cli
