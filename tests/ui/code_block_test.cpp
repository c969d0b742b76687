// Code in the reader, with fake metrics: inline code in the monospace face and never broken inside, a code block's
// item (its lines kept, never wrapped, on a panel), its sideways scroll (Shift+wheel, a sideways wheel, a sideways
// touch drag, Find), hit testing through the scroll, and copying it with its line breaks.
#include "fake_documents.h"
#include "ui/faces.h"
#include "ui/reader_view.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::ui;
using namespace folio::ui::test;

namespace {

constexpr float kPhone = 390.0f, kHeight = 844.0f;
const std::string kLongLine = "folio-bundle build assets/sources -o build/web/bundle --title \"Folio sample bundle\" "
                              "--language en --today 2026-01-01 --force # needle at the far end";
const std::string kCode = "# build the sample\n" + kLongLine + "\n\tdone";

Article CodeArticle() {
    Article a;
    a.Id = "code";
    a.Headline = "Code";
    a.DatePublished = "2026-03-22T10:00:00Z";
    Block p;
    p.Text.Spans = {Span{"Run ", SpanRegular, {}}, Span{"src/layout/line_breaks.cpp", SpanCode, {}},
                    Span{" to check it, then read on.", SpanRegular, {}}};
    Block code;
    code.Type = BlockType::Code;
    code.Text = RichText::Plain(kCode);
    code.CodeLanguage = "sh";
    Block after;
    after.Text = RichText::Plain("After the code.");
    a.Body = {p, code, after};
    return a;
}

int CodeItem(const Document& doc) {
    for (int i = 0; i < (int)doc.Items.size(); ++i)
        if (doc.Items[i].Code) return i;
    return -1;
}

ReaderView PhoneView(DocFixture& f) {
    ReaderView v;
    v.SetViewport(kPhone, kHeight, 0.0f);
    v.SetDocument(BuildArticleDocument(CodeArticle(), {}, f.Context(kPhone)), false);
    return v;
}

PointerInput At(const ReaderView& v, float x, float doc_y, bool touch) {
    PointerInput in;
    in.X = x;
    in.Y = doc_y - v.ScrollY();
    in.Hovered = true;
    in.Touch = touch;
    in.Dt = 1.0f / 60.0f;
    return in;
}

} // namespace

TEST_CASE("inline code is set in the monospace face and no line breaks inside it, at any phone or desktop width") {
    DocFixture f;
    int checked = 0;
    for (float width = 280.0f; width <= 1200.0f; width += 7.0f) {
        const Document doc = BuildArticleDocument(CodeArticle(), {}, f.Context(width));
        const int i = ItemWithText(doc, "Run src/layout/line_breaks.cpp to check it, then read on.");
        REQUIRE(i >= 0);
        const layout::Galley& g = *doc.Items[i].Galley;
        const layout::Run* code = nullptr;
        for (const layout::Run& r : g.Runs)
            if (r.Style.Unbreakable) code = &r;
        REQUIRE(code != nullptr);
        CHECK(code->Style.Face == Mono);
        CHECK(g.Text.substr(code->Begin, code->End - code->Begin) == "src/layout/line_breaks.cpp");
        // Narrower than the code itself (26 characters, an em each with fake metrics): it must break somewhere, as any
        // word wider than the measure does.
        if (g.Width < 26.0f * code->Style.Size) continue;
        ++checked;
        for (const layout::Line& l : g.Lines) CHECK_FALSE((l.Begin > code->Begin && l.Begin < code->End));
    }
    CHECK(checked > 20);
}

TEST_CASE("a code block is one item on a panel: its lines kept as written, never wrapped, in the monospace face") {
    DocFixture f;
    const Document doc = BuildArticleDocument(CodeArticle(), {}, f.Context(kPhone));
    const int i = CodeItem(doc);
    REQUIRE(i >= 0);
    const DocItem& item = doc.Items[i];
    CHECK(item.Galley->Text == kCode);
    CHECK(item.Galley->Lines.size() == 3);
    CHECK(item.Fill == TestColors().CodeBackground);
    CHECK(item.Galley->Runs[0].Style.Face == Mono);
    CHECK(item.W <= kPhone - 2.0f * kCodePadX);
    CHECK(item.Galley->InkWidth > item.W * 3.0f);
    CHECK(SidewaysRoom(item) == doctest::Approx(item.Galley->InkWidth - item.W));
    // The panel stays inside the screen and clear of the text around it.
    CHECK(item.X - kCodePadX >= 0.0f);
    CHECK(item.X + item.W + kCodePadX <= kPhone);
    CHECK(doc.Items[i - 1].Y + doc.Items[i - 1].H <= item.Y - kCodePadY);
    CHECK(doc.Items[i + 1].Y >= item.Y + item.H + kCodePadY);
    // Nothing else in the article scrolls sideways.
    for (int k = 0; k < (int)doc.Items.size(); ++k)
        if (k != i) CHECK(SidewaysRoom(doc.Items[k]) == 0.0f);
}

