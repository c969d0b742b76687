// A publisher's HTML article page (.html, .htm) to one article, the way Mozilla Readability reads a page:
// html_page_read finds the head and the main content, html_page_meta reads schema.org JSON-LD, Open Graph and
// meta tags for the headline, standfirst, byline, dates, lead image, language, section, keywords and address, and
// the main content becomes body blocks through the one HTML-to-blocks converter (html_blocks.h).
#pragma once
#include "cli/article_limits.h"
#include "cli/importer.h"

namespace folio::cli {

// `text` is already cleaned (CleanSource). See importer.h for the contract. Fails on a page with no headline
// (no JSON-LD headline, og:title, <title> or <h1>) or no article text (a page of navigation only). The headline
// is never repeated as the first block, nor the standfirst or the lead image right after it. The language is
// left empty when the page does not say (ImportSource decides it then).
bool ImportHtmlPage(const std::string& text, const std::string& file, const ImportOptions& options, Article* out,
                    SourceLines* lines, std::vector<Error>* warnings, Error* err);

} // namespace folio::cli
