// LayoutChipRows: greedy rows, as text fills lines: a chip goes on the current row if it fits, else starts the next.
#include "ui/chip_rows.h"

#include <algorithm>

namespace folio::ui {

void LayoutChipRows(const float* widths, size_t n, float column, const ChipMetrics& m, ChipRows* out, bool rtl) {
    out->Places.resize(n);
    out->Rows = 0;
    out->Height = 0.0f;
    column = std::max(column, 0.0f);
    float x = 0.0f, y = 0.0f;
    for (size_t i = 0; i < n; ++i) {
        const float w = std::min(std::max(widths[i], 0.0f), column);
        if (out->Rows == 0) {
            out->Rows = 1;
        } else if (x > 0.0f && x + w > column) { // the next row (a chip never waits alone on an empty row)
            x = 0.0f;
            y += m.ChipHeight + m.GapY;
            ++out->Rows;
        }
        out->Places[i] = ChipPlace{x, y, w, m.ChipHeight};
        x += w + m.GapX;
    }
    if (out->Rows > 0) out->Height = y + m.ChipHeight;
    if (rtl)
        for (ChipPlace& p : out->Places) p.X = column - p.X - p.W;
}

} // namespace folio::ui
