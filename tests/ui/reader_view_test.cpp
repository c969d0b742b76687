// ReaderView without a frame: keeping the reader's place when a document is rebuilt, gestures through
// HandlePointer (long press, double click, drags, taps on links), the feed cursor as a focus ring, and Find.
#include "fake_documents.h"
#include "model/text_search.h"
#include "ui/reader_view.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::ui;
using namespace folio::ui::test;

static constexpr float kWidth = 900.0f, kHeight = 700.0f;

static Document FeedDoc(DocFixture& f, const std::vector<FeedItem>& items, size_t n, FeedEnd end) {
    return BuildFeedDocument("All news", Pointers(items, n), end, {}, {}, f.Context(kWidth));
}

static ReaderView ViewOf(Document&& doc, float top_inset) {
    ReaderView v;
    v.SetViewport(kWidth, kHeight, top_inset);
    v.SetDocument(std::move(doc), false);
    return v;
}

TEST_CASE("a feed keeps the reader's place while pages arrive and while the next one loads") {
    DocFixture f;
    const auto items = MakeFeedItems(150);
    ReaderView v = ViewOf(FeedDoc(f, items, 50, FeedEnd::More), f.TopInset);
    const int k = v.Doc().EntryFor(ArticleRoute(items[40].Id));
    REQUIRE(k >= 0);
    v.ScrollTo(v.Doc().Items[k].Y - f.TopInset - 5.0f, false); // story 40 just below the toolbar
    const float y = v.ScrollY();
    REQUIRE(y > 0.0f);
    v.SetDocument(FeedDoc(f, items, 50, FeedEnd::Loading), true); // "Loading more…" appears
    CHECK(v.ScrollY() == y);
    v.SetDocument(FeedDoc(f, items, 100, FeedEnd::More), true);   // the next page arrived
    CHECK(v.ScrollY() == y);
    v.SetDocument(FeedDoc(f, items, 100, FeedEnd::Loading), true);
    v.SetDocument(FeedDoc(f, items, 150, FeedEnd::End), true);
    CHECK(v.ScrollY() == y);
    // Other content starts at its top.
    v.SetDocument(FeedDoc(f, items, 10, FeedEnd::End), false);
    CHECK(v.ScrollY() == 0.0f);
}

TEST_CASE("the feed's cursor and Find's matches survive a page arriving; the view does not move to them") {
    DocFixture f;
    const auto items = MakeFeedItems(100);
    ReaderView v = ViewOf(FeedDoc(f, items, 50, FeedEnd::More), f.TopInset);
    const int k = v.Doc().EntryFor(ArticleRoute(items[45].Id));
    v.SetCursorItem(k);
    CHECK(v.FindText("story 4") == 22); // "Story 4", "Story 40" … "Story 49": in the titles and in the summaries
    const int before = v.FindCount();
    v.ScrollTo(1000.0f, false);
    v.SetDocument(FeedDoc(f, items, 100, FeedEnd::More), true);
    CHECK(v.ScrollY() == 1000.0f);
    CHECK(v.CursorItem() == k);
    CHECK(v.FindCount() == before); // no new "story 4…" among 50–99
}

TEST_CASE("changing a setting at the top of an article leaves it at the top") {
    DocFixture f;
    Article a;
    a.Headline = "Headline";
    a.Section = "World";
    for (int i = 0; i < 40; ++i) {
        Block b;
        b.Text = RichText::Plain("Paragraph " + std::to_string(i) + " with a few words in it to wrap.");
        a.Body.push_back(b);
    }
    ReaderView v = ViewOf(BuildArticleDocument(a, {}, f.Context(kWidth)), f.TopInset);
    for (float start : {0.0f, 12.0f}) { // at the top, and scrolled only through the margin under the toolbar
        CAPTURE(start);
        f.Settings = ReaderSettings();
        v.SetDocument(BuildArticleDocument(a, {}, f.Context(kWidth)), false);
        v.ScrollTo(start, false);
        for (float size : {22.0f, 26.0f, 16.0f}) {
            f.Settings.FontSize = size;
            v.SetDocument(BuildArticleDocument(a, {}, f.Context(kWidth)), true);
            CHECK(v.ScrollY() == 0.0f);
        }
        f.Settings.Sans = true;
        f.Settings.LineSpacing = Spacing::Loose;
        v.SetDocument(BuildArticleDocument(a, {}, f.Context(kWidth)), true);
        CHECK(v.ScrollY() == 0.0f);
    }
    // Further down, the paragraph at the top stays at the top.
    f.Settings = ReaderSettings();
    v.SetDocument(BuildArticleDocument(a, {}, f.Context(kWidth)), false);
    const int p = ItemWithText(v.Doc(), "Paragraph 20 with a few words in it to wrap.");
    v.ScrollTo(v.Doc().Items[p].Y - f.TopInset, false);
    f.Settings.FontSize = 26.0f;
    v.SetDocument(BuildArticleDocument(a, {}, f.Context(kWidth)), true);
    CHECK(v.ScrollY() + f.TopInset == doctest::Approx(v.Doc().Items[p].Y));
}

