// JSON Feed 1.0 and 1.1 (https://jsonfeed.org) from other publishers to articles, one per item, read with the
// model's bounded reader (model/json_read.h): a member of the wrong type is refused with its JSON path. What each
// member becomes is in feed_entries.h and docs/bundle-format.md ("Importing feeds").
#pragma once
#include "cli/importer.h"

namespace folio::cli {

// `text` is the feed's cleaned bytes. Refused: JSON that does not parse (with its line and column), no "items"
// array, more than kMaxFeedEntries items, a member of the wrong type.
bool ImportJsonFeed(const std::string& text, const std::string& file, const ImportOptions& options,
                    std::vector<ImportedArticle>* out, std::vector<Error>* warnings, Error* err);

} // namespace folio::cli
