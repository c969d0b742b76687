// Glyph-index fonts in ImGui's atlas: shaped text (HarfBuzz's output) names glyphs by their index in the font, not
// by code point, so a shaped face is added to the atlas with GlyphIndexFontLoader() as its ImFontConfig::FontLoader.
// In such a font the "character" ImGui looks up is the glyph index: ImFontBaked::FindGlyph(index) rasterises glyph
// `index` on demand with the stb_truetype ImGui already compiles, at the same sizes and framebuffer density as every
// other face (so a shaped face is crisp at any devicePixelRatio and shares the atlas's texture).
//
// The loader lives in src/ui/imgui_draw_glyph_index.cpp, which cmake/imgui.cmake compiles into folio_imgui in place
// of ImGui's imgui_draw.cpp: it includes that file (from FOLIO_IMGUI_DIR, Debian's or a user's own checkout, which
// must keep ImGui's default stb_truetype backend) and adds the loader beside its stb_truetype backend, whose
// internals are file-local there. Nothing of ImGui is patched.
#pragma once
#include <cstdint>

struct ImFont;
struct ImFontLoader;

namespace folio::ui {

// In a glyph-index font, glyph g is ImGui's "character" kGlyphIndexBase + g: ImGui gives some characters below
// U+0100 meanings of their own (32 is always made blank, 9 is a tab, '?' and '.' are looked for as the fallback and
// the ellipsis), and a glyph's index may be any of them (Noto Sans Hebrew's gimel is glyph 32).
constexpr uint32_t kGlyphIndexBase = 0x100;
inline uint32_t GlyphChar(uint32_t glyph) { return kGlyphIndexBase + glyph; }

// The loader for ImFontConfig::FontLoader: GlyphChar(g) for the glyphs g = 1 .. the font's glyph count - 1.
const ImFontLoader* GlyphIndexFontLoader();

// Whether the font's character map gives codepoint a glyph (a glyph-index font's IsGlyphInFont asks about an index);
// false for a font not made by GlyphIndexFontLoader().
bool GlyphIndexFontMaps(const ImFont* font, uint32_t codepoint);

} // namespace folio::ui
