// BuildArticleDocument with fake metrics: the header's parts in order, links, the byline and reading time (and
// that no line breaks inside "1–2 min read", at any width), the body's blocks and related links.
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

TEST_CASE("ReadingTime gives the range between a brisk and an unhurried reader, held together") {
    // 250 words: 1 minute at 260 a minute, 2 at 200.
    const std::string t = ReadingTime(250);
    CHECK(t == "1\xE2\x81\xA0\xE2\x80\x93\xE2\x81\xA0" "2\xC2\xA0min\xC2\xA0read"); // 1 WJ – WJ 2 NBSP min NBSP read
    CHECK(ReadingTime(100) == "1\xC2\xA0min\xC2\xA0read");
    CHECK(t.find(' ') == std::string::npos);
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

TEST_CASE("the byline never wraps inside the reading time, at any phone or desktop width") {
    DocFixture f;
    Article a = MakeArticle(250);
    a.Authors = {"Anna Maria Lee-Petrova", "Ivan Sergeyevich Petrov", "Olga Smirnova"};
    const std::string time = ReadingTime(a.WordCount());
    int wrapped = 0;
    std::vector<float> split; // widths at which a line break fell inside the reading time
    for (float width = 300.0f; width <= 700.0f; width += 1.0f) {
        const Document doc = BuildArticleDocument(a, {}, f.Context(width));
        const int meta = ItemContaining(doc, "By Anna");
        REQUIRE(meta >= 0);
        const layout::Galley& g = *doc.Items[meta].Galley;
        if (g.Lines.size() > 1) ++wrapped;
        bool whole = false;
        for (const layout::Line& l : g.Lines)
            whole = whole || g.Text.substr(l.Begin, l.End - l.Begin).find(time) != std::string::npos;
        if (!whole) split.push_back(width);
    }
    CHECK_MESSAGE(split.empty(), split.size(), " widths split it, the first ", split.empty() ? 0.0f : split[0]);
    CHECK(wrapped > 0); // the byline does wrap at these widths, just not inside the reading time
}

TEST_CASE("read aloud takes the article's words: headline, standfirst, body; not the section, meta line or related") {
    DocFixture f;
    const Article a = MakeArticle(20);
    const Document doc = BuildArticleDocument(a, {RelatedLink{"other", "Another story"}}, f.Context(900.0f));
    CHECK_FALSE(doc.Items[ItemContaining(doc, "WORLD")].Aloud);
    CHECK_FALSE(doc.Items[ItemContaining(doc, "By Anna Lee")].Aloud);
    CHECK(doc.Items[ItemContaining(doc, "Galuzin says")].Aloud);
    CHECK(doc.Items[ItemContaining(doc, "The ambassador")].Aloud);
    CHECK(doc.Items[ItemContaining(doc, "the statement")].Aloud);
    REQUIRE(ItemContaining(doc, "Another story") >= 0);
    CHECK_FALSE(doc.Items[ItemContaining(doc, "Another story")].Aloud);
    CHECK_FALSE(doc.Items[ItemContaining(doc, "RELATED")].Aloud);
}
