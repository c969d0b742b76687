// The layout layer's only view of fonts: how wide a character is and how tall a line box is, per face and size.
// The UI implements it over ImGui's font atlas; tests implement it with fixed numbers, so layout is tested
// without a GPU.
#pragma once
#include <cstdint>

namespace folio::layout {

using FaceId = uint8_t; // an index the implementation understands (the UI's Faces enum)

class FontMetrics {
public:
    virtual ~FontMetrics() = default;
    virtual float Advance(FaceId face, float size, uint32_t codepoint) const = 0; // logical pixels
    virtual float Ascent(FaceId face, float size) const = 0;                      // above the baseline, > 0
    virtual float Descent(FaceId face, float size) const = 0;                     // below the baseline, > 0
    // The face that draws cp when `face` is asked for: face itself, or a fallback face that has the glyph.
    virtual FaceId Resolve(FaceId face, uint32_t cp) const { (void)cp; return face; }
};

} // namespace folio::layout
