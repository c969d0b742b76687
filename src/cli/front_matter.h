// YAML front matter of Markdown sources ("---" lines around it), read with libyaml: a mapping whose values
// are scalars, sequences of scalars, or mappings of scalars (one level: `image:` with src, alt, caption, credit).
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
    // A mapping's fields in order: (key, value, line); Items is empty then.
    struct Field {
        std::string Key, Value;
        size_t Line = 0;
    };
    std::vector<Field> Fields;
    bool IsMap = false;
};

struct FrontMatter {
    std::map<std::string, FrontMatterValue> Values;
    size_t BodyLine = 1;            // the file's line where the Markdown body starts
};

// Splits front matter off `text`. Without a leading "---" line there is none (*body is the text).
// Fails with the file's line on malformed YAML, an unclosed block, or values of other shapes.
bool ReadFrontMatter(const std::string& text, const std::string& file, FrontMatter* out, std::string* body, Error* err);

} // namespace folio::cli
