// Resolving a bundle's relative references (feed -> article file) for URLs and file paths alike.
#pragma once
#include <string>

namespace folio {

// `ref` as seen from the document at `base`: relative refs replace the last segment of base's path; "." and ".."
// segments are folded in every hierarchical result ("https://h/a/../b" is "https://h/b"); other absolute refs
// ("data:…", "mailto:…") are returned as they are.
std::string ResolveUrl(const std::string& base, const std::string& ref);

// Length of "scheme:" at the start of s ("https:", "data:"), or 0 when s has none.
size_t SchemeLength(const std::string& s);

} // namespace folio
