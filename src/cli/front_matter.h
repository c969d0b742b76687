// YAML front matter of Markdown sources ("---" lines around it), read with libyaml: a mapping whose values
// are scalars or sequences of scalars.
#pragma once
#include "model/error.h"

#include <map>
#include <string>
#include <vector>

namespace folio::cli {

struct FrontMatterValue {
    std::vector<std::string> Items; // one item for a scalar
    bool IsList = false;
    size_t Line = 0;                // 1-based, in the whole file
};

struct FrontMatter {
    std::map<std::string, FrontMatterValue> Values;
    size_t BodyLine = 1;            // the file's line where the Markdown body starts
};

// Splits front matter off `text`. Without a leading "---" line there is none (*body is the text).
// Fails with the file's line on malformed YAML, an unclosed block, or values of other shapes.
bool ReadFrontMatter(const std::string& text, const std::string& file, FrontMatter* out, std::string* body, Error* err);

} // namespace folio::cli
