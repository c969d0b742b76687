// Layout(): line breaking, justification, line boxes, pieces and caret positions, with FakeMetrics.
#include "fake_metrics.h"
#include "layout/layout.h"

#include <doctest/doctest.h>

using namespace folio::layout;

static LayoutJob Job(const std::string& text, float width, Align align = Align::Left, float size = 10.0f) {
    LayoutJob j;
    j.Append(text, TextStyle{0, size, 0, -1});
    j.Width = width;
    j.Leading = size * 1.5f;
    j.Alignment = align;
    return j;
}

static std::vector<std::string> LineTexts(const Galley& g) {
    std::vector<std::string> out;
    for (const Line& l : g.Lines) out.push_back(g.Text.substr(l.Begin, l.End - l.Begin));
    return out;
}

TEST_CASE("words wrap at spaces; trailing spaces stay on the line they end") {
    FakeMetrics m;
    Galley g = Layout(Job("aaa bbb ccc", 75), m); // "aaa bbb" is 65 px wide; with " ccc" it would be 100
    CHECK(LineTexts(g) == std::vector<std::string>{"aaa bbb ", "ccc"});
    CHECK(g.Lines[0].Width == doctest::Approx(65));
    CHECK(g.Lines[0].EndX == doctest::Approx(70));
    CHECK(g.Lines[1].Top == doctest::Approx(15));
    CHECK(g.Height == doctest::Approx(30));
}

TEST_CASE("an empty text is one empty line") {
    FakeMetrics m;
    Galley g = Layout(Job("", 100), m);
    REQUIRE(g.Lines.size() == 1);
    CHECK(g.Lines[0].Begin == 0);
    CHECK(g.Height == doctest::Approx(15));
}

TEST_CASE("newlines force breaks, and a final newline makes an empty last line") {
    FakeMetrics m;
    Galley g = Layout(Job("ab\ncd\n", 1000), m);
    CHECK(LineTexts(g) == std::vector<std::string>{"ab", "cd", ""});
}

TEST_CASE("a word wider than the measure breaks between characters") {
    FakeMetrics m;
    Galley g = Layout(Job("https://example.com/averyveryverylongpath", 100), m);
    for (const Line& l : g.Lines) CHECK(l.Width <= 100.0f);
    CHECK(LineTexts(g)[0] == "https://");
    std::string joined;
    for (auto& t : LineTexts(g)) joined += t;
    CHECK(joined == "https://example.com/averyveryverylongpath");
}

TEST_CASE("hyphens between letters and dashes are break opportunities") {
    FakeMetrics m;
    CHECK(LineTexts(Layout(Job("anti-Russian", 60), m))[0] == "anti-");
    CHECK(LineTexts(Layout(Job("sanctions\xE2\x80\x94Russian", 110), m))[0] == "sanctions\xE2\x80\x94");
    CHECK(LineTexts(Layout(Job("x -5", 25), m))[0] == "x "); // a minus sign is not a hyphen
}

TEST_CASE("CJK text breaks between characters, but not before closing punctuation") {
    FakeMetrics m;
    // Each ideograph is 20 px: four fit in 80 px.
    Galley g = Layout(Job("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE6\x96\x87\xE7\xAB\xA0", 80), m);
    REQUIRE(g.Lines.size() == 2);
    CHECK(LineTexts(g)[0] == "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE");
    // "ab。" in 20 px: the full stop may not start a line, so it stays with the character before it.
    Galley p = Layout(Job("\xE6\x97\xA5\xE6\x9C\xAC\xE3\x80\x82", 40), m);
    CHECK(LineTexts(p)[0] == "\xE6\x97\xA5");
}

TEST_CASE("justified lines fill the measure, except the last") {
    FakeMetrics m;
    Galley g = Layout(Job("aa bb cc dd", 80, Align::Justify), m);
    REQUIRE(g.Lines.size() == 2);
    CHECK(g.Lines[0].Width == doctest::Approx(80));
    const Line& first = g.Lines[0];
    const Piece& last_piece = g.Pieces[first.FirstPiece + first.PieceCount - 1];
    CHECK(last_piece.X + 20.0f == doctest::Approx(80)); // "cc" ends at the right edge
    CHECK(g.Lines[1].Width == doctest::Approx(20));       // "dd" is left alone
}

