// A right-to-left article and feed item as documents, with fake metrics: the column mirrored (the quote's bar
// and indent, the list markers, a feed card's thumbnail on the other side), code left as it is, and the
// accessibility mirror's lang and dir. The same article in English is the control: nothing of it moves.
#include "fake_documents.h"
#include "ui/mirror.h"

#include <rapidjson/document.h>

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::ui;
using namespace folio::ui::test;

namespace {

const char* const kArabic = "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1"; // "قال الوزير"

Article QuotedArticle(const std::string& language) {
    Article a;
    a.Id = "q";
    a.Language = language;
    a.Headline = kArabic;
    Block quote;
    quote.Type = BlockType::Quote;
    quote.Text = RichText::Plain(kArabic);
    quote.Attribution = "X";
    a.Body.push_back(quote);
    Block list;
    list.Type = BlockType::List;
    list.Items = {RichText::Plain(kArabic), RichText::Plain(kArabic)};
    a.Body.push_back(list);
    Block code;
    code.Type = BlockType::Code;
    code.Text = RichText::Plain("int x = 1;");
    a.Body.push_back(code);
    return a;
}

int FirstOf(const Document& doc, ItemKind kind) {
    for (int i = 0; i < (int)doc.Items.size(); ++i)
        if (doc.Items[i].Kind == kind) return i;
    return -1;
}

// The text items that are the list's markers ("•"), and the list items' own text.
std::vector<const DocItem*> TextItems(const Document& doc, const std::string& text) {
    std::vector<const DocItem*> out;
    for (const DocItem& item : doc.Items)
        if (item.Kind == ItemKind::Text && item.Galley->Text == text) out.push_back(&item);
    return out;
}

struct Extent {
    float Left, Right;
};
Extent ColumnOf(const Document& doc) { // the rule under the header spans the column
    const DocItem& rule = doc.Items[FirstOf(doc, ItemKind::Rule)];
    return {rule.X, rule.X + rule.W};
}

} // namespace

TEST_CASE("an Arabic article's quote has its bar at the column's right and its text indented from the right") {
    DocFixture f;
    const Document ar = BuildArticleDocument(QuotedArticle("ar"), {}, f.Context(900.0f));
    const Document en = BuildArticleDocument(QuotedArticle("en"), {}, f.Context(900.0f));
    const Extent col = ColumnOf(ar);
    const DocItem& ar_bar = ar.Items[FirstOf(ar, ItemKind::Bar)];
    const DocItem& en_bar = en.Items[FirstOf(en, ItemKind::Bar)];
    CHECK(en_bar.X == doctest::Approx(col.Left));
    CHECK(ar_bar.X + ar_bar.W == doctest::Approx(col.Right));
    // The quote's text (the first item with the Arabic text after the headline) is as wide either way, but starts at
    // the column's left in Arabic (its indent is on the right) and after the indent in English.
    const auto ar_texts = TextItems(ar, kArabic), en_texts = TextItems(en, kArabic);
    REQUIRE(ar_texts.size() == 4); // headline, quote, two list items
    REQUIRE(en_texts.size() == 4);
    CHECK(ar_texts[1]->W == doctest::Approx(en_texts[1]->W));
    CHECK(ar_texts[1]->X == doctest::Approx(col.Left));
    CHECK(en_texts[1]->X > col.Left);
    CHECK(ar_texts[1]->X + ar_texts[1]->W < col.Right);
    // The attribution sits under the quote's text, on the same side.
    const auto ar_cite = TextItems(ar, "\xE2\x80\x94 X"), en_cite = TextItems(en, "\xE2\x80\x94 X");
    REQUIRE(ar_cite.size() == 1);
    CHECK(ar_cite[0]->X == doctest::Approx(ar_texts[1]->X));
    CHECK(en_cite[0]->X == doctest::Approx(en_texts[1]->X));
}

