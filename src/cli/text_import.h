// Plain-text articles in the wire shape of the seed: a section line, the headline, the standfirst, then the
// body, whose first paragraph opens with the dateline ("MOSCOW, March 22. /TASS/. ..."); paragraphs in
// quotation marks with an attribution become quotes, attributed to the person the story names.
#pragma once
#include "cli/article_limits.h"
#include "cli/importer.h"

namespace folio::cli {

// `text` is already cleaned (CleanSource). See importer.h for the contract.
// *lines says where the article's parts start, for FitToLimits.
bool ImportWireText(const std::string& text, const std::string& file, const ImportOptions& options, Article* out,
                    SourceLines* lines, std::vector<Error>* warnings, Error* err);

} // namespace folio::cli
