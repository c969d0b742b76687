// Layout with text services (bidi_layout, visual_line, galley's bidi queries), with fake services and metrics:
// reordering, mirrors, carets, hit tests, spans, right-to-left alignment and justification, shaped pieces and
// their clusters split at line breaks, mixed directions, the breaker's opportunities, and the fast path untouched.
#include "fake_services.h"
#include "layout/layout.h"

#include <doctest/doctest.h>

using namespace folio::layout;

namespace {

struct Setup {
    fake::FakeBidi bidi;
    fake::FakeShaper shaper;
    fake::FakeBreaker breaker;
    fake::FakeServices services;
    fake::ScriptMetrics m;
    explicit Setup(bool shaped = false, bool with_bidi = true) {
        services.BidiPtr = with_bidi ? &bidi : nullptr;
        services.ShaperPtr = &shaper;
        shaper.Faces.insert(2);
        m.Svc = &services;
        m.ShapeHebrew = shaped;
    }
};

LayoutJob Job(const std::string& text, float width, Align align = Align::Left, Direction dir = Direction::Auto) {
    LayoutJob j;
    j.Append(text, TextStyle{0, 10.0f, 0, -1});
    j.Width = width;
    j.Leading = 15.0f;
    j.Alignment = align;
    j.Dir = dir;
    return j;
}

// The line's fast-path pieces read left to right (an odd-level piece is one character).
std::string Visual(const Galley& g, int line) {
    std::string out;
    const Line& l = g.Lines[line];
    for (uint32_t p = l.FirstPiece; p < l.FirstPiece + l.PieceCount; ++p) out += g.Text.substr(g.Pieces[p].Begin, g.Pieces[p].End - g.Pieces[p].Begin);
    return out;
}

std::vector<std::string> LineTexts(const Galley& g) {
    std::vector<std::string> out;
    for (const Line& l : g.Lines) out.push_back(g.Text.substr(l.Begin, l.End - l.Begin));
    return out;
}

using SpanList = std::vector<std::pair<float, float>>;

} // namespace

TEST_CASE("with services, text with no right-to-left or shaped character is laid out exactly as without") {
    Setup s;
    FakeMetrics plain;
    const LayoutJob job = Job("Plain (Latin) text, 1990\xE2\x80\x93" "95, wraps here and there.", 90, Align::Justify);
    const Galley a = Layout(job, plain), b = Layout(job, s.m);
    CHECK_FALSE(b.Bidi());
    CHECK(b.CharX == a.CharX);
    CHECK(LineTexts(b) == LineTexts(a));
    REQUIRE(b.Pieces.size() == a.Pieces.size());
    for (size_t i = 0; i < a.Pieces.size(); ++i) {
        CHECK(b.Pieces[i].Begin == a.Pieces[i].Begin);
        CHECK(b.Pieces[i].X == a.Pieces[i].X);
    }
    CHECK(s.shaper.Calls == 0);
}

TEST_CASE("a Hebrew word inside a left-to-right line is reversed, one piece a character") {
    Setup s;
    const Galley g = Layout(Job("ab אבג cd", 200), s.m); // bytes: a0 b1 _2 א3 ב5 ג7 _9 c10 d11
    REQUIRE(g.Bidi());
    CHECK_FALSE(g.Rtl);
    CHECK(Visual(g, 0) == "ab גבא cd");
    CHECK(g.CharX[7] == doctest::Approx(25)); // ג leftmost of the word
    CHECK(g.CharX[3] == doctest::Approx(45)); // א rightmost
    CHECK(g.Levels[3] == 1);
    CHECK(g.Levels[2] == 0);
    // Carets: before a right-to-left character at its right edge.
    CHECK(g.XOf(3, 0) == doctest::Approx(55));
    CHECK(g.XOf(5, 0) == doctest::Approx(45));
    CHECK(g.XOf(9, 0) == doctest::Approx(55));
    CHECK(g.XOf(12, 0) == doctest::Approx(80));
    CHECK(g.Lines[0].EndX == doctest::Approx(80));
}

