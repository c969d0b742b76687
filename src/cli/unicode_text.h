// Unicode-aware bits of text handling the wire importers share, through ICU: case folding for matching words
// in any script, and whether a word begins with a capital letter.
#pragma once
#include <string>

namespace folio::cli {

// The UTF-8 text with ICU's full case folding ("НОЯБРЯ" and "Ноября" both "ноября"; "Straße" "strasse"), for
// comparing words without regard to case. Invalid UTF-8 comes back folded as ICU reads it (U+FFFD for bad bytes).
std::string FoldCase(const std::string& utf8);

// Whether the first character of the UTF-8 word is an upper-case or title-case letter, in any script.
bool StartsUpper(const std::string& utf8);

// Whether the first character is a lower-case letter (a word that starts with "(" or a digit is neither).
bool StartsLower(const std::string& utf8);

} // namespace folio::cli
