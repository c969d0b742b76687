// IPTC ninjs (2.x, and the 1.x members still met in the wild) to an article: one JSON item, read with the model's
// bounded JsonReader, every member it uses type-checked with its JSON path in the message. The item's uri gives a
// stable id (item_refs.h); headlines, descriptions and bodies (HTML through html_blocks.h, plain text as
// paragraphs) its text; `by`, `located`, `subjects`, `genres`, `language`, `copyrightholder` and the dates its
// metadata; its own image renditions or its picture associations its lead image and photos. An item that
// `pubstatus` withholds or cancels, or whose `embargoed` time is after ImportOptions::Now, gives no article and a
// warning that says why.
#pragma once
#include "cli/importer.h"

namespace folio::cli {

// `text` is already cleaned (CleanSource). Appends the item's article to *out (none for an item not published); on
// an error *out is untouched.
bool ImportNinjs(const std::string& text, const std::string& file, const ImportOptions& options,
                 std::vector<ImportedArticle>* out, std::vector<Error>* warnings, Error* err);

// ImportOptions::Now as seconds since the epoch: the clock's time when it is "". False when it is no RFC 3339 time.
bool NowSeconds(const ImportOptions& options, int64_t* out);

} // namespace folio::cli
