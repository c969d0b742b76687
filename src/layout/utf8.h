// UTF-8 stepping for the layout layer. Text reaching layout was cleaned by the model (valid UTF-8).
#pragma once
#include <cstddef>
#include <cstdint>

namespace folio::layout {

// Decodes the code point at s[i] (i < n) and returns the index after it. Malformed bytes decode as U+FFFD.
inline size_t DecodeUtf8(const char* s, size_t i, size_t n, uint32_t* cp) {
    const unsigned char c = (unsigned char)s[i];
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > n) { *cp = 0xFFFD; return i + 1; }
    uint32_t v = len == 1 ? c : c & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) {
        const unsigned char cc = (unsigned char)s[i + k];
        if ((cc & 0xC0) != 0x80) { *cp = 0xFFFD; return i + 1; }
        v = (v << 6) | (cc & 0x3F);
    }
    *cp = v;
    return i + len;
}

} // namespace folio::layout