TEST_CASE("runs become pieces; a larger run makes a taller line box") {
    FakeMetrics m;
    LayoutJob j;
    j.Append("ab ", TextStyle{0, 10, 0, -1});
    j.Append("CD", TextStyle{1, 20, 0, 3});
    j.Width = 1000;
    j.Leading = 15;
    Galley g = Layout(j, m);
    REQUIRE(g.Lines.size() == 1);
    REQUIRE(g.Pieces.size() == 2);
    CHECK(g.Pieces[1].X == doctest::Approx(25));
    CHECK(g.Runs[g.Pieces[1].RunIndex].Style.Link == 3);
    CHECK(g.Lines[0].Height == doctest::Approx(20)); // content (16 + 4) is taller than the leading
    CHECK(g.Lines[0].Baseline == doctest::Approx(16));
    CHECK(g.Pieces[0].Top == doctest::Approx(8));    // the small run sits on the same baseline
}

TEST_CASE("hit testing and carets agree") {
    FakeMetrics m;
    Galley g = Layout(Job("aaa bbb ccc", 75), m);
    CHECK(g.HitTest(0, 0) == 0);
    CHECK(g.HitTest(14, 5) == 1);
    CHECK(g.HitTest(1000, 5) == 7);        // past the end of a wrapped line: before its trailing space
    CHECK(g.HitTest(12, 20) == 9);         // second line
    CHECK(g.HitTest(1000, 1000) == 11);    // the very end
    CHECK(g.XOf(9, 1) == doctest::Approx(10));
    CHECK(g.XOf(11, 1) == doctest::Approx(30));
    CHECK(g.LineOf(8) == 1);
    CHECK(g.LineAt(16) == 1);
}

TEST_CASE("multi-byte characters get one x for all their bytes") {
    FakeMetrics m;
    Galley g = Layout(Job("\xD0\x9C\xD0\xB8", 100), m); // Cyrillic "Ми"
    CHECK(g.CharX[0] == g.CharX[1]);
    CHECK(g.CharX[2] == doctest::Approx(10));
    CHECK(g.HitTest(9, 0) == 2);
}

// Metrics whose face 0 lacks CJK: face 5 stands in for it, at its own width.
class FallbackMetrics : public FakeMetrics {
public:
    FaceId Resolve(FaceId face, uint32_t cp) const override { return IsCjk(cp) ? 5 : face; }
    float Advance(FaceId face, float size, uint32_t cp) const override { return face == 5 ? size * 3.0f : FakeMetrics::Advance(face, size, cp); }
};

TEST_CASE("characters a face lacks are measured and drawn in the fallback face") {
    FallbackMetrics m;
    Galley g = Layout(Job("ab\xE6\x97\xA5" "c", 1000), m);
    REQUIRE(g.Pieces.size() == 3);
    CHECK(g.Pieces[0].Face == 0);
    CHECK(g.Pieces[1].Face == 5);
    CHECK(g.Pieces[2].Face == 0);
    CHECK(g.Pieces[2].X == doctest::Approx(50)); // 10 + 10 + 30
}

// A fallback face far taller than the run's own (as Noto Naskh Arabic is beside Noto Serif).
class TallFallbackMetrics : public FallbackMetrics {
public:
    float Ascent(FaceId face, float size) const override { return size * (face == 5 ? 1.6f : 0.8f); }
    float Descent(FaceId face, float size) const override { return size * (face == 5 ? 0.9f : 0.2f); }
};

TEST_CASE("a line box comes from its runs' own faces: a taller fallback face's characters do not make their line taller") {
    TallFallbackMetrics m;
    // Lines of 100 px, one of them holding a CJK character drawn by the tall fallback face.
    const Galley g = Layout(Job("aaaa aaaa a\xE6\x97\xA5" "a aaaa aaaa", 100), m);
    REQUIRE(g.Lines.size() >= 2);
    int tall = -1;
    for (const Piece& p : g.Pieces)
        if (p.Face == 5) tall = g.LineOf(p.Begin);
    REQUIRE(tall > 0);
    CHECK(g.Lines[tall].Height == doctest::Approx(g.Lines[0].Height));
    CHECK(g.Lines[tall].Baseline - g.Lines[tall].Top == doctest::Approx(g.Lines[0].Baseline - g.Lines[0].Top));
    // The fallback piece still sits on the line's baseline: its box's top is its own ascent above it.
    for (const Piece& p : g.Pieces)
        if (p.Face == 5) CHECK(p.Top == doctest::Approx(g.Lines[tall].Baseline - 16.0f));
}

