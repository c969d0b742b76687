// Layout(): measure every character once, fill lines greedily up to the measure, then place pieces and baselines.
#include "layout/layout.h"
#include "layout/line_breaks.h"
#include "layout/utf8.h"

#include <algorithm>
#include <cmath>

namespace folio::layout {
namespace {

// Format characters that are never drawn: the word joiner, the zero-width space and the byte order mark. Some faces
// give them a glyph with an advance (Noto Sans: 0.6 em for U+2060), so they are measured as nothing and left out of
// the pieces the UI draws.
bool Invisible(uint32_t cp) { return cp == 0x2060 || cp == 0x200B || cp == 0xFEFF; }

struct Char {
    uint32_t Byte;     // where it starts in the text
    uint32_t Cp;
    uint32_t Run;      // index into the job's runs
    FaceId Face;       // the run's face, or the fallback that has this character
    float Advance;
    bool BreakAfter;   // a line may end after it
};

struct LineSpan {
    size_t First, End; // chars [First, End)
    bool Hard;         // ended by '\n' or the end of the text (not justified)
};

std::vector<Char> Measure(const LayoutJob& job, const FontMetrics& m) {
    std::vector<Char> chars;
    chars.reserve(job.Text.size());
    const char* s = job.Text.data();
    const size_t n = job.Text.size();
    size_t run = 0;
    for (size_t i = 0; i < n;) {
        while (run + 1 < job.Runs.size() && job.Runs[run].End <= i) ++run;
        uint32_t cp;
        const size_t next = DecodeUtf8(s, i, n, &cp);
        const TextStyle& st = job.Runs.empty() ? TextStyle() : job.Runs[run].Style;
        const uint32_t shown = cp == '\t' ? ' ' : cp;
        const FaceId face = cp < 0x180 ? st.Face : m.Resolve(st.Face, shown); // Latin is in every face
        const float adv = cp == '\n' || Invisible(cp) ? 0.0f : m.Advance(face, st.Size, shown);
        chars.push_back(Char{(uint32_t)i, cp, (uint32_t)run, face, adv, false});
        i = next;
    }
    // Inside an unbreakable run (between two of its characters) there is no opportunity, unless the run alone is
    // wider than the measure: then it breaks where any text would (spaces, slashes), and only then anywhere.
    std::vector<float> run_width(job.Runs.size(), 0.0f);
    for (const Char& c : chars) if (c.Run < run_width.size()) run_width[c.Run] += c.Advance;
    for (size_t k = 0; k < chars.size(); ++k) {
        const uint32_t prev = k > 0 ? chars[k - 1].Cp : 0, next = k + 1 < chars.size() ? chars[k + 1].Cp : 0;
        const uint32_t r = chars[k].Run;
        const bool inside = k + 1 < chars.size() && chars[k + 1].Run == r && r < job.Runs.size() &&
                            job.Runs[r].Style.Unbreakable && run_width[r] <= std::round(job.Width);
        chars[k].BreakAfter = !inside && BreakAfter(chars[k].Cp, prev, next);
    }
    if (!job.Wrap) { // tab stops, from each line's start
        float x = 0.0f;
        for (Char& c : chars) {
            if (c.Cp == '\n') { x = 0.0f; continue; }
            if (c.Cp == '\t') {
                const float stop = LayoutJob::kTabSpaces * m.Advance(c.Face, job.Runs.empty() ? TextStyle().Size : job.Runs[c.Run].Style.Size, ' ');
                c.Advance = stop > 0.0f ? (std::floor(x / stop + 1e-4f) + 1.0f) * stop - x : c.Advance;
            }
            x += c.Advance;
        }
    }
    return chars;
}

// Greedy filling: each line takes characters while they fit, then ends at the last opportunity on it. Without
// wrap, lines end only at '\n'.
std::vector<LineSpan> BreakLines(const std::vector<Char>& chars, float width, bool wrap) {
    std::vector<LineSpan> lines;
    size_t start = 0, last_break = 0; // last_break: a line may end before this char (0: none yet)
    float x = 0.0f;
    for (size_t k = 0; k < chars.size(); ++k) {
        const Char& c = chars[k];
        if (c.Cp == '\n') {
            lines.push_back({start, k, true});
            start = k + 1; last_break = 0; x = 0.0f;
            continue;
        }
        const bool space = IsBreakingSpace(c.Cp);
        if (wrap && !space && k > start && x + c.Advance > width) {
            const size_t end = last_break > start ? last_break : k;
            lines.push_back({start, end, false});
            start = end; last_break = 0; x = 0.0f;
            k = end - 1; // measure again from the new line's start
            continue;
        }
        x += c.Advance;
        if (c.BreakAfter) last_break = k + 1;
    }
    if (start < chars.size() || lines.empty() || chars.back().Cp == '\n') lines.push_back({start, chars.size(), true});
    return lines;
}

} // namespace

Galley Layout(const LayoutJob& job, const FontMetrics& m) {
    Galley g;
    g.Text = job.Text;
    g.Runs = job.Runs;
    if (g.Runs.empty()) g.Runs.push_back(Run{0, (uint32_t)job.Text.size(), TextStyle()});
    g.Width = std::round(job.Width);
    g.CharX.assign(job.Text.size() + 1, 0.0f);
    const std::vector<Char> chars = Measure(job, m);
    const std::vector<LineSpan> spans = BreakLines(chars, g.Width, job.Wrap);

    float top = 0.0f;
    for (const LineSpan& span : spans) {
        Line line;
        line.Begin = span.First < chars.size() ? chars[span.First].Byte : (uint32_t)job.Text.size();
        line.End = span.End < chars.size() ? chars[span.End].Byte : (uint32_t)job.Text.size();
        if (span.End > span.First && chars[span.End - 1].Cp == '\n') line.End = chars[span.End - 1].Byte;
        // Ink width (trailing spaces hang in the margin) and the spaces justification may widen.
        size_t ink_end = span.End;
        while (ink_end > span.First && IsBreakingSpace(chars[ink_end - 1].Cp)) --ink_end;
        float ink = 0.0f;
        int gaps = 0;
        for (size_t k = span.First; k < ink_end; ++k) {
            ink += chars[k].Advance;
            if (chars[k].Cp == ' ') ++gaps;
        }
        float extra = 0.0f, x = 0.0f;
        if (job.Alignment == Align::Justify && job.Wrap && !span.Hard && gaps > 0 && ink < g.Width) extra = (g.Width - ink) / gaps;
        if (job.Alignment == Align::Center) x = std::max(0.0f, (g.Width - ink) * 0.5f);
        line.Width = extra > 0.0f ? g.Width : ink;
        g.InkWidth = std::max(g.InkWidth, line.Width);

        // Line box from the largest run on the line (an empty line takes the run it stands in).
        float ascent = 0.0f, descent = 0.0f, size = 0.0f;
        auto grow = [&](const TextStyle& st) {
            ascent = std::max(ascent, m.Ascent(st.Face, st.Size));
            descent = std::max(descent, m.Descent(st.Face, st.Size));
            size = std::max(size, st.Size);
        };
        for (size_t k = span.First; k < span.End; ++k) {
            TextStyle st = g.Runs[chars[k].Run].Style;
            st.Face = chars[k].Face;
            grow(st);
        }
        if (span.First == span.End) grow(g.Runs[span.First < chars.size() ? chars[span.First].Run : g.Runs.size() - 1].Style);
        const float content = ascent + descent;
        line.Height = std::max(job.Leading > 0.0f ? job.Leading : size * 1.25f, content);
        line.Top = top;
        line.Baseline = top + (line.Height - content) * 0.5f + ascent;
        top += line.Height;

        // Pieces: split at run changes and, when justifying, after each widened space.
        line.FirstPiece = (uint32_t)g.Pieces.size();
        bool open = false;
        for (size_t k = span.First; k < span.End; ++k) {
            const Char& c = chars[k];
            const uint32_t byte_end = k + 1 < chars.size() ? chars[k + 1].Byte : (uint32_t)job.Text.size();
            for (uint32_t b = c.Byte; b < byte_end; ++b) g.CharX[b] = x;
            if (c.Cp == '\n') continue;
            if (Invisible(c.Cp)) { open = false; continue; } // drawn as nothing: the next piece starts after it
            if (!open || g.Pieces.back().RunIndex != c.Run || g.Pieces.back().Face != c.Face) {
                const float size = g.Runs[c.Run].Style.Size;
                g.Pieces.push_back(Piece{c.Byte, c.Byte, x, line.Baseline - m.Ascent(c.Face, size), c.Run, c.Face});
                open = true;
            }
            g.Pieces.back().End = byte_end;
            x += c.Advance;
            if (c.Cp == ' ' && extra > 0.0f && k < ink_end) { x += extra; open = false; }
        }
        line.EndX = x; // the caret after the line's last character, trailing spaces included
        if (line.End == job.Text.size()) g.CharX[line.End] = x;
        line.PieceCount = (uint32_t)g.Pieces.size() - line.FirstPiece;
        g.Lines.push_back(line);
    }
    g.Height = top;
    return g;
}

} // namespace folio::layout
