// FoldCase, FoldForFind, FindAll and WordAt over UTF-8.
#include "model/text_search.h"

namespace folio {

static size_t Decode(const std::string& s, size_t i, uint32_t* cp) {
    const unsigned char c = (unsigned char)s[i];
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    if (i + len > s.size()) len = 1;
    uint32_t v = len == 1 ? c : c & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) v = (v << 6) | (s[i + k] & 0x3F);
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

static bool IsWordChar(uint32_t cp) {
    return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || cp == '_' ||
           (cp >= 0xC0 && cp <= 0x2AF && cp != 0xD7 && cp != 0xF7) || (cp >= 0x370 && cp <= 0x52F) || cp >= 0x3040;
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
