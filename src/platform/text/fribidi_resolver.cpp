// FribidiResolver: UAX #9 through FriBidi. FriBidi's own buffers are per call; the bidi types, bracket types and
// position map it needs from us are kept per thread and reused, so laying out allocates only while they grow.
#include "platform/text/fribidi_resolver.h"

#include <fribidi.h>

#include <algorithm>
#include <limits>
#include <vector>

namespace folio::platform {

namespace {

struct Scratch {
    std::vector<FriBidiCharType> Types;
    std::vector<FriBidiBracketType> Brackets;
    std::vector<FriBidiStrIndex> Map;
};

Scratch& ThreadScratch() {
    thread_local Scratch scratch;
    return scratch;
}

FriBidiParType ParType(layout::Direction base) {
    switch (base) {
    case layout::Direction::Ltr: return FRIBIDI_PAR_LTR;
    case layout::Direction::Rtl: return FRIBIDI_PAR_RTL;
    case layout::Direction::AutoRtl: return FRIBIDI_PAR_WRTL; // P2–P3, else right to left
    case layout::Direction::Auto: break;
    }
    return FRIBIDI_PAR_ON; // rules P2–P3: the first strong character, else left to right
}

} // namespace

uint8_t FribidiResolver::ResolveLevels(const uint32_t* cps, size_t n, layout::Direction base, uint8_t* levels) const {
    FriBidiParType dir = ParType(base);
    uint8_t fallback = layout::FallsBackRtl(base) ? 1 : 0;
    if (n == 0) return fallback;
    if (n > static_cast<size_t>(std::numeric_limits<FriBidiStrIndex>::max())) { // beyond FriBidi's index type: one direction
        std::fill(levels, levels + n, fallback);
        return fallback;
    }
    Scratch& s = ThreadScratch();
    s.Types.resize(n);
    s.Brackets.resize(n);
    const auto len = static_cast<FriBidiStrIndex>(n);
    fribidi_get_bidi_types(cps, len, s.Types.data());
    fribidi_get_bracket_types(cps, len, s.Types.data(), s.Brackets.data());
    static_assert(sizeof(FriBidiLevel) == sizeof(uint8_t), "levels are written in place");
    auto* out = reinterpret_cast<FriBidiLevel*>(levels);
    if (fribidi_get_par_embedding_levels_ex(s.Types.data(), s.Brackets.data(), len, &dir, out) == 0) {
        std::fill(levels, levels + n, fallback); // FriBidi could not allocate: the paragraph stays one direction
        return fallback;
    }
    return static_cast<uint8_t>(FRIBIDI_DIR_TO_LEVEL(dir));
}

void FribidiResolver::ReorderLine(const uint32_t* cps, const uint8_t* levels, size_t begin, size_t end,
                                  uint8_t paragraph_level, uint8_t* line_levels, uint32_t* visual) const {
    if (end <= begin) return;
    const size_t n = end - begin;
    std::copy(levels + begin, levels + end, line_levels);
    if (n > static_cast<size_t>(std::numeric_limits<FriBidiStrIndex>::max())) { // cannot be: ResolveLevels refused it
        for (size_t i = 0; i < n; ++i) visual[i] = static_cast<uint32_t>(i);
        return;
    }
    Scratch& s = ThreadScratch();
    s.Types.resize(n);
    s.Map.resize(n);
    const auto len = static_cast<FriBidiStrIndex>(n);
    for (size_t i = 0; i < n; ++i) s.Map[i] = static_cast<FriBidiStrIndex>(i);
    fribidi_get_bidi_types(cps + begin, len, s.Types.data());
    const FriBidiParType dir = (paragraph_level & 1) ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
    // No FRIBIDI_FLAG_REORDER_NSM (rule L3 is optional): marks stay in logical order beside their bases, which the
    // shaper places; it is also what the conformance files expect.
    if (fribidi_reorder_line(0, s.Types.data(), len, 0, dir, reinterpret_cast<FriBidiLevel*>(line_levels), nullptr,
                             s.Map.data()) == 0) {
        for (size_t i = 0; i < n; ++i) visual[i] = static_cast<uint32_t>(i); // allocation failed: logical order
        return;
    }
    for (size_t i = 0; i < n; ++i) visual[i] = static_cast<uint32_t>(s.Map[i]);
}

uint32_t FribidiResolver::Mirror(uint32_t cp) const {
    FriBidiChar mirrored = cp;
    return fribidi_get_mirror_char(cp, &mirrored) ? mirrored : cp;
}

} // namespace folio::platform
