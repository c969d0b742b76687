// The steps Layout() shares between its fast path and its path with text services (bidi_layout.h): characters
// decoded and measured, break opportunities, tab stops, greedy line filling and line boxes. Internal to layout.
#pragma once
#include "layout/galley.h"
#include "layout/text_job.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace folio::layout {

// Format characters that are never drawn: the word joiner, the zero-width space and the byte order mark. Some faces
// give them a glyph with an advance (Noto Sans: 0.6 em for U+2060), so they are measured as nothing and left out of
// the pieces the UI draws.
inline bool Invisible(uint32_t cp) { return cp == 0x2060 || cp == 0x200B || cp == 0xFEFF; }

struct Char {
    uint32_t Byte;             // where it starts in the text
    uint32_t Cp;
    uint32_t Run;              // index into the job's runs
    FaceId Face;               // the run's face, or the fallback that has this character
    float Advance;             // a shaped cluster's advance shared among its characters
    bool BreakAfter;           // a line may end after it
    bool ClusterStart = true;  // a line may start before it (false inside a shaped cluster)
    bool Shaped = false;       // in a face the shaper sets (its Advance comes from the shaped glyphs)
    uint8_t Level = 0;         // bidi embedding level (before the line's rule L1)
    uint32_t Item = 0;         // the shaped item holding it (bidi_layout.cpp), when Shaped
};

struct LineSpan {
    size_t First, End; // chars [First, End)
    bool Hard;         // ended by '\n' or the end of the text (not justified)
};

// Decodes the job's text into characters with their faces; measures those not in a shaped face (`shaped`: the
// faces the shaper will set, or null: none), which stay at Advance 0 for the shaper.
std::vector<Char> DecodeChars(const LayoutJob& job, const FontMetrics& m, const TextServices* shaped);
// Sets BreakAfter: from `breaks` (one per character: the LineBreaker's, paragraph by paragraph) or, null, the
// built-in rules of line_breaks.h; never inside an unbreakable run that fits the measure, nor inside a cluster.
void MarkBreaks(const LayoutJob& job, std::vector<Char>* chars, const std::vector<uint8_t>* breaks);
// A job that does not wrap: tabs advance to the next stop.
void SetTabStops(const LayoutJob& job, const FontMetrics& m, std::vector<Char>* chars);
// Greedy filling: each line takes characters while they fit, then ends at the last opportunity on it (or, for a
// word wider than the measure, before the character that overflows, never inside a cluster). Without wrap, lines
// end only at '\n'.
std::vector<LineSpan> BreakLines(const std::vector<Char>& chars, float width, bool wrap);

// A line's box from the largest run on it (an empty line takes the run it stands in): Height, Top, Baseline.
void SetLineBox(const LayoutJob& job, const FontMetrics& m, const std::vector<Run>& runs, const std::vector<Char>& chars,
                const LineSpan& span, float top, Line* line);

} // namespace folio::layout
