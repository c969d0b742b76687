// The reference for the shaping comparison: Debian's `hb-shape` (libharfbuzz-bin) run on a font file and a run of
// text, its JSON output read back into glyphs in font units. Run without a shell (posix_spawn), so any text passes.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace folio::test {

struct ReferenceGlyph {
    uint32_t Glyph = 0;
    uint32_t Cluster = 0; // byte offset into the run (--utf8-clusters), not counting the context before it
    int32_t Advance = 0;  // font units
    int32_t OffsetX = 0;
    int32_t OffsetY = 0;
};

struct ReferenceRun {
    std::string Font;   // path of the font file
    std::string Lang;   // BCP 47, "" for none
    bool Rtl = false;
    std::string Before; // context before the run (--text-before)
    std::string Text;   // the run shaped
    std::string After;  // context after it (--text-after)
};

// Runs `hb_shape` on the run; false with *error saying why (the program missing, its exit status, output it
// could not read).
bool HbShape(const std::string& hb_shape, const ReferenceRun& run, std::vector<ReferenceGlyph>* out,
             std::string* error);

// hb-shape's JSON line ([{"g":1,"cl":0,"dx":0,"dy":0,"ax":500,"ay":0},...]) read into glyphs; false if it is not that.
bool ParseHbShapeJson(const std::string& json, std::vector<ReferenceGlyph>* out);

} // namespace folio::test
