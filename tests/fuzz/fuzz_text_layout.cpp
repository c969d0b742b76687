// libFuzzer target: any bytes as a styled paragraph laid out through layout::Layout with the desktop's real text
// services (NativeTextServices: FriBidi, libunibreak with libthai and ICU, HarfBuzz) and shaped Noto faces for
// Arabic, Hebrew, Devanagari and Thai (tests/text/shaped_metrics.h), malformed UTF-8 included. The input: a
// width byte (times 3 px), a settings byte (direction: bits 0-1, alignment: 2-3, no wrap: 4, language: 5-6), the
// first run's style byte, then the text; a 0x1E byte starts another run whose style byte follows it (face: the
// byte mod 5, size: one of five from the byte / 5, unbreakable: bit 7, a link: bit 6). The galley must keep every
// invariant of tests/text/galley_invariants.h (lines on character boundaries covering every byte, pieces inside
// their lines, glyph ranges in bounds, finite positions and widths, HitTest on a boundary, Spans in order).
// Its seeds: tests/bad-inputs/text/. Build with -DFOLIO_FUZZ=ON and clang (tests/fuzz/README.md).
#include "../text/galley_invariants.h"
#include "../text/shaped_metrics.h"

#include "layout/layout.h"

#include <cstdint>
#include <cstdio>
#include <string>

using namespace folio;

namespace {

const ShapedMetrics& Metrics() {
    static const ShapedMetrics* metrics = [] {
        auto* m = new ShapedMetrics(FOLIO_FUZZ_SCRIPT_FONTS_DIR);
        if (!m->Loaded()) {
            std::fprintf(stderr, "fuzz_text_layout: the Noto script fonts are not in %s (fonts-noto-core)\n", FOLIO_FUZZ_SCRIPT_FONTS_DIR);
            __builtin_trap();
        }
        return m;
    }();
    return *metrics;
}

layout::TextStyle StyleOf(uint8_t b) {
    static const float sizes[] = {7.0f, 13.0f, 16.0f, 18.5f, 32.0f};
    layout::TextStyle st;
    st.Face = (layout::FaceId)(b % ShapedMetrics::kFaces);
    st.Size = sizes[(b / ShapedMetrics::kFaces) % 5];
    st.Unbreakable = (b & 0x80) != 0;
    st.Link = (b & 0x40) ? 0 : -1;
    return st;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 3) return 0;
    static const char* languages[] = {"", "ar", "th", "he"};
    layout::LayoutJob job;
    job.Width = data[0] * 3.0f;
    job.Dir = (data[1] & 3) == 1 ? layout::Direction::Ltr : (data[1] & 3) == 2 ? layout::Direction::Rtl : layout::Direction::Auto;
    job.Alignment = ((data[1] >> 2) & 3) == 1 ? layout::Align::Justify : ((data[1] >> 2) & 3) == 2 ? layout::Align::Center : layout::Align::Left;
    job.Wrap = (data[1] & 0x10) == 0;
    job.Language = languages[(data[1] >> 5) & 3];
    layout::TextStyle style = StyleOf(data[2]);
    std::string run;
    for (size_t i = 3; i < size; ++i) {
        if (data[i] == 0x1E && i + 1 < size) {
            job.Append(run, style);
            run.clear();
            style = StyleOf(data[++i]);
            continue;
        }
        run += (char)data[i];
    }
    job.Append(run, style);

    const layout::Galley g = layout::Layout(job, Metrics());
    const std::string problem = galley_check::GalleyProblem(g);
    if (!problem.empty()) {
        std::fprintf(stderr, "fuzz_text_layout: %s\n", problem.c_str());
        __builtin_trap();
    }
    return 0;
}
