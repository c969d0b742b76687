// The one HTML-to-blocks converter every importer of HTML uses (RSS/Atom content, ninjs body_html, JSON Feed
// content_html, WordPress content.rendered, HTML pages' main content): HTML, parsed by libxml2's HTML parser (as
// a browser would recover it), to body blocks. Kept: paragraphs, headings (h1–h6 to levels 2–4), block quotes
// with their attribution (a <cite>, <footer> or a last line starting with a dash), lists (nested ones
// flattened), figures and images with captions and credits (photos), <hr> dividers, <pre> code blocks (line
// breaks kept, the language from a "language-x" class), and inline emphasis, strong, code and links (http, https
// and mailto only; others keep their text and warn). Everything else is dropped, never passed through: scripts,
// styles, forms, frames, event handlers, embedded objects, and page chrome (<nav>, and <aside>: related stories,
// ads and boxes beside the story); text in unknown inline elements is kept as text. Bounded (html_blocks.cpp):
// nesting past 256 levels or more than a million elements end the reading with a warning, and the blocks stay
// within model/limits.h (a text too long for one span or list goes on in the next block).
#pragma once
#include "model/article.h"
#include "model/error.h"

#include <string>
#include <vector>

namespace folio::cli {

struct HtmlBlocksOptions {
    std::string BaseUrl;   // resolves relative links and image sources (a feed item's link, the page's URL); "" none
    std::string File;      // names the source in warnings ("wire.rss: item 3")
};

// Converts an HTML fragment or document to blocks, appended to *out. Warnings say what was dropped that a reader
// would miss (a link of a refused scheme, an image with no usable source). Never fails: malformed HTML is
// recovered the way libxml2's HTML parser recovers it; text that yields no block yields nothing.
void HtmlToBlocks(const std::string& html, const HtmlBlocksOptions& options, std::vector<Block>* out,
                  std::vector<Error>* warnings);

// The text of an HTML fragment as plain text (tags dropped, entities decoded, white space collapsed): for titles
// and summaries that feeds carry as HTML.
std::string HtmlToPlainText(const std::string& html);

} // namespace folio::cli
