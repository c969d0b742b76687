// Colours and type scale of the reader: what each kind of text looks like at a given content width.
#pragma once
#include <imgui.h>

namespace folio::ui {

struct Theme {
    ImU32 Background, Text, Muted, Accent, Rule, QuoteRule;
    ImU32 ErrorText;
};

const Theme& LightTheme();

// Sizes in logical pixels (CSS pixels on the web), chosen from the viewport width: phones get smaller type.
struct TypeScale {
    float Body, BodyLeading;        // body text size and line height
    float Headline, HeadlineLeading;
    float Standfirst, StandfirstLeading;
    float Quote, QuoteLeading;
    float Label;                    // section label, dateline, attribution
    float Measure;                  // the text column's width at most
    float Margin;                   // space either side of the column, at least
    float ParagraphGap;
};

TypeScale TypeScaleFor(float viewport_width);

void ApplyImGuiStyle(const Theme& theme); // ImGui's own widgets (buttons, scrollbar) in the theme's colours

} // namespace folio::ui
