// BreakAfter: where a line may end, and where it must not (no-break spaces, word joiners, numeric ranges).
#include "fake_metrics.h"
#include "layout/layout.h"
#include "layout/line_breaks.h"

#include <doctest/doctest.h>

using namespace folio::layout;

static std::vector<std::string> Lines(const std::string& text, float width) {
    LayoutJob j;
    j.Append(text, TextStyle{0, 10.0f, 0, -1});
    j.Width = width;
    std::vector<std::string> out;
    const Galley g = Layout(j, FakeMetrics());
    for (const Line& l : g.Lines) out.push_back(g.Text.substr(l.Begin, l.End - l.Begin));
    return out;
}

TEST_CASE("spaces, dashes and hyphens between letters are break opportunities") {
    CHECK(BreakAfter(' ', 'a', 'b'));
    CHECK(BreakAfter(0x2014, 'a', 'b'));     // em dash
    CHECK(BreakAfter(0x2013, 'a', 'b'));     // en dash between words
    CHECK(BreakAfter('-', 'a', 'b'));
    CHECK_FALSE(BreakAfter('a', ' ', 'b'));
    CHECK_FALSE(BreakAfter(' ', 'a', ' '));  // only after the last of a run of spaces
}

TEST_CASE("no break next to a no-break space or a word joiner, nor inside a numeric range") {
    for (uint32_t glue : {0x00A0u, 0x202Fu, 0x2060u}) {
        CAPTURE(glue);
        CHECK_FALSE(BreakAfter(glue, 'a', 'b'));
        CHECK_FALSE(BreakAfter('a', 'x', glue));
        CHECK_FALSE(BreakAfter(0x2013, 'a', glue)); // a dash before a joiner holds on to what follows
        CHECK_FALSE(BreakAfter(0x2014, 'a', glue));
    }
    CHECK_FALSE(BreakAfter(0x2013, '1', '2'));      // "1–2"
    CHECK_FALSE(BreakAfter(0x2013, '0', '9'));      // "1990–95"
}

TEST_CASE("a reading time with no-break spaces and word joiners wraps as one unit") {
    // "ab 1–2 min" with the dash joined and the spaces no-break: "ab " is 25 px, the rest 70 px held together (the
    // joiners take no room); at 80 px the line breaks after "ab ", never after the dash or before "min".
    const std::string nbsp = "\xC2\xA0", wj = "\xE2\x81\xA0", dash = "\xE2\x80\x93";
    CHECK(Lines("ab 1" + wj + dash + wj + "2" + nbsp + "min", 80) ==
          std::vector<std::string>{"ab ", "1" + wj + dash + wj + "2" + nbsp + "min"});
    // Without the joiners, a numeric range still stays whole.
    CHECK(Lines("ab 1" + dash + "2" + nbsp + "min", 80) == std::vector<std::string>{"ab ", "1" + dash + "2" + nbsp + "min"});
    // Between words an en dash still lets the line break.
    CHECK(Lines("ab" + dash + "cd", 30) == std::vector<std::string>{"ab" + dash, "cd"});
}
