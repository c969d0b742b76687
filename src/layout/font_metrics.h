// The layout layer's only view of fonts: how wide a character is and how tall a line box is, per face and size.
// The UI implements it over ImGui's font atlas; tests implement it with fixed numbers, so layout is tested
// without a GPU. It also hands layout the platform's text services (bidi, line breaking, shaping), which work on
// the same faces.
#pragma once
#include <cstdint>

namespace folio::layout {

class TextServices;

using FaceId = uint8_t; // an index the implementation understands (the UI's Faces enum)

class FontMetrics {
public:
    virtual ~FontMetrics() = default;
    virtual float Advance(FaceId face, float size, uint32_t codepoint) const = 0; // logical pixels
    virtual float Ascent(FaceId face, float size) const = 0;                      // above the baseline, > 0
    virtual float Descent(FaceId face, float size) const = 0;                     // below the baseline, > 0
    // The face that draws cp when `face` is asked for: face itself, or a fallback face that has the glyph.
    virtual FaceId Resolve(FaceId face, uint32_t cp) const { (void)cp; return face; }
    // A shaped face (a script face: Arabic, Hebrew, Devanagari, Thai, ...): its text goes through
    // TextServices::Shaper() and is drawn by glyph index; Advance() is not asked for its characters.
    virtual bool Shaped(FaceId face) const { (void)face; return false; }
    // The pixels to the em the rasteriser draws `face` at when `size` is asked for (whole ImGui sizes): what the
    // shaper must scale to so shaped advances match the glyphs drawn.
    virtual float PixelEm(FaceId face, float size) const { (void)face; return size; }
    // Bidi, line breaking and shaping; null: the fast path only (left to right, built-in breaks, no shaping).
    virtual const TextServices* Services() const { return nullptr; }
};

} // namespace folio::layout
