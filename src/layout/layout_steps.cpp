// Characters measured, breaks marked, lines filled greedily, line boxes: the steps both layout paths share.
#include "layout/layout_steps.h"
#include "layout/line_breaks.h"
#include "layout/utf8.h"

#include <algorithm>
#include <cmath>

namespace folio::layout {

static bool ShapedFace(const TextServices* services, const FontMetrics& m, FaceId face) {
    if (!services || !m.Shaped(face)) return false;
    const TextShaper* shaper = services->Shaper();
    return shaper && shaper->HasFace(face);
}

std::vector<Char> DecodeChars(const LayoutJob& job, const FontMetrics& m, const TextServices* shaped) {
    std::vector<Char> chars;
    chars.reserve(job.Text.size());
    const char* s = job.Text.data();
    const size_t n = job.Text.size();
    size_t run = 0;
    for (size_t i = 0; i < n;) {
        while (run + 1 < job.Runs.size() && job.Runs[run].End <= i) ++run;
        uint32_t cp;
        const size_t next = DecodeUtf8(s, i, n, &cp);
        // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR end a line as '\n' does (UAX #14 class BK; the
        // model keeps them in text), on the fast path and with the services alike.
        if (cp == 0x2028 || cp == 0x2029) cp = '\n';
        const TextStyle& st = job.Runs.empty() ? TextStyle() : job.Runs[run].Style;
        const uint32_t shown = cp == '\t' ? ' ' : cp;
        const FaceId face = cp < 0x180 ? st.Face : m.Resolve(st.Face, shown); // Latin is in every face
        Char c{(uint32_t)i, cp, (uint32_t)run, face, 0.0f, false};
        c.Shaped = cp >= 0x180 && ShapedFace(shaped, m, face);
        if (!c.Shaped && cp != '\n' && !Invisible(cp)) c.Advance = m.Advance(face, st.Size, shown);
        chars.push_back(c);
        i = next;
    }
    return chars;
}

void MarkBreaks(const LayoutJob& job, std::vector<Char>* chars_in, const std::vector<uint8_t>* breaks) {
    std::vector<Char>& chars = *chars_in;
    // Inside an unbreakable run (between two of its characters) there is no opportunity, unless the run alone is
    // wider than the measure: then it breaks where any text would (spaces, slashes), and only then anywhere.
    std::vector<float> run_width(job.Runs.size(), 0.0f);
    for (const Char& c : chars) if (c.Run < run_width.size()) run_width[c.Run] += c.Advance;
    for (size_t k = 0; k < chars.size(); ++k) {
        const uint32_t prev = k > 0 ? chars[k - 1].Cp : 0, next = k + 1 < chars.size() ? chars[k + 1].Cp : 0;
        const uint32_t r = chars[k].Run;
        const bool inside = k + 1 < chars.size() && chars[k + 1].Run == r && r < job.Runs.size() &&
                            job.Runs[r].Style.Unbreakable && run_width[r] <= std::round(job.Width);
        const bool cluster = k + 1 < chars.size() && !chars[k + 1].ClusterStart;
        const bool allowed = breaks ? next != 0 && (*breaks)[k] != (uint8_t)BreakKind::None : BreakAfter(chars[k].Cp, prev, next);
        chars[k].BreakAfter = !inside && !cluster && allowed;
    }
}

void SetTabStops(const LayoutJob& job, const FontMetrics& m, std::vector<Char>* chars) {
    float x = 0.0f;
    for (Char& c : *chars) {
        if (c.Cp == '\n') { x = 0.0f; continue; }
        if (c.Cp == '\t') {
            const float stop = LayoutJob::kTabSpaces * m.Advance(c.Face, job.Runs.empty() ? TextStyle().Size : job.Runs[c.Run].Style.Size, ' ');
            c.Advance = stop > 0.0f ? (std::floor(x / stop + 1e-4f) + 1.0f) * stop - x : c.Advance;
        }
        x += c.Advance;
    }
}

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
            size_t end = last_break > start ? last_break : k;
            if (!chars[end].ClusterStart) { // a shaped cluster stays whole: end before it, or after it if it starts the line
                size_t back = end;
                while (back > start && !chars[back].ClusterStart) --back;
                if (back > start) end = back;
                else while (end < chars.size() && !chars[end].ClusterStart && chars[end].Cp != '\n') ++end;
            }
            if (end < chars.size() && chars[end].Cp != '\n') {
                lines.push_back({start, end, false});
                start = end; last_break = 0; x = 0.0f;
                k = end - 1; // measure again from the new line's start
                continue;
            }
        }
        x += c.Advance;
        if (c.BreakAfter) last_break = k + 1;
    }
    if (start < chars.size() || lines.empty() || chars.back().Cp == '\n') lines.push_back({start, chars.size(), true});
    return lines;
}

void SetLineBox(const LayoutJob& job, const FontMetrics& m, const std::vector<Run>& runs, const std::vector<Char>& chars,
                const LineSpan& span, float top, Line* line) {
    float ascent = 0.0f, descent = 0.0f, size = 0.0f;
    auto grow = [&](const TextStyle& st) {
        ascent = std::max(ascent, m.Ascent(st.Face, st.Size));
        descent = std::max(descent, m.Descent(st.Face, st.Size));
        size = std::max(size, st.Size);
    };
    // From each run's own face, as CSS takes a line box from an inline box's primary font: a character drawn by a
    // fallback or script face (a name in Arabic in an English line; Naskh's ascent and descent are far taller) never
    // makes its line taller than its neighbours, so a paragraph's lines keep one rhythm.
    for (size_t k = span.First; k < span.End; ++k) grow(runs[chars[k].Run].Style);
    if (span.First == span.End) grow(runs[span.First < chars.size() ? chars[span.First].Run : runs.size() - 1].Style);
    const float content = ascent + descent;
    line->Height = std::max(job.Leading > 0.0f ? job.Leading : size * 1.25f, content);
    line->Top = top;
    line->Baseline = top + (line->Height - content) * 0.5f + ascent;
}

} // namespace folio::layout
