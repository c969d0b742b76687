// Pre-compressed copies for static hosts: beside each JSON and HTML file a build writes, the same bytes gzip'd
// (`X.gz`, zlib) and brotli'd (`X.br`, libbrotli), so a server (nginx's gzip_static and brotli_static, docs/hosting.md)
// sends them as they are, compressing nothing per request. Both are deterministic: the same bytes in give the
// same bytes out (gzip's header carries no time and no name).
#pragma once
#include "model/error.h"

#include <set>
#include <string>
#include <vector>

namespace folio::cli {

// Whether a bundle file gets compressed copies: the JSON and HTML files readers fetch (feed pages, articles,
// snapshots, oEmbed). Not the build's own records (folio-manifest.json, folio-media.json), not the copies
// themselves, not media (already compressed).
bool Precompressed(const std::string& rel);

// The extensions of the copies, in the order a build writes them (before the file they copy, so a build cut
// short never leaves a copy older than its file).
constexpr const char* kCompressedExtensions[] = {".gz", ".br"};

// gzip (RFC 1952) at zlib's best level, and brotli (RFC 7932) at `quality` with a window no larger than the
// bytes need (a 22-bit window costs each small file megabytes of set-up). Empty only when the library fails.
std::string GzipBytes(const std::string& bytes);
std::string BrotliBytes(const std::string& bytes, int quality);
// The qualities a build uses. Measured on the sample bundle's JSON and HTML (bench/bundle_build.py prints the
// build's cost): quality 5 makes 0.29 of the bytes at about 50 MB/s, as small as 6 to 9 make and 0.03 larger than
// 10 and 11, which run at under 1 MB/s: too slow for a million articles, so they are kept for the one file every
// reader fetches first, the newest feed page.
constexpr int kBrotliQuality = 5;
constexpr int kBrotliBestQuality = 11;
int BrotliQualityFor(const std::string& rel); // kBrotliBestQuality for feed.json, else kBrotliQuality

// The files a write of rel leaves: its copies when Precompressed(rel), in the order they are written, then rel.
std::vector<std::string> WithCopies(const std::string& rel);

// What one write did: files written anew and files found with the same bytes (the copies counted).
struct WriteCount {
    size_t Written = 0, Unchanged = 0;
};

// Writes rel in out_dir if its bytes changed (file_io.h's WriteIfChanged) and, when Precompressed(rel), its copies
// first. A file whose bytes are unchanged and whose copies are both there (regular files) is left as it is, its
// copies not compressed again: a copy is always written before its file, so an unchanged file has current copies.
bool WriteWithCopies(const std::string& out_dir, const std::string& rel, const std::string& bytes, WriteCount* count,
                     Error* err);

// The bytes a copy holds, decompressed with at most max_bytes of output; false (and *why) on a damaged or
// oversized copy. `ext` is ".gz" or ".br". For validate.
bool Decompress(const std::string& ext, const std::string& bytes, size_t max_bytes, std::string* out, std::string* why);

} // namespace folio::cli
