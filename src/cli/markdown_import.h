// Markdown articles with YAML front matter, parsed with md4c (CommonMark, raw HTML off): paragraphs with
// emphasis, strong and links; headings; block quotes (a last line "— Name" is the attribution; a first line
// "[!pullquote]" makes a pull quote); lists; an image alone in a paragraph is a photo; "---" is a divider.
#pragma once
#include "cli/article_limits.h"
#include "cli/importer.h"

namespace folio::cli {

// `text` is already cleaned (CleanSource). See importer.h for the contract and docs/bundle-format.md for the
// front matter keys.
// *lines says where the article's parts start, for FitToLimits.
bool ImportMarkdown(const std::string& text, const std::string& file, const ImportOptions& options, Article* out,
                    SourceLines* lines, std::vector<Error>* warnings, Error* err);

} // namespace folio::cli
