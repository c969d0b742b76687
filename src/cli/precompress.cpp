// GzipBytes, BrotliBytes (encoders) and Decompress (bounded decoders) over zlib and brotli.
#include "cli/precompress.h"
#include "cli/bundle_layout.h"
#include "cli/file_io.h"
#include "model/limits.h"

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <zlib.h>

namespace folio::cli {

static bool HasSuffix(const std::string& s, const char* tail) {
    const size_t n = std::char_traits<char>::length(tail);
    return s.size() >= n && s.compare(s.size() - n, n, tail) == 0;
}

bool Precompressed(const std::string& rel) {
    return (HasSuffix(rel, ".json") || HasSuffix(rel, ".html")) && IsBuildOutputPath(rel); // not the records: not outputs
}

std::string GzipBytes(const std::string& bytes) {
    z_stream z{};
    // windowBits 15 + 16: a gzip wrapper; zlib writes its header with no name and a zero time.
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK) return "";
    std::string out(deflateBound(&z, bytes.size()), '\0');
    z.next_in = (Bytef*)bytes.data();
    z.avail_in = (uInt)bytes.size();
    z.next_out = (Bytef*)out.data();
    z.avail_out = (uInt)out.size();
    const int rc = deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : "";
}

int BrotliQualityFor(const std::string& rel) { return rel == "feed.json" ? kBrotliBestQuality : kBrotliQuality; }

std::string BrotliBytes(const std::string& bytes, int quality) {
    size_t size = BrotliEncoderMaxCompressedSize(bytes.size());
    if (size == 0) return "";
    std::string out(size, '\0');
    int window = BROTLI_MIN_WINDOW_BITS;
    while (window < BROTLI_MAX_WINDOW_BITS && (size_t(1) << window) < bytes.size()) ++window;
    if (!BrotliEncoderCompress(quality, window, BROTLI_MODE_TEXT, bytes.size(),
                               (const uint8_t*)bytes.data(), &size, (uint8_t*)out.data()))
        return "";
    out.resize(size);
    return out;
}

std::vector<std::string> WithCopies(const std::string& rel) {
    std::vector<std::string> out;
    if (Precompressed(rel))
        for (const char* ext : kCompressedExtensions) out.push_back(rel + ext);
    out.push_back(rel);
    return out;
}

bool WriteWithCopies(const std::string& out_dir, const std::string& rel, const std::string& bytes, WriteCount* count,
                     Error* err) {
    bool written = false;
    if (!Precompressed(rel)) {
        if (!WriteIfChanged(out_dir, rel, bytes, &written, err, Sync::Later)) return false;
        ++(written ? count->Written : count->Unchanged);
        return true;
    }
    // The file is read once: whether it holds these bytes decides its own write as well as its copies'.
    std::string now;
    Error ignored;
    const bool same = ReadFileInside(out_dir, rel, kMaxSnapshotBytes, &now, &ignored) && now == bytes;
    bool current = same;
    for (const char* ext : kCompressedExtensions)
        current = current && KindInside(out_dir, rel + ext) == PathKind::RegularFile;
    if (current) {
        count->Unchanged += 3;
        return true;
    }
    for (const char* ext : kCompressedExtensions) {
        const std::string copy = std::string(ext) == ".gz" ? GzipBytes(bytes) : BrotliBytes(bytes, BrotliQualityFor(rel));
        if (copy.empty()) { *err = Error{out_dir + "/" + rel + ext, "", "could not be compressed (out of memory?)"}; return false; }
        if (!WriteIfChanged(out_dir, rel + ext, copy, &written, err, Sync::Later)) return false;
        ++(written ? count->Written : count->Unchanged);
    }
    if (same) {
        ++count->Unchanged;
        return true;
    }
    if (!WriteFileInside(out_dir, rel, bytes, err, Sync::Later)) return false;
    ++count->Written;
    return true;
}

static bool Gunzip(const std::string& bytes, size_t max_bytes, std::string* out, std::string* why) {
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK) { *why = "zlib could not start"; return false; }
    z.next_in = (Bytef*)bytes.data();
    z.avail_in = (uInt)bytes.size();
    char buf[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = (Bytef*)buf;
        z.avail_out = sizeof buf;
        rc = inflate(&z, Z_NO_FLUSH);
        out->append(buf, sizeof buf - z.avail_out);
        if (out->size() > max_bytes) { inflateEnd(&z); *why = "decompresses to more than " + std::to_string(max_bytes) + " bytes"; return false; }
        if (rc == Z_BUF_ERROR && z.avail_in == 0) break; // input ended before the stream did
    }
    const bool ok = rc == Z_STREAM_END && z.avail_in == 0;
    if (!ok) *why = rc == Z_STREAM_END ? "holds bytes after its gzip stream" : "is not a whole gzip stream";
    inflateEnd(&z);
    return ok;
}

static bool Unbrotli(const std::string& bytes, size_t max_bytes, std::string* out, std::string* why) {
    BrotliDecoderState* s = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    if (!s) { *why = "brotli could not start"; return false; }
    size_t in_left = bytes.size();
    const uint8_t* in = (const uint8_t*)bytes.data();
    BrotliDecoderResult rc = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
    uint8_t buf[16384];
    while (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) {
        size_t out_left = sizeof buf;
        uint8_t* next = buf;
        rc = BrotliDecoderDecompressStream(s, &in_left, &in, &out_left, &next, nullptr);
        out->append((const char*)buf, sizeof buf - out_left);
        if (out->size() > max_bytes) { rc = BROTLI_DECODER_RESULT_ERROR; *why = "decompresses to more than " + std::to_string(max_bytes) + " bytes"; break; }
    }
    BrotliDecoderDestroyInstance(s);
    if (rc == BROTLI_DECODER_RESULT_SUCCESS && in_left == 0) return true;
    if (why->empty()) *why = rc == BROTLI_DECODER_RESULT_SUCCESS ? "holds bytes after its brotli stream" : "is not a whole brotli stream";
    return false;
}

bool Decompress(const std::string& ext, const std::string& bytes, size_t max_bytes, std::string* out, std::string* why) {
    out->clear();
    if (ext == ".gz") return Gunzip(bytes, max_bytes, out, why);
    if (ext == ".br") return Unbrotli(bytes, max_bytes, out, why);
    *why = "is no compressed copy (.gz or .br)";
    return false;
}

} // namespace folio::cli
