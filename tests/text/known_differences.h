// Every case of the Unicode conformance files where Folio's bidi or line breaking differs from the file, by line
// number, with the reason: the one place these are listed. A failure not listed here fails the suite, and so does
// a listed line that passes (the list must stay true).
#pragma once
#include <set>

namespace folio::text_tests {

struct KnownDifference {
    unsigned Line;       // line number in the file (1-based)
    const char* Reason;
};

std::set<unsigned> KnownBidiCharacterTest();
std::set<unsigned> KnownBidiTest();
std::set<unsigned> KnownLineBreakTest();

} // namespace folio::text_tests
