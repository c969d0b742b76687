// UAX #9 conformance of FribidiResolver: every case of BidiCharacterTest.txt (code points, paragraph direction,
// resolved paragraph level, levels after L1, visual order) and of BidiTest.txt (bidi classes, each stood for by
// one character of that class, for each paragraph direction of the case's bitset).
#include "conformance_files.h"
#include "known_differences.h"
#include "platform/text/fribidi_resolver.h"

#include <doctest/doctest.h>

#include <map>

using folio::layout::Direction;
using folio::platform::FribidiResolver;
using namespace folio::text_tests;

namespace {

// Runs one paragraph; true when the paragraph level (if expected >= 0), the levels ('x': -1, not compared) and the
// visual order of the characters without 'x' all match.
bool RunCase(const FribidiResolver& bidi, const std::vector<uint32_t>& cps, Direction dir, int expected_paragraph,
             const std::vector<int>& expected_levels, const std::vector<unsigned>& expected_order, std::string* why) {
    const size_t n = cps.size();
    std::vector<uint8_t> levels(n), line_levels(n);
    std::vector<uint32_t> visual(n);
    const uint8_t paragraph = bidi.ResolveLevels(cps.data(), n, dir, levels.data());
    bidi.ReorderLine(cps.data(), levels.data(), 0, n, paragraph, line_levels.data(), visual.data());
    std::ostringstream out;
    bool ok = expected_paragraph < 0 || paragraph == expected_paragraph;
    for (size_t i = 0; i < n; ++i)
        if (expected_levels[i] >= 0 && expected_levels[i] != line_levels[i]) ok = false;
    std::vector<unsigned> order;
    for (uint32_t v : visual)
        if (expected_levels[v] >= 0) order.push_back(v);
    if (order != expected_order) ok = false;
    if (!ok) {
        out << "paragraph " << int(paragraph) << " levels";
        for (uint8_t l : line_levels) out << ' ' << int(l);
        out << " order";
        for (unsigned v : order) out << ' ' << v;
        *why = out.str();
    }
    return ok;
}

std::vector<int> ParseLevels(const std::string& field) {
    std::vector<int> levels;
    std::istringstream in(field);
    std::string item;
    while (in >> item) levels.push_back(item == "x" ? -1 : std::stoi(item));
    return levels;
}

std::vector<unsigned> ParseOrder(const std::string& field) {
    std::vector<unsigned> order;
    std::istringstream in(field);
    unsigned v;
    while (in >> v) order.push_back(v);
    return order;
}

} // namespace

TEST_CASE("BidiCharacterTest.txt: every case resolves and reorders as the file says") {
    std::ifstream file(UnicodeFile("BidiCharacterTest.txt"));
    REQUIRE_MESSAGE(file.good(), "cannot read " << UnicodeFile("BidiCharacterTest.txt") << " (Debian's unicode-data)");
    FribidiResolver bidi;
    Tally tally("BidiCharacterTest");
    std::string line;
    for (unsigned number = 1; std::getline(file, line); ++number) {
        if (line.empty() || line[0] == '#') continue;
        const auto fields = SplitFields(line);
        REQUIRE_MESSAGE(fields.size() >= 5, "line " << number << " has " << fields.size() << " fields");
        const auto cps = ParseCodePoints(fields[0]);
        const int dir_field = std::stoi(fields[1]);
        const Direction dir = dir_field == 0 ? Direction::Ltr : dir_field == 1 ? Direction::Rtl : Direction::Auto;
        std::string why;
        ++tally.Cases;
        if (!RunCase(bidi, cps, dir, std::stoi(fields[2]), ParseLevels(fields[3]), ParseOrder(fields[4]), &why)) {
            ++tally.FailedCases;
            tally.FailedLines.insert(number);
            tally.Details.emplace(number, "got " + why);
        }
    }
    tally.Finish(KnownBidiCharacterTest());
    tally.Report();
    CHECK(tally.Cases > 90000); // the whole file was read (Unicode 15.0: 91,707 cases)
    CHECK(tally.Unexpected.empty());
    CHECK(tally.Stale.empty());
}