// A press, held `seconds`, at a document point, as frames of PointerInput.
struct Pointer {
    ReaderView& View;
    bool Touch;
    PointerInput At(float doc_x, float doc_y) const {
        PointerInput in;
        in.X = doc_x;
        in.Y = doc_y - View.ScrollY();
        in.Hovered = true;
        in.Touch = Touch;
        in.Dt = 1.0f / 60.0f;
        return in;
    }
    ViewEvents Press(float x, float y, int clicks = 1) {
        PointerInput in = At(x, y);
        in.Pressed = in.Down = true;
        in.Clicks = clicks;
        return View.HandlePointer(in);
    }
    ViewEvents Hold(float x, float y, float seconds) {
        PointerInput in = At(x, y);
        in.Down = true;
        in.DownSeconds = seconds;
        return View.HandlePointer(in);
    }
    ViewEvents Release(float x, float y) {
        PointerInput in = At(x, y);
        in.Released = true;
        return View.HandlePointer(in);
    }
};

// One paragraph at a known place: "The sanctions were lifted" in 10 px characters from x = 100.
static ReaderView OneParagraph(DocFixture& f, const std::string& text, std::vector<std::string> links = {}) {
    Document doc;
    DocumentBuilder b(&doc, &f.Cache, &f.Metrics, 0, 1.0f);
    b.Gap(100.0f);
    layout::LayoutJob j;
    j.Width = 600.0f;
    j.Leading = 15.0f;
    j.Append(text, layout::TextStyle{0, 10.0f, 0, links.empty() ? -1 : 0});
    b.Text(j, 100.0f, std::move(links));
    b.Gap(2000.0f);
    b.Finish(kWidth, 0.0f);
    return ViewOf(std::move(doc), 0.0f);
}

TEST_CASE("a long press selects the whole word under the finger, as WordAt finds it, and keeps it while held") {
    DocFixture f;
    const std::string text = "The anti-Russian sanctions were lifted";
    ReaderView v = OneParagraph(f, text);
    const float x = 100.0f + v.Doc().Items[0].Galley->CharX[10] + 3.0f, y = 105.0f; // inside "anti-Russian", at its 's'
    const uint32_t at = v.Doc().Items[0].Galley->HitTest(x - 100.0f, 5.0f);
    const auto word = WordAt(text, at);
    REQUIRE(text.substr(word.first, word.second - word.first) == "anti-Russian");
    Pointer finger{v, true};
    finger.Press(x, y);
    CHECK_FALSE(finger.Hold(x, y, 0.2f).LongPress);
    CHECK_FALSE(v.HasSelection());
    const ViewEvents ev = finger.Hold(x, y, 0.6f);
    CHECK(ev.LongPress);
    CHECK(ev.SelectionChanged);
    CHECK(v.SelectedText() == "anti-Russian");
    // The finger rests a little longer, shifts a pixel, and lifts: still the whole word.
    finger.Hold(x, y, 0.7f);
    CHECK(v.SelectedText() == "anti-Russian");
    finger.Hold(x + 1.0f, y, 0.8f);
    CHECK(v.SelectedText() == "anti-Russian");
    finger.Release(x + 1.0f, y);
    CHECK(v.SelectedText() == "anti-Russian");
    // Dragging on from the word extends the selection and keeps the word whole, either way.
    const float right = 100.0f + v.Doc().Items[0].Galley->CharX[text.find("were") + 2];
    finger.Press(x, y);
    finger.Hold(x, y, 0.6f);
    finger.Hold(right, y, 0.9f);
    CHECK(v.SelectedText() == "anti-Russian sanctions we");
    finger.Hold(100.0f + v.Doc().Items[0].Galley->CharX[1], y, 1.0f);
    CHECK(v.SelectedText() == "he anti-Russian");
}

TEST_CASE("a double click selects the same word a long press does") {
    DocFixture f;
    const std::string text = "Tokyo\xE2\x80\x99s anti-Russian sanctions";
    ReaderView v = OneParagraph(f, text);
    const float x = 100.0f + v.Doc().Items[0].Galley->CharX[3], y = 105.0f;
    Pointer mouse{v, false};
    mouse.Press(x, y, 2);
    mouse.Hold(x, y, 0.1f);
    mouse.Release(x, y);
    const std::string by_click = v.SelectedText();
    CHECK(by_click == "Tokyo\xE2\x80\x99s");
    v.ClearSelection();
    Pointer finger{v, true};
    finger.Press(x, y);
    finger.Hold(x, y, 0.6f);
    finger.Release(x, y);
    CHECK(v.SelectedText() == by_click);
}

TEST_CASE("a mouse drag selects from the press to the pointer; a tap on a link reports it and selects nothing") {
    DocFixture f;
    ReaderView v = OneParagraph(f, "Read the statement", {"https://example.org/s"});
    const layout::Galley& g = *v.Doc().Items[0].Galley;
    Pointer mouse{v, false};
    mouse.Press(100.0f + g.CharX[0], 105.0f);
    mouse.Hold(100.0f + g.CharX[8], 105.0f, 0.2f);
    mouse.Release(100.0f + g.CharX[8], 105.0f);
    CHECK(v.SelectedText() == "Read the");
    Pointer finger{v, true};
    finger.Press(150.0f, 105.0f);
    const ViewEvents ev = finger.Release(150.0f, 105.0f);
    CHECK(ev.LinkClicked == "https://example.org/s");
    CHECK_FALSE(v.HasSelection());
    PointerInput hover = mouse.At(150.0f, 105.0f);
    CHECK(v.HandlePointer(hover).Pointer == PointerShape::Hand);
}

