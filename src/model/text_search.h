// Finding text the way readers expect: case-insensitive for Latin, Greek and Cyrillic letters, typographic
// quotes, dashes and spaces found by their typed forms ("Japan's" finds "Japan’s"), and word boundaries for
// double click and long press. Offsets are bytes of the original UTF-8 text, so matches highlight it as it is; they
// fall on character boundaries as layout decodes them, malformed bytes included (each is one U+FFFD).
// Folding is one character to one: "ss" does not find "ß" (ẞ does), a precomposed "é" does not find "e" and an
// accent (U+0301), and dotless ı is its own letter (I and İ fold to i).
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace folio {

uint32_t FoldCase(uint32_t cp); // lower case for the letters of Latin-1, Latin Extended-A and Additional, Greek, Cyrillic
// What Find compares: FoldCase, and ‘ ’ ‚ ‛ ′ as ', “ ” „ ‟ ″ as ", hyphens, dashes and the minus
// (‐ ‑ ‒ – — ― −) as -, and the no-break and other Unicode spaces (U+00A0, U+2000–U+200A, U+202F, U+205F,
// U+3000) as a space.
uint32_t FoldForFind(uint32_t cp);

// Every non-overlapping occurrence of needle in haystack, compared through FoldForFind, as [begin, end) byte
// ranges of haystack.
std::vector<std::pair<uint32_t, uint32_t>> FindAll(const std::string& haystack, const std::string& needle);

// The word around byte offset `at`: letters, digits and combining marks of any script, and apostrophes and hyphens
// inside words; at a character that is none of these, that character alone. Returns [begin, end); `at` past the
// end is the last character.
std::pair<uint32_t, uint32_t> WordAt(const std::string& text, uint32_t at);

} // namespace folio
