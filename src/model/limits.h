// Every bound of the bundle format, in one place. The readers (json_read, article_json, block_json, feed_json)
// refuse a file past them; folio-bundle's importers end with WithinLimits, trimming what carries nothing of
// substance (TrimKeywords) and refusing the rest with the source's line, and its writers keep the files they
// derive from an article within them too; so what `build` writes is exactly what the readers accept.
// docs/bundle-format.md lists them.
#pragma once
#include "model/article.h"

#include <cstddef>
#include <string>
#include <vector>

namespace folio {

// What every reader enforces.
constexpr size_t kMaxJsonBytes = 16u << 20;   // a bundle file (an article file, a feed page, an oEmbed file)
constexpr size_t kMaxStringBytes = 1u << 20;  // one text field
constexpr size_t kMaxArrayItems = 100000;     // an array without a bound of its own
constexpr int kMaxJsonDepth = 64;             // nesting of arrays and objects
constexpr size_t kMaxIdBytes = 128;           // an article id: 1 to 128 of A-Z a-z 0-9 . _ -
constexpr size_t kMaxNames = 100;             // an article's authors, keywords, related ids
constexpr size_t kMaxBodyBlocks = 10000;
constexpr size_t kMaxSpans = 10000;           // spans of one rich text
constexpr size_t kMaxListItems = 1000;
constexpr int kMaxPhotoPixels = 100000;       // a photo's width or height (and a variant's)
constexpr size_t kMaxPhotoVariants = 32;      // a photo's variants
constexpr int kMaxVariantBytes = 64 << 20;    // a variant's file (as large as a source photo may be)
constexpr size_t kMaxPlaceholderChars = 128;  // a photo's ThumbHash in base64 (the longest hash is under 60)
constexpr size_t kMaxTags = 100;              // a feed item's tags, and its authors
constexpr size_t kMaxFeedPageItems = 10000;   // a feed page's items
constexpr size_t kMaxScripts = 32;            // an article's (and its feed item's) scripts
constexpr size_t kMaxSnapshotBytes = 32u << 20; // an HTML snapshot, as validate reads it

// What folio-bundle reads and writes within, besides those, so that every file it derives from an article fits.
constexpr size_t kMaxSourceBytes = 16u << 20; // a publisher's source file
constexpr size_t kMaxKeywords = kMaxTags - 1; // with the section, a feed item's tags
constexpr size_t kMaxHeadlineBytes = 2048;    // a feed item carries it (and often again as its content_text)
constexpr size_t kMaxNameBytes = 512;         // an author, the publisher, the section, a keyword
constexpr size_t kMaxUrlBytes = 2048;         // --base-url, a photo's source
constexpr size_t kFeedSummaryBytes = 300;     // a feed item's summary: the standfirst cut at a word (the schema allows 1000 characters)

// Whether an id can name files in a bundle: 1 to kMaxIdBytes of A-Z a-z 0-9 . _ -, starting with a letter or digit.
bool ValidArticleId(const std::string& id);

// Whether a language tag has BCP 47's shape, as the schemas check it: 2 to 8 letters, then subtags of 1 to 8
// letters or digits after hyphens ("en", "pt-BR", "zh-Hant-TW").
bool IsLanguageTag(const std::string& tag);

// Whether a script code has ISO 15924's shape: an upper-case letter and three lower-case ones ("Arab", "Deva").
bool IsScriptCode(const std::string& code);

// Where an article breaks a bound: the member as the article file names it ("headline", "author", "body"; ""
// for the file as a whole), the body block when in the body, and why ("a list of 1001 items; the limit is 1000").
struct LimitBreach {
    std::string Member;
    size_t Block = 0;
    std::string Reason;
};

// Whether every reader accepts the article as WriteArticleJson writes it, and its feed item fits a feed page:
// each member, block, span and list within the bounds above, texts non-empty where readers require it, links
// and photo sources of the allowed kinds, dates RFC 3339, the language a tag, and the file at most kMaxJsonBytes.
// False with the first breach otherwise. *file_bytes (when asked) gets the article file's size.
bool WithinLimits(const Article& a, LimitBreach* breach, size_t* file_bytes = nullptr);

// Keeps the keywords a feed item can carry, in order: distinct, non-empty, at most kMaxNameBytes each and
// kMaxKeywords in all. Returns what it left out as a sentence for a warning, or "" when it kept them all.
std::string TrimKeywords(std::vector<std::string>* keywords);

} // namespace folio
