// The article as a document: section link, headline, standfirst, dateline, date and reading time, then the
// body's blocks (paragraphs, headings, quotes, pullquotes, lists, photos, dividers, code) and related articles.
// Inline code is set in the monospace face, never broken inside; a code block keeps its lines (never wrapped) on
// a panel, and scrolls sideways in the view when wider than the column.
#pragma once
#include "model/article.h"
#include "ui/document.h"
#include "ui/settings.h"
#include "ui/type_scale.h"

namespace folio::ui {

struct RelatedLink {
    std::string Id, Title;
};

// The colours a document is drawn in (a theme's, as packed RGBA).
struct DocumentColors {
    Color Text, Muted, Accent, Rule, Link;
    Color CodeBackground; // a code block's panel (the theme's control fill)
};

struct DocumentContext {
    const layout::FontMetrics* Metrics; // the UI's FaceSet; a fake in tests
    uint32_t FontGeneration;            // changes when the metrics do (a face arrived)
    layout::LayoutCache* Cache;
    DocumentColors Colors;
    ReaderSettings Settings;
    float ViewportWidth;
    float Scale;       // the display's pixel ratio
    float TopInset;    // room left for the toolbar above the first item
};

Document BuildArticleDocument(const Article& article, const std::vector<RelatedLink>& related, const DocumentContext& ctx);

// "3–4 min read" from a word count: the range between a brisk and an unhurried reader. The number, the dash
// and the words are joined by no-break spaces and word joiners, so a line never breaks inside it.
std::string ReadingTime(size_t words);
std::string Byline(const std::vector<std::string>& authors); // "By A, B and C"; empty without authors

} // namespace folio::ui