TEST_CASE("a touch drag scrolls the view with the finger; the wheel sets where it glides to") {
    DocFixture f;
    ReaderView v = OneParagraph(f, "Some text");
    Pointer finger{v, true};
    PointerInput in = finger.At(300.0f, 500.0f);
    in.Pressed = in.Down = true;
    v.HandlePointer(in);
    in.Pressed = false;
    in.Y = 400.0f; // moved up 100 px
    v.HandlePointer(in);
    CHECK(v.ScrollY() == doctest::Approx(100.0f));
    in.Down = false;
    in.Released = true;
    v.HandlePointer(in);
    PointerInput wheel = finger.At(300.0f, 500.0f);
    wheel.Touch = false;
    wheel.Wheel = -2.0f;
    v.HandlePointer(wheel);
    CHECK(v.ScrollTarget() == doctest::Approx(300.0f));
}

TEST_CASE("the feed's keyboard cursor is a focus ring around its entry, not a selection") {
    DocFixture f;
    const auto items = MakeFeedItems(3);
    ReaderView v = ViewOf(FeedDoc(f, items, 3, FeedEnd::End), f.TopInset);
    const Document& doc = v.Doc();
    const int title = doc.EntryFor(ArticleRoute(items[1].Id));
    v.SetCursorItem(title);
    CHECK(v.CursorItem() == title);
    CHECK_FALSE(v.HasSelection());
    CHECK(v.SelectedText().empty()); // so Ctrl+C copies nothing
    ReaderView::Rect r;
    REQUIRE(v.CursorRing(&r));
    // Around the whole entry: its section label above the title, its date below, none of its neighbours.
    int first = title, last = title;
    while (doc.Items[first - 1].Entry == 1) --first;
    while (doc.Items[last + 1].Entry == 1) ++last;
    CHECK(first < title);
    CHECK(last > title);
    CHECK(r.Y0 == doc.Items[first].Y);
    CHECK(r.Y1 == doc.Items[last].Y + doc.Items[last].H);
    CHECK(r.Y1 < doc.Items[doc.EntryFor(ArticleRoute(items[2].Id))].Y);
    CHECK(r.Y0 > doc.Items[doc.EntryFor(ArticleRoute(items[0].Id))].Y);
    v.SetCursorItem(-1);
    CHECK_FALSE(v.CursorRing(&r));
}

TEST_CASE("Find in the view folds quotes and highlights the text as written") {
    DocFixture f;
    const std::string text = "Japan\xE2\x80\x99s sanctions";
    ReaderView v = OneParagraph(f, text);
    REQUIRE(v.FindText("japan's") == 1);
    const FindMatch m = v.FindMatches()[0];
    CHECK(text.substr(m.Begin, m.End - m.Begin) == "Japan\xE2\x80\x99s");
    CHECK(v.FindCurrent() == 0);
}

TEST_CASE("a press the view is told to ignore (it closed a panel) follows no link and selects nothing until it lifts") {
    DocFixture f;
    ReaderView v = OneParagraph(f, "Read the statement", {"https://example.org/s"});
    const layout::Galley& g = *v.Doc().Items[0].Galley;
    Pointer finger{v, true};
    v.IgnorePress();
    finger.Press(150.0f, 105.0f);
    CHECK(finger.Release(150.0f, 105.0f).LinkClicked.empty());
    Pointer mouse{v, false};
    v.IgnorePress();
    mouse.Press(100.0f + g.CharX[0], 105.0f);
    mouse.Hold(100.0f + g.CharX[8], 105.0f, 0.2f);
    mouse.Release(100.0f + g.CharX[8], 105.0f);
    CHECK_FALSE(v.HasSelection());
    // The next press is the view's again.
    finger.Press(150.0f, 105.0f);
    CHECK(finger.Release(150.0f, 105.0f).LinkClicked == "https://example.org/s");
}

TEST_CASE("the feed's focus ring is the keyboard's: a press of the mouse or a finger hides it") {
    DocFixture f;
    const auto items = MakeFeedItems(3);
    for (const bool touch : {false, true}) {
        ReaderView v = ViewOf(FeedDoc(f, items, 3, FeedEnd::End), f.TopInset);
        v.SetCursorItem(v.Doc().EntryFor(ArticleRoute(items[1].Id)));
        ReaderView::Rect r;
        REQUIRE(v.CursorRing(&r));
        Pointer p{v, touch};
        p.Press(20.0f, r.Y1 + 200.0f); // elsewhere in the feed
        p.Release(20.0f, r.Y1 + 200.0f);
        CHECK(v.CursorItem() == -1);
        CHECK_FALSE(v.CursorRing(&r));
    }
}
