// A line reordered into visual pieces: positions, carets' data, shaped glyphs split by cluster, alignment.
#include "layout/visual_line.h"
#include "layout/line_breaks.h"

#include <algorithm>

namespace folio::layout {
namespace {

uint32_t ByteAt(const LayoutJob& job, const std::vector<Char>& chars, size_t k) {
    return k < chars.size() ? chars[k].Byte : (uint32_t)job.Text.size();
}

// The line's levels and visual order (indices relative to its first character) from the resolver, or left to right.
void Reorder(LineReorder* r, size_t para_first, uint8_t para_level, size_t first, size_t end) {
    const size_t len = end - first;
    r->LineLevels.resize(len);
    r->Visual.resize(len);
    if (r->Bidi && len > 0) {
        r->Bidi->ReorderLine(r->Cps.data() + para_first, r->Levels.data() + para_first, first - para_first,
                             end - para_first, para_level, r->LineLevels.data(), r->Visual.data());
        bool valid = true; // a resolver's bad answer must not index out of the line
        for (uint32_t v : r->Visual) valid = valid && v < len;
        if (valid) return;
    }
    for (size_t i = 0; i < len; ++i) { r->Visual[i] = (uint32_t)i; r->LineLevels[i] = r->Levels[first + i]; }
}

// The glyphs of item whose clusters fall in the piece's bytes, placed from its left edge.
void TakeGlyphs(const std::vector<ShapedGlyph>& glyphs, const ShapedItem& item, Piece* piece, Galley* g) {
    piece->FirstGlyph = (uint32_t)g->Glyphs.size();
    float pen = 0.0f;
    uint32_t i = item.FirstGlyph;
    const uint32_t end = item.FirstGlyph + item.GlyphCount;
    if (item.Order != 0) { // the piece's glyphs are one stretch: skip those drawn before it
        const uint32_t begin_byte = piece->Begin, end_byte = piece->End;
        const auto before = [&](const ShapedGlyph& s) { return item.Order > 0 ? s.Cluster < begin_byte : s.Cluster >= end_byte; };
        i = (uint32_t)(std::partition_point(glyphs.begin() + i, glyphs.begin() + end, before) - glyphs.begin());
    }
    for (; i < end; ++i) {
        const ShapedGlyph& s = glyphs[i];
        if (s.Cluster < piece->Begin || s.Cluster >= piece->End) {
            if (item.Order != 0) break; // past the stretch
            continue;
        }
        g->Glyphs.push_back(PlacedGlyph{s.Glyph, pen + s.OffsetX, -s.OffsetY});
        pen += s.Advance;
    }
    piece->GlyphCount = (uint32_t)g->Glyphs.size() - piece->FirstGlyph;
}

} // namespace

void PlaceLine(const LayoutJob& job, const FontMetrics& m, const std::vector<Char>& chars,
               const std::vector<ShapedGlyph>& glyphs, const std::vector<ShapedItem>& items, size_t para_first,
               uint8_t para_level, const LineSpan& span, LineReorder* reorder, float top, Line* line, Galley* g) {
    const size_t end = span.End; // the line's characters (a '\n' that ends it follows them)
    const size_t len = end - span.First;
    line->Begin = ByteAt(job, chars, span.First);
    line->End = ByteAt(job, chars, end);
    Reorder(reorder, para_first, para_level, span.First, end);

    // Ink (trailing spaces hang in the margin: at the right of a left-to-right line, the left of a right-to-left
    // one, where rule L1 puts them) and the spaces justification may widen.
    size_t ink_end = end;
    while (ink_end > span.First && IsBreakingSpace(chars[ink_end - 1].Cp)) --ink_end;
    float ink = 0.0f, trailing = 0.0f;
    int gaps = 0;
    for (size_t k = span.First; k < end; ++k) {
        (k < ink_end ? ink : trailing) += chars[k].Advance;
        if (k < ink_end && chars[k].Cp == ' ') ++gaps;
    }
    const bool rtl = (para_level & 1) != 0;
    float extra = 0.0f;
    if (job.Alignment == Align::Justify && job.Wrap && !span.Hard && gaps > 0 && ink < g->Width) extra = (g->Width - ink) / gaps;
    line->Width = extra > 0.0f ? g->Width : ink;
    g->InkWidth = std::max(g->InkWidth, line->Width);
    float x = 0.0f;
    if (job.Alignment == Align::Center) x = std::max(0.0f, (g->Width - ink) * 0.5f) - (rtl ? trailing : 0.0f);
    else if (rtl) x = g->Width - line->Width - trailing;
    if (!job.Wrap) x = std::max(0.0f, x); // a code line wider than the measure scrolls from the left edge
    const float start_x = x;
    SetLineBox(job, m, g->Runs, chars, span, top, line);

    line->FirstPiece = (uint32_t)g->Pieces.size();
    bool open = false;
    int item = -1; // the open piece's shaped item, or -1
    auto close = [&]() {
        if (open && item >= 0) {
            TakeGlyphs(glyphs, items[item], &g->Pieces.back(), g);
            if (g->Pieces.back().GlyphCount == 0) g->Pieces.pop_back(); // nothing to draw (never drawn as code points)
        }
        open = false;
    };
    for (size_t vi = 0; vi < len; ++vi) {
        const size_t k = span.First + reorder->Visual[vi];
        const Char& c = chars[k];
        const uint8_t level = reorder->LineLevels[reorder->Visual[vi]];
        const uint32_t byte_end = ByteAt(job, chars, k + 1);
        const bool widened = c.Cp == ' ' && extra > 0.0f && k < ink_end;
        for (uint32_t b = c.Byte; b < byte_end; ++b) {
            g->CharX[b] = x;
            g->CharW[b] = c.Advance + (widened ? extra : 0.0f);
            g->Levels[b] = level;
        }
        if (!c.Shaped && Invisible(c.Cp)) { close(); continue; }
        const bool mirrored = !c.Shaped && (level & 1) != 0; // one character a piece, drawn by its mirror glyph
        const int its_item = c.Shaped ? (int)c.Item : -1;
        Piece* back = g->Pieces.size() > line->FirstPiece ? &g->Pieces.back() : nullptr;
        if (!open || mirrored || !back || back->RunIndex != c.Run || back->Face != c.Face || back->Level != level || item != its_item) {
            close();
            const float size = g->Runs[c.Run].Style.Size;
            Piece piece{c.Byte, byte_end, x, line->Baseline - m.Ascent(c.Face, size), c.Run, c.Face, level};
            if (mirrored && reorder->Bidi) {
                const uint32_t mirror = reorder->Bidi->Mirror(c.Cp);
                piece.Substitute = mirror != c.Cp ? mirror : 0;
            }
            g->Pieces.push_back(piece);
            open = true;
            item = its_item;
        } else {
            back->Begin = std::min(back->Begin, c.Byte);
            back->End = std::max(back->End, byte_end);
        }
        x += c.Advance;
        if (widened) { x += extra; close(); }
        if (mirrored) close();
    }
    close();

    // The caret after the line's last character (trailing spaces included): at its end edge.
    if (len == 0) line->EndX = start_x;
    else {
        const uint32_t last = chars[end - 1].Byte;
        line->EndX = (g->Levels[last] & 1) ? g->CharX[last] : g->CharX[last] + g->CharW[last];
    }
    if (end < chars.size() && chars[end].Cp == '\n') { // the newline that ended it: at its end caret
        g->CharX[chars[end].Byte] = line->EndX;
        g->Levels[chars[end].Byte] = para_level;
    }
    if (line->End == job.Text.size()) { g->CharX[line->End] = line->EndX; g->Levels[line->End] = para_level; }
    line->PieceCount = (uint32_t)g->Pieces.size() - line->FirstPiece;
}

} // namespace folio::layout
