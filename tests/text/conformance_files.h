// Reading the Unicode conformance files (Debian's unicode-data: BidiCharacterTest.txt, BidiTest.txt,
// auxiliary/LineBreakTest.txt) line by line, and the counts each conformance test prints.
#pragma once
#include <cstdint>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace folio::text_tests {

// The folder holding the files (FOLIO_UNICODE_DATA_DIR, /usr/share/unicode by default).
std::string UnicodeFile(const std::string& name);

// Hex code points separated by spaces ("05D0 0020 0031").
std::vector<uint32_t> ParseCodePoints(const std::string& field);

// Splits at ';' (fields keep their spaces).
std::vector<std::string> SplitFields(const std::string& line);

// What a conformance run found: cases run, failing line numbers, those not listed as known, and listed ones that
// passed (a stale list). Report() prints "NAME: N of M cases pass ..." and the first 20 unexpected failures.
struct Tally {
    explicit Tally(std::string name) : Name(std::move(name)) {}
    std::string Name;
    size_t Cases = 0;
    std::set<unsigned> FailedLines;     // every failing case's line (a line may hold several cases)
    size_t FailedCases = 0;
    std::map<unsigned, std::string> Details; // each failing line's first case, described (unexpected ones are printed)
    std::set<unsigned> Unexpected;      // failing, not in the known list
    std::set<unsigned> Stale;           // in the known list, passing
    void Finish(const std::set<unsigned>& known);
    void Report() const;
};

} // namespace folio::text_tests
