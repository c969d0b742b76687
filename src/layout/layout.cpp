// Layout(): measure every character once, fill lines greedily up to the measure, then place pieces and baselines.
// Text with a right-to-left or shaped character, when the platform has text services, takes bidi_layout.h's path.
#include "layout/layout.h"
#include "layout/bidi_layout.h"
#include "layout/layout_steps.h"
#include "layout/line_breaks.h"

#include <algorithm>
#include <cmath>

namespace folio::layout {

Galley Layout(const LayoutJob& job, const FontMetrics& m) {
    const TextServices* services = m.Services();
    std::vector<Char> chars = DecodeChars(job, m, services);
    if (services && NeedsServices(job, chars, *services)) return LayoutWithServices(job, m, *services, std::move(chars));

    Galley g;
    g.Text = job.Text;
    g.Runs = job.Runs;
    if (g.Runs.empty()) g.Runs.push_back(Run{0, (uint32_t)job.Text.size(), TextStyle()});
    g.Width = std::round(job.Width);
    g.CharX.assign(job.Text.size() + 1, 0.0f);
    MarkBreaks(job, &chars, nullptr);
    if (!job.Wrap) SetTabStops(job, m, &chars);
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
        SetLineBox(job, m, g.Runs, chars, span, top, &line);
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