TEST_CASE("a selection across a direction boundary draws as several spans") {
    Setup s;
    const Galley g = Layout(Job("ab אבג cd", 200), s.m);
    SpanList spans{{-1.0f, -1.0f}}; // what a frame had already: kept
    g.Spans(1, 5, 0, &spans);        // "b א"
    CHECK(spans == SpanList{{-1.0f, -1.0f}, {10.0f, 25.0f}, {45.0f, 55.0f}});
    spans.clear();
    g.Spans(3, 9, 0, &spans); // the whole Hebrew word: one span
    CHECK(spans == SpanList{{25.0f, 55.0f}});
}

TEST_CASE("hit tests map a visual x to the logical offset of the nearest caret") {
    Setup s;
    const Galley g = Layout(Job("ab אבג cd", 200), s.m);
    CHECK(g.HitTest(47, 5) == 5);  // just right of א's left edge: after א
    CHECK(g.HitTest(53, 5) == 3);  // near its right edge: before it
    CHECK(g.HitTest(27, 5) == 9);  // left edge of ג (the word's last): after it
    CHECK(g.HitTest(12, 5) == 1);
    CHECK(g.HitTest(500, 5) == 12);
}

TEST_CASE("a right-to-left paragraph starts at the right; a Latin name in it keeps its order") {
    Setup s;
    const Galley g = Layout(Job("אבג abc", 200), s.m); // א0 ב2 ג4 _6 a7 b8 c9
    REQUIRE(g.Rtl);
    CHECK(Visual(g, 0) == "abc גבא");
    CHECK(g.CharX[7] == doctest::Approx(135));
    CHECK(g.CharX[0] == doctest::Approx(190));
    CHECK(g.XOf(0, 0) == doctest::Approx(200));
    CHECK(g.Lines[0].EndX == doctest::Approx(165)); // after "c", level 2: its right edge
    CHECK(g.HitTest(199, 5) == 0);
}

TEST_CASE("mixed names: Latin inside right-to-left, Hebrew inside left-to-right") {
    Setup s;
    CHECK(Visual(Layout(Job("הוא John Smith", 300), s.m), 0) == "John Smith אוה");
    CHECK(Visual(Layout(Job("Said אבי כהן today", 300), s.m), 0) == "Said ןהכ יבא today");
}

TEST_CASE("numbers in a right-to-left paragraph read left to right") {
    Setup s;
    const Galley g = Layout(Job("אב 123", 200), s.m); // א0 ב2 _4 1:5 2:6 3:7
    CHECK(Visual(g, 0) == "123 בא");
    CHECK(g.CharX[5] == doctest::Approx(145));
    CHECK(g.CharX[6] == doctest::Approx(155));
    CHECK(g.Levels[5] == 2);
}

TEST_CASE("brackets at an odd level are drawn by their mirror") {
    Setup s;
    const Galley g = Layout(Job("(אב)", 200), s.m); // (0 א1 ב3 )5
    REQUIRE(g.Pieces.size() == 4);
    CHECK(g.Pieces[0].Begin == 5);
    CHECK(g.Pieces[0].Substitute == '(');
    CHECK(g.Pieces[3].Begin == 0);
    CHECK(g.Pieces[3].Substitute == ')');
    CHECK(g.Pieces[1].Substitute == 0); // a letter has no mirror
    CHECK(g.Pieces[1].Level == 1);
}

TEST_CASE("right-to-left justification fills from the right; trailing spaces hang at the left") {
    Setup s;
    const Galley g = Layout(Job("אב גד הו", 50, Align::Justify), s.m); // א0 ב2 _4 ג5 ד7 _9 ה10 ו12
    REQUIRE(LineTexts(g) == std::vector<std::string>{"אב גד ", "הו"});
    CHECK(g.CharX[0] + g.CharW[0] == doctest::Approx(50));
    CHECK(g.CharX[7] == doctest::Approx(0));     // ד: the line's last ink at the left edge
    CHECK(g.CharW[4] == doctest::Approx(10));    // the widened space
    CHECK(g.CharX[9] == doctest::Approx(-5));    // the trailing space in the left margin
    CHECK(g.Lines[0].Width == doctest::Approx(50));
    CHECK(g.CharX[12] == doctest::Approx(30));   // last line: not justified, at the right
    CHECK(g.CharX[10] == doctest::Approx(40));
    CHECK(g.LineOf(9) == 0);
    CHECK(g.LineOf(10) == 1);
    CHECK(g.XOf(10, 1) == doctest::Approx(50));
    SpanList spans;
    g.Spans(0, 9, 0, &spans); // the justified ink: one span, the widened space included
    CHECK(spans == SpanList{{0.0f, 50.0f}});
}

