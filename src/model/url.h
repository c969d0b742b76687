// Resolving a bundle's relative references (feed -> article file) for URLs and file paths alike.
#pragma once
#include <string>

namespace folio {

// `ref` as seen from the document at `base`: absolute refs ("https://…", "/x", "data:…") are returned as they
// are; relative ones replace the last segment of base's path, with "." and ".." segments folded.
std::string ResolveUrl(const std::string& base, const std::string& ref);

} // namespace folio
