// `folio-bundle validate`'s look at the search index (search/index.json and the segments it names), as readers
// would fetch it: the root decodes; every file of every segment is there and decodes with the codec readers use
// (index_format.h); each term shard holds only the keys its place in the root's shard table gives it, postings
// name documents and facets that exist, positions lie inside their file and decode for their postings; the days
// and result cards cover each segment's documents; and the live documents are exactly the feed's articles, once
// each (an index out of step with its bundle finds articles that are gone and misses new ones). Files under
// search/ the root does not name are warnings (a reader never fetches them; a build removes them).
#pragma once
#include <map>
#include <string>
#include <vector>
#include "model/error.h"

namespace folio::cli {

struct SearchCheck {
    bool Present = false;   // search/index.json exists (a bundle built with --no-search has none: not a problem)
    size_t Documents = 0;   // live documents the root counts
    size_t Files = 0;       // segment files read
};

// Checks dir's search index against the articles the feed lists (id -> where it is listed, as validate keeps
// them), appending problems and warnings (files named relative to dir). Nothing is read outside dir nor through a
// symbolic link.
SearchCheck CheckSearchIndex(const std::string& dir, const std::map<std::string, std::string>& feed_ids,
                             std::vector<Error>* problems, std::vector<Error>* warnings);

} // namespace folio::cli