TEST_CASE("Shift+wheel and a sideways wheel over a code block scroll it sideways, within its width; elsewhere they do not") {
    DocFixture f;
    ReaderView v = PhoneView(f);
    const int i = CodeItem(v.Doc());
    const DocItem& item = v.Doc().Items[i];
    const float y = item.Y + 5.0f, room = SidewaysRoom(item);
    PointerInput shift = At(v, 100.0f, y, false);
    shift.Shift = true;
    shift.Wheel = -1.0f; // down: towards the right
    v.HandlePointer(shift);
    CHECK(v.SideScroll(i) == doctest::Approx(100.0f));
    CHECK(v.ScrollTarget() == doctest::Approx(0.0f)); // the page did not move
    PointerInput sideways = At(v, 100.0f, y, false);
    sideways.WheelH = 1.0f; // towards the left
    v.HandlePointer(sideways);
    CHECK(v.SideScroll(i) == doctest::Approx(0.0f));
    sideways.WheelH = -1000.0f;
    v.HandlePointer(sideways);
    CHECK(v.SideScroll(i) == doctest::Approx(room)); // no further than its end
    // The plain wheel over it scrolls the page; a sideways wheel over a paragraph scrolls nothing.
    PointerInput wheel = At(v, 100.0f, y, false);
    wheel.Wheel = -1.0f;
    v.HandlePointer(wheel);
    CHECK(v.ScrollTarget() == doctest::Approx(100.0f));
    CHECK(v.SideScroll(i) == doctest::Approx(room));
    PointerInput elsewhere = At(v, 100.0f, v.Doc().Items[i + 1].Y + 2.0f, false);
    elsewhere.WheelH = 1.0f;
    v.HandlePointer(elsewhere);
    CHECK(v.SideScroll(i) == doctest::Approx(room));
    for (int k = 0; k < (int)v.Doc().Items.size(); ++k)
        if (k != i) CHECK(v.SideScroll(k) == 0.0f);
}

TEST_CASE("a sideways touch drag on a code block scrolls it, not the page; a drag down it scrolls the page") {
    DocFixture f;
    ReaderView v = PhoneView(f);
    const int i = CodeItem(v.Doc());
    const float y = v.Doc().Items[i].Y + 20.0f;
    PointerInput in = At(v, 300.0f, y, true);
    in.Pressed = in.Down = true;
    v.HandlePointer(in);
    in.Pressed = false;
    in.X = 260.0f; // 40 px left, 3 px up: sideways
    in.Y -= 3.0f;
    v.HandlePointer(in);
    in.X = 100.0f;
    v.HandlePointer(in);
    CHECK(v.SideScroll(i) == doctest::Approx(200.0f));
    CHECK(v.ScrollY() == doctest::Approx(0.0f));
    in.Down = false;
    in.Released = true;
    v.HandlePointer(in);
    CHECK(v.ScrollTarget() == doctest::Approx(0.0f)); // no flick of the page after a sideways drag

    PointerInput down = At(v, 200.0f, y, true);
    down.Pressed = down.Down = true;
    v.HandlePointer(down);
    down.Pressed = false;
    down.Y -= 60.0f; // up the screen: the page scrolls down
    v.HandlePointer(down);
    CHECK(v.ScrollY() == doctest::Approx(60.0f));
    CHECK(v.SideScroll(i) == doctest::Approx(200.0f));
}

TEST_CASE("in a scrolled code block a press hits the character drawn under it, and a copy keeps the line breaks") {
    DocFixture f;
    ReaderView v = PhoneView(f);
    const int i = CodeItem(v.Doc());
    const DocItem& item = v.Doc().Items[i];
    const layout::Galley& g = *item.Galley;
    v.ScrollSideways(i, 300.0f);
    // The second line's character drawn at the panel's left edge is the one 300 px into the line.
    const float line_y = item.Y + g.Lines[1].Top + 2.0f;
    PointerInput press = At(v, item.X + 1.0f, line_y, false);
    press.Pressed = press.Down = true;
    v.HandlePointer(press);
    press.Pressed = press.Down = false;
    press.Released = true;
    v.HandlePointer(press);
    PointerInput triple = At(v, item.X + 1.0f, line_y, false);
    triple.Pressed = triple.Down = true;
    triple.Clicks = 3; // the whole block
    v.HandlePointer(triple);
    CHECK(v.SelectedText() == kCode);
    PointerInput click = At(v, item.X + 1.0f, line_y, false);
    click.Pressed = click.Down = true;
    click.Shift = false;
    v.ClearSelection();
    v.HandlePointer(click);
    click.Pressed = false;
    click.X = item.X + 1.0f + 95.0f; // a drag of 95 px along the line, all in view
    v.HandlePointer(click);
    const std::string selected = v.SelectedText();
    const size_t at = kCode.find(selected);
    REQUIRE(at != std::string::npos);
    CHECK(g.CharX[at] == doctest::Approx(300.0f).epsilon(0.05));
    // Select all copies the article with the code's lines as they are.
    v.SelectAll();
    CHECK(v.SelectedText().find(kCode) != std::string::npos);
}

TEST_CASE("Find reaches a match past a code block's edge and scrolls the block sideways to show it") {
    DocFixture f;
    ReaderView v = PhoneView(f);
    const int i = CodeItem(v.Doc());
    const DocItem& item = v.Doc().Items[i];
    REQUIRE(v.FindText("needle") == 1);
    CHECK(v.FindMatches()[0].Item == i);
    const float x = item.Galley->XOf(v.FindMatches()[0].Begin, 1);
    CHECK(x > item.W);
    CHECK(x >= v.SideScroll(i));
    CHECK(x < v.SideScroll(i) + item.W);
}
