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

// Encoder settings (part of what a variant's bytes, and so its name, depend on). AVIF (AV1 in HEIF, through
// libheif) at libvips' effort 1 of 9: a 1920-pixel rung in a tenth of a second to a few tenths here, about a third
// smaller than the WebP; higher efforts take seconds to a minute a rung for a few per cent.
constexpr int kWebpQuality = 80;
constexpr int kJpegQuality = 82;
constexpr int kAvifQuality = 50;
constexpr int kAvifEffort = 1;

// One encoded variant of a photo.
struct PhotoVariant {
    int Width = 0, Height = 0;
    std::string Type;  // "webp", "jpg" or "avif", the extension its name ends with
    std::string Path;  // its bundle path, also its URL relative to the bundle: "media/3f1c….webp"
    std::string Bytes; // the encoded file (dropped once written: Size stays)
    size_t Size = 0;   // its length in bytes
};

// A photo's variants, narrowest first, each width in PhotoVariantTypes()'s order (WebP, JPEG, then AVIF when made).
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
// libvips 8.14 may lose a PNG's read error raised on one of its threads (a truncated file came back as pixels in
// some decodes) but keeps its message: with the buffer emptied (vips_error_clear) before a decode of `kind`, whether
// the decode must be taken as failed all the same. Only a PNG is judged so: a good AVIF leaves messages there too.
bool VipsLostDecodeError(const std::string& kind);

// Whether this libvips encodes AVIF (heifsave with an AV1 encoder in libheif): tried once on a tiny image.
bool AvifEncodes();

// The types each rung is encoded in, in order: "webp", "jpg", and "avif" when AvifEncodes().
std::vector<std::string> PhotoVariantTypes();

// What a photo's variants depend on besides its bytes: the ladder, the types and their encoder settings, the libvips
// version. A variant made under other settings is not reused (media_cache.h keys its entries on this).
std::string PhotoEncoderSettings();

// The most a photo may claim in its header before it is refused undecoded (the fuzz target sets less).
struct DecodeBounds {
    uint64_t MaxPixels = kMaxDecodePixels;
    int MaxSide = kMaxDecodeSide;
};

// Whether this libvips has a loader for images of `kind` (media.h's ImageKindOf: "avif" needs libheif's).
bool PhotoKindReadable(const std::string& kind);

// Makes the variants (and the ThumbHash) of the image whose bytes are `bytes`; `name` is the file they were read from, for errors.
bool MakePhotoVariants(const std::string& name, const std::string& bytes, PhotoVariants* out, Error* err,
                       const DecodeBounds& bounds = DecodeBounds{});

} // namespace folio::cli
