// What libxml2's HTML parser is slow on, bounded before it reads a text: it checks each attribute of a tag
// against all the tag's others, so a tag of a million attributes would take hours. BoundAttributes keeps the
// first `max` attributes of every tag and drops the rest. It is a guard, not a parser: it follows the HTML
// tokenizer only as far as telling tags, attributes (quoted values too), comments and the raw text of script,
// style and the like apart, and leaves everything but a tag's excess attributes byte for byte as it was.
#pragma once
#include <cstddef>
#include <string>

namespace folio::cli {

// html with at most `max` attributes in any tag; *cut (when asked) counts the tags that had more.
std::string BoundAttributes(const std::string& html, size_t max, size_t* cut = nullptr);

} // namespace folio::cli
