// What earlier builds encoded, so a rebuild does not encode an unchanged photo again: folio-media.json beside the
// manifest, one entry per source photo keyed on the SHA-256 of its bytes, under the encoder settings it was made
// with (photo.h's PhotoEncoderSettings: a changed ladder, quality or libvips makes every entry stale). An entry is
// trusted only as far as the bundle bears it out: each variant it names must be a media path, there as a regular
// file (read without following links) whose bytes hash to its name and have the size and type the entry says; else
// the photo is encoded again. A cache that is missing, unreadable or of other settings is empty, never an error.
//   {"folioMediaCache": 1, "settings": "...", "photos": [{"source": "<sha256>", "width": W, "height": H,
//     "placeholder": "...", "variants": [{"path": "media/<hash>.webp", "type": "webp", "width": 320, ...}]}]}
#pragma once
#include "cli/photo.h"

#include <map>
#include <string>

namespace folio::cli {

constexpr const char kMediaCachePath[] = "folio-media.json";
constexpr int kMediaCacheFormat = 1;

// A photo as a build places it: its size as shown, its ThumbHash (base64) and its variants (without their bytes).
struct EncodedPhoto {
    int Width = 0, Height = 0;
    std::string Placeholder;
    std::vector<PhotoVariant> Variants; // Bytes empty
};

class MediaCache {
public:
    // A cache for photos encoded under `settings` (PhotoEncoderSettings()), empty until loaded.
    explicit MediaCache(std::string settings) : Settings_(std::move(settings)) {}
    // Reads out_dir's cache when there is one made under these settings; anything else leaves the cache empty.
    void Load(const std::string& out_dir);
    // The photo whose source bytes hash to `source_sha`, when the cache has it and every variant file is in
    // out_dir as the entry says (read and hashed). Kept for this build's cache either way it is found.
    bool Find(const std::string& source_sha, EncodedPhoto* out);
    // Records a photo this build encoded.
    void Put(const std::string& source_sha, const EncodedPhoto& photo);
    // The cache this build leaves: the photos it found or encoded (photos no longer used drop out), sorted.
    std::string Json() const;

private:
    std::string Dir_, Settings_;
    std::map<std::string, EncodedPhoto> Earlier_, Now_;
};

} // namespace folio::cli