TEST_CASE("a centred right-to-left line is centred on its ink") {
    Setup s;
    const Galley g = Layout(Job("אב", 100, Align::Center), s.m);
    CHECK(g.CharX[2] == doctest::Approx(40));
    CHECK(g.CharX[0] == doctest::Approx(50));
}

TEST_CASE("a right-to-left job of Latin text is set at the right; without a resolver it stays left to right") {
    Setup s;
    const Galley g = Layout(Job("abc", 100, Align::Left, Direction::Rtl), s.m);
    CHECK(g.Rtl);
    CHECK(g.CharX[0] == doctest::Approx(70));
    CHECK(g.Pieces.size() == 1);
    Setup no_bidi(false, false);
    const Galley h = Layout(Job("abc", 100, Align::Left, Direction::Rtl), no_bidi.m);
    CHECK_FALSE(h.Rtl);
    CHECK_FALSE(h.Bidi());
    CHECK(h.CharX[0] == doctest::Approx(0));
}

TEST_CASE("a shaped run is one piece of glyphs in visual order, its spaces in it") {
    Setup s(true);
    const Galley g = Layout(Job("שלום עולם", 200), s.m); // ש0 ל2 ו4 ם6 _8 ע9 ו11 ל13 ם15
    CHECK(s.shaper.Calls == 1);
    REQUIRE(s.shaper.Ems.size() == 1);
    CHECK(s.shaper.Ems[0] == doctest::Approx(10));
    REQUIRE(g.Pieces.size() == 1);
    const Piece& p = g.Pieces[0];
    REQUIRE(p.GlyphCount == 9);
    CHECK(p.X == doctest::Approx(133));
    CHECK(g.Glyphs[p.FirstGlyph].Glyph == 0x5DD); // the last ם at the left
    CHECK(g.Glyphs[p.FirstGlyph + 4].Glyph == ' ');
    CHECK(g.Glyphs[p.FirstGlyph + 5].X == doctest::Approx(35));
    CHECK(g.CharX[0] == doctest::Approx(192));
    CHECK(g.CharW[0] == doctest::Approx(8));
}

TEST_CASE("a shaped run broken across lines takes each line's clusters") {
    Setup s(true);
    const Galley g = Layout(Job("שלום עולם", 40), s.m);
    REQUIRE(LineTexts(g) == std::vector<std::string>{"שלום ", "עולם"});
    CHECK(s.shaper.Calls == 1); // shaped once, split by cluster
    REQUIRE(g.Lines[0].PieceCount == 1);
    REQUIRE(g.Lines[1].PieceCount == 1);
    const Piece& a = g.Pieces[g.Lines[0].FirstPiece];
    const Piece& b = g.Pieces[g.Lines[1].FirstPiece];
    CHECK(a.GlyphCount == 5);
    CHECK(a.X == doctest::Approx(5)); // 40 - 32 of ink - 3 of trailing space
    REQUIRE(b.GlyphCount == 4);
    std::vector<uint32_t> ids;
    for (uint32_t i = 0; i < b.GlyphCount; ++i) ids.push_back(g.Glyphs[b.FirstGlyph + i].Glyph);
    CHECK(ids == std::vector<uint32_t>{0x5DD, 0x5DC, 0x5D5, 0x5E2});
    CHECK(b.X == doctest::Approx(8));
    CHECK(g.Glyphs[b.FirstGlyph + 3].X == doctest::Approx(24));
}

TEST_CASE("a cluster's advance is shared among its characters; a ligature has a caret inside") {
    Setup s(true);
    const Galley g = Layout(Job("ייא", 100), s.m); // י0 י2 א4: yod yod one glyph
    REQUIRE(g.Glyphs.size() == 2);
    CHECK(g.Glyphs[1].Glyph == 0x5F2);
    CHECK(g.CharW[0] == doctest::Approx(4));
    CHECK(g.CharW[2] == doctest::Approx(4));
    CHECK(g.CharX[0] == doctest::Approx(96));
    CHECK(g.XOf(2, 0) == doctest::Approx(96));
}

