// A reader's query, as typed, taken apart: words, "phrases in quotes", -excluded words or phrases, and whether the
// last word is still being typed (then it matches as a prefix). Folded and cut into tokens the way the index was.
#pragma once
#include <string>
#include <string_view>
#include <vector>
#include "search/fold.h"

namespace folio::search {

struct QueryClause {
    std::vector<std::string> Tokens; // folded tokens; more than one: they must be at consecutive positions
    bool Phrase = false;    // in quotes, or several tokens from one word (a bigram run, "wi-fi")
    bool Excluded = false;  // -word, -"phrase": documents holding it are dropped
    bool Prefix = false;    // the last token matches every key it starts (the word being typed)
};
struct Query {
    std::vector<QueryClause> Clauses;
    bool Empty() const;     // nothing to look for (no clause that is not excluded)
};

// typing: the reader is still typing (the last word, unless followed by a space or closing quote, is a prefix).
// At most kMaxClauses clauses and kMaxQueryBytes of text are read; the rest is ignored.
inline constexpr size_t kMaxClauses = 16, kMaxQueryBytes = 1024;
Query ParseQuery(std::string_view typed, const TextFolder& folder, bool typing);

} // namespace folio::search
