// Finding text the way readers expect: case-insensitive for Latin, Greek and Cyrillic letters, and word
// boundaries for double-click selection. Offsets are bytes of UTF-8 text.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace folio {

uint32_t FoldCase(uint32_t cp); // lower case for the letters of Latin-1, Latin Extended-A, Greek and Cyrillic

// Every non-overlapping occurrence of needle in haystack, as [begin, end) byte ranges of haystack.
std::vector<std::pair<uint32_t, uint32_t>> FindAll(const std::string& haystack, const std::string& needle);

// The word around byte offset `at`: letters, digits, apostrophes and hyphens inside words. Returns [begin, end).
std::pair<uint32_t, uint32_t> WordAt(const std::string& text, uint32_t at);

} // namespace folio
