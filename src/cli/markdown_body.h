// The Markdown body (after front matter) to body blocks, through md4c's callbacks. Internal to markdown_import.
#pragma once
#include "model/article.h"
#include "model/error.h"

#include <string>
#include <vector>

namespace folio::cli {

struct MarkdownBody {
    std::string H1;            // the first level-1 heading's text, when the body has one (a headline candidate)
    size_t H1Line = 0;         // its line in the file
    std::vector<Block> Blocks;
    std::vector<size_t> BlockLines; // the line of the file each block starts on
};

// Parses `body`, whose first line is line `first_line` of `file` (for warnings). Fails only when md4c does.
bool ParseMarkdownBody(const std::string& body, const std::string& file, size_t first_line, MarkdownBody* out,
                       std::vector<Error>* warnings, Error* err);

} // namespace folio::cli