TEST_CASE("word joiners and zero-width spaces take no room and are left out of the drawn pieces") {
    FakeMetrics m;
    const std::string wj = "\xE2\x81\xA0", zwsp = "\xE2\x80\x8B";
    const Galley g = Layout(Job("a" + wj + "b" + zwsp + "c", 100), m);
    CHECK(g.CharX[1] == doctest::Approx(10));      // the joiner, after "a"
    CHECK(g.CharX[4] == doctest::Approx(10));      // "b" right after "a"
    CHECK(g.CharX[8] == doctest::Approx(20));      // "c" right after "b"
    CHECK(g.Lines[0].Width == doctest::Approx(30));
    REQUIRE(g.Pieces.size() == 3);                 // "a", "b", "c": a face's glyph for them is never drawn
    for (const Piece& p : g.Pieces) CHECK(p.End - p.Begin == 1);
    CHECK(g.Pieces[1].X == doctest::Approx(10));
    CHECK(g.Pieces[2].X == doctest::Approx(20));
}

TEST_CASE("an unbreakable run (inline code) is never broken inside; lines break before or after it") {
    FakeMetrics m;
    LayoutJob j;
    const TextStyle body{0, 10.0f, 0, -1};
    TextStyle code = body;
    code.Unbreakable = true;
    j.Append("see ", body);
    j.Append("src/layout/a-b c", code); // 155 px: slashes, a hyphen and a space, none of them a break
    j.Append(" now", body);
    j.Width = 170;
    j.Leading = 15;
    Galley g = Layout(j, m);
    CHECK(LineTexts(g) == std::vector<std::string>{"see ", "src/layout/a-b c ", "now"});
    // The same text as plain body text breaks at its slash and space.
    LayoutJob plain;
    plain.Append("see src/layout/a-b c now", body);
    plain.Width = 170;
    CHECK(LineTexts(Layout(plain, m))[0] == "see src/layout/a-");
    // Wider than the whole measure, it breaks where any text would (at its space and slashes), not mid-word.
    j.Width = 100;
    CHECK(LineTexts(Layout(j, m)) == std::vector<std::string>{"see src/", "layout/a-b ", "c now"});
}

TEST_CASE("a job that does not wrap keeps each line whole however wide, and sets tabs on stops") {
    FakeMetrics m;
    LayoutJob j;
    j.Append("int main() { return 0; }\n\tx\nab\tc", TextStyle{0, 10.0f, 0, -1});
    j.Width = 50;
    j.Leading = 15;
    j.Wrap = false;
    j.Alignment = Align::Justify; // never justified
    Galley g = Layout(j, m);
    CHECK(LineTexts(g) == std::vector<std::string>{"int main() { return 0; }", "\tx", "ab\tc"});
    CHECK(g.InkWidth == doctest::Approx(g.Lines[0].Width));
    CHECK(g.InkWidth > 150.0f);
    // Tab stops every four spaces (20 px): "\t" takes 20, "ab" (20) + "\t" reaches 40.
    CHECK(g.CharX[g.Text.find('x')] == doctest::Approx(20));
    CHECK(g.CharX[g.Text.rfind('c')] == doctest::Approx(40));
    // The cache tells wrapped and unwrapped jobs apart.
    LayoutJob wrapped = j;
    wrapped.Wrap = true;
    CHECK(wrapped.Hash() != j.Hash());
    CHECK(Layout(wrapped, m).Lines.size() > 3);
}

TEST_CASE("a line separator (U+2028) or paragraph separator (U+2029) ends a line as a newline does") {
    FakeMetrics m;
    const Galley g = Layout(Job("ab\xE2\x80\xA8" "cd\xE2\x80\xA9" "ef", 1000), m);
    REQUIRE(g.Lines.size() == 3);
    CHECK(g.Lines[0].End == 2); // the separator, like a '\n', is not on the line it ends
    CHECK(g.Lines[1].Begin == 5);
    CHECK(g.Lines[2].Begin == 10);
    CHECK(g.Lines[0].Width == doctest::Approx(20));
    for (const Piece& p : g.Pieces) CHECK(g.Text.compare(p.Begin, 1, "\xE2") != 0); // never drawn
}
