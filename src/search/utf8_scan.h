// UTF-8 scanning for the search layer: one code point at a time, a malformed byte read as U+FFFD and skipped
// alone, so every loop over search text advances and stays in bounds.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace folio::search {

// Decodes the code point at s[i]; returns its length in bytes (at least 1), *cp U+FFFD for a malformed sequence.
inline size_t NextCodePoint(std::string_view s, size_t i, char32_t* cp) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const size_t left = s.size() - i;
    auto cont = [&](size_t k) { return k < left && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80; };
    if (c < 0x80) { *cp = c; return 1; }
    if (c >= 0xC2 && c < 0xE0 && cont(1)) { *cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3F); return 2; }
    if (c >= 0xE0 && c < 0xF0 && cont(1) && cont(2)) {
        const char32_t v = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3F);
        if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) { *cp = v; return 3; }
    }
    if (c >= 0xF0 && c < 0xF5 && cont(1) && cont(2) && cont(3)) {
        const char32_t v = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) | (s[i + 3] & 0x3F);
        if (v >= 0x10000 && v <= 0x10FFFF) { *cp = v; return 4; }
    }
    *cp = 0xFFFD;
    return 1;
}

inline void AppendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) out += static_cast<char>(c);
    else if (c < 0x800) { out += static_cast<char>(0xC0 | (c >> 6)); out += static_cast<char>(0x80 | (c & 0x3F)); }
    else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

} // namespace folio::search
