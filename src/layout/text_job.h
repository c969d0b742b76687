// A layout job: what to lay out (text in styled runs) and how (width, line height, alignment). Jobs are plain
// values; their Hash() keys the layout cache.
#pragma once
#include "layout/font_metrics.h"
#include "layout/text_services.h"

#include <cstdint>
#include <string>
#include <vector>

namespace folio::layout {

// How a run of text looks. Color and Link are carried through layout for the drawing code; they do not change
// where lines break. An unbreakable run (inline code) has no break opportunity inside it: a line may end only
// where it starts or ends, unless it alone is wider than the measure (then it breaks where any text would, at
// spaces and slashes, and a word of it wider than the measure anywhere).
struct TextStyle {
    FaceId Face = 0;
    float Size = 16.0f;       // em size in logical pixels
    uint32_t Color = 0;       // packed RGBA, as the UI's theme gives it
    int Link = -1;            // index of the link in the block's link list, or -1
    bool Unbreakable = false; // no line break inside the run (inline code)
    bool operator==(const TextStyle& o) const {
        return Face == o.Face && Size == o.Size && Color == o.Color && Link == o.Link && Unbreakable == o.Unbreakable;
    }
};

struct Run {
    uint32_t Begin = 0, End = 0; // byte range in LayoutJob::Text
    TextStyle Style;
};

enum class Align : uint8_t { Left, Justify, Center };

struct LayoutJob {
    std::string Text;       // UTF-8; '\n' forces a line break
    std::vector<Run> Runs;  // cover Text from 0 to its end, in order
    float Width = 0.0f;     // the measure; rounded to whole pixels when laid out
    float Leading = 0.0f;   // distance between baselines; 0: 1.25 times the largest size on the line
    Align Alignment = Align::Left;
    // false: lines end only at '\n' (a code block), however wide they are, and a tab advances to the next stop
    // of kTabSpaces spaces; the galley's InkWidth says how wide the widest is.
    bool Wrap = true;
    static constexpr int kTabSpaces = 4;
    // The paragraph's base direction (UAX #9; Auto: its first strong character) and language (BCP 47, "" unknown),
    // for bidi, line breaking's tailoring and shaping. Alignment is from the start edge: right for a right-to-left
    // paragraph (Left means "start", Justify's last line too).
    Direction Dir = Direction::Auto;
    std::string Language;

    void Append(const std::string& text, const TextStyle& style); // adds a run (merging with an equal last one)
    uint64_t Hash() const;                                        // of everything that changes the result
};

} // namespace folio::layout
