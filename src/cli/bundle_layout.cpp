// Reference: an absolute URL under the bundle's base URL, or a relative path from one bundle file to another.
// IsBuildOutputPath: the shapes of the paths above (and of their pre-compressed copies). IsPlainUrl and FolderUrl:
// the URLs options give; ViewerFromSnapshots: the viewer's folder from articles/.
#include "cli/bundle_layout.h"
#include "cli/media.h"
#include "model/limits.h"
#include "model/url.h"

#include <algorithm>

namespace folio::cli {

std::string Reference(const BundleSite& site, const std::string& from, const std::string& to) {
    if (!site.BaseUrl.empty()) return site.BaseUrl + to;
    // Drop the folders both share, then climb out of the rest of `from`'s folders.
    size_t common = 0;
    for (size_t i = 0; i < from.size() && i < to.size() && from[i] == to[i]; ++i)
        if (from[i] == '/') common = i + 1;
    std::string up;
    for (size_t i = common; i < from.size(); ++i)
        if (from[i] == '/') up += "../";
    return up + to.substr(common);
}

bool IsPlainUrl(const std::string& url) {
    return url.size() < kMaxUrlBytes && url.find_first_of(" \"<>\\^`{|}") == std::string::npos &&
           std::all_of(url.begin(), url.end(), [](char c) { return c > ' ' && c < 0x7F; });
}

std::string PlainUrlRule() {
    return "a URL of printable ASCII without spaces, quotes, <, >, \\, ^, `, {, | or } (percent-encode them), under " +
           std::to_string(kMaxUrlBytes) + " bytes";
}

bool FolderUrl(const std::string& url, std::string* folder, std::string* why) {
    if (url.empty() || url == "/") *why = "names no folder";
    else if (!IsPlainUrl(url)) *why = PlainUrlRule();
    else if (url.find_first_of("?#") != std::string::npos) *why = "a folder's address takes no query (?) or fragment (#)";
    else if (url[0] == '/' || (SchemeLength(url) > 0 && !IsHttpUrl(url)))
        *why = "a folder relative to the bundle's (.., ../app) or an http(s) URL";
    else if (IsHttpUrl(url) && (SchemeLength(url) + 2 >= url.size() || url[SchemeLength(url) + 2] == '/'))
        *why = "an http(s) URL with no host";
    else {
        *folder = url.back() == '/' ? url.substr(0, url.size() - 1) : url;
        return true;
    }
    return false;
}

std::string ViewerFromSnapshots(const BundleSite& site) {
    if (site.Viewer.empty() || IsHttpUrl(site.Viewer)) return site.Viewer;
    return "../" + site.Viewer; // the snapshots are one folder down, in articles/
}

bool IsBuildOutputPath(const std::string& rel) {
    const auto digits = [](const std::string& s, size_t min, size_t max, bool hex) {
        if (s.size() < min || s.size() > max) return false;
        for (char c : s)
            if (!((c >= '0' && c <= '9') || (hex && c >= 'a' && c <= 'f'))) return false;
        return true;
    };
    const auto in = [&rel](const char* folder, std::string* name) {
        const size_t n = std::char_traits<char>::length(folder);
        if (rel.compare(0, n, folder) != 0 || rel.find('/', n) != std::string::npos) return false;
        *name = rel.substr(n);
        return true;
    };
    const auto stem = [](const std::string& name, const char* ext, std::string* out) {
        const size_t n = std::char_traits<char>::length(ext);
        if (name.size() <= n || name.compare(name.size() - n, n, ext) != 0) return false;
        *out = name.substr(0, name.size() - n);
        return true;
    };
    std::string name, id;
    for (const char* ext : {".gz", ".br"}) // a pre-compressed copy of a JSON or HTML output (precompress.h)
        if (stem(rel, ext, &name))
            return (stem(name, ".json", &id) || stem(name, ".html", &id)) && IsBuildOutputPath(name);
    if (rel == "feed.json") return true;
    if (rel.compare(0, 5, "feed-") == 0 && stem(rel.substr(5), ".json", &id))
        return digits(id, 1, 19, false) && id[0] != '0';
    if (in("articles/", &name)) return (stem(name, ".json", &id) || stem(name, ".html", &id)) && ValidArticleId(id);
    if (in("oembed/", &name)) return stem(name, ".json", &id) && ValidArticleId(id);
    if (in(kMediaFolder, &name)) {
        const size_t dot = name.find('.');
        return dot == kMediaNameDigits && digits(name.substr(0, dot), kMediaNameDigits, kMediaNameDigits, true) &&
               ImageKindNamed(name) == name.substr(dot + 1);
    }
    return false;
}

} // namespace folio::cli
