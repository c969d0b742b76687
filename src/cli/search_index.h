// The bundle's search index (search/index_writer.h) as `folio-bundle build` writes it: after the articles, from
// the article files just written (read back inside OUT_DIR without following links), folded by ICU and stemmed by
// Snowball, every file through the build's write path; its files live under search/ and its own record,
// search/state.json, says which (the manifest does not list them).
#pragma once
#include "cli/build_index.h"
#include "model/error.h"
#include "search/index_writer.h"

#include <functional>
#include <string>
#include <vector>

namespace folio::cli {

// Writes (or brings up to date) out_dir's index of `articles` on `jobs` threads. `write` is the build's write
// path (a bundle path and its bytes); removals go through RemoveFileInside.
using IndexWrite = std::function<bool(const std::string& rel, const std::string& bytes, Error* err)>;
bool WriteBundleSearchIndex(const std::string& out_dir, const std::vector<search::IndexInput>& articles, unsigned jobs,
                            const IndexWrite& write, search::IndexReport* report, Error* err);

// Removes the index a build with --no-search leaves behind (what search/state.json and search/index.json name),
// counting the files removed.
bool RemoveBundleSearchIndex(const std::string& out_dir, size_t* removed, Error* err);

// The build's articles as the index writer takes them: id, FileHash as 16 hex digits, date as InstantText.
std::vector<search::IndexInput> IndexInputs(const BuildIndex& index);
// An article file's hash (IndexEntry::FileHash): the first 64 bits of its SHA-256.
uint64_t FileHashOf(const std::string& bytes);

// An instant (seconds since 1970) as RFC 3339 in UTC ("2022-03-22T07:15:00Z"): the date an IndexInput orders by.
std::string InstantText(int64_t seconds);

} // namespace folio::cli
