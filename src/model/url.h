// Resolving a bundle's relative references (feed -> article file) for URLs and file paths alike, and the scheme
// of a URL, read here for the whole model (links, photo sources, bundle paths), and percent-encoding.
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

// "a b%" -> "a%20b%25": every byte but ASCII letters, digits and "-._~" as %XX (upper-case hex). What a name in
// one of the viewer's routes is ("#/section/World%20news"), made here so a page written at build time links to
// the same routes.
std::string PercentEncode(const std::string& text);

// "a%20b" -> "a b". A "%" not followed by two hex digits stays as it is (an address typed by hand).
std::string PercentDecode(const std::string& text);

} // namespace folio
