// A paragraph of one font, wrapped at word boundaries to a width and set with a chosen line height (ImGui's own
// text uses the font's height as the leading, too tight for reading). The text-layout layer will replace it.
#pragma once
#include "ui/fonts.h"

#include <imgui.h>

#include <string>

namespace folio::ui {

struct TextStyle {
    const Face* Font;
    float Size;     // font size (the em) in logical pixels, as CSS would say it
    float Leading;  // distance between baselines
    ImU32 Color;
};

// Draws text at the cursor within `width`, then moves the cursor below it. Lines outside the window's clip
// rectangle are not submitted. Returns the block's height.
float WrappedText(const TextStyle& style, const std::string& text, float width);

} // namespace folio::ui
