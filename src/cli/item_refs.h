// What importers of feeds and exports (RSS, Atom, JSON Feed, ninjs, WordPress) make of an item's references: its
// article id, from the item's own identifier (a feed item's guid, a ninjs uri, a WordPress post's guid) as a readable
// ASCII slug, a hyphen and a short hash of the identifier (the one id maker all of them use), so the id is stable across builds and edits of the item, and two items (even from two publishers'
// feeds with the same slug) cannot share one; and which image references may become photos.
#pragma once
#include <string>

namespace folio::cli {

// Hex digits of the identifier's SHA-256 an id carries (64 bits: at a million articles, a collision chance of about
// one in 36 billion; the build still refuses two articles of one id).
constexpr size_t kStableIdHashDigits = 16;
// The readable part's longest length, so the whole id stays well within ValidArticleId's 128 bytes.
constexpr size_t kStableSlugBytes = 48;

// The readable part of an id: `text` percent-decoded, transliterated to Latin ASCII by ICU ("Any-Latin; Latin-ASCII",
// so «Порт открылся» gives "port-otkrylsa"), lower-cased ASCII letters and digits with any other run one hyphen,
// cut at a hyphen to kStableSlugBytes; "" when nothing is left.
std::string IdSlug(const std::string& text);

// IdSlug(readable), or `fallback` when it is empty; then "-" and the first kStableIdHashDigits hex digits of
// SHA-256(key). Always a ValidArticleId when fallback is a lower-case word.
std::string StableId(const std::string& readable, const std::string& key, const std::string& fallback);

// The last path segment of a URL or URN, without its query, fragment or extension ("…/2022/03/rail-strike.html?x"
// -> "rail-strike", "urn:newsml:x:2022:story" -> "story"); not decoded (IdSlug decodes).
std::string LastSegment(const std::string& link);

// Whether an item's image reference may be a photo's source as it is: an http(s) URL (the reader fetches it) or a
// relative path, which the build finds inside the source folder and encodes like any local photo (media.h:
// FindPhoto refuses one that leaves it). Not "file:", "data:" or other schemes, nor an absolute path.
bool IsPhotoSource(const std::string& ref);

} // namespace folio::cli
