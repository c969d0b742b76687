// What earlier builds encoded, so a rebuild does not encode an unchanged photo again: folio-media.json beside the
// manifest, one entry per source photo keyed on the SHA-256 of its bytes, under the encoder settings it was made
// with (photo.h's PhotoEncoderSettings: a changed ladder, quality or libvips makes every entry stale). An entry is
// trusted only as far as the bundle bears it out: each variant it names must be a media path the previous build's
// manifest lists (a build never adopts a file it did not write), there as a regular file (read without following
// links) whose bytes hash to its name and have the size and type the entry says; else the photo is encoded again.
// A cache that is missing, unreadable or of other settings is empty, never an error. The file is compact JSON, read
// up to kMaxMediaCacheBytes: room for an entry for every variant a manifest (at most kMaxJsonBytes) can list.
//   {"folioMediaCache": 1, "settings": "...", "photos": [{"source": "<sha256>", "width": W, "height": H,
//     "placeholder": "...", "variants": [{"path": "media/<hash>.webp", "type": "webp", "width": 320, ...}]}]}
#pragma once
#include "cli/photo.h"
#include "model/limits.h"

#include <map>
#include <set>
#include <string>

namespace folio::cli {

constexpr const char kMediaCachePath[] = "folio-media.json";
constexpr int kMediaCacheFormat = 1;
// A manifest names a variant in about 50 bytes, the cache in about 110, plus about 170 for its photo (of two
// variants at least): under 4 times the manifest's bound holds the cache of every photo a build can list.
constexpr size_t kMaxMediaCacheBytes = 4 * kMaxJsonBytes;

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
    // `listed` is what the previous build's manifest lists: only those files may be vouched for.
    void Load(const std::string& out_dir, const std::set<std::string>& listed);
    // The photo whose source bytes hash to `source_sha`, when the cache has it and every variant file is in
    // out_dir as the entry says (read and hashed). Kept for this build's cache either way it is found.
    bool Find(const std::string& source_sha, EncodedPhoto* out);
    // Records a photo this build encoded.
    void Put(const std::string& source_sha, const EncodedPhoto& photo);
    // The cache this build leaves: the photos it found or encoded (photos no longer used drop out), sorted.
    std::string Json() const;

private:
    std::string Dir_, Settings_;
    std::set<std::string> Listed_;
    std::map<std::string, EncodedPhoto> Earlier_, Now_;
};

} // namespace folio::cli
