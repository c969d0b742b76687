// What layout needs beyond font metrics to set every script: the Unicode Bidirectional Algorithm (UAX #9), line
// break opportunities (UAX #14, with dictionary segmentation for Thai, Lao, Khmer and Burmese) and shaping
// (HarfBuzz). Interfaces only: the platform implements them (src/platform/text/ with FriBidi, libunibreak and
// HarfBuzz, natively linked; on the web in the separately loaded text module), and FontMetrics::Services() hands
// them to Layout(). A missing service (null, or the web's module not loaded yet) leaves layout on its fast path:
// left to right, one glyph per code point, the built-in breaks of line_breaks.h.
#pragma once
#include "layout/font_metrics.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace folio::layout {

// A paragraph's base direction (UAX #9 P2–P3, HL1): Ltr or Rtl as given; Auto its first strong character, else left
// to right; AutoRtl its first strong character, else right to left (a block of a right-to-left article, which
// takes its own direction when it starts in the other one, as HTML's dir="auto" in the article's snapshot does).
enum class Direction : uint8_t { Auto, Ltr, Rtl, AutoRtl };
inline bool FallsBackRtl(Direction d) { return d == Direction::Rtl || d == Direction::AutoRtl; }

class BidiResolver {
public:
    virtual ~BidiResolver() = default;
    // UAX #9 rules P2–I2 for one paragraph of n code points (no paragraph separator inside): each code point's
    // resolved embedding level into levels[0..n). Returns the paragraph embedding level (0 or 1).
    virtual uint8_t ResolveLevels(const uint32_t* cps, size_t n, Direction base, uint8_t* levels) const = 0;
    // UAX #9 rules L1–L2 for one line, cps[begin, end) of a paragraph resolved above: line_levels[0..end-begin) gets
    // the levels after L1 (trailing white space and separators reset to the paragraph level), and
    // visual[0..end-begin) the indices (relative to begin) of the line's code points from left to right.
    virtual void ReorderLine(const uint32_t* cps, const uint8_t* levels, size_t begin, size_t end, uint8_t paragraph_level,
                             uint8_t* line_levels, uint32_t* visual) const = 0;
    // UAX #9 rule L4: the mirrored character drawn for cp at an odd level ('(' for ')'), or cp itself.
    virtual uint32_t Mirror(uint32_t cp) const = 0;
};

// Break opportunities after each code point.
enum class BreakKind : uint8_t { None = 0, Allowed = 1, Mandatory = 2 };

class LineBreaker {
public:
    virtual ~LineBreaker() = default;
    // UAX #14 for n code points (a paragraph, or part of one ending where a mandatory break falls) with Folio's
    // tailorings (see src/platform/text/unibreak_breaker.h), `lang` a BCP 47 tag or "": breaks[i] says whether a
    // line may end after cps[i]. Runs of complex-context characters (class SA: Thai, Lao, Khmer, Myanmar) break
    // between the words of a dictionary segmentation. breaks[n-1] is Mandatory (end of text).
    virtual void Breaks(const uint32_t* cps, size_t n, const char* lang, BreakKind* breaks) const = 0;
};

// One glyph of a shaped run, in logical pixels at the size asked for.
struct ShapedGlyph {
    uint32_t Glyph = 0;    // the font's glyph index
    uint32_t Cluster = 0;  // byte offset into the UTF-8 text passed to Shape of the first character it came from
    float Advance = 0.0f;  // pen advance, x (runs are horizontal)
    float OffsetX = 0.0f;  // from the pen, right
    float OffsetY = 0.0f;  // from the pen, up (HarfBuzz's y grows up)
};

class TextShaper {
public:
    virtual ~TextShaper() = default;
    // A shaped face's font file (a TrueType/OpenType with its GSUB, GPOS and GDEF tables). The shaper keeps a copy.
    virtual void AddFace(FaceId face, const std::string& font_bytes) = 0;
    virtual bool HasFace(FaceId face) const = 0;
    // Shapes utf8[begin, end) as one run of one script and one direction in the face at em_px pixels to the em,
    // with utf8[0, length) as context (joining across the run's edges). Glyphs come in visual order (right to
    // left runs: from the left edge as drawn), replacing out's contents. False (out emptied) when the face is not
    // there or the arguments are out of range (begin <= end <= length, em_px > 0).
    virtual bool Shape(FaceId face, float em_px, const char* utf8, size_t length, size_t begin, size_t end, bool rtl,
                       const char* lang, std::vector<ShapedGlyph>* out) const = 0;
};

// What a platform hands the layout. Any member may be null (not available, or not yet: the web's text module
// loads on first need); Generation() changes whenever one becomes available, so galleys laid out without it are
// laid out again (it is part of the layout cache's font generation).
class TextServices {
public:
    virtual ~TextServices() = default;
    virtual const BidiResolver* Bidi() const = 0;
    virtual const LineBreaker* Breaker() const = 0;
    virtual TextShaper* Shaper() = 0;
    virtual const TextShaper* Shaper() const = 0;
    virtual uint32_t Generation() const = 0;
    // Starts loading what loads on demand (the web's text module); nothing where everything is linked in.
    virtual void Need() {}
};

} // namespace folio::layout
