// The loading and error states: a calm message in the middle of the window, and Retry after an error.
#pragma once
#include "ui/fonts.h"
#include "ui/theme.h"

#include <string>

namespace folio::ui {

void DrawLoading(const Fonts& fonts, const Theme& theme, const TypeScale& type);
// Returns true when the reader pressed Retry.
bool DrawError(const std::string& message, const Fonts& fonts, const Theme& theme, const TypeScale& type);

} // namespace folio::ui
