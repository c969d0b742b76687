// A photo's responsive variants and its ThumbHash placeholder, made with libvips: a source image's bytes in (JPEG, PNG, WebP, GIF's first frame,
// AVIF), its type taken from the bytes (media.h's ImageKindOf) and read with that type's loader only, its header
// checked against the bounds below before a pixel is decoded, then each rung of a ladder of widths (never wider than
// the source) encoded as WebP and as JPEG: EXIF orientation applied, colours converted to sRGB (ICC profiles,
// CMYK, 16 bits), every piece of metadata stripped (EXIF, GPS, XMP, IPTC, ICC), each named as media.h names photos
// (media/<SHA-256 of its bytes>.<type>). Every failure, libvips' included, is an Error naming the file; a truncated
// or corrupt file fails rather than yielding a half-grey picture. libvips is started once, with its operation
// cache and its threads bounded (libvips' error text is one buffer per process: make one photo's variants at a time).
// Native only: the viewers' wasm holds no image decoder.
#pragma once
#include "model/error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace folio::cli {

// The tool's own bounds on a photo it decodes, read from the header before any pixel is: more pixels than a
// camera's largest photos (a 61-megapixel frame passes), and no side longer than WebP can encode. A "decompression
// bomb" (a small file claiming 50,000 x 50,000 pixels) is refused by these without being decoded.
constexpr uint64_t kMaxDecodePixels = 64'000'000;
constexpr int kMaxDecodeSide = 16383;

// The ladder of widths a photo is encoded at; rungs wider than the photo are left out, and a photo narrower than
// the top rung gets its own width as its top rung, so no variant is ever upscaled.
constexpr int kPhotoLadder[] = {320, 640, 960, 1280, 1920};

// The widest variant a photo's plain `src` points at (a JPEG), for viewers that read no variants.
constexpr int kDefaultPhotoWidth = 1280;

// Encoder settings (part of what a variant's bytes, and so its name, depend on).
constexpr int kWebpQuality = 80;
constexpr int kJpegQuality = 82;

// One encoded variant of a photo.
struct PhotoVariant {
    int Width = 0, Height = 0;
    std::string Type;  // "webp" or "jpg", the extension its name ends with
    std::string Path;  // its bundle path, also its URL relative to the bundle: "media/3f1c….webp"
    std::string Bytes; // the encoded file
};

// A photo's variants, narrowest first, each width as WebP then as JPEG.
struct PhotoVariants {
    std::string SourceType; // the source's type, as media.h's ImageKindOf names it ("jpg", "png", …)
    int Width = 0, Height = 0; // the source's intrinsic size, as shown (after its EXIF orientation)
    std::vector<PhotoVariant> Variants;
    std::vector<uint8_t> ThumbHash; // model/thumbhash.h's hash of the upright sRGB photo shrunk to 100 px at most
};

// The widths of the ladder for a photo `width` pixels wide (as shown), narrowest first.
std::vector<int> LadderWidths(int width);

// Starts libvips once per process (the desktop viewer's decoder starts it here too): its operation cache off (each
// photo is touched once), its threads at most four, operations libvips marks as untrusted blocked, its warnings
// dropped. False with *why when it cannot start.
bool StartVips(std::string* why);
// What libvips said since its last error, on one line, and its buffer emptied for the next.
std::string VipsReason();

// Makes the variants (and the ThumbHash) of the image whose bytes are `bytes`; `name` is the file they were read from, for errors.
bool MakePhotoVariants(const std::string& name, const std::string& bytes, PhotoVariants* out, Error* err);

} // namespace folio::cli
