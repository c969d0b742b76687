// libFuzzer target: any bytes as a source photo, through MakePhotoVariants (cli/photo.h) with a low pixel cap (a
// megapixel, 2,048 a side), so a run spends its time in the loaders' parsing rather than in resizing. Either an error
// naming the file, or variants that are what they claim: each of the type its name says, named by its bytes, no
// wider than the photo, in the ladder's order, with a ThumbHash the decoder takes. Build with -DFOLIO_FUZZ=ON and
// clang (tests/fuzz/README.md); run: fuzz_photo CORPUS_DIR.
#include "cli/media.h"
#include "cli/photo.h"
#include "model/thumbhash.h"

#include <cstdint>
#include <string>
#include <vector>

using namespace folio;
using namespace folio::cli;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    PhotoVariants out;
    Error err;
    DecodeBounds bounds;
    bounds.MaxPixels = 1'000'000;
    bounds.MaxSide = 2048;
    if (!MakePhotoVariants("fuzz.img", bytes, &out, &err, bounds)) {
        if (err.File != "fuzz.img" || err.Reason.empty() || !out.Variants.empty()) __builtin_trap();
        return 0;
    }
    if (out.Width < 1 || out.Height < 1 || out.Width > bounds.MaxSide || out.Height > bounds.MaxSide) __builtin_trap();
    if (out.SourceType != ImageKindOf(bytes)) __builtin_trap();
    const std::vector<int> widths = LadderWidths(out.Width);
    const size_t types = PhotoVariantTypes().size();
    if (out.Variants.size() != types * widths.size()) __builtin_trap();
    for (size_t i = 0; i < out.Variants.size(); ++i) {
        const PhotoVariant& v = out.Variants[i];
        if (v.Type != PhotoVariantTypes()[i % types] || v.Width != widths[i / types] || v.Width > out.Width || v.Height < 1) __builtin_trap();
        if (ImageKindOf(v.Bytes) != v.Type || v.Path != MediaPathOf(v.Bytes, v.Type) || v.Size != v.Bytes.size()) __builtin_trap();
    }
    int w = 0, h = 0;
    std::vector<uint8_t> rgba;
    std::string why;
    if (!ThumbHashToRgba(out.ThumbHash, &w, &h, &rgba, &why)) __builtin_trap();
    return 0;
}
