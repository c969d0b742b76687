// ThumbHash: a photo's placeholder in about 25 bytes (Evan Wallace's published algorithm, as the reference
// `thumbhash` npm package computes it): the encoder the bundle tool runs on a photo shrunk to 100 x 100 at most,
// the decoder the viewers draw while the photo loads, and the average colour and aspect ratio read from the
// header alone. The arithmetic follows the reference step for step, so given the same cosine the hashes and
// placeholders are the reference's bytes (tests/thumbhash/). The cosine's last bit is the maths library's own
// (V8's and glibc's differ for a few angles); it moves only the nibble of a DCT term that is exactly zero (a solid
// colour, a symmetric image), where the hash then differs from one made in a browser, and the placeholders stay
// within 1 per channel. Errors are values: a hostile or truncated hash is refused, and nothing it says can make
// the decoder allocate more than a 32 x 32 image.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace folio {

// The largest image the encoder takes, per side (the algorithm's bound: larger images gain nothing).
constexpr int kThumbHashMaxSide = 100;
// The largest image the decoder makes, per side.
constexpr int kThumbHashDecodedSide = 32;

// Encodes width x height pixels, row by row, 4 bytes each (RGBA, not premultiplied), rgba_size bytes in all.
// Refuses (false, *why says why) a side of 0 or above kThumbHashMaxSide, or a size other than width*height*4.
bool ThumbHashFromRgba(int width, int height, const uint8_t* rgba, size_t rgba_size, std::vector<uint8_t>* hash,
                       std::string* why);

// Decodes a hash to its placeholder image (at most 32 x 32, the reference's size for it): *width, *height and
// RGBA pixels, not premultiplied. Refuses a hash shorter or longer than its header says, or whose header names
// an empty image; on refusal the outputs are left alone.
bool ThumbHashToRgba(const std::vector<uint8_t>& hash, int* width, int* height, std::vector<uint8_t>* rgba,
                     std::string* why);

// The original image's approximate width / height, from the header (what layout reserves before any pixel).
// Refuses a hash too short for a header, or one whose ratio is zero or infinite.
bool ThumbHashAspectRatio(const std::vector<uint8_t>& hash, double* ratio, std::string* why);

// The average colour, each channel from 0 to 1, not premultiplied.
struct ThumbHashColor {
    double R = 0, G = 0, B = 0, A = 0;
};
// Refuses a hash too short for its header (6 bytes with alpha, 5 without).
bool ThumbHashAverageRgba(const std::vector<uint8_t>& hash, ThumbHashColor* color, std::string* why);

} // namespace folio
