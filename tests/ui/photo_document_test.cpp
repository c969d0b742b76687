// Photos in documents, headless: the article's lead photo under the standfirst and body photos at their aspect
// ratio (so nothing moves when pixels arrive), alt text as a stand-in that Find skips, feed cards' thumbnails beside
// their text, and what a click or tap on a photo does in the view.
#include "fake_documents.h"
#include "ui/reader_view.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::ui;
using namespace folio::ui::test;

namespace {

Photo MakePhoto(const std::string& name, int w, int h) {
    Photo p;
    p.Src = "/b/media/" + name + ".jpg";
    p.Alt = "Alt of " + name;
    p.Caption = "Caption of " + name + ".";
    p.Credit = "Photo: Someone";
    p.Width = w;
    p.Height = h;
    return p;
}

Article PhotoArticle() {
    Article a;
    a.Id = "essay";
    a.Headline = "A photo essay";
    a.Description = "Pictures of a place.";
    a.Image = MakePhoto("lead", 1920, 1280);
    Block p;
    p.Text = RichText::Plain("First paragraph.");
    a.Body.push_back(p);
    Block wide;
    wide.Type = BlockType::Photo;
    wide.Image = MakePhoto("wide", 1600, 900);
    a.Body.push_back(wide);
    Block tall;
    tall.Type = BlockType::Photo;
    tall.Image = MakePhoto("tall", 1000, 3000);
    a.Body.push_back(tall);
    a.Body.push_back(p);
    return a;
}

int ItemContaining(const Document& doc, const std::string& text) {
    for (int i = 0; i < (int)doc.Items.size(); ++i)
        if (doc.Items[i].Kind == ItemKind::Text && doc.Items[i].Galley->Text.find(text) != std::string::npos) return i;
    return -1;
}

} // namespace

TEST_CASE("an article's photos are laid out at their aspect ratio, the lead under the standfirst, each captioned") {
    DocFixture f;
    const Document doc = BuildArticleDocument(PhotoArticle(), {}, f.Context(900.0f));
    REQUIRE(doc.Photos.size() == 3);
    REQUIRE(doc.PhotoItems.size() == 3);
    const DocItem& lead = doc.Items[doc.PhotoItems[0]];
    const DocItem& wide = doc.Items[doc.PhotoItems[1]];
    const DocItem& tall = doc.Items[doc.PhotoItems[2]];
    CHECK(doc.Photos[lead.Photo].Src == "/b/media/lead.jpg");
    CHECK(lead.H == doctest::Approx(lead.W * 1280.0f / 1920.0f).epsilon(0.01));
    CHECK(wide.H == doctest::Approx(wide.W * 900.0f / 1600.0f).epsilon(0.01));
    // Under the standfirst and above the byline line; its caption and credit right below it.
    const int standfirst = ItemContaining(doc, "Pictures of a place"), caption = ItemContaining(doc, "Caption of lead.  Photo: Someone");
    REQUIRE(standfirst >= 0);
    REQUIRE(caption >= 0);
    CHECK(lead.Y > doc.Items[standfirst].Y + doc.Items[standfirst].H);
    CHECK(doc.Items[caption].Y >= lead.Y + lead.H);
    CHECK(ItemContaining(doc, "First paragraph") > caption);
    // A tall photo is narrower, centred, at most 1.25 column widths high: never cropped or stretched.
    CHECK(tall.H == doctest::Approx(wide.W * 1.25f).epsilon(0.01));
    CHECK(tall.W == doctest::Approx(tall.H / 3.0f).epsilon(0.01));
    CHECK(tall.X + tall.W * 0.5f == doctest::Approx(wide.X + wide.W * 0.5f).epsilon(0.01));
    // The alt text stands in for a photo (drawn only while it cannot be), is not selectable, and names its photo.
    const int alt = ItemContaining(doc, "Alt of wide");
    REQUIRE(alt >= 0);
    CHECK(doc.Items[alt].Photo == wide.Photo);
    CHECK_FALSE(doc.Items[alt].Selectable);
    CHECK(doc.Items[alt].Y > wide.Y);
    CHECK(doc.Items[alt].Y + doc.Items[alt].H < wide.Y + wide.H);
    // Items stay ordered by Y.
    for (size_t i = 1; i < doc.Items.size(); ++i) CHECK(doc.Items[i - 1].Y <= doc.Items[i].Y);
}

