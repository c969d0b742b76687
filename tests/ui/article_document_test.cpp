// BuildArticleDocument with fake metrics: the header's parts in order, links, the byline and reading time, the
// body's blocks and related links.
#include "fake_documents.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::ui;
using namespace folio::ui::test;

static std::string Words(int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += i ? " word" : "Word";
    return s + ".";
}

static Article MakeArticle(int words) {
    Article a;
    a.Id = "galuzin";
    a.Headline = "Galuzin says Tokyo\xE2\x80\x99s sanctions are unfriendly";
    a.Description = "The ambassador spoke in Moscow.";
    a.Section = "World";
    a.DatePublished = "2026-03-22T10:00:00Z";
    a.Authors = {"Anna Lee", "Ivan Petrov"};
    Block p;
    p.Text = RichText::Plain(Words(words));
    a.Body.push_back(p);
    Block linked;
    linked.Text.Spans = {Span{"Read ", SpanRegular, {}}, Span{"the statement", SpanLink, "https://example.org/s"},
                         Span{" in full.", SpanRegular, {}}};
    a.Body.push_back(linked);
    return a;
}

static int ItemContaining(const Document& doc, const std::string& text) {
    for (int i = 0; i < (int)doc.Items.size(); ++i)
        if (doc.Items[i].Kind == ItemKind::Text && doc.Items[i].Galley->Text.find(text) != std::string::npos) return i;
    return -1;
}

TEST_CASE("the article's header: section link, headline, standfirst, then the byline, date and reading time") {
    DocFixture f;
    const Article a = MakeArticle(250);
    const Document doc = BuildArticleDocument(a, {}, f.Context(900.0f));
    const int section = ItemContaining(doc, "WORLD"), headline = ItemContaining(doc, "Galuzin says"),
              standfirst = ItemContaining(doc, "The ambassador"), meta = ItemContaining(doc, "By Anna Lee and Ivan Petrov");
    REQUIRE(section >= 0);
    REQUIRE(headline > section);
    REQUIRE(standfirst > headline);
    REQUIRE(meta > standfirst);
    CHECK(doc.Items[section].Links == std::vector<std::string>{SectionRoute("World")});
    CHECK(doc.Items[section].Y >= f.TopInset); // below the toolbar
    const std::string& m = doc.Items[meta].Galley->Text;
    CHECK(m.find(ReadingTime(a.WordCount())) != std::string::npos);
    CHECK(m.find("22 March 2026") != std::string::npos);
    CHECK(doc.Items[meta].Galley->Runs[0].Style.Color == TestColors().Muted);
}

TEST_CASE("inline links keep their targets by index, in the link colour") {
    DocFixture f;
    const Document doc = BuildArticleDocument(MakeArticle(20), {}, f.Context(900.0f));
    const int k = ItemContaining(doc, "the statement");
    REQUIRE(k >= 0);
    CHECK(doc.Items[k].Links == std::vector<std::string>{"https://example.org/s"});
    bool linked = false;
    for (const layout::Run& r : doc.Items[k].Galley->Runs)
        if (r.Style.Link == 0) { linked = true; CHECK(r.Style.Color == TestColors().Link); }
    CHECK(linked);
}

TEST_CASE("related articles follow the body as links to their routes") {
    DocFixture f;
    const Document doc = BuildArticleDocument(MakeArticle(20), {{"other", "Another story"}}, f.Context(900.0f));
    const int related = ItemWithText(doc, "RELATED"), link = ItemWithText(doc, "Another story");
    REQUIRE(related >= 0);
    REQUIRE(link > related);
    CHECK(doc.Items[link].Links == std::vector<std::string>{ArticleRoute("other")});
    CHECK(doc.Items[link].Y > doc.Items[ItemContaining(doc, "the statement")].Y);
}
