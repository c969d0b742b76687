// Galley queries: which line, which character, where a caret goes.
#include "layout/galley.h"

#include <algorithm>

namespace folio::layout {

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
    if (offset <= l.Begin) return CharX[l.Begin];
    return CharX[offset];
}

void Galley::Spans(uint32_t begin, uint32_t end, int line, std::vector<std::pair<float, float>>* out) const {
    if (line < 0 || line >= (int)Lines.size()) return;
    const Line& l = Lines[line];
    const uint32_t b = std::max(begin, l.Begin), e = std::min(end, l.End);
    if (b >= e && !(end > l.End && b == l.End)) return;
    const float x0 = XOf(b, line), x1 = end > l.End ? l.EndX : XOf(e, line);
    if (x1 > x0) out->emplace_back(x0, x1);
}

uint32_t Galley::HitTest(float x, float y) const {
    const int li = LineAt(y);
    if (li < 0) return 0;
    const Line& line = Lines[li];
    uint32_t best = line.Begin;
    float best_d = 1e30f;
    for (uint32_t i = line.Begin; i <= line.End; ++i) {
        if (i < Text.size() && i > line.Begin && ((unsigned char)Text[i] & 0xC0) == 0x80) continue; // inside a character
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
