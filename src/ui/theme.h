// Colours of the five themes (every colour the UI draws with: the page, the toolbar and its chips, the panels and
// their controls, tooltips, the focus ring). Plain data, no ImGui: the ImGui style is set from a theme in one
// place, ApplyImGuiStyle (the type scale is in type_scale.h).
#pragma once
#include "ui/settings.h"
#include "ui/type_scale.h"

#include <cstdint>

namespace folio::ui {

// 0xAABBGGRR, ImGui's packing (IM_COL32), so a colour goes to ImGui as it is.
using Color = uint32_t;
constexpr Color Rgba(uint32_t rgb, uint32_t alpha) {
    return alpha << 24 | (rgb & 0xFF) << 16 | (rgb & 0xFF00) | (rgb >> 16 & 0xFF);
}
constexpr Color Rgb(uint32_t rgb) { return Rgba(rgb, 0xFF); }

// Text on its background reaches 4.5:1 and every control's boundary or mark 3:1 against what it sits on
// (WCAG 1.4.3, 1.4.11), in every theme; tests/ui/theme_contrast_test.cpp checks each pair. The translucent
// colours (Selection, FindMatch, FindCurrent) are composited over what they draw on.
struct Theme {
    const char* Name;
    bool Dark;
    // The page: text, secondary text (datelines, captions), the accent (section labels, the brand), rules
    // (decoration only), links, errors; selection and Find highlights under the text.
    Color Background, Text, Muted, Accent, Rule, Link, ErrorText;
    Color Selection, FindMatch, FindCurrent;
    // The toolbar's background, under its buttons and the feed's filter chips.
    Color Toolbar;
    // Panels (settings, the Find bar, tooltips, the context menu): background, text, labels and hints.
    Color Panel, PanelText, PanelMuted;
    // Controls (buttons, unselected chips, fields, radio buttons, checkboxes): fill normal, hovered and pressed,
    // the outline that shows their bounds, the radio's dot and the checkbox's tick.
    Color Control, ControlHovered, ControlActive, ControlBorder, ControlMark;
    // The chosen one (the selected chip, Retry): fill normal, hovered and pressed, and its text.
    Color Primary, PrimaryHovered, PrimaryActive, PrimaryText;
    // Keyboard focus: the ring around the focused control or feed entry.
    Color FocusRing;
    // The reader view's scrollbar thumb on the page: at rest, and under the pointer or dragged.
    Color ScrollThumb, ScrollThumbActive;
};

// The theme for a choice; Auto follows the system's preference (prefers-color-scheme).
const Theme& ThemeFor(ThemeChoice choice, bool system_prefers_dark);

// ImGui's own widgets (panels, buttons, fields, radios, checkboxes, tooltips, the nav cursor) in the theme's
// colours, with a 1-pixel outline on every framed control. Needs an ImGui context.
void ApplyImGuiStyle(const Theme& theme);

// The selected chip's or primary button's colours (Primary*), pushed over the style's button colours; pair with
// PopPrimaryButtonColors().
void PushPrimaryButtonColors(const Theme& theme);
void PopPrimaryButtonColors();

} // namespace folio::ui
