// A laid-out paragraph: immutable lines of positioned pieces, plus every character's x, so hit testing,
// selection and Find highlights need no fonts. Made by Layout(); shared through the layout cache.
#pragma once
#include "layout/text_job.h"

#include <cstdint>
#include <string>
#include <vector>

namespace folio::layout {

// A stretch of one run on one line, drawn with one call.
struct Piece {
    uint32_t Begin = 0, End = 0; // bytes of Galley::Text
    float X = 0.0f;              // left edge, from the galley's left
    float Top = 0.0f;            // top of this size's glyph box (ascent above the baseline), from the galley's top
    uint32_t RunIndex = 0;       // into Galley::Runs, for the style
    FaceId Face = 0;             // the face that draws it: the run's, or a fallback for characters it lacks
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
    std::vector<float> CharX;    // per byte of Text, the x where its character starts; the last entry is the end
    float Width = 0.0f;          // the measure it was laid out to
    float InkWidth = 0.0f;       // of its widest line (wider than Width only for a job that does not wrap)
    float Height = 0.0f;

    int LineAt(float y) const;                 // the line at y (clamped to the first and last)
    int LineOf(uint32_t offset) const;         // the line holding byte offset (a wrapped line's End starts the next)
    uint32_t HitTest(float x, float y) const;  // the byte offset nearest to the point, between characters
    float XOf(uint32_t offset, int line) const; // the x of the caret before byte offset on that line (its End: EndX)
};

} // namespace folio::layout
