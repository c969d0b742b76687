// Reading a publisher's HTML page the way Mozilla Readability does, with libxml2's HTML parser (no network): the
// head as found (html_page_meta.h's PageHead), then the main content: page chrome removed (scripts, frames, forms,
// nav, aside, footer, page headers, hidden elements, and elements whose class or id reads like navigation, ads,
// sharing, comments or related stories), blocks scored by their text, commas and link density, the best one
// (an [itemprop=articleBody] when there is one) kept with the siblings that score near it, cleaned of what still
// looks like chrome inside it, and serialized back to HTML for the one HTML-to-blocks converter (html_blocks.h).
// Every walk of the tree is iterative, so nesting of any depth costs no stack.
#pragma once
#include "cli/html_page_meta.h"

#include <string>

namespace folio::cli {

struct HtmlPageRead {
    PageHead Head;
    std::string ContentHtml;   // the main content's HTML; "" when the page has no text worth reading
    size_t ContentLine = 0;    // the line the main content starts on
    std::string Byline;        // a byline in the page (rel="author", class "byline"), removed from the content
    std::string Heading;       // the text of the page's first <h1>
    std::string Stopped;       // why the parser stopped before the end (nesting past its depth bound), or ""
    std::string StoppedAt;     // where ("line 12")
};

// Parses `html` (UTF-8, cleaned) and finds its head and main content. Never fails: a page libxml2 cannot make
// a tree of yields an empty HtmlPageRead.
HtmlPageRead ReadHtmlPage(const std::string& html);

} // namespace folio::cli
