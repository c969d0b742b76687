// The feed's filter chips laid out in rows: each chip as wide as its label, left to right, wrapping inside the
// text column, so every chip is on screen at any width and no row runs past the column. ImGui-free: the App
// measures the labels and draws the chips where this puts them; the rows' height is the document's top inset.
#pragma once
#include <cstddef>
#include <vector>

namespace folio::ui {

struct ChipPlace {
    float X = 0.0f, Y = 0.0f, W = 0.0f, H = 0.0f; // from the column's top left
};

struct ChipRows {
    std::vector<ChipPlace> Places; // one per chip, in the chips' order
    float Height = 0.0f;           // from the first row's top to the last row's bottom; 0 without chips
    int Rows = 0;
};

struct ChipMetrics {
    float ChipHeight = 28.0f;
    float GapX = 8.0f, GapY = 8.0f;
};

// Lays out n chips of the given natural widths in a column `column` wide, into *out (its vector is reused, so a
// frame that lays out the same chips allocates nothing). A chip wider than the column is narrowed to it (the App
// cuts its label there). rtl (a feed in a right-to-left language): rows fill from the column's right edge, the
// first chip rightmost, as the rows of its text run.
void LayoutChipRows(const float* widths, size_t n, float column, const ChipMetrics& m, ChipRows* out, bool rtl = false);

} // namespace folio::ui
