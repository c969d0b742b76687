// Turning a publisher's source file into articles: plain text in the wire shape (text_import), Markdown with YAML
// front matter (markdown_import), RSS and Atom feeds, IPTC ninjs, JSON Feed, WordPress posts, Folio article files
// and HTML pages, chosen by source_kind.h. A feed gives many articles; each ends in FitToLimits.
#pragma once
#include "cli/article_limits.h"
#include "model/article.h"
#include "model/error.h"

#include <string>
#include <vector>

namespace folio::cli {

struct ImportOptions {
    std::string Id;                  // the article id; empty: from the file name (IdFromFileName)
    std::string Date;                // datePublished as given ("2022-03-22" or RFC 3339); wins over the text
    std::string UtcOffset = "Z";     // the zone of dates known only as a day ("+03:00")
    std::string Language;            // inLanguage when the source does not say (--language); "": detect it
    std::string Now;                 // RFC 3339: the build's "now" (embargoes; --now); "" is the clock's
    int TodayY = 1970, TodayM = 1, TodayD = 1; // the reference day for inferring a year (--today)
};

// Imports one source; `file` names it in errors and warnings ("file: line N: why"). Warnings say what was
// guessed or changed; errors leave *out untouched. What it yields is within the bundle format's bounds
// (article_limits.h): an article every reader accepts, whose files `build` can write. *where (when asked) gets
// the source line each member and body block starts on, for messages about them later (the bundle builder's
// about photos).
// ImportFile is ImportSource for a source that must give exactly one article.
bool ImportFile(const std::string& raw, const std::string& file, const ImportOptions& options, Article* out,
                std::vector<Error>* warnings, Error* err, SourceLines* where = nullptr);

// One article of a source, with where it came from.
struct ImportedArticle {
    Article Item;
    SourceLines Lines;     // where its members and blocks start in the source (0: unknown)
    std::string From;      // how messages name it: the file, and for a feed its item ("wire.rss: item 3")
};

// Imports every article of one source (a feed gives many, a story one). Importers leave an article's Language
// empty when the source does not say it; ImportSource then gives it options.Language, else the language CLD2
// (or the script) detects in its text (language_detect.h), else none, with a warning. An item a feed withholds (ninjs withheld,
// canceled or embargoed past options.Now) yields none and a warning. Errors name the file and, for feeds, the item;
// on an error *out is untouched.
bool ImportSource(const std::string& raw, const std::string& file, const ImportOptions& options,
                  std::vector<ImportedArticle>* out, std::vector<Error>* warnings, Error* err);

// Whether a file of this name is a source (source_kind.h: HasSourceExtension).
bool IsSourceFile(const std::string& path);

// RFC 3339 for a given --date: "2022-03-22" becomes "2022-03-22T00:00:00" + offset; a full date-time stays.
// Returns "" when the text is neither.
std::string DateTimeFromOption(const std::string& date, const std::string& offset);

} // namespace folio::cli
