// Painting a galley with ImGui (galley_paint.h).
#include "ui/galley_paint.h"

#include "ui/faces.h"
#include "ui/glyph_index_font.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace folio::ui {

// One glyph of the baked glyph-index face at pen (its line box's top left), as ImFont::RenderChar draws a character
// but placed to the device pixel rather than the layout pixel, so a shaped run's joins and marks keep their places
// at a pixel ratio of 2.
static void DrawGlyph(ImDrawList* dl, ImFontBaked* baked, float scale, uint32_t glyph, float x, float y, ImU32 color) {
    const ImFontGlyph* g = baked->FindGlyphNoFallback((ImWchar)GlyphChar(glyph));
    if (!g || !g->Visible) return;
    const ImVec2 a(x + g->X0 * scale, y + g->Y0 * scale), b(x + g->X1 * scale, y + g->Y1 * scale);
    dl->PrimReserve(6, 4);
    dl->PrimRectUV(a, b, ImVec2(g->U0, g->V0), ImVec2(g->U1, g->V1), color);
}

// A piece as the galley placed it: shaped glyphs, a mirrored character, or text left to right.
static void DrawPiece(ImDrawList* dl, const layout::Galley& g, const layout::Piece& piece, const FaceSet& faces, ImVec2 at,
                      ImU32 color) {
    const float size = faces.ImGuiSize(piece.Face, g.Runs[piece.RunIndex].Style.Size);
    ImFont* font = faces.Font(piece.Face);
    if (piece.GlyphCount > 0) {
        ImFontBaked* baked = font->GetFontBaked(size);
        const float scale = size / baked->Size;
        const float px = std::max(1.0f, ImGui::GetIO().DisplayFramebufferScale.x); // device pixels per layout pixel
        for (uint32_t i = piece.FirstGlyph; i < piece.FirstGlyph + piece.GlyphCount && i < g.Glyphs.size(); ++i) {
            const layout::PlacedGlyph& glyph = g.Glyphs[i];
            DrawGlyph(dl, baked, scale, glyph.Glyph, at.x + std::round(glyph.X * px) / px, at.y + std::round(glyph.Y * px) / px,
                      color);
        }
        return;
    }
    if (piece.Substitute) {
        font->RenderChar(dl, size, at, color, (ImWchar)piece.Substitute);
        return;
    }
    dl->AddText(font, size, at, color, g.Text.data() + piece.Begin, g.Text.data() + piece.End);
}

void PaintGalley(ImDrawList* dl, const layout::Galley& g, const FaceSet& faces, const ImVec2& origin, float top, float bottom,
                 uint32_t color) {
    const int l0 = std::max(0, g.LineAt(top)), l1 = g.LineAt(bottom);
    for (int l = l0; l <= l1 && l < (int)g.Lines.size(); ++l) {
        const layout::Line& line = g.Lines[l];
        for (uint32_t k = line.FirstPiece; k < line.FirstPiece + line.PieceCount && k < g.Pieces.size(); ++k) {
            const layout::Piece& piece = g.Pieces[k];
            const ImVec2 at(std::floor(origin.x + piece.X + 0.5f), std::floor(origin.y + piece.Top + 0.5f));
            DrawPiece(dl, g, piece, faces, at, color ? color : g.Runs[piece.RunIndex].Style.Color);
        }
    }
}

} // namespace folio::ui
