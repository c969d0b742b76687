// Painting a laid-out galley with ImGui, shared by the reader view (documents) and the App's labels (chips, the back
// button, the Find field): the lines in a y range, pieces in the galley's visual order, shaped pieces glyph by glyph
// from their glyph-index face at the pen plus their offsets (placed to the device pixel), a character at an odd bidi
// level by its mirror (Piece::Substitute), the rest as text left to right.
#pragma once
#include "layout/galley.h"

#include <cstdint>

struct ImDrawList;
struct ImVec2;

namespace folio::ui {

class FaceSet;

// Paints g's lines that reach into [top, bottom) (galley coordinates: 0 is its top) with the galley's top left at
// origin, each piece in its run's colour, or all in `color` when it is non-zero.
void PaintGalley(ImDrawList* dl, const layout::Galley& g, const FaceSet& faces, const ImVec2& origin, float top, float bottom,
                 uint32_t color = 0);

} // namespace folio::ui
