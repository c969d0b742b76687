// Resolving a bundle's relative references (feed -> article file) for URLs and file paths alike, and the scheme
// of a URL, read here for the whole model (links, photo sources, bundle paths).
#pragma once
#include <string>

namespace folio {

// `ref` as seen from the document at `base`: relative refs replace the last segment of base's path; "." and ".."
// segments are folded in every hierarchical result ("https://h/a/../b" is "https://h/b"); other absolute refs
// ("data:…", "mailto:…") are returned as they are.
std::string ResolveUrl(const std::string& base, const std::string& ref);

// Length of "scheme:" at the start of s ("https:", "data:"), or 0 when s has none.
size_t SchemeLength(const std::string& s);

// The scheme of a URL in lower case ("https"), or "" for a relative reference.
std::string SchemeOf(const std::string& url);

// Whether url is an http or https URL with an authority ("https://host/…"; the scheme in any case).
bool IsHttpUrl(const std::string& url);

} // namespace folio
