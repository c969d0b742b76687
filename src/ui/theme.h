// Colours of the five themes and the type scale the settings ask for.
#pragma once
#include "ui/settings.h"

#include <imgui.h>

namespace folio::ui {

struct Theme {
    const char* Name;
    ImU32 Background, Text, Muted, Accent, Rule, Link, Selection, FindMatch, FindCurrent, Panel, PanelText, ErrorText;
    bool Dark;
};

// The theme for a choice; Auto follows the system's preference (prefers-color-scheme).
const Theme& ThemeFor(ThemeChoice choice, bool system_prefers_dark);

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
};

TypeScale TypeScaleFor(const ReaderSettings& settings, float viewport_width);

void ApplyImGuiStyle(const Theme& theme); // ImGui's own widgets (panels, buttons, inputs) in the theme's colours

} // namespace folio::ui
