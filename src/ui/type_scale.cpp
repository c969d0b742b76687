// TypeScaleFor: sizes from the reader's font size, spacing and measure; phones read a step smaller.
#include "ui/type_scale.h"

#include <algorithm>

namespace folio::ui {

TypeScale TypeScaleFor(const ReaderSettings& settings, float w) {
    TypeScale s;
    const bool phone = w < 600.0f;
    // The reader's chosen size is the desktop body size; phones read a step smaller.
    const float body = phone ? std::max(ReaderSettings::kMinFontSize, settings.FontSize - 2.0f) : settings.FontSize;
    const float leading = settings.LineSpacing == Spacing::Tight ? 1.4f : settings.LineSpacing == Spacing::Loose ? 1.85f : 1.6f;
    s.Body = body;
    s.BodyLeading = body * leading;
    s.Headline = body * (phone ? 1.55f : 1.9f);
    s.HeadlineLeading = s.Headline * 1.2f;
    s.Standfirst = body * 1.1f;
    s.StandfirstLeading = s.Standfirst * 1.45f;
    s.Heading = body * 1.3f;
    s.HeadingLeading = s.Heading * 1.3f;
    s.Quote = body * 1.05f;
    s.QuoteLeading = s.Quote * (leading - 0.05f);
    s.Pullquote = body * 1.4f;
    s.PullquoteLeading = s.Pullquote * 1.35f;
    s.Label = std::max(12.0f, body * 0.7f);
    s.LabelLeading = s.Label * 1.5f;
    const float measure_em = settings.Width == Measure::Narrow ? 28.0f : settings.Width == Measure::Wide ? 42.0f : 34.0f;
    s.Measure = measure_em * body;
    s.Margin = phone ? 20.0f : 32.0f;
    s.ParagraphGap = body * 0.9f;
    return s;
}

} // namespace folio::ui
