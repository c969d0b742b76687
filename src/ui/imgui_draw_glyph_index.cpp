// ImGui's imgui_draw.cpp plus a font loader that rasterises by glyph index (ui/glyph_index_font.h says why and
// how it is used). cmake/imgui.cmake compiles this file into folio_imgui in place of imgui_draw.cpp, so the loader
// can reuse the stb_truetype backend's file-local parts there (the font source setup and vertical metrics) and
// stb_truetype itself, compiled once. It works with any ImGui 1.92 checkout that keeps the stb_truetype backend.
#include "imgui_draw.cpp"

#include "ui/glyph_index_font.h"

#ifndef IMGUI_ENABLE_STB_TRUETYPE
#error "Folio's glyph-index fonts need ImGui's stb_truetype backend (IMGUI_ENABLE_STB_TRUETYPE)"
#endif

namespace {

using SrcData = ImGui_ImplStbTrueType_FontSrcData;

// The glyph a glyph-index font's "character" names (folio::ui::GlyphChar), or 0. Glyph 0 is .notdef: never drawn
// for a shaped glyph.
int GlyphOf(const ImFontConfig* src, ImWchar c) {
    const SrcData* data = (const SrcData*)src->FontLoaderData;
    if (!data || c <= folio::ui::kGlyphIndexBase) return 0;
    const int glyph = (int)(c - folio::ui::kGlyphIndexBase);
    return glyph < data->FontInfo.numGlyphs ? glyph : 0;
}

bool ContainsGlyphIndex(ImFontAtlas*, ImFontConfig* src, ImWchar c) { return GlyphOf(src, c) != 0; }

// ImGui_ImplStbTrueType_FontBakedLoadGlyph with the glyph index given instead of found through the character map.
bool LoadGlyphByIndex(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar index, ImFontGlyph* out_glyph,
                      float* out_advance_x) {
    const int glyph = GlyphOf(src, index);
    if (glyph == 0) return false;
    SrcData* data = (SrcData*)src->FontLoaderData;
    int oversample_h, oversample_v;
    ImFontAtlasBuildGetOversampleFactors(src, baked, &oversample_h, &oversample_v);
    const float scale_for_layout = data->ScaleFactor * baked->Size;
    const float density = src->RasterizerDensity * baked->RasterizerDensity;
    const float scale_x = scale_for_layout * density * oversample_h, scale_y = scale_for_layout * density * oversample_v;
    int x0, y0, x1, y1, advance, lsb;
    stbtt_GetGlyphBitmapBoxSubpixel(&data->FontInfo, glyph, scale_x, scale_y, 0, 0, &x0, &y0, &x1, &y1);
    stbtt_GetGlyphHMetrics(&data->FontInfo, glyph, &advance, &lsb);
    if (out_advance_x) { // metrics only
        *out_advance_x = advance * scale_for_layout;
        return true;
    }
    out_glyph->Codepoint = index;
    out_glyph->AdvanceX = advance * scale_for_layout;
    if (x0 == x1 || y0 == y1) return true; // a blank glyph (a space, a zero-width joiner's)
    const int w = x1 - x0 + oversample_h - 1, h = y1 - y0 + oversample_v - 1;
    const ImFontAtlasRectId pack_id = ImFontAtlasPackAddRect(atlas, w, h);
    if (pack_id == ImFontAtlasRectId_Invalid) return false; // the atlas is full: the glyph is not drawn
    ImTextureRect* r = ImFontAtlasPackGetRect(atlas, pack_id);
    stbtt_GetGlyphBitmapBox(&data->FontInfo, glyph, scale_x, scale_y, &x0, &y0, &x1, &y1);
    ImVector<unsigned char>& pixels = atlas->Builder->TempBuffer;
    pixels.resize(w * h);
    memset(pixels.Data, 0, (size_t)(w * h));
    float sub_x, sub_y;
    stbtt_MakeGlyphBitmapSubpixelPrefilter(&data->FontInfo, pixels.Data, w, h, w, scale_x, scale_y, 0, 0, oversample_h,
                                           oversample_v, &sub_x, &sub_y, glyph);
    // As ImGui's backend places a glyph: its box from the top of the line (the ascent), in layout pixels.
    const float off_x = sub_x, off_y = sub_y + IM_ROUND(baked->Ascent);
    const float recip_h = 1.0f / (oversample_h * density), recip_v = 1.0f / (oversample_v * density);
    out_glyph->X0 = x0 * recip_h + off_x;
    out_glyph->Y0 = y0 * recip_v + off_y;
    out_glyph->X1 = (x0 + (int)r->w) * recip_h + off_x;
    out_glyph->Y1 = (y0 + (int)r->h) * recip_v + off_y;
    out_glyph->Visible = true;
    out_glyph->PackId = pack_id;
    ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out_glyph, r, pixels.Data, ImTextureFormat_Alpha8, w);
    return true;
}

} // namespace

namespace folio::ui {

const ImFontLoader* GlyphIndexFontLoader() {
    static const ImFontLoader loader = [] {
        ImFontLoader l;
        l.Name = "folio glyph index (stb_truetype)";
        l.FontSrcInit = ImGui_ImplStbTrueType_FontSrcInit;
        l.FontSrcDestroy = ImGui_ImplStbTrueType_FontSrcDestroy;
        l.FontSrcContainsGlyph = ContainsGlyphIndex;
        l.FontBakedInit = ImGui_ImplStbTrueType_FontBakedInit;
        l.FontBakedLoadGlyph = LoadGlyphByIndex;
        return l;
    }();
    return &loader;
}

bool GlyphIndexFontMaps(const ImFont* font, uint32_t codepoint) {
    if (!font || font->Sources.Size == 0) return false;
    const ImFontConfig* src = font->Sources[0];
    if (src->FontLoader != GlyphIndexFontLoader() || !src->FontLoaderData) return false;
    return stbtt_FindGlyphIndex(&((const SrcData*)src->FontLoaderData)->FontInfo, (int)codepoint) != 0;
}

} // namespace folio::ui