TEST_CASE("an article's layout is the same whether or not its photos' pixels are there: the space is reserved") {
    DocFixture f;
    Article a = PhotoArticle();
    const float with_sizes = BuildArticleDocument(a, {}, f.Context(600.0f)).Height;
    a.Image.Variants = {ImageVariant{320, 213, "image/webp", "/b/media/l.webp", 10}};
    CHECK(BuildArticleDocument(a, {}, f.Context(600.0f)).Height == with_sizes); // variants do not change the layout
    // A photo whose size is unknown gets a 3:2 frame.
    a.Body[1].Image.Width = a.Body[1].Image.Height = 0;
    const Document doc = BuildArticleDocument(a, {}, f.Context(600.0f));
    const DocItem& unknown = doc.Items[doc.PhotoItems[1]];
    CHECK(unknown.H == doctest::Approx(unknown.W * 2.0f / 3.0f).epsilon(0.01));
}

TEST_CASE("feed cards show their lead photo's thumbnail beside the text, cropped to fill it, on a phone and wider") {
    DocFixture f;
    std::vector<FeedItem> items = MakeFeedItems(3);
    items[1].Image = MakePhoto("thumb", 1920, 1280);
    for (float width : {390.0f, 1000.0f}) {
        CAPTURE(width);
        const Document doc = BuildFeedDocument("All news", Pointers(items, 3), FeedEnd::End, {}, {}, f.Context(width));
        REQUIRE(doc.PhotoItems.size() == 1);
        const DocItem& thumb = doc.Items[doc.PhotoItems[0]];
        CHECK(thumb.Cover);
        CHECK(thumb.Entry == 1);
        if (width < 520.0f) CHECK(thumb.W == thumb.H); // a square on a phone
        else CHECK(thumb.H == doctest::Approx(thumb.W * 2.0f / 3.0f).epsilon(0.02));
        const DocItem& title = doc.Items[ItemContaining(doc, "Story 1")];
        CHECK(title.Y == doctest::Approx(thumb.Y));              // level with the title
        CHECK(title.X + title.W <= thumb.X);                      // the text beside it, never under it
        CHECK(thumb.X + thumb.W <= width);
        const DocItem& next = doc.Items[ItemContaining(doc, "Story 2")];
        CHECK(next.Y > thumb.Y + thumb.H);                        // the next card below it
        // The card without a photo keeps the full width.
        const DocItem& first = doc.Items[ItemContaining(doc, "Story 0")];
        CHECK(first.W > title.W);
        for (size_t i = 1; i < doc.Items.size(); ++i) CHECK(doc.Items[i - 1].Y <= doc.Items[i].Y);
    }
}

TEST_CASE("a click or tap on an article's photo opens it; on a feed card's thumbnail, its article; a drag does neither") {
    DocFixture f;
    ReaderView v;
    v.SetViewport(900.0f, 2000.0f, 52.0f);
    v.SetDocument(BuildArticleDocument(PhotoArticle(), {}, f.Context(900.0f)), false);
    const DocItem lead = v.Doc().Items[v.Doc().PhotoItems[0]];
    auto tap = [&](float x, float y, bool touch, float drag = 0.0f) {
        PointerInput in;
        in.X = x; in.Y = y; in.Hovered = true; in.Pressed = in.Down = true; in.Touch = touch;
        v.HandlePointer(in);
        in.Pressed = false;
        in.Y = y + drag;
        v.HandlePointer(in);
        in.Down = false;
        in.Released = true;
        return v.HandlePointer(in);
    };
    const float cx = lead.X + lead.W * 0.5f, cy = lead.Y + lead.H * 0.5f;
    CHECK(tap(cx, cy, false).PhotoClicked == lead.Photo);
    CHECK(tap(cx, cy, true).PhotoClicked == lead.Photo);
    CHECK(tap(cx, cy, true, 40.0f).PhotoClicked == -1); // a swipe scrolls
    CHECK(tap(lead.X - 10.0f, cy, false).PhotoClicked == -1);
    CHECK_FALSE(v.HasSelection()); // a click on a photo selects no text

    std::vector<FeedItem> items = MakeFeedItems(2);
    items[1].Image = MakePhoto("thumb", 640, 480);
    v.SetDocument(BuildFeedDocument("All news", Pointers(items, 2), FeedEnd::End, {}, {}, f.Context(900.0f)), false);
    const DocItem thumb = v.Doc().Items[v.Doc().PhotoItems[0]];
    const ViewEvents ev = tap(thumb.X + 5.0f, thumb.Y + 5.0f, true);
    CHECK(ev.PhotoClicked == -1);
    CHECK(ev.LinkClicked == ArticleRoute("story-1"));
}
