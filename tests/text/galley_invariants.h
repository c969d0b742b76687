// What every galley must satisfy whatever the text (malformed UTF-8, bidi controls, thousands of marks): lines in
// order on character boundaries covering every byte (a line end between two lines excepted, as layout decodes it:
// '\n', U+2028 or U+2029, and layout::DecodeUtf8 takes an overlong C0 8A for a '\n'), pieces inside their lines
// with glyph ranges inside the galley's glyphs, every position and width finite, carets' data sized to the text,
// HitTest landing on a character boundary, Spans ordered left to right without overlap. GalleyProblem returns
// the first broken invariant in words, or "" (the fuzz target traps on it, the tests print it).
#pragma once
#include "layout/galley.h"
#include "layout/utf8.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace galley_check {

// Which byte offsets start a character (and the end), as layout::DecodeUtf8 steps through the text.
inline std::vector<bool> Boundaries(const std::string& s) {
    std::vector<bool> at(s.size() + 1, false);
    for (size_t i = 0; i < s.size();) {
        at[i] = true;
        uint32_t cp;
        i = folio::layout::DecodeUtf8(s.data(), i, s.size(), &cp);
    }
    at[s.size()] = true;
    return at;
}

inline bool Finite(float v) { return std::isfinite(v); }

inline std::string At(const char* what, size_t i) { return std::string(what) + " " + std::to_string(i); }

inline std::string GalleyProblem(const folio::layout::Galley& g) {
    const std::string& text = g.Text;
    const size_t n = text.size();
    const std::vector<bool> at = Boundaries(text);
    if (g.Lines.empty()) return "no line";
    if (g.CharX.size() != n + 1) return "CharX not sized to the text";
    for (size_t i = 0; i <= n; ++i) if (!Finite(g.CharX[i])) return At("CharX not finite at byte", i);
    if (g.Bidi()) {
        if (g.CharW.size() != n + 1) return "CharW not sized to the text";
        for (size_t i = 0; i <= n; ++i)
            if (!Finite(g.CharW[i]) || g.CharW[i] < 0.0f) return At("CharW not finite or negative at byte", i);
    } else if (!g.CharW.empty()) return "CharW without Levels";
    if (!Finite(g.Height) || !Finite(g.InkWidth)) return "galley size not finite";
    for (const auto& glyph : g.Glyphs) if (!Finite(glyph.X) || !Finite(glyph.Y)) return "glyph position not finite";

    uint32_t covered = 0; // every byte before it is on a line (or a '\n' between lines)
    uint32_t next_piece = 0;
    for (size_t li = 0; li < g.Lines.size(); ++li) {
        const folio::layout::Line& l = g.Lines[li];
        if (l.Begin > l.End || l.End > n) return At("line out of the text:", li);
        if (!at[l.Begin] || !at[l.End]) return At("line not on character boundaries:", li);
        if (l.Begin != covered) { // only the line end that ended the line before (an overlong '\n' is two bytes or more)
            uint32_t cp = 0;
            const size_t after = covered < n ? folio::layout::DecodeUtf8(text.data(), covered, n, &cp) : covered;
            const bool line_end = cp == '\n' || cp == 0x2028 || cp == 0x2029;
            if (!line_end || after != l.Begin) return At("bytes on no line before line", li);
        }
        covered = l.End;
        if (!Finite(l.Top) || !Finite(l.Height) || !Finite(l.Baseline) || !Finite(l.Width) || !Finite(l.EndX))
            return At("line metrics not finite:", li);
        if (l.FirstPiece != next_piece || l.FirstPiece + (uint64_t)l.PieceCount > g.Pieces.size()) return At("pieces out of order at line", li);
        next_piece = l.FirstPiece + l.PieceCount;
        for (uint32_t pi = l.FirstPiece; pi < next_piece; ++pi) {
            const folio::layout::Piece& p = g.Pieces[pi];
            if (p.Begin >= p.End || p.Begin < l.Begin || p.End > l.End) return At("piece outside its line:", pi);
            if (p.RunIndex >= g.Runs.size()) return At("piece's run out of range:", pi);
            if (!Finite(p.X) || !Finite(p.Top)) return At("piece position not finite:", pi);
            if (p.FirstGlyph + (uint64_t)p.GlyphCount > g.Glyphs.size()) return At("piece's glyphs out of range:", pi);
        }
    }
    if (covered != n) return "bytes after the last line";
    if (next_piece != g.Pieces.size()) return "pieces on no line";

    std::vector<std::pair<float, float>> spans;
    for (size_t li = 0; li < g.Lines.size(); ++li) {
        const folio::layout::Line& l = g.Lines[li];
        const float y = l.Top + l.Height * 0.5f;
        const float left = -5.0f, mid = g.Width * 0.5f, right = std::max(g.Width, g.InkWidth) + 5.0f;
        for (float x : {left, mid, right, l.EndX}) {
            const uint32_t hit = g.HitTest(x, y);
            if (hit > n || !at[hit]) return At("HitTest off a character boundary on line", li);
        }
        spans.clear();
        const uint32_t half = l.Begin + (l.End - l.Begin) / 2;
        g.Spans(l.Begin, l.End + 1, (int)li, &spans);
        g.Spans(l.Begin, half, (int)li, &spans);
        g.Spans(half, l.End, (int)li, &spans);
        // Each call's spans are ordered and apart; check them call by call is not possible from outside, so check
        // every span is a finite, non-empty extent, and those of the whole line (the first call's) in order.
        for (const auto& s : spans) if (!Finite(s.first) || !Finite(s.second) || s.first > s.second) return At("span not finite or reversed on line", li);
        spans.clear();
        g.Spans(l.Begin, l.End + 1, (int)li, &spans);
        for (size_t i = 1; i < spans.size(); ++i) if (spans[i].first < spans[i - 1].second) return At("spans overlap or out of order on line", li);
        if (!Finite(g.XOf(l.Begin, (int)li)) || !Finite(g.XOf(l.End, (int)li))) return At("XOf not finite on line", li);
    }
    return "";
}

} // namespace galley_check
