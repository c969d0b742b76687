// Break opportunities between two characters.
#include "layout/line_breaks.h"

namespace folio::layout {

bool IsBreakingSpace(uint32_t cp) {
    return cp == ' ' || cp == '\t' || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x2006) || (cp >= 0x2008 && cp <= 0x200A) ||
           cp == 0x205F || cp == 0x3000 || cp == 0x200B;
}

bool IsCjk(uint32_t cp) {
    return (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0x3040 && cp <= 0x30FF) ||
           (cp >= 0x3100 && cp <= 0x31FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
           (cp >= 0x20000 && cp <= 0x3FFFF);
}

// Closing punctuation and small kana, which must not start a line (kinsoku), and the Latin closers.
static bool NoBreakBefore(uint32_t cp) {
    switch (cp) {
    case 0x3001: case 0x3002: case 0xFF0C: case 0xFF0E: case 0xFF1A: case 0xFF1B: case 0xFF1F: case 0xFF01:
    case 0x300D: case 0x300F: case 0x3011: case 0x3015: case 0x3009: case 0x300B: case 0xFF09: case 0xFF3D:
    case 0xFF5D: case 0x30FC: case 0x3005: case 0x3041: case 0x3043: case 0x3045: case 0x3047: case 0x3049:
    case 0x3063: case 0x3083: case 0x3085: case 0x3087: case 0x30A1: case 0x30A3: case 0x30A5: case 0x30A7:
    case 0x30A9: case 0x30C3: case 0x30E3: case 0x30E5: case 0x30E7: case 0x30FB:
    case '.': case ',': case ':': case ';': case '!': case '?': case ')': case ']': case '}':
    case 0x2019: case 0x201D: case 0x00BB: case 0x2026:
        return true;
    }
    return false;
}

// Opening punctuation, which must not end a line.
static bool NoBreakAfter(uint32_t cp) {
    switch (cp) {
    case 0x300C: case 0x300E: case 0x3010: case 0x3014: case 0x3008: case 0x300A: case 0xFF08: case 0xFF3B:
    case 0xFF5B: case '(': case '[': case '{': case 0x2018: case 0x201C: case 0x00AB:
        return true;
    }
    return false;
}

static bool IsLetterOrDigit(uint32_t cp) {
    return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp <= 0x24F) ||
           (cp >= 0x370 && cp <= 0x3FF) || (cp >= 0x400 && cp <= 0x52F);
}

bool IsGlue(uint32_t cp) {
    return cp == 0x00A0 || cp == 0x2007 || cp == 0x2011 || cp == 0x202F || cp == 0x2060 || cp == 0xFEFF;
}

static bool IsDigit(uint32_t cp) { return cp >= '0' && cp <= '9'; }

bool BreakAfter(uint32_t cp, uint32_t prev, uint32_t next) {
    if (next == 0 || NoBreakAfter(cp)) return false;
    if (IsGlue(cp) || IsGlue(next)) return false; // no-break spaces and word joiners hold their neighbours
    if (IsBreakingSpace(cp)) return !IsBreakingSpace(next); // after the last of a run of spaces
    if (NoBreakBefore(next)) return false;
    if (IsCjk(cp) || IsCjk(next)) return true;
    // Hyphen between letters ("anti-Russian"), and dashes, which may end a line.
    if (cp == '-') return IsLetterOrDigit(prev) && IsLetterOrDigit(next);
    if (cp == 0x2013) return !(IsDigit(prev) && IsDigit(next)); // a range ("1–2", "1990–95") stays whole
    if (cp == 0x2010 || cp == 0x2014) return true;
    // Inside URLs and paths: after a slash, unless another slash follows ("https://").
    if (cp == '/') return next != '/' && prev != 0 && !IsBreakingSpace(prev);
    return false;
}

} // namespace folio::layout
