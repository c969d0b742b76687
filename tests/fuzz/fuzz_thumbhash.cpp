// libFuzzer target: any bytes as a ThumbHash (model/thumbhash.h), as its base64 text (model/base64.h) and as a
// small image. A hash the decoder takes gives at most 32 x 32 pixels with one side 32, and its header readers agree
// with it; a refusal says why. Base64 that decodes encodes back to the same text. Any image the encoder takes (its
// sides from the first two bytes, its pixels the rest, repeated) gives a hash the decoder takes, with the image's
// orientation. Build with -DFOLIO_FUZZ=ON and clang (tests/fuzz/README.md); run: fuzz_thumbhash CORPUS_DIR.
#include "model/base64.h"
#include "model/thumbhash.h"

#include <cstdint>
#include <string>
#include <vector>

using namespace folio;

namespace {

// Decodes hash and checks what the decoder and the header readers say of it; returns the aspect ratio, or 0.
double CheckDecode(const std::vector<uint8_t>& hash) {
    int w = 0, h = 0;
    std::vector<uint8_t> rgba;
    std::string why;
    double ratio = 0;
    ThumbHashColor c;
    if (!ThumbHashToRgba(hash, &w, &h, &rgba, &why)) {
        if (why.empty()) __builtin_trap();
        return 0;
    }
    if (w < 1 || h < 1 || w > kThumbHashDecodedSide || h > kThumbHashDecodedSide) __builtin_trap();
    if (w != kThumbHashDecodedSide && h != kThumbHashDecodedSide) __builtin_trap();
    if (rgba.size() != (size_t)(w * h * 4)) __builtin_trap();
    if (!ThumbHashAspectRatio(hash, &ratio, &why) || !ThumbHashAverageRgba(hash, &c, &why)) __builtin_trap();
    if ((ratio > 1) != (w > h) || (ratio < 1 && w >= h)) __builtin_trap();
    for (double v : {c.R, c.G, c.B, c.A})
        if (!(v >= 0 && v <= 1)) __builtin_trap();
    return ratio;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::vector<uint8_t> bytes(data, data + size);
    CheckDecode(bytes);

    const std::string text(reinterpret_cast<const char*>(data), size);
    std::vector<uint8_t> decoded;
    if (FromBase64(text, &decoded)) {
        if (ToBase64(decoded) != text) __builtin_trap();
        CheckDecode(decoded);
    }

    if (size >= 3) {
        const int w = data[0] % kThumbHashMaxSide + 1, h = data[1] % kThumbHashMaxSide + 1;
        std::vector<uint8_t> rgba((size_t)(w * h * 4));
        for (size_t i = 0; i < rgba.size(); ++i) rgba[i] = data[2 + i % (size - 2)];
        std::vector<uint8_t> hash;
        std::string why;
        if (!ThumbHashFromRgba(w, h, rgba.data(), rgba.size(), &hash, &why)) __builtin_trap();
        const double ratio = CheckDecode(hash);
        if (ratio == 0 || (w > h && ratio < 1) || (w < h && ratio > 1) || (w == h && ratio != 1)) __builtin_trap();
        if (ThumbHashFromRgba(w, h, rgba.data(), rgba.size() - 1, &hash, &why) || why.empty()) __builtin_trap();
    }
    return 0;
}
