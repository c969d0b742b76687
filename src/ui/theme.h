// Colours of the five themes, and ImGui's own widgets in them (the type scale is in type_scale.h).
#pragma once
#include "ui/settings.h"
#include "ui/type_scale.h"

#include <imgui.h>

namespace folio::ui {

struct Theme {
    const char* Name;
    ImU32 Background, Text, Muted, Accent, Rule, Link, Selection, FindMatch, FindCurrent, Panel, PanelText, ErrorText;
    bool Dark;
};

// The theme for a choice; Auto follows the system's preference (prefers-color-scheme).
const Theme& ThemeFor(ThemeChoice choice, bool system_prefers_dark);

void ApplyImGuiStyle(const Theme& theme); // ImGui's own widgets (panels, buttons, inputs) in the theme's colours

} // namespace folio::ui
