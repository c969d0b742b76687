// One line of the services path placed for display: its characters reordered (UAX #9 rules L1-L2) into visual
// pieces left to right, shaped pieces carrying their item's glyphs for the line's clusters, fast-path characters at
// an odd level one piece each with their mirrored glyph; every character's CharX, CharW and Levels; alignment from
// the paragraph's start edge (right for a right-to-left paragraph). Internal to layout (bidi_layout.cpp).
#pragma once
#include "layout/galley.h"
#include "layout/layout_steps.h"
#include "layout/text_services.h"

#include <vector>

namespace folio::layout {

struct ShapedItem {                  // a stretch of one paragraph shaped as one run
    uint32_t FirstGlyph, GlyphCount; // into the shaped glyphs (visual order), clusters made absolute (text bytes)
    // Its clusters in visual order: 1 never decreasing (left to right), -1 never increasing (right to left), 0
    // neither. Ordered (HarfBuzz's default), a line's glyphs are one stretch found by bisection, so a paragraph of
    // one long item costs each line the log of its glyphs, not all of them.
    int8_t Order = 0;
};

// The paragraph-wide inputs of rules L1-L2, and the buffers a line reuses.
struct LineReorder {
    const BidiResolver* Bidi;           // null: every line left to right
    const std::vector<uint32_t>& Cps;   // per character of the text
    const std::vector<uint8_t>& Levels; // per character, resolved per paragraph
    std::vector<uint8_t> LineLevels = {};
    std::vector<uint32_t> Visual = {};
};

// Places chars [span) of the paragraph starting at char para_first (level para_level) at `top`: fills *line and
// appends its pieces and glyphs to *g, writing g's CharX, CharW and Levels for its bytes (those sized already).
void PlaceLine(const LayoutJob& job, const FontMetrics& m, const std::vector<Char>& chars,
               const std::vector<ShapedGlyph>& glyphs, const std::vector<ShapedItem>& items, size_t para_first,
               uint8_t para_level, const LineSpan& span, LineReorder* reorder, float top, Line* line, Galley* g);

} // namespace folio::layout
