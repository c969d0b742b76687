// The article as a reader sees it: section label, headline, standfirst, dateline and date, body, quotes set apart.
#pragma once
#include "model/article.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace folio::ui {

// Draws the article into the current ImGui window, centred in a column of a comfortable measure.
void DrawArticle(const Article& article, const Fonts& fonts, const Theme& theme, const TypeScale& type);

} // namespace folio::ui
