// HarfBuzzShaper: one hb_font per shaped face, kept at the font's own units (its upem), so every run is shaped
// exactly as `hb-shape` shapes it with that font and the results are scaled to pixels afterwards (a float scale,
// no rounding to the pixel grid: the layout places glyphs at fractional pens). The same code builds against
// Debian's libharfbuzz natively and HarfBuzz's single-file build (HB_TINY) in the web's text module, so it uses
// only the API both have.
#include "platform/text/harfbuzz_shaper.h"

#include <hb.h>

#include <array>
#include <cstdint>
#include <cmath>

namespace folio::platform {

namespace {

struct FontDeleter {
    void operator()(hb_font_t* font) const { hb_font_destroy(font); }
};
struct BufferDeleter {
    void operator()(hb_buffer_t* buffer) const { hb_buffer_destroy(buffer); }
};
using FontPtr = std::unique_ptr<hb_font_t, FontDeleter>;

// The font in font_bytes, or null when HarfBuzz finds no font there (not a TrueType/OpenType file, or no glyphs).
FontPtr FontFrom(const std::string& font_bytes) {
    if (font_bytes.empty() || font_bytes.size() > UINT32_MAX) return nullptr;
    // DUPLICATE: HarfBuzz keeps its own copy, so the caller's string may go.
    hb_blob_t* blob = hb_blob_create(font_bytes.data(), static_cast<unsigned>(font_bytes.size()),
                                     HB_MEMORY_MODE_DUPLICATE, nullptr, nullptr);
    hb_face_t* face = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    FontPtr font;
    if (hb_face_get_glyph_count(face) > 0 && hb_face_get_upem(face) > 0) font.reset(hb_font_create(face));
    hb_face_destroy(face);
    return font;
}

} // namespace

struct HarfBuzzShaper::Impl {
    std::array<FontPtr, 256> Fonts; // by FaceId
    // One buffer reused by every Shape (cleared, not freed), so shaping a run allocates nothing once `out` is large enough.
    std::unique_ptr<hb_buffer_t, BufferDeleter> Buffer{hb_buffer_create()};
};

HarfBuzzShaper::HarfBuzzShaper() : Impl_(std::make_unique<Impl>()) {}
HarfBuzzShaper::~HarfBuzzShaper() = default;

void HarfBuzzShaper::AddFace(layout::FaceId face, const std::string& font_bytes) {
    Impl_->Fonts[face] = FontFrom(font_bytes); // bytes that are no font leave the face absent (HasFace false)
}

bool HarfBuzzShaper::HasFace(layout::FaceId face) const { return Impl_->Fonts[face] != nullptr; }

bool HarfBuzzShaper::Shape(layout::FaceId face, float em_px, const char* utf8, size_t length, size_t begin, size_t end,
                           bool rtl, const char* lang, std::vector<layout::ShapedGlyph>* out) const {
    if (out == nullptr) return false;
    out->clear();
    hb_font_t* font = Impl_->Fonts[face].get();
    if (font == nullptr || !(em_px > 0.0f) || !std::isfinite(em_px)) return false;
    if (begin > end || end > length || length > INT32_MAX || (utf8 == nullptr && length > 0)) return false;

    hb_buffer_t* buffer = Impl_->Buffer.get();
    hb_buffer_clear_contents(buffer);
    // The whole text is context; only [begin, end) is shaped. Clusters are byte offsets into utf8.
    hb_buffer_add_utf8(buffer, utf8, static_cast<int>(length), static_cast<unsigned>(begin),
                       static_cast<int>(end - begin));
    hb_buffer_set_direction(buffer, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    if (lang != nullptr && lang[0] != '\0') hb_buffer_set_language(buffer, hb_language_from_string(lang, -1));
    hb_buffer_guess_segment_properties(buffer); // the script from the run's characters
    hb_shape(font, buffer, nullptr, 0);
    if (!hb_buffer_allocation_successful(buffer)) return false;

    unsigned count = 0;
    const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
    // The font's scale is its upem (hb_font_create's default), so positions are in font units.
    int x_scale = 0, y_scale = 0;
    hb_font_get_scale(font, &x_scale, &y_scale);
    const float to_px_x = em_px / static_cast<float>(x_scale);
    const float to_px_y = em_px / static_cast<float>(y_scale);
    out->reserve(count);
    for (unsigned i = 0; i < count; ++i) {
        layout::ShapedGlyph g;
        g.Glyph = infos[i].codepoint; // after hb_shape, the glyph index
        g.Cluster = infos[i].cluster;
        g.Advance = static_cast<float>(positions[i].x_advance) * to_px_x;
        g.OffsetX = static_cast<float>(positions[i].x_offset) * to_px_x;
        g.OffsetY = static_cast<float>(positions[i].y_offset) * to_px_y;
        out->push_back(g);
    }
    return true;
}

} // namespace folio::platform
