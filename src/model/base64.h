// Standard base64 (RFC 4648 section 4, with padding), as a bundle's JSON carries binary data (a photo's ThumbHash).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace folio {

std::string ToBase64(const std::vector<uint8_t>& bytes);

// Refuses (false, *bytes left alone) any character outside the alphabet (whitespace included), a length that is
// not a multiple of 4, padding anywhere but at the end, and set bits after the last byte, so that each byte string
// has exactly one text.
bool FromBase64(const std::string& text, std::vector<uint8_t>* bytes);

} // namespace folio