TEST_CASE("an Arabic article's list markers stand right of its items, an English one's left") {
    DocFixture f;
    const Document ar = BuildArticleDocument(QuotedArticle("ar"), {}, f.Context(900.0f));
    const Document en = BuildArticleDocument(QuotedArticle("en"), {}, f.Context(900.0f));
    const Extent col = ColumnOf(ar);
    const auto ar_markers = TextItems(ar, "\xE2\x80\xA2"), en_markers = TextItems(en, "\xE2\x80\xA2");
    const auto ar_texts = TextItems(ar, kArabic), en_texts = TextItems(en, kArabic);
    REQUIRE(ar_markers.size() == 2);
    REQUIRE(en_markers.size() == 2);
    for (int i = 0; i < 2; ++i) {
        const DocItem &marker = *ar_markers[i], &text = *ar_texts[2 + i];
        CHECK(marker.X >= text.X + text.W);                      // right of its text
        CHECK(marker.X + marker.W == doctest::Approx(col.Right)); // at the column's right edge
        CHECK(marker.Y == doctest::Approx(text.Y));               // level with it
        CHECK(text.X == doctest::Approx(col.Left));
        CHECK(en_markers[i]->X == doctest::Approx(col.Left));
        CHECK(en_markers[i]->X + en_markers[i]->W <= en_texts[2 + i]->X);
    }
}

TEST_CASE("a right-to-left article's code block stays where a left-to-right one's is") {
    DocFixture f;
    const Document ar = BuildArticleDocument(QuotedArticle("ar"), {}, f.Context(900.0f));
    const Document en = BuildArticleDocument(QuotedArticle("en"), {}, f.Context(900.0f));
    const auto ar_code = TextItems(ar, "int x = 1;"), en_code = TextItems(en, "int x = 1;");
    REQUIRE(ar_code.size() == 1);
    REQUIRE(en_code.size() == 1);
    CHECK(ar_code[0]->X == doctest::Approx(en_code[0]->X));
    CHECK(ar_code[0]->Code);
}

TEST_CASE("a feed card in a right-to-left language has its thumbnail on the left, its text right of it") {
    DocFixture f;
    std::vector<FeedItem> items = MakeFeedItems(2);
    for (FeedItem& item : items) {
        item.Image.Src = "t.jpg";
        item.Image.Width = 300;
        item.Image.Height = 200;
    }
    items[0].Language = "ar";
    items[1].Language = "en";
    const Document doc = BuildFeedDocument("Feed", Pointers(items, 2), FeedEnd::End, "", "", f.Context(900.0f));
    REQUIRE(doc.PhotoItems.size() == 2);
    const DocItem &ar_thumb = doc.Items[doc.PhotoItems[0]], &en_thumb = doc.Items[doc.PhotoItems[1]];
    const DocItem& ar_title = doc.Items[ItemWithText(doc, "Story 0")];
    const DocItem& en_title = doc.Items[ItemWithText(doc, "Story 1")];
    CHECK(ar_thumb.X + ar_thumb.W < ar_title.X);  // thumbnail, then the text to its right
    CHECK(en_title.X + en_title.W < en_thumb.X);  // text, then the thumbnail
    CHECK(ar_thumb.X == doctest::Approx(en_title.X)); // both at the column's left edge
    CHECK(ar_title.X + ar_title.W == doctest::Approx(en_thumb.X + en_thumb.W)); // both reach its right edge
    CHECK(ar_title.W == doctest::Approx(en_title.W));
}

TEST_CASE("the accessibility mirror carries each article's and feed item's lang and dir") {
    rapidjson::Document a;
    a.Parse(ArticleMirrorJson(QuotedArticle("ar"), {}, "Feed").c_str());
    CHECK(std::string(a["article"]["lang"].GetString()) == "ar");
    CHECK(std::string(a["article"]["dir"].GetString()) == "rtl");
    a.Parse(ArticleMirrorJson(QuotedArticle("en-GB"), {}, "Feed").c_str());
    CHECK(std::string(a["article"]["dir"].GetString()) == "ltr");
    a.Parse(ArticleMirrorJson(QuotedArticle(""), {}, "Feed").c_str());
    CHECK(std::string(a["article"]["dir"].GetString()) == "auto"); // the browser looks at the text, as the canvas does

    std::vector<FeedItem> items = MakeFeedItems(3);
    items[0].Language = "he";
    items[1].Language = "fr";
    const std::string json = FeedMirrorJson("Feed", "", FeedEnd::End, "", Pointers(items, 3));
    rapidjson::Document f;
    f.Parse(json.c_str());
    const auto& list = f["feed"]["items"];
    CHECK(std::string(list[0]["lang"].GetString()) == "he");
    CHECK(std::string(list[0]["dir"].GetString()) == "rtl");
    CHECK(std::string(list[1]["dir"].GetString()) == "ltr");
    CHECK(std::string(list[2]["dir"].GetString()) == "auto");
}
