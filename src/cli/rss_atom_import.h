// RSS 2.0 (and RSS 1.0's rdf:RDF) and Atom 1.0 feeds to articles, one per item or entry, read with libxml2's
// parser with the network off, no DTD loaded, no external entity read and no entity substituted by the parser
// (text under an internal entity's reference is taken within a byte budget, so a "billion laughs" file is refused,
// not expanded). What each member becomes is in feed_entries.h and docs/bundle-format.md ("Importing feeds").
#pragma once
#include "cli/importer.h"

namespace folio::cli {

// `text` is the feed's cleaned bytes (CleanSource: UTF-8, whatever its declaration says). Malformed XML is refused
// with libxml2's message and line; so is a root that is neither <rss>, <rdf:RDF> nor Atom's <feed>, an <rss>
// without a <channel>, more than kMaxFeedEntries items, and entity text past kMaxSourceBytes.
bool ImportRssAtom(const std::string& text, const std::string& file, const ImportOptions& options,
                   std::vector<ImportedArticle>* out, std::vector<Error>* warnings, Error* err);

} // namespace folio::cli
