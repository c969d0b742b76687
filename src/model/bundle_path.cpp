// BundlePathOf: resolve, find the bundle address the result lies under, and check what is left segment by segment.
#include "model/bundle_path.h"
#include "model/url.h"

namespace folio {

// Whether a segment is "." or ".." once "%2e" is read as a dot.
static bool DotSegment(const std::string& seg) {
    size_t dots = 0;
    for (size_t i = 0; i < seg.size();) {
        if (seg[i] == '.') { ++dots; ++i; continue; }
        if (seg.size() - i >= 3 && seg[i] == '%' && seg[i + 1] == '2' && (seg[i + 2] == 'e' || seg[i + 2] == 'E')) {
            ++dots;
            i += 3;
            continue;
        }
        return false;
    }
    return dots == 1 || dots == 2;
}

bool IsBundlePath(const std::string& rel, std::string* why) {
    const std::string path = rel.substr(0, rel.find('?'));
    if (path.empty()) { *why = "names no file"; return false; }
    if (path[0] == '/') { *why = "is an absolute path"; return false; }
    for (size_t i = 0; i < path.size(); ++i) {
        const unsigned char c = (unsigned char)path[i];
        if (c < 0x20 || c == 0x7F) { *why = "holds a control character"; return false; }
        if (c == '\\') { *why = "holds a backslash"; return false; }
        if (c == '%' && i + 2 < path.size()) {
            const char a = path[i + 1], b = (char)(path[i + 2] | 0x20);
            if ((a == '2' && b == 'f') || (a == '5' && b == 'c')) { *why = "holds an encoded slash or backslash"; return false; }
        }
    }
    size_t start = 0;
    while (start <= path.size()) {
        size_t end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        const std::string seg = path.substr(start, end - start);
        if (seg.empty()) { *why = end == path.size() ? "names a folder, not a file" : "has an empty segment"; return false; }
        if (DotSegment(seg)) { *why = "climbs out of the bundle"; return false; }
        if (start == 0 && SchemeLength(seg) > 0) { *why = "would be read as a URL"; return false; } // "x:y"
        start = end + 1;
    }
    return true;
}

bool BundlePathOf(const BundleRoots& roots, const std::string& from, const std::string& ref, std::string* out,
                  std::string* why) {
    std::string r = ref.substr(0, ref.find('#'));
    if (r.empty()) { *why = "\"" + ref + "\" names no file"; return false; }
    for (unsigned char c : r)
        if (c < 0x20 || c == 0x7F || c == '\\') {
            *why = "\"" + ref + "\" holds a " + (c == '\\' ? std::string("backslash") : std::string("control character"));
            return false;
        }
    const std::string full = ResolveUrl(roots.Local + from, r);
    std::string rel;
    bool inside = false;
    for (const std::string* root : {&roots.Local, &roots.Public}) {
        if (root->empty()) continue;
        if (full.compare(0, root->size(), *root) == 0) { rel = full.substr(root->size()); inside = true; break; }
    }
    if (!inside && roots.Local.empty()) {
        // Bundle paths themselves: a relative result that does not climb, without a scheme.
        const bool climbs = full == ".." || full.compare(0, 3, "../") == 0;
        const bool absolute = !full.empty() && full[0] == '/';
        const bool scheme = full.find(':') != std::string::npos && full.find(':') < full.find('/');
        if (!climbs && !absolute && !scheme) { rel = full; inside = true; } // an http(s) URL has a scheme
    }
    if (!inside) { *why = "\"" + ref + "\" points outside the bundle"; return false; }
    std::string reason;
    if (!IsBundlePath(rel, &reason)) { *why = "\"" + ref + "\" " + reason; return false; }
    *out = rel;
    return true;
}

std::string FolderOf(const std::string& url) {
    const std::string path = url.substr(0, url.find_first_of("?#"));
    const size_t slash = path.rfind('/');
    if (slash == std::string::npos) return "";
    if (IsHttpUrl(path) && slash < path.find("//") + 2) return path + "/"; // "https://host"
    return path.substr(0, slash + 1);
}

std::string BundleBaseOf(const std::string& feed_url) {
    if (!IsHttpUrl(feed_url)) return "";
    const std::string folder = FolderOf(feed_url);
    const size_t authority = feed_url.find("//") + 2;
    if (folder.size() <= authority || folder == feed_url.substr(0, feed_url.find_first_of("?#")) + "/") return "";
    return folder;
}

} // namespace folio