TEST_CASE("BidiTest.txt: every class sequence resolves and reorders as the file says, in each paragraph direction") {
    std::ifstream file(UnicodeFile("BidiTest.txt"));
    REQUIRE_MESSAGE(file.good(), "cannot read " << UnicodeFile("BidiTest.txt") << " (Debian's unicode-data)");
    // One character of each bidi class (UAX #9 table 4).
    const std::map<std::string, uint32_t> representative = {
        {"L", 'a'}, {"R", 0x05D0}, {"AL", 0x0627}, {"EN", '1'}, {"ES", '+'}, {"ET", '$'}, {"AN", 0x0661},
        {"CS", ','}, {"NSM", 0x0300}, {"BN", 0x00AD}, {"B", 0x2029}, {"S", '\t'}, {"WS", ' '}, {"ON", '!'},
        {"LRE", 0x202A}, {"RLE", 0x202B}, {"PDF", 0x202C}, {"LRO", 0x202D}, {"RLO", 0x202E}, {"LRI", 0x2066},
        {"RLI", 0x2067}, {"FSI", 0x2068}, {"PDI", 0x2069}};
    FribidiResolver bidi;
    Tally tally("BidiTest");
    std::vector<int> levels;
    std::vector<unsigned> order;
    std::string line;
    for (unsigned number = 1; std::getline(file, line); ++number) {
        if (line.empty() || line[0] == '#') continue;
        if (line.rfind("@Levels:", 0) == 0) { levels = ParseLevels(line.substr(8)); continue; }
        if (line.rfind("@Reorder:", 0) == 0) { order = ParseOrder(line.substr(9)); continue; }
        if (line[0] == '@') continue;
        const auto fields = SplitFields(line);
        REQUIRE_MESSAGE(fields.size() == 2, "line " << number << " is not 'classes; bitset'");
        std::vector<uint32_t> cps;
        std::istringstream classes(fields[0]);
        for (std::string name; classes >> name;) {
            auto it = representative.find(name);
            REQUIRE_MESSAGE(it != representative.end(), "line " << number << ": unknown bidi class " << name);
            cps.push_back(it->second);
        }
        REQUIRE_MESSAGE(levels.size() == cps.size(), "line " << number << ": @Levels has " << levels.size() << " entries");
        const int bits = std::stoi(fields[1]);
        const std::pair<int, Direction> directions[] = {{1, Direction::Auto}, {2, Direction::Ltr}, {4, Direction::Rtl}};
        for (const auto& [bit, dir] : directions) {
            if (!(bits & bit)) continue;
            std::string why;
            ++tally.Cases;
            if (!RunCase(bidi, cps, dir, -1, levels, order, &why)) {
                ++tally.FailedCases;
                tally.FailedLines.insert(number);
                tally.Details.emplace(number, "bit " + std::to_string(bit) + ": got " + why);
            }
        }
    }
    tally.Finish(KnownBidiTest());
    tally.Report();
    CHECK(tally.Cases > 700000); // the whole file was read (Unicode 15.0: 770,241 line and direction pairs)
    CHECK(tally.Unexpected.empty());
    CHECK(tally.Stale.empty());
}

TEST_CASE("Mirror gives the paired bracket (rule L4) and leaves other characters") {
    FribidiResolver bidi;
    CHECK(bidi.Mirror('(') == ')');
    CHECK(bidi.Mirror(']') == '[');
    CHECK(bidi.Mirror(0x00AB) == 0x00BB); // « »
    CHECK(bidi.Mirror(0x2264) == 0x2265); // ≤ ≥
    CHECK(bidi.Mirror('a') == 'a');
    CHECK(bidi.Mirror(0x05D0) == 0x05D0);
}

TEST_CASE("Auto direction follows the first strong character; an empty paragraph keeps the asked direction") {
    FribidiResolver bidi;
    const std::vector<uint32_t> hebrew_first = {'1', ' ', 0x05E9, 0x05DC, ' ', 'a'};
    std::vector<uint8_t> levels(hebrew_first.size());
    CHECK(bidi.ResolveLevels(hebrew_first.data(), hebrew_first.size(), Direction::Auto, levels.data()) == 1);
    const std::vector<uint32_t> latin_first = {'a', ' ', 0x05E9};
    CHECK(bidi.ResolveLevels(latin_first.data(), latin_first.size(), Direction::Auto, levels.data()) == 0);
    CHECK(bidi.ResolveLevels(nullptr, 0, Direction::Rtl, levels.data()) == 1);
    CHECK(bidi.ResolveLevels(nullptr, 0, Direction::Auto, levels.data()) == 0);
    // AutoRtl: the first strong character as Auto does, else right to left (figures alone in an RTL article).
    CHECK(bidi.ResolveLevels(latin_first.data(), latin_first.size(), Direction::AutoRtl, levels.data()) == 0);
    CHECK(bidi.ResolveLevels(hebrew_first.data(), hebrew_first.size(), Direction::AutoRtl, levels.data()) == 1);
    const std::vector<uint32_t> figures = {'2', '0', '2', '4', ' ', '-', ' ', '5'};
    std::vector<uint8_t> figure_levels(figures.size());
    CHECK(bidi.ResolveLevels(figures.data(), figures.size(), Direction::Auto, figure_levels.data()) == 0);
    CHECK(bidi.ResolveLevels(figures.data(), figures.size(), Direction::AutoRtl, figure_levels.data()) == 1);
    CHECK(figure_levels[0] == 2); // European digits in a right-to-left paragraph: level 2 (I2)
    CHECK(bidi.ResolveLevels(nullptr, 0, Direction::AutoRtl, levels.data()) == 1);
}
