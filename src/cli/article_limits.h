// The importers' last step: an imported article held to the bundle format's bounds (model/limits.h), so that
// every article an import yields is one the readers accept and `build` can write. What carries nothing of
// substance is trimmed with a warning; anything else past a bound is refused, naming the source's line.
#pragma once
#include "model/article.h"
#include "model/error.h"

#include <map>
#include <string>
#include <vector>

namespace folio::cli {

// Where an imported article's parts start in its source, for messages about them (1-based lines; 0: unknown).
struct SourceLines {
    std::map<std::string, size_t> Members; // by the article file's member names: "headline" -> 3
    std::vector<size_t> Blocks;            // body block i starts on line Blocks[i]
    size_t Of(const std::string& member, size_t block) const;
};

// Trims the keywords (TrimKeywords), warning about what it left out; then refuses (false, *err naming the file
// and the line) an article that breaks a bound (WithinLimits), or whose article file, HTML snapshot, JSON-LD or
// oEmbed file could pass its bound once built: each is measured as build would write it with the longest
// --base-url, --viewer and --title it accepts, the photos' copies addressed under that URL, related headlines the
// longest.
bool FitToLimits(Article* a, const SourceLines& lines, const std::string& file, std::vector<Error>* warnings, Error* err);

// The most the four files build derives from an article could be: the article file, its HTML snapshot, its JSON-LD
// (as the snapshot's script element holds it) and its oEmbed file, in that order; measured.
struct BuiltSizes {
    size_t Bytes[4];
};
BuiltSizes WorstBuiltSizes(const Article& a);
// A bound on each of those, from the size of the article file alone, that FitToLimits trusts before measuring.
size_t QuickBound(const Article& a, size_t article_bytes);

} // namespace folio::cli
