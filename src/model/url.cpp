// ResolveUrl: relative reference resolution after RFC 3986 section 5.2, for URLs and plain file paths alike; and
// the one reading of a URL's scheme (SchemeLength, SchemeOf, IsHttpUrl).
#include "model/url.h"

#include <vector>

namespace folio {

size_t SchemeLength(const std::string& s) {
    size_t colon = s.find(':');
    if (colon == std::string::npos || colon == 0) return 0;
    for (size_t i = 0; i < colon; ++i) {
        char c = s[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                  (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
        if (!ok) return 0;
    }
    return colon + 1;
}

std::string SchemeOf(const std::string& url) {
    const size_t n = SchemeLength(url);
    std::string scheme = url.substr(0, n ? n - 1 : 0);
    for (char& c : scheme) c = (char)(c | 0x20); // letters to lower case; digits, "+", "-" and "." stay
    return scheme;
}

bool IsHttpUrl(const std::string& url) {
    const std::string scheme = SchemeOf(url);
    return (scheme == "http" || scheme == "https") && url.compare(scheme.size() + 1, 2, "//") == 0;
}

// RFC 3986 5.2.4, keeping a relative path's leading ".." segments (file paths may climb above their start).
static std::string RemoveDotSegments(const std::string& path) {
    const bool absolute = !path.empty() && path[0] == '/';
    std::vector<std::string> segs;
    size_t start = absolute ? 1 : 0;
    while (start <= path.size()) {
        size_t end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        const std::string seg = path.substr(start, end - start);
        const bool last = end == path.size();
        if (seg == "..") {
            if (!segs.empty() && segs.back() != "..") segs.pop_back();
            else if (!absolute) segs.push_back("..");
            if (last) segs.push_back("");
        } else if (seg == ".") {
            if (last) segs.push_back("");
        } else {
            segs.push_back(seg);
        }
        start = end + 1;
    }
    std::string out = absolute ? "/" : "";
    for (size_t i = 0; i < segs.size(); ++i) out += (i ? "/" : "") + segs[i];
    return out;
}

// An absolute URL with an authority ("https://host/a/../b") has its path's dot segments folded (RFC 3986
// 5.2.2); others ("data:…", "mailto:…") are returned as they are.
static std::string FoldAbsolute(const std::string& url, size_t scheme) {
    if (url.compare(scheme, 2, "//") != 0) return url;
    size_t path_start = url.find_first_of("/?#", scheme + 2);
    if (path_start == std::string::npos || url[path_start] != '/') return url;
    size_t path_end = url.find_first_of("?#", path_start);
    if (path_end == std::string::npos) path_end = url.size();
    return url.substr(0, path_start) + RemoveDotSegments(url.substr(path_start, path_end - path_start)) + url.substr(path_end);
}

std::string ResolveUrl(const std::string& base, const std::string& ref) {
    if (ref.empty()) return base;
    if (const size_t scheme = SchemeLength(ref)) return FoldAbsolute(ref, scheme);
    const size_t scheme = SchemeLength(base);
    if (ref.compare(0, 2, "//") == 0) return FoldAbsolute(base.substr(0, scheme) + ref, scheme);
    // base = prefix (scheme and authority) + path + rest (query and fragment)
    size_t path_start = scheme;
    if (base.compare(scheme, 2, "//") == 0) {
        path_start = base.find_first_of("/?#", scheme + 2);
        if (path_start == std::string::npos) path_start = base.size();
    }
    size_t path_end = base.find_first_of("?#", path_start);
    if (path_end == std::string::npos) path_end = base.size();
    const std::string prefix = base.substr(0, path_start);
    std::string path = base.substr(path_start, path_end - path_start);
    if (path.empty() && path_start > scheme) path = "/"; // "https://host" has the path "/"
    if (ref[0] == '#') {
        size_t hash = base.find('#');
        return base.substr(0, hash) + ref;
    }
    if (ref[0] == '?') return prefix + path + ref;
    size_t ref_end = ref.find_first_of("?#");
    if (ref_end == std::string::npos) ref_end = ref.size();
    const std::string ref_path = ref.substr(0, ref_end), ref_rest = ref.substr(ref_end);
    const std::string merged = ref_path[0] == '/' ? ref_path : path.substr(0, path.rfind('/') + 1) + ref_path;
    return prefix + RemoveDotSegments(merged) + ref_rest;
}

std::string PercentEncode(const std::string& text) {
    static const char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (unsigned char c : text) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                           c == '.' || c == '_' || c == '~';
        if (plain) { out += (char)c; continue; }
        out += '%';
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
    return out;
}

std::string PercentDecode(const std::string& text) {
    auto hex = [](char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    };
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
            out += (char)(hex(text[i + 1]) * 16 + hex(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace folio
