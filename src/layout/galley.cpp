// Galley queries: which line, which character, where a caret goes. A bidi galley (Levels set) answers from each
// character's box and direction: the caret before a right-to-left character is at its right edge.
#include "layout/galley.h"

#include <algorithm>

namespace folio::layout {

static bool Continuation(const std::string& text, uint32_t i) { return i < text.size() && ((unsigned char)text[i] & 0xC0) == 0x80; }

int Galley::LineAt(float y) const {
    if (Lines.empty()) return -1;
    auto it = std::upper_bound(Lines.begin(), Lines.end(), y, [](float v, const Line& l) { return v < l.Top + l.Height; });
    return it == Lines.end() ? (int)Lines.size() - 1 : (int)(it - Lines.begin());
}

int Galley::LineOf(uint32_t offset) const {
    if (Lines.empty()) return -1;
    // The last line starting at or before offset: a wrapped line's End is the next line's start.
    auto it = std::upper_bound(Lines.begin(), Lines.end(), offset, [](uint32_t v, const Line& l) { return v < l.Begin; });
    return it == Lines.begin() ? 0 : (int)(it - Lines.begin()) - 1;
}

float Galley::XOf(uint32_t offset, int line) const {
    if (line < 0 || line >= (int)Lines.size()) return 0.0f;
    const Line& l = Lines[line];
    if (offset >= l.End) return l.EndX;
    if (offset <= l.Begin) offset = l.Begin;
    if (Bidi() && (Levels[offset] & 1)) return CharX[offset] + CharW[offset];
    return CharX[offset];
}

void Galley::Spans(uint32_t begin, uint32_t end, int line, std::vector<std::pair<float, float>>* out) const {
    if (line < 0 || line >= (int)Lines.size()) return;
    const Line& l = Lines[line];
    const uint32_t b = std::max(begin, l.Begin), e = std::min(end, l.End);
    if (b >= e) return;
    if (Bidi()) { // each character's box, sorted left to right, touching ones merged
        const size_t first = out->size();
        for (uint32_t i = b; i < e; ++i)
            if (!Continuation(Text, i) && CharW[i] > 0.0f) out->emplace_back(CharX[i], CharX[i] + CharW[i]);
        std::sort(out->begin() + first, out->end());
        size_t w = first;
        for (size_t i = first; i < out->size(); ++i) {
            if (w > first && (*out)[i].first <= (*out)[w - 1].second + 0.01f) (*out)[w - 1].second = std::max((*out)[w - 1].second, (*out)[i].second);
            else (*out)[w++] = (*out)[i];
        }
        out->resize(w);
        return;
    }
    const float x0 = XOf(b, line), x1 = end > l.End ? l.EndX : XOf(e, line);
    if (x1 > x0) out->emplace_back(x0, x1);
}

uint32_t Galley::HitTest(float x, float y) const {
    const int li = LineAt(y);
    if (li < 0) return 0;
    const Line& line = Lines[li];
    uint32_t best = line.Begin;
    float best_d = 1e30f;
    if (Bidi()) { // the nearest edge of a character's box: its left edge is the caret before it if it runs left to right
        for (uint32_t i = line.Begin; i < line.End; ++i) {
            if (Continuation(Text, i)) continue;
            uint32_t next = i + 1;
            while (Continuation(Text, next)) ++next;
            const bool rtl = (Levels[i] & 1) != 0;
            const float x0 = CharX[i], x1 = CharX[i] + CharW[i];
            const float outside = x >= x0 && x <= x1 ? 0.0f : 1e-3f; // a shared edge: the box under x decides
            const float d0 = (x > x0 ? x - x0 : x0 - x) + outside, d1 = (x > x1 ? x - x1 : x1 - x) + outside;
            if (d0 < best_d) { best_d = d0; best = rtl ? next : i; }
            if (d1 < best_d) { best_d = d1; best = rtl ? i : next; }
        }
    } else for (uint32_t i = line.Begin; i <= line.End; ++i) {
        if (i > line.Begin && Continuation(Text, i)) continue; // inside a character
        const float cx = i == line.End ? line.EndX : CharX[i];
        const float d = x > cx ? x - cx : cx - x;
        if (d < best_d) { best_d = d; best = i; }
    }
    // A click past a line's trailing space lands before that space, so a wrapped line's end selects naturally.
    if (best == line.End && line.End > line.Begin && li + 1 < (int)Lines.size() && Text[line.End - 1] == ' ')
        best = line.End - 1;
    return best;
}

} // namespace folio::layout
