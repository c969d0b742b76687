// Where lines may break: after spaces, after hyphens and dashes (not an en dash between digits: "1–2"), after a
// slash inside a URL, and around CJK characters (except before closing and after opening punctuation); never
// next to a no-break space or a word joiner. A subset of Unicode UAX #14 that covers news text in Latin, Greek,
// Cyrillic and CJK scripts.
#pragma once
#include <cstdint>

namespace folio::layout {

bool IsBreakingSpace(uint32_t cp);   // a space a line may end after (not the no-break spaces)
bool IsGlue(uint32_t cp);            // no break either side: U+00A0, U+2007, U+2011, U+202F, U+2060 word joiner, U+FEFF
bool IsCjk(uint32_t cp);             // ideographs, kana, hangul and CJK punctuation: breakable either side
bool BreakAfter(uint32_t cp, uint32_t prev, uint32_t next); // may a line end right after cp (between cp and next)?

} // namespace folio::layout
