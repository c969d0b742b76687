// A laid-out paragraph: immutable lines of positioned pieces, plus every character's x, so hit testing,
// selection and Find highlights need no fonts. Made by Layout(); shared through the layout cache.
#pragma once
#include "layout/text_job.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace folio::layout {

// A glyph of a shaped piece, drawn by its index in the piece's face at the piece's pen position plus X, Y.
struct PlacedGlyph {
    uint32_t Glyph = 0; // the font's glyph index
    float X = 0.0f;     // from the piece's X (its left edge), offsets applied
    float Y = 0.0f;     // from the piece's baseline, down (offsets applied)
};

// A stretch of one run on one line, drawn with one call. Pieces are in visual order, left to right.
// - Fast path (GlyphCount 0): the text bytes [Begin, End) drawn left to right by the face's code point glyphs; at an
//   odd bidi level one piece holds one character, and Substitute (non-zero) is the mirrored character drawn in
//   its place ('(' for ')').
// - Shaped (GlyphCount > 0): Galley::Glyphs[FirstGlyph, FirstGlyph + GlyphCount) drawn by glyph index.
struct Piece {
    uint32_t Begin = 0, End = 0; // bytes of Galley::Text
    float X = 0.0f;              // left edge, from the galley's left
    float Top = 0.0f;            // top of this size's glyph box (ascent above the baseline), from the galley's top
    uint32_t RunIndex = 0;       // into Galley::Runs, for the style
    FaceId Face = 0;             // the face that draws it: the run's, or a fallback for characters it lacks
    uint8_t Level = 0;           // bidi embedding level (odd: right to left)
    uint32_t Substitute = 0;     // fast path at an odd level: the mirrored character to draw, or 0
    uint32_t FirstGlyph = 0, GlyphCount = 0;
};

struct Line {
    uint32_t Begin = 0, End = 0;       // bytes, trailing spaces included, the '\n' that ended it excluded
    float Top = 0.0f, Height = 0.0f;   // the line box
    float Baseline = 0.0f;             // from the galley's top
    float Width = 0.0f;                // of the ink, trailing spaces excluded
    float EndX = 0.0f;                 // the caret after the last character, trailing spaces included
    uint32_t FirstPiece = 0, PieceCount = 0;
};

class Galley {
public:
    std::string Text;
    std::vector<Run> Runs;
    std::vector<Line> Lines;
    std::vector<Piece> Pieces;
    std::vector<PlacedGlyph> Glyphs; // of the shaped pieces
    // Per byte of Text (every byte of a character alike; the last entry is the end of the text):
    // CharX: the left edge of the character's box as drawn. Left-to-right text: also the caret before it.
    std::vector<float> CharX;
    // Only when some character is right to left (else empty, and every character is LTR):
    std::vector<float> CharW;     // the character's advance (a cluster's share of it)
    std::vector<uint8_t> Levels;  // its bidi level after L1 (odd: right to left, the caret before it at its right edge)
    bool Rtl = false;             // the first paragraph's direction (each paragraph's lines start at its own start edge)
    float Width = 0.0f;          // the measure it was laid out to
    float InkWidth = 0.0f;       // of its widest line (wider than Width only for a job that does not wrap)
    float Height = 0.0f;

    int LineAt(float y) const;                 // the line at y (clamped to the first and last)
    int LineOf(uint32_t offset) const;         // the line holding byte offset (a wrapped line's End starts the next)
    uint32_t HitTest(float x, float y) const;  // the byte offset nearest to the point, between characters
    float XOf(uint32_t offset, int line) const; // the x of the caret before byte offset on that line (its End: EndX)
    // The x extents drawn for bytes [begin, end) on one line, left to right, adjacent ones merged: one span for
    // left-to-right text, several where bidi reordering splits the range. Appends to out (a frame reuses it).
    void Spans(uint32_t begin, uint32_t end, int line, std::vector<std::pair<float, float>>* out) const;
    bool Bidi() const { return !Levels.empty(); }
};

} // namespace folio::layout
