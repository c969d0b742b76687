// The known differences (known_differences.h), each with its reason.
#include "known_differences.h"

#include <cstddef>

namespace folio::text_tests {

namespace {

template <std::size_t N>
std::set<unsigned> Lines(const KnownDifference (&list)[N]) {
    std::set<unsigned> lines;
    for (const KnownDifference& d : list) lines.insert(d.Line);
    return lines;
}

} // namespace

// FriBidi 1.0.16 passes every case of both bidi files (Unicode 15.0): nothing to list.
std::set<unsigned> KnownBidiCharacterTest() { return {}; }
std::set<unsigned> KnownBidiTest() { return {}; }

// LineBreakTest.txt (Unicode 15.0). Besides these lines, one rule, applied by the test itself rather than by line:
// a case that fails as Folio breaks (no language) but passes with libunibreak's "-strict" differs only by class CJ
// (small kana, the prolonged sound mark) resolved to ID, as CSS's line-break: normal does and as libunibreak does
// for every language not ending in "-strict"; the file assumes strict (CJ as NS). Folio keeps normal, the usual
// setting for Japanese news text. The test prints how many cases that rule accounts for.
// Folio's en dash tailoring (unibreak_breaker.h) changes no case of this file (none has NU U+2013 NU).
constexpr const char* kLb25 =
    "libunibreak implements LB25 by its pair rules, not the regular expression of UAX #14's Example 7 "
    "(these are libunibreak 6.1's own skips in its test_skips.h)";
constexpr KnownDifference kLineBreakTest[] = {
    {1161, kLb25},
    {1163, kLb25},
    {1165, kLb25},
    {1167, kLb25},
    {2873, kLb25},
    {2875, kLb25},
    {4425, kLb25},
    {4427, kLb25},
    {4473, kLb25},
    {4475, kLb25},
    {4597, kLb25},
    {4599, kLb25},
    {4645, kLb25},
    {4647, kLb25},
    {5109, kLb25},
    {5111, kLb25},
    {6149, kLb25},
    {6151, kLb25},
    {6153, kLb25},
    {6155, kLb25},
    {7477, kLb25},
    {7486, kLb25},
    {7491, kLb25},
    {7576, kLb25},
    {7577, kLb25},
    {7578, kLb25},
    {7579, kLb25},
    {7580, kLb25},
    {7581, kLb25},
    {7583, kLb25},
    {7584, kLb25},
    {7585, kLb25},
    {7586, kLb25},
    {7587, kLb25},
    {7681, "libunibreak resolves class XX (unassigned, here U+1F02C) to AL; the file expects the Unicode 15.0 "
           "Extended_Pictographic rule LB30b for unassigned emoji code points"},
};
std::set<unsigned> KnownLineBreakTest() { return Lines(kLineBreakTest); }

} // namespace folio::text_tests
