// Photos a source names, and how the bundle's media files are named: a photo is a file inside the source folder
// (never through a symbolic link), whose bytes are an image of a known kind that its extension names; each media
// file (the build writes a photo's variants, photo.h) is media/<hash>.<ext>, named after a SHA-256 of its bytes.
// Generated names cannot meet anything else the bundle holds (feed pages, article files, snapshots), two different
// photos cannot share a name, and the same photo used by two articles is one file.
#pragma once
#include "model/error.h"

#include <string>

namespace folio::cli {

// The largest photo copied into a bundle.
constexpr size_t kMaxPhotoBytes = 64u << 20;
// A media file's name: this many hex digits of its bytes' SHA-256 (128 bits), a dot, its kind.
constexpr size_t kMediaNameDigits = 32;

// A photo found in the source folder.
struct MediaFile {
    std::string Source; // its path relative to the source folder ("guides/img/cat.jpg")
    std::string Path;   // the name its bytes have ("media/3f1c….jpg"): what a build knows the photo by (the same bytes
                        // named twice are one photo, encoded once); its variants get names of their own (photo.h)
};

// The image kind that bytes hold, by their magic bytes, as the extension media files get ("jpg", "png", "gif",
// "webp", "avif"); "" for anything else.
std::string ImageKindOf(const std::string& bytes);

// The image kind a file name's extension names (".jpg" and ".JPEG" name "jpg"); "" for any other extension.
std::string ImageKindNamed(const std::string& name);

// The lower-case hex SHA-256 of bytes (OpenSSL's EVP digest); "" if the digest fails.
std::string Sha256Hex(const std::string& bytes);

// The bundle path of a media file holding bytes of kind `kind`: "media/" + kMediaNameDigits hex digits of their
// SHA-256 + "." + kind.
std::string MediaPathOf(const std::string& bytes, const std::string& kind);

// The photo `src` that the source file at `source` (relative to src_dir) names: resolved against it, inside
// src_dir, read without following links, an image of the kind its extension names. *bytes gets its bytes when
// asked. False with *why (which names the file when one was reached) when it is not one.
bool FindPhoto(const std::string& src_dir, const std::string& source, const std::string& src, MediaFile* out,
               std::string* why, std::string* bytes = nullptr);

} // namespace folio::cli
