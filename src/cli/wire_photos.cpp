// ReadWirePhotoLine: "Photo:" (any case), then up to four parts parted by "|", each trimmed and cleaned.
#include "cli/wire_photos.h"
#include "cli/media.h"
#include "model/json_read.h"

#include <vector>

namespace folio::cli {

namespace {

std::string Trimmed(const std::string& s) {
    const size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
    return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::string Lower(std::string s) {
    for (char& c : s) if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    return s;
}

// The extension of a path or URL's last segment, lower case, without the dot ("" when none).
std::string ExtensionOf(const std::string& src) {
    const std::string path = src.substr(0, src.find_first_of("?#"));
    const size_t slash = path.rfind('/'), dot = path.rfind('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
    return Lower(path.substr(dot + 1));
}

} // namespace

WirePhotoLine ReadWirePhotoLine(const std::string& text, Photo* out, std::string* why) {
    if (text.size() < 6 || Lower(text.substr(0, 6)) != "photo:") return WirePhotoLine::NotPhoto;
    std::vector<std::string> parts;
    for (size_t start = 6;;) {
        const size_t bar = text.find('|', start);
        parts.push_back(Trimmed(text.substr(start, bar == std::string::npos ? std::string::npos : bar - start)));
        if (bar == std::string::npos) break;
        start = bar + 1;
    }
    const std::string& src = parts[0];
    const std::string ext = ExtensionOf(src);
    if (src.empty() || src.find(' ') != std::string::npos || ext.empty()) return WirePhotoLine::NotPhoto; // a credit line
    if (ImageKindNamed("." + ext).empty()) {
        static const char* const kImageTypes[] = {"svg", "svgz", "bmp", "tif", "tiff", "heic", "heif", "jxl", "ico", "psd", "raw"};
        for (const char* t : kImageTypes)
            if (ext == t) {
                *why = "photo \"" + src + "\" is a ." + ext + " file, which the tool does not read (JPEG, PNG, GIF, WebP or AVIF)";
                return WirePhotoLine::Refused;
            }
        return WirePhotoLine::NotPhoto;
    }
    if (parts.size() > 4) {
        *why = "a photo line has " + std::to_string(parts.size()) + " parts; at most 4: file | alt text | caption | credit";
        return WirePhotoLine::Refused;
    }
    Photo p;
    p.Src = src;
    if (parts.size() > 1) p.Alt = CleanText(parts[1]);
    if (parts.size() > 2) p.Caption = CleanText(parts[2]);
    if (parts.size() > 3) p.Credit = CleanText(parts[3]);
    *out = std::move(p);
    return WirePhotoLine::Photo;
}

} // namespace folio::cli
