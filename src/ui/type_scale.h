// The type scale: body, headline, label and other sizes, the column's measure and margins, for the reader's
// settings and the viewport's width. Plain numbers, no ImGui: documents are built from it in tests.
#pragma once
#include "ui/settings.h"

namespace folio::ui {

// Sizes in logical pixels (CSS pixels on the web).
struct TypeScale {
    float Body, BodyLeading;
    float Headline, HeadlineLeading;
    float Standfirst, StandfirstLeading;
    float Heading, HeadingLeading;  // level-2 headings in the body
    float Quote, QuoteLeading;
    float Pullquote, PullquoteLeading;
    float Label, LabelLeading;      // section label, dateline, attribution, captions
    float Measure;                  // the text column's width at most
    float Margin;                   // space either side of the column, at least
    float ParagraphGap;
    // The text column's width in a viewport this wide: the measure, or less to keep the margins (negative when the
    // viewport is narrower than the margins alone).
    float ColumnWidth(float viewport_width) const { return Measure < viewport_width - 2.0f * Margin ? Measure : viewport_width - 2.0f * Margin; }
};

TypeScale TypeScaleFor(const ReaderSettings& settings, float viewport_width);

} // namespace folio::ui
