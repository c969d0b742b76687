// FindPhoto: resolve inside the source folder (BundlePathOf, the one inside check), read without links
// (ReadFileInside), check the magic bytes against the extension, name by SHA-256 (OpenSSL EVP).
#include "cli/media.h"
#include "cli/bundle_layout.h"
#include "cli/file_io.h"
#include "model/bundle_path.h"
#include "model/url.h"

#include <openssl/evp.h>

namespace folio::cli {

namespace {

bool StartsWith(const std::string& s, size_t at, const char* magic, size_t n) {
    return s.size() >= at + n && s.compare(at, n, magic, n) == 0;
}

// An ISO base media file (AVIF): a leading "ftyp" box whose major or a compatible brand is "avif" or "avis".
bool IsAvif(const std::string& b) {
    if (!StartsWith(b, 4, "ftyp", 4)) return false;
    const size_t size = (size_t)(unsigned char)b[0] << 24 | (size_t)(unsigned char)b[1] << 16 |
                        (size_t)(unsigned char)b[2] << 8 | (size_t)(unsigned char)b[3];
    if (size < 16 || size > b.size() || size % 4 != 0) return false;
    for (size_t at = 8; at + 4 <= size; at += at == 8 ? 8 : 4) // the major brand, then (after the minor version) the compatible ones
        if (StartsWith(b, at, "avif", 4) || StartsWith(b, at, "avis", 4)) return true;
    return false;
}

// The kinds a bundle's media may be, with the extensions that name each.
struct Kind {
    const char* Ext;
    const char* Names[3];
    bool (*Holds)(const std::string&);
};
const Kind kKinds[] = {
    {"jpg", {".jpg", ".jpeg", nullptr}, [](const std::string& b) { return StartsWith(b, 0, "\xFF\xD8\xFF", 3); }},
    {"png", {".png", nullptr, nullptr}, [](const std::string& b) { return StartsWith(b, 0, "\x89PNG\r\n\x1A\n", 8); }},
    {"gif", {".gif", nullptr, nullptr}, [](const std::string& b) { return StartsWith(b, 0, "GIF87a", 6) || StartsWith(b, 0, "GIF89a", 6); }},
    {"webp", {".webp", nullptr, nullptr}, [](const std::string& b) { return StartsWith(b, 0, "RIFF", 4) && StartsWith(b, 8, "WEBP", 4); }},
    {"avif", {".avif", nullptr, nullptr}, IsAvif},
};

std::string Lower(std::string s) {
    for (char& c : s) if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    return s;
}

int HexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// A reference's path with its percent-escapes decoded ("my%20cat.jpg" names "my cat.jpg"); false when an
// escape is malformed or decodes to a control character.
bool PercentDecoded(const std::string& path, std::string* out) {
    out->clear();
    for (size_t i = 0; i < path.size(); ++i) {
        if (path[i] != '%') { *out += path[i]; continue; }
        const int hi = i + 2 < path.size() ? HexDigit(path[i + 1]) : -1, lo = hi < 0 ? -1 : HexDigit(path[i + 2]);
        if (lo < 0) return false;
        const unsigned char c = (unsigned char)(hi * 16 + lo);
        if (c < 0x20 || c == 0x7F) return false;
        *out += (char)c;
        i += 2;
    }
    return true;
}

} // namespace

std::string ImageKindOf(const std::string& bytes) {
    for (const Kind& k : kKinds) if (k.Holds(bytes)) return k.Ext;
    return "";
}

std::string ImageKindNamed(const std::string& name) {
    const std::string lower = Lower(name);
    for (const Kind& k : kKinds)
        for (const char* ext : k.Names)
            if (ext && EndsWith(lower, ext)) return k.Ext;
    return "";
}

std::string Sha256Hex(const std::string& bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &n, EVP_sha256(), nullptr) != 1 || n != 32) return "";
    static const char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < n; ++i) { out += hex[digest[i] >> 4]; out += hex[digest[i] & 15]; }
    return out;
}

std::string MediaPathOf(const std::string& bytes, const std::string& kind) {
    const std::string hash = Sha256Hex(bytes);
    return hash.empty() ? "" : kMediaFolder + hash.substr(0, kMediaNameDigits) + "." + kind;
}

bool FindPhoto(const std::string& src_dir, const std::string& source, const std::string& src, MediaFile* out,
               std::string* why, std::string* bytes) {
    const std::string quoted = "photo \"" + src + "\"";
    const std::string resolved = ResolveUrl(source, src);
    if (resolved == ".." || resolved.compare(0, 3, "../") == 0 || (!resolved.empty() && resolved[0] == '/')) {
        *why = quoted + " is outside the source folder";
        return false;
    }
    std::string rel, reason;
    if (!BundlePathOf(BundleRoots{}, source, src, &rel, &reason)) { *why = "photo source " + reason; return false; }
    if (rel.find('?') != std::string::npos) { *why = quoted + " has a query, which names no file"; return false; }
    std::string path;
    if (!PercentDecoded(rel, &path)) { *why = quoted + " holds a malformed or control-character percent-escape"; return false; }
    const std::string named = ImageKindNamed(path);
    if (named.empty()) {
        *why = quoted + " is not named as an image (.jpg, .jpeg, .png, .gif, .webp or .avif)";
        return false;
    }
    std::string data;
    Error e;
    if (!ReadFileInside(src_dir, path, kMaxPhotoBytes, &data, &e)) { *why = quoted + ": " + e.Message(); return false; }
    const std::string kind = ImageKindOf(data);
    if (kind.empty()) { *why = quoted + ": " + src_dir + "/" + path + " is not an image (its bytes are no JPEG, PNG, GIF, WebP or AVIF)"; return false; }
    if (kind != named) {
        *why = quoted + ": " + src_dir + "/" + path + " holds a " + kind + " image, not the " + named + " its name says";
        return false;
    }
    out->Source = path;
    out->Path = MediaPathOf(data, kind);
    if (out->Path.empty()) { *why = quoted + ": its SHA-256 could not be computed"; return false; }
    if (bytes) *bytes = std::move(data);
    return true;
}

} // namespace folio::cli
