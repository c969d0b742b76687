// UAX #14 conformance of UnibreakBreaker (with the desktop's DictionarySegmenter, as the desktop runs it): every
// case of LineBreakTest.txt, "× 0041 ÷ 0020 ×": whether a line may end after each code point but the last.
#include "conformance_files.h"
#include "known_differences.h"
#include "platform/native/dictionary_segmenter.h"
#include "platform/text/unibreak_breaker.h"

#include <doctest/doctest.h>

#include <cstdio>

using folio::layout::BreakKind;
using folio::platform::DictionarySegmenter;
using folio::platform::UnibreakBreaker;
using namespace folio::text_tests;

namespace {

// Breaks cps for lang; true when a line may end after each code point but the last exactly where expected says,
// and the last is a mandatory break. *got (if given) shows what was found.
bool Matches(const UnibreakBreaker& breaker, const std::vector<uint32_t>& cps, const char* lang,
             const std::vector<bool>& expected, std::string* got) {
    std::vector<BreakKind> breaks(cps.size());
    breaker.Breaks(cps.data(), cps.size(), lang, breaks.data());
    bool ok = breaks.back() == BreakKind::Mandatory;
    for (size_t i = 0; i + 1 < cps.size(); ++i) {
        const bool may = breaks[i] != BreakKind::None;
        if (may != expected[i]) ok = false;
        if (got != nullptr) *got += (may ? " ÷" : " ×");
    }
    return ok;
}

} // namespace

TEST_CASE("LineBreakTest.txt: every case breaks as the file says, but for the known differences") {
    std::ifstream file(UnicodeFile("auxiliary/LineBreakTest.txt"));
    REQUIRE_MESSAGE(file.good(), "cannot read " << UnicodeFile("auxiliary/LineBreakTest.txt") << " (Debian's unicode-data)");
    DictionarySegmenter segmenter;
    UnibreakBreaker breaker(&segmenter);
    Tally tally("LineBreakTest");
    size_t cj_as_id = 0;
    const std::string may_break = "\xC3\xB7", no_break = "\xC3\x97"; // ÷ ×
    std::string line;
    for (unsigned number = 1; std::getline(file, line); ++number) {
        const std::string text = line.substr(0, line.find('#'));
        if (text.find_first_not_of(" \t") == std::string::npos) continue;
        std::vector<uint32_t> cps;
        std::vector<bool> expected; // after each code point
        std::istringstream in(text);
        for (std::string token; in >> token;) {
            if (token == may_break || token == no_break) {
                if (!cps.empty()) expected.push_back(token == may_break);
            } else {
                cps.push_back(static_cast<uint32_t>(std::stoul(token, nullptr, 16)));
            }
        }
        REQUIRE_MESSAGE((!cps.empty() && expected.size() == cps.size()), "line " << number << " is not '× cp ÷ cp … ÷'");
        std::string got;
        ++tally.Cases;
        if (Matches(breaker, cps, "", expected, &got)) continue;
        if (Matches(breaker, cps, "-strict", expected, nullptr)) { // see KnownLineBreakRules()
            ++tally.FailedCases;
            ++cj_as_id;
            continue;
        }
        {
            ++tally.FailedCases;
            tally.FailedLines.insert(number);
            tally.Details.emplace(number, "got" + got + "; the file says " + text);
        }
    }
    tally.Finish(KnownLineBreakTest());
    tally.Report();
    std::printf("LineBreakTest: %zu cases differ only by class CJ taken as ID, as with any language but \"-strict\" "
                "(they pass with \"-strict\")\n", cj_as_id);
    CHECK(tally.Cases > 7000); // the whole file was read (Unicode 15.0: 7,654 cases)
    CHECK(tally.Unexpected.empty());
    CHECK(tally.Stale.empty());
}
