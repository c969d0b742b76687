// What RSS, Atom and JSON Feed items have in common, and the one way they become articles: the title, summary and
// content to headline, standfirst and body (HTML through html_blocks.h), dates to RFC 3339 (feed_dates.h), the
// lead image, authors, categories, language, and a stable id that cannot collide (a readable slug and a hash of
// the item's guid). rss_atom_import and json_feed_import read their formats into FeedEntry and end here.
#pragma once
#include "cli/importer.h"
#include "model/article.h"
#include "model/error.h"

#include <string>
#include <vector>

namespace folio::cli {

// The most items one feed file may hold; the readers stop at the next one with an error.
constexpr size_t kMaxFeedEntries = 10000;

// One item of a feed as its reader found it; texts are as written (the HTML ones are converted here).
struct FeedEntry {
    size_t Line = 0;                 // where the item starts in the source (0: unknown, as in JSON)
    std::string Guid;                // RSS guid, Atom id, JSON Feed id; "" when absent
    std::string Link;                // the item's page, resolved against the feed's base where it can be
    std::string Title;
    bool TitleIsHtml = false;        // RSS titles (entities and tags in practice), Atom type="html" or "xhtml"
    std::string Summary;             // RSS description, Atom summary, JSON Feed summary
    bool SummaryIsHtml = false;
    std::string ContentHtml;         // content:encoded, Atom content of type html/xhtml, JSON Feed content_html
    std::string ContentText;         // Atom content of type text, JSON Feed content_text
    std::vector<std::string> Authors;
    std::vector<std::string> Categories;
    std::string Published;           // as written, with the member that gave it for messages
    std::string PublishedFrom;       // "pubDate", "published", "date_published"
    std::string Updated;
    std::string UpdatedFrom;
    Photo Image;                     // the lead image (Src empty: none)
    std::string ImageFrom;           // the member that gave it, for messages ("enclosure", "media:content", "image")
    std::string Language;            // the item's own (xml:lang, JSON Feed item language); "" to take the feed's
};

// What the whole feed says that its items inherit.
struct FeedDefaults {
    std::string Language;            // <language>, the feed's xml:lang, JSON Feed language
    std::string Publisher;           // the feed's title: the channel's, Atom's feed title, JSON Feed title
    std::vector<std::string> Authors; // Atom's feed author, JSON Feed's top-level authors
};

// The articles of a feed's entries, in the feed's order, each named "file: item N". An entry with neither a title nor
// any text is left out with a warning; an unparsable date, language or image source is dropped with a warning.
// Errors: two entries with the same guid (naming both), --id or --date given for a feed of more than one item.
bool ArticlesFromEntries(const std::vector<FeedEntry>& entries, const FeedDefaults& defaults, const std::string& file,
                         const ImportOptions& options, std::vector<ImportedArticle>* out, std::vector<Error>* warnings,
                         Error* err);

// The article id of a feed item, by item_refs.h's StableId: a readable ASCII slug (of the link's last path segment,
// else of the title, transliterated to Latin letters; "item" when neither gives one), "-" and kStableIdHashDigits hex
// digits of the SHA-256 of `key` (the guid, else the link, else the title and date). Always a ValidArticleId.
std::string FeedItemId(const std::string& link, const std::string& title, const std::string& key);

// Where an entry is, for messages: "item 3" or "item 3 (line 42)".
std::string EntryPlace(size_t number, size_t line);

} // namespace folio::cli
