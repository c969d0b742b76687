// BuildFeedDocument with fake metrics: entries in order with their links, the filter label, the end line, and
// the entries the feed's cursor rings.
#include "fake_documents.h"
#include "model/date.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::ui;
using namespace folio::ui::test;

static Document FeedDoc(DocFixture& f, const std::vector<FeedItem>& items, size_t n, FeedEnd end, const std::string& note = {},
                        const std::string& filter = {}, float width = 900.0f) {
    return BuildFeedDocument("All news", Pointers(items, n), end, note, filter, f.Context(width));
}

TEST_CASE("the feed lists its entries newest first as given, each title a link to its article") {
    DocFixture f;
    const auto items = MakeFeedItems(5);
    const Document doc = FeedDoc(f, items, items.size(), FeedEnd::End);
    float last_y = -1.0f;
    for (int i = 0; i < 5; ++i) {
        const int k = doc.EntryFor(ArticleRoute(items[i].Id));
        REQUIRE(k >= 0);
        CHECK(doc.Items[k].Galley->Text == items[i].Title);
        CHECK(doc.Items[k].Y > last_y); // in the order given
        CHECK(doc.Items[k].Entry == i);
        last_y = doc.Items[k].Y;
    }
    // The section label links to the section, in capitals.
    const int label = ItemWithText(doc, "WORLD");
    REQUIRE(label >= 0);
    CHECK(doc.Items[label].Links == std::vector<std::string>{SectionRoute("World")});
    CHECK(ItemWithText(doc, FormatDateLong(items[0].DatePublished)) >= 0);
    CHECK(ItemWithText(doc, items[3].Summary) >= 0);
    CHECK(doc.Height > last_y);
    CHECK(doc.TopInset == f.TopInset);
}

TEST_CASE("the entries' items stay inside the column and in order of Y") {
    DocFixture f;
    const auto items = MakeFeedItems(12);
    for (float width : {320.0f, 390.0f, 900.0f, 1600.0f}) {
        const Document doc = FeedDoc(f, items, items.size(), FeedEnd::More, {}, {}, width);
        for (size_t i = 0; i < doc.Items.size(); ++i) {
            CHECK(doc.Items[i].X >= 0.0f);
            CHECK(doc.Items[i].X + doc.Items[i].W <= width);
            if (i > 0) CHECK(doc.Items[i].Y >= doc.Items[i - 1].Y);
        }
    }
}

TEST_CASE("the end line says whether more is loading, the end was reached, or why no more could be") {
    DocFixture f;
    const auto items = MakeFeedItems(3);
    CHECK(ItemWithText(FeedDoc(f, items, 3, FeedEnd::Loading), "Loading more\xE2\x80\xA6") >= 0);
    CHECK(ItemWithText(FeedDoc(f, items, 3, FeedEnd::End), "You have reached the end.") >= 0);
    CHECK(ItemWithText(FeedDoc(f, items, 0, FeedEnd::End), "No articles here.") >= 0);
    const Document error = FeedDoc(f, items, 3, FeedEnd::Error, "feed/page-2.json: not found");
    CHECK(ItemWithText(error, "More articles could not be loaded.") >= 0);
    CHECK(ItemWithText(error, "feed/page-2.json: not found") >= 0);
    // More to come and not loading yet: no end line at all.
    const Document more = FeedDoc(f, items, 3, FeedEnd::More);
    CHECK(ItemWithText(more, "You have reached the end.") < 0);
    CHECK(ItemWithText(more, "Loading more\xE2\x80\xA6") < 0);
    CHECK(more.Items.size() + 1 == FeedDoc(f, items, 3, FeedEnd::Loading).Items.size());
}

TEST_CASE("a filtered feed says what it is filtered by, under the title") {
    DocFixture f;
    const auto items = MakeFeedItems(2);
    const Document doc = FeedDoc(f, items, 2, FeedEnd::End, {}, "Section: World");
    const int title = ItemWithText(doc, "All news"), label = ItemWithText(doc, "Section: World");
    REQUIRE(title >= 0);
    REQUIRE(label >= 0);
    CHECK(doc.Items[label].Y > doc.Items[title].Y);
    CHECK(doc.Items[label].Y < doc.Items[doc.EntryFor(ArticleRoute(items[0].Id))].Y);
    CHECK(ItemWithText(FeedDoc(f, items, 2, FeedEnd::End), "Section: World") < 0);
}

TEST_CASE("colours come from the context: titles in the text colour, labels in the accent, rules in the rule colour") {
    DocFixture f;
    const auto items = MakeFeedItems(1);
    const Document doc = FeedDoc(f, items, 1, FeedEnd::End);
    const DocumentColors c = TestColors();
    CHECK(doc.Items[doc.EntryFor(ArticleRoute(items[0].Id))].Galley->Runs[0].Style.Color == c.Text);
    CHECK(doc.Items[ItemWithText(doc, "BUSINESS")].Galley->Runs[0].Style.Color == c.Accent);
    bool rule = false;
    for (const DocItem& it : doc.Items)
        if (it.Kind == ItemKind::Rule) { rule = true; CHECK(it.Fill == c.Rule); }
    CHECK(rule);
}
