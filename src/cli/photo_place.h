// Placing a source's photos into a build: each local photo (a body block's or the article's lead image) found
// inside the source folder (media.h), made into its variants and ThumbHash (photo.h) unless the media cache
// (media_cache.h) already holds them, its description filled in (size, placeholder, variants addressed from the
// article file, src pointed at the default variant). The same bytes named twice are one photo, encoded once. Each
// photo's new variants go to the build's sink as soon as they are made, so a build holds one photo's at a time.
#pragma once
#include "cli/bundle_layout.h"
#include "cli/media_cache.h"
#include "model/article.h"
#include "model/error.h"

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace folio::cli {

// The variant `src` points at for viewers that read no variants: the widest JPEG at most kDefaultPhotoWidth wide.
size_t DefaultVariant(const std::vector<ImageVariant>& variants);

// A variant's MIME type from its extension ("webp" -> "image/webp").
std::string MimeTypeOf(const std::string& type);

class PhotoPlacer {
public:
    PhotoPlacer(const BundleSite& site, std::string src_dir, MediaCache* cache) : Site_(site), SrcDir_(std::move(src_dir)), Cache_(cache) {}

    // Where new variants go: (bundle path, bytes); false when the write failed (the sink keeps its own error).
    using Sink = std::function<bool(const std::string& path, const std::string& bytes)>;

    // Whether the photo p names (from the source file `source`, relative to the source folder) can be placed: a
    // file inside the source folder of the image type its name says (FindPhoto; its bytes are not kept). http(s)
    // photos pass. A refusal is an Error naming `file` (the source as messages name it) and `where` (its line).
    bool Check(const std::string& source, const std::string& file, const std::string& where, const Photo& p, Error* err) const;

    // Places *p, named by `source` as above, in the article whose id is `id`: from the cache, or encoded with its
    // variants handed to `write` at once; http(s) photos are left as they are (the reader fetches them). A
    // refusal (a photo libvips cannot decode, a failed write) is an Error as above, and leaves *p as it was.
    bool Place(const std::string& source, const std::string& id, const std::string& file, const std::string& where,
               const Sink& write, Photo* p, Error* err);

    // Every media file this build's photos use, encoded now or earlier.
    const std::set<std::string>& Files() const { return Files_; }
    size_t Encoded() const { return Encoded_; } // photos encoded (libvips run) by this build
    size_t Reused() const { return Reused_; }   // photos taken from the cache
    const std::set<std::string>& Written() const { return Written_; } // media files handed to the sink

private:
    BundleSite Site_;
    std::string SrcDir_;
    MediaCache* Cache_;
    std::map<std::string, EncodedPhoto> Placed_; // by the source's media path (its bytes' hash)
    std::set<std::string> Files_, Written_;
    size_t Encoded_ = 0, Reused_ = 0;
};

} // namespace folio::cli
