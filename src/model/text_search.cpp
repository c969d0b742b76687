// FoldCase, FoldForFind, FindAll and WordAt over UTF-8.
#include "model/text_search.h"

namespace folio {

// One character at s[i] and its length in bytes. A byte that does not start a well-formed sequence (a lone
// continuation byte, a lead byte cut short or followed by a non-continuation byte) is one U+FFFD of one byte:
// the rule of layout::DecodeUtf8, so a match or a word begins and ends where layout's characters do.
static size_t Decode(const std::string& s, size_t i, uint32_t* cp) {
    const unsigned char c = (unsigned char)s[i];
    const size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) { *cp = 0xFFFD; return 1; }
    uint32_t v = len == 1 ? c : c & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) {
        const unsigned char cc = (unsigned char)s[i + k];
        if ((cc & 0xC0) != 0x80) { *cp = 0xFFFD; return 1; }
        v = (v << 6) | (cc & 0x3F);
    }
    *cp = v;
    return len;
}

uint32_t FoldCase(uint32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c < 0xC0) return c;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
    if (c == 0x130) return 'i';    // İ
    if (c == 0x178) return 0xFF;   // Ÿ ÿ
    if (c == 0x17F) return 's';    // long s
    if (c >= 0x100 && c <= 0x17F) {
        if (c == 0x138 || c == 0x149 || c == 0x131) return c; // ĸ, ŉ and dotless ı have no pair here
        const bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
        return odd_upper ? (c % 2 ? c + 1 : c) : (c % 2 ? c : c + 1);
    }
    if (c == 0x1E9E) return 0xDF;  // capital sharp s ẞ ß
    if (c >= 0x1E00 && c <= 0x1EFF && !(c >= 0x1E96 && c <= 0x1E9F)) return c % 2 ? c : c + 1; // Vietnamese and more
    if (c == 0x386) return 0x3AC;                           // Ά
    if (c >= 0x388 && c <= 0x38A) return c + 37;            // Έ Ή Ί
    if (c == 0x38C) return 0x3CC;                           // Ό
    if (c == 0x38E || c == 0x38F) return c + 63;            // Ύ Ώ
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
    if (c == 0x3C2) return 0x3C3; // final sigma matches sigma
    if (c >= 0x410 && c <= 0x42F) return c + 32;
    if (c >= 0x400 && c <= 0x40F) return c + 80;
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F)) return c % 2 ? c : c + 1;
    if (c == 0x4C0) return 0x4CF;                            // Ӏ
    if (c >= 0x4C1 && c <= 0x4CE) return c % 2 ? c + 1 : c;  // Ӂ ӂ … Ӎ ӎ
    return c;
}

uint32_t FoldForFind(uint32_t c) {
    switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return '-';
    case 0x00A0: case 0x202F: case 0x205F: case 0x3000: return ' ';
    }
    if (c >= 0x2000 && c <= 0x200A) return ' ';
    return FoldCase(c);
}

std::vector<std::pair<uint32_t, uint32_t>> FindAll(const std::string& hay, const std::string& needle) {
    std::vector<std::pair<uint32_t, uint32_t>> out;
    if (needle.empty()) return out;
    std::vector<uint32_t> want;
    for (size_t i = 0; i < needle.size();) {
        uint32_t cp;
        i += Decode(needle, i, &cp);
        want.push_back(FoldForFind(cp));
    }
    for (size_t start = 0; start < hay.size();) {
        size_t i = start, k = 0;
        while (k < want.size() && i < hay.size()) {
            uint32_t cp;
            const size_t len = Decode(hay, i, &cp);
            if (FoldForFind(cp) != want[k]) break;
            i += len;
            ++k;
        }
        if (k == want.size()) { out.emplace_back((uint32_t)start, (uint32_t)i); start = i; continue; }
        uint32_t cp;
        start += Decode(hay, start, &cp);
    }
    return out;
}

// Letters, digits and combining marks of every script: all but ASCII's and Latin-1's punctuation and symbols, the
// General Punctuation to Miscellaneous Symbols and Arrows blocks, CJK punctuation, the fullwidth and small forms'
// punctuation, the specials (U+FFFD among them) and the emoji and pictographs.
static bool IsWordChar(uint32_t cp) {
    if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || cp == '_';
    if (cp < 0xC0) return cp == 0xAA || cp == 0xB2 || cp == 0xB3 || cp == 0xB5 || cp == 0xB9 || cp == 0xBA; // ª ² ³ µ ¹ º
    switch (cp) {
    case 0xD7: case 0xF7:                                                   // × ÷
    case 0x37E: case 0x387: case 0x589: case 0x5BE: case 0x5C0: case 0x5C3: // Greek, Armenian, Hebrew punctuation
    case 0x5F3: case 0x5F4: case 0x60C: case 0x60D: case 0x61B: case 0x61F: // Hebrew, Arabic
    case 0x66A: case 0x66B: case 0x66C: case 0x66D: case 0x6D4:
    case 0x964: case 0x965: case 0x970: case 0xE4F: case 0xE5A: case 0xE5B: // Devanagari, Thai
        return false;
    }
    if (cp >= 0x55A && cp <= 0x55F) return false;                           // Armenian punctuation
    if (cp >= 0x2000 && cp <= 0x2BFF) return false;                         // punctuation, symbols, arrows, shapes
    if (cp >= 0x2E00 && cp <= 0x2E7F) return false;                         // supplemental punctuation
    if (cp >= 0x3000 && cp <= 0x303F) return false;                         // CJK symbols and punctuation
    if (cp >= 0xFE10 && cp <= 0xFE6F) return false;                         // vertical, compatibility and small forms
    if ((cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
        (cp >= 0xFF5B && cp <= 0xFF65))
        return false;                                                       // fullwidth punctuation
    if (cp >= 0xFFF0 && cp <= 0xFFFF) return false;                         // specials, U+FFFD
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;                       // emoji and pictographs
    return true;
}

std::pair<uint32_t, uint32_t> WordAt(const std::string& text, uint32_t at) {
    // Split into characters once, then grow from the one at `at` (an apostrophe or hyphen joins two letters).
    std::vector<std::pair<uint32_t, uint32_t>> chars; // (byte, code point)
    for (size_t i = 0; i < text.size();) {
        uint32_t cp;
        const size_t len = Decode(text, i, &cp);
        chars.emplace_back((uint32_t)i, cp);
        i += len;
    }
    size_t k = 0;
    while (k + 1 < chars.size() && chars[k + 1].first <= at) ++k;
    if (chars.empty()) return {0, 0};
    auto inner = [&](size_t j) {
        const uint32_t cp = chars[j].second;
        return (cp == '\'' || cp == 0x2019 || cp == '-') && j > 0 && j + 1 < chars.size() &&
               IsWordChar(chars[j - 1].second) && IsWordChar(chars[j + 1].second);
    };
    auto word = [&](size_t j) { return IsWordChar(chars[j].second) || inner(j); };
    if (!word(k)) return {chars[k].first, k + 1 < chars.size() ? chars[k + 1].first : (uint32_t)text.size()};
    size_t b = k, e = k;
    while (b > 0 && word(b - 1)) --b;
    while (e + 1 < chars.size() && word(e + 1)) ++e;
    return {chars[b].first, e + 1 < chars.size() ? chars[e + 1].first : (uint32_t)text.size()};
}

} // namespace folio