TEST_CASE("a line never ends inside a cluster; marks are offset from their base") {
    Setup s(true);
    const Galley g = Layout(Job("אְבְ", 15), s.m); // letters with sheva: each pair one cluster, 8 px
    CHECK(LineTexts(g) == std::vector<std::string>{"אְ", "בְ"});
    REQUIRE(g.Pieces.size() == 2);
    CHECK(g.Pieces[0].GlyphCount == 2);
    const PlacedGlyph& mark = g.Glyphs[g.Pieces[0].FirstGlyph];
    CHECK(mark.Glyph == 0x5B0);
    CHECK(mark.Y == doctest::Approx(-2));
    CHECK(mark.X == doctest::Approx(-4));
}

TEST_CASE("a zero-width joiner stays in its base's shaped run") {
    Setup s(true);
    const Galley g = Layout(Job("א\xE2\x80\x8D" "ב", 100), s.m);
    CHECK(s.shaper.Calls == 1);
    REQUIRE(g.Pieces.size() == 1);
    CHECK(g.Pieces[0].GlyphCount == 3);
    CHECK(g.Pieces[0].Face == 2);
}

TEST_CASE("break opportunities come from the breaker when there is one") {
    Setup s;
    const std::string thai = "\xE0\xB8\x81\xE0\xB8\x82\xE0\xB8\x84\xE0\xB8\x87"; // ก ข ค ง
    FakeMetrics plain;
    CHECK(LineTexts(Layout(Job(thai, 35), plain)).size() == 2);
    CHECK(LineTexts(Layout(Job(thai, 35), plain))[0] == thai.substr(0, 9)); // no opportunity: broken where it overflows
    s.breaker.After = {0x0E02};
    s.services.BreakerPtr = &s.breaker;
    CHECK(LineTexts(Layout(Job(thai, 35), s.m)) == std::vector<std::string>{thai.substr(0, 6), thai.substr(6)});
}

TEST_CASE("each paragraph of a job takes its own direction") {
    Setup s;
    const Galley g = Layout(Job("אב\nab", 100), s.m); // א0 ב2 \n4 a5 b6
    CHECK(g.Rtl);
    CHECK(g.CharX[0] == doctest::Approx(90));
    CHECK(g.CharX[4] == doctest::Approx(80)); // the newline: at the first line's end caret
    CHECK(g.CharX[5] == doctest::Approx(0));
    CHECK(g.Levels[5] == 0);
    CHECK(g.XOf(7, 1) == doctest::Approx(20));
}

TEST_CASE("a run the shaper refuses is measured and drawn as the fast path") {
    Setup s(true);
    s.shaper.Refuse = true;
    const Galley g = Layout(Job("אב", 100), s.m);
    CHECK(g.Glyphs.empty());
    REQUIRE(g.Pieces.size() == 2);
    CHECK(g.Pieces[0].Begin == 2);
    CHECK(g.CharX[0] == doctest::Approx(90));
}

TEST_CASE("a right-to-left code line wider than the measure starts at the left edge") {
    Setup s;
    LayoutJob job = Job("אבגדה", 30);
    job.Wrap = false;
    const Galley g = Layout(job, s.m);
    CHECK(g.InkWidth == doctest::Approx(50));
    CHECK(g.CharX[8] == doctest::Approx(0));
    CHECK(g.CharX[0] == doctest::Approx(40));
}

TEST_CASE("with services, a line separator ends a line and starts a new bidi paragraph as a newline does") {
    Setup s;
    // "abc" U+2029 then Hebrew: two paragraphs, the second right to left from the right edge.
    const Galley g = Layout(Job("abc\xE2\x80\xA9\xD7\xA9\xD7\x9C", 100), s.m);
    REQUIRE(g.Lines.size() == 2);
    CHECK(g.Lines[0].End == 3);
    CHECK(g.Lines[1].Begin == 6);
    REQUIRE(g.Bidi());
    CHECK(g.Levels[6] == 1);
    CHECK(g.XOf(6, 1) == doctest::Approx(100)); // the Hebrew paragraph starts at the right
}
