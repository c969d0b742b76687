// Selection, copy, Find and links on right-to-left text, headless: a Hebrew article (language "he", so its jobs are
// right to left) built as a document with the layout tests' fake bidi (Hebrew letters R, digits EN, ASCII letters
// L) and fake metrics, driven through ReaderView as a reader's mouse would. A drag runs over the text as drawn,
// from the right; what it selects and copies is the text in logical order.
#include "../layout/fake_services.h"
#include "fake_documents.h"
#include "ui/reader_view.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::ui;
using namespace folio::ui::test;

namespace {

constexpr float kWidth = 900.0f, kHeight = 700.0f;

// "שלום עולם" (hello world) and "דבר" (word), in Hebrew.
const std::string kShalom = "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D", kOlam = "\xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D",
                  kDavar = "\xD7\x93\xD7\x91\xD7\xA8";

struct RtlFixture {
    fake::FakeBidi Bidi;
    fake::FakeServices Services;
    fake::ScriptMetrics Metrics;
    layout::LayoutCache Cache;
    RtlFixture() {
        Services.BidiPtr = &Bidi;
        Metrics.Svc = &Services;
    }
    // An article of one paragraph of spans (a link where href is not empty), in language.
    ReaderView View(const std::vector<Span>& spans, const std::string& language) {
        Article a;
        a.Id = "r";
        a.Language = language;
        a.Headline = kDavar;
        Block p;
        p.Text.Spans = spans;
        a.Body.push_back(p);
        DocumentContext ctx{&Metrics, 0, &Cache, TestColors(), ReaderSettings(), kWidth, 1.0f, 0.0f};
        ReaderView v;
        v.SetViewport(kWidth, kHeight, 0.0f);
        v.SetDocument(BuildArticleDocument(a, {}, ctx), false);
        return v;
    }
};

// The paragraph's item: the first text item holding text.
int ItemOf(const ReaderView& v, const std::string& text) {
    for (int i = 0; i < (int)v.Doc().Items.size(); ++i) {
        const DocItem& it = v.Doc().Items[i];
        if (it.Kind == ItemKind::Text && it.Galley->Text.find(text) != std::string::npos) return i;
    }
    return -1;
}

// A mouse press at (x, y) of the document, dragged to (x2, y) and let go.
void Drag(ReaderView& v, float x, float y, float x2, int clicks = 1) {
    PointerInput in;
    in.X = x;
    in.Y = y - v.ScrollY();
    in.Hovered = true;
    in.Dt = 1.0f / 60.0f;
    in.Pressed = in.Down = true;
    in.Clicks = clicks;
    v.HandlePointer(in);
    in.Pressed = false;
    in.X = x2;
    in.DownSeconds = 0.2f;
    v.HandlePointer(in);
    in.Down = false;
    in.Released = true;
    v.HandlePointer(in);
}

// The document x of the right and left edges of the character at byte offset of item.
float RightOf(const ReaderView& v, int item, uint32_t offset) {
    const DocItem& it = v.Doc().Items[item];
    return it.X + it.Galley->CharX[offset] + it.Galley->CharW[offset];
}
float LeftOf(const ReaderView& v, int item, uint32_t offset) { return v.Doc().Items[item].X + v.Doc().Items[item].Galley->CharX[offset]; }

} // namespace

TEST_CASE("a Hebrew article's paragraph is laid out right to left: its first word at the right") {
    RtlFixture f;
    const std::string text = kShalom + " " + kOlam;
    ReaderView v = f.View({Span{text, SpanRegular, {}}}, "he");
    const int item = ItemOf(v, text);
    REQUIRE(item >= 0);
    const layout::Galley& g = *v.Doc().Items[item].Galley;
    REQUIRE(g.Bidi());
    CHECK(g.Rtl);
    CHECK(g.CharX[0] > g.CharX[kShalom.size() + 1]); // שלום is right of עולם
    CHECK(RightOf(v, item, 0) == doctest::Approx(v.Doc().Items[item].X + v.Doc().Items[item].W)); // at the right edge
}

TEST_CASE("dragging over Hebrew from the right selects and copies it in logical order") {
    RtlFixture f;
    const std::string text = kShalom + " " + kOlam;
    ReaderView v = f.View({Span{text, SpanRegular, {}}}, "he");
    const int item = ItemOf(v, text);
    const float y = v.Doc().Items[item].Y + 5.0f;
    // From the right edge of the first letter to just inside the left edge of the third (the caret nearest is after
    // it): the first three letters, 6 bytes.
    Drag(v, RightOf(v, item, 0) - 1.0f, y, LeftOf(v, item, 4) + 1.0f);
    CHECK(v.SelectedText() == kShalom.substr(0, 6));
    Drag(v, RightOf(v, item, 0) - 1.0f, y, LeftOf(v, item, kShalom.size() + 1 + 4) + 1.0f);
    CHECK(v.SelectedText() == text.substr(0, kShalom.size() + 1 + 6)); // across the space, still logical
    // The other way round (from the left, the logical end) selects the same text.
    Drag(v, LeftOf(v, item, kShalom.size() + 1 + 4) + 1.0f, y, RightOf(v, item, 0) - 1.0f);
    CHECK(v.SelectedText() == text.substr(0, kShalom.size() + 1 + 6));
}

