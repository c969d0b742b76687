// `folio-bundle validate`: a bundle checked against the schemas of docs/schemas/ and the model's parser, and for its
// cross references: the pagination chain both ways (no loops, no missing pages, the pages' numbers, next_url down to
// page 1 and newer_url back up, archive pages full unless the byte bound cut them, items newest first), feed items
// and their article, oEmbed and snapshot files, unique ids, related ids, article files the feed does not list, the
// photos article files name inside the bundle (each variant with the size and type the file claims), and the files
// folio-manifest.json lists (when there is one), and the search index (search_validate.h). No reference leads it
// outside the bundle, and no symbolic link is followed.
#pragma once
#include "model/error.h"

#include <string>
#include <vector>

namespace folio::cli {

struct ValidateSummary {
    size_t Pages = 0, Articles = 0;
    bool SearchIndexed = false;  // the bundle has a search index (search_validate.h checks it)
    size_t SearchDocuments = 0;  // the documents it finds
};

// Appends every problem found to *problems (files named relative to dir), and what a bundle may hold but should
// not (a photo without alt text) to *warnings when given. True when there are no problems.
bool ValidateBundle(const std::string& dir, ValidateSummary* summary, std::vector<Error>* problems,
                    std::vector<Error>* warnings = nullptr);

} // namespace folio::cli
