// Reference: an absolute URL under the bundle's base URL, or a relative path from one bundle file to another.
#include "cli/bundle_layout.h"

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

} // namespace folio::cli