TEST_CASE("a Latin name inside a Hebrew sentence: a drag over the name selects it; copying the sentence keeps logical order") {
    RtlFixture f;
    const std::string text = kShalom + " Anna Lee " + kOlam;
    ReaderView v = f.View({Span{text, SpanRegular, {}}}, "he");
    const int item = ItemOf(v, text);
    const float y = v.Doc().Items[item].Y + 5.0f;
    const uint32_t anna = (uint32_t)text.find("Anna"), lee_end = (uint32_t)text.find("Lee") + 3;
    // The name reads left to right inside the right-to-left line.
    CHECK(LeftOf(v, item, anna) < LeftOf(v, item, lee_end - 1));
    Drag(v, LeftOf(v, item, anna) + 1.0f, y, RightOf(v, item, lee_end - 1) - 1.0f);
    CHECK(v.SelectedText() == "Anna Lee");
    v.SelectAll();
    CHECK(v.SelectedText().find(text) != std::string::npos); // the paragraph as written, not as drawn
}

TEST_CASE("a double click on a Hebrew word selects that word") {
    RtlFixture f;
    const std::string text = kShalom + " " + kOlam + " " + kDavar;
    ReaderView v = f.View({Span{text, SpanRegular, {}}}, "he");
    const int item = ItemOf(v, text);
    const float y = v.Doc().Items[item].Y + 5.0f;
    const uint32_t olam = (uint32_t)(kShalom.size() + 1);
    const float x = (LeftOf(v, item, olam + 2) + RightOf(v, item, olam + 2)) * 0.5f; // inside its second letter
    Drag(v, x, y, x, 2);
    CHECK(v.SelectedText() == kOlam);
}

TEST_CASE("Find matches Hebrew as written, in logical byte ranges") {
    RtlFixture f;
    const std::string text = kShalom + " " + kOlam + " " + kShalom;
    ReaderView v = f.View({Span{text, SpanRegular, {}}}, "he");
    const int item = ItemOf(v, text);
    REQUIRE(v.FindText(kShalom) == 2);
    const FindMatch first = v.FindMatches()[0], second = v.FindMatches()[1];
    CHECK(first.Item == item);
    CHECK(text.substr(first.Begin, first.End - first.Begin) == kShalom);
    CHECK(second.Begin == kShalom.size() + 1 + kOlam.size() + 1);
    // Each match is drawn where its letters are: the first at the line's right end, the second at its left.
    const layout::Galley& g = *v.Doc().Items[item].Galley;
    std::vector<std::pair<float, float>> a, b;
    g.Spans(first.Begin, first.End, 0, &a);
    g.Spans(second.Begin, second.End, 0, &b);
    REQUIRE(a.size() == 1);
    REQUIRE(b.size() == 1);
    CHECK(a[0].first > b[0].second);
}

TEST_CASE("a click on a link in a right-to-left line follows it; a click beside the line's text does not") {
    RtlFixture f;
    const std::vector<Span> spans = {Span{kShalom + " ", SpanRegular, {}}, Span{kDavar, SpanLink, "https://example.org/d"},
                                     Span{" " + kOlam, SpanRegular, {}}};
    ReaderView v = f.View(spans, "he");
    const int item = ItemOf(v, kDavar + " " + kOlam);
    REQUIRE(item >= 0);
    const float y = v.Doc().Items[item].Y + 5.0f;
    const uint32_t link = (uint32_t)(kShalom.size() + 1);
    const float x = (LeftOf(v, item, link + 2) + RightOf(v, item, link + 2)) * 0.5f;
    PointerInput in;
    in.X = x;
    in.Y = y - v.ScrollY();
    in.Hovered = true;
    in.Touch = true;
    in.Dt = 1.0f / 60.0f;
    in.Pressed = in.Down = true;
    v.HandlePointer(in);
    in.Pressed = in.Down = false;
    in.Released = true;
    CHECK(v.HandlePointer(in).LinkClicked == "https://example.org/d");
    // The line is short and set at the right: left of its text there is no link (nor anything else).
    in.X = v.Doc().Items[item].X + 5.0f;
    in.Released = false;
    in.Pressed = in.Down = true;
    v.HandlePointer(in);
    in.Pressed = in.Down = false;
    in.Released = true;
    CHECK(v.HandlePointer(in).LinkClicked.empty());
}

TEST_CASE("a block takes its own direction from its first strong letter, else the article's, as the snapshot's dir=auto") {
    RtlFixture f;
    // A Hebrew paragraph in an English article reads right to left, from the column's right edge.
    ReaderView en = f.View({Span{kShalom + " " + kOlam, SpanRegular, {}}}, "en");
    const int he_item = ItemOf(en, kShalom);
    REQUIRE(he_item >= 0);
    CHECK(en.Doc().Items[he_item].Galley->Rtl);
    CHECK(RightOf(en, he_item, 0) == doctest::Approx(en.Doc().Items[he_item].X + en.Doc().Items[he_item].W));
    // A paragraph of a Hebrew article that starts with a Latin name reads left to right.
    ReaderView latin_first = f.View({Span{"Folio " + kShalom, SpanRegular, {}}}, "he");
    const int latin_item = ItemOf(latin_first, "Folio");
    REQUIRE(latin_item >= 0);
    CHECK_FALSE(latin_first.Doc().Items[latin_item].Galley->Rtl);
    // One with no strong letter (a figure) keeps the article's direction: right to left, at the right edge.
    ReaderView figures = f.View({Span{"2024 - 2025", SpanRegular, {}}}, "he");
    const int figure_item = ItemOf(figures, "2024");
    REQUIRE(figure_item >= 0);
    CHECK(figures.Doc().Items[figure_item].Galley->Rtl);
    ReaderView en_figures = f.View({Span{"2024 - 2025", SpanRegular, {}}}, "en");
    CHECK_FALSE(en_figures.Doc().Items[ItemOf(en_figures, "2024")].Galley->Rtl);
}
