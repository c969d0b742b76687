// folio-bundle search DIR QUERY: a bundle's search index queried as a viewer does (the same session, fetching
// the same files, here read from the folder), for publishers checking what readers will find and for the search
// benchmark (bench/search.mjs), which reads --json's hits and the files a fresh session fetched.
#pragma once
#include <string>
#include <vector>

namespace folio::cli {

extern const char kSearchUsage[];
// Exit codes: 0 done (whatever was found), 1 the index could not be read, 2 bad usage.
int SearchCommand(const std::vector<std::string>& args);

} // namespace folio::cli
