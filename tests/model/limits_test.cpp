// Tests of model/limits.cpp: the id and language-tag rules, WithinLimits naming the member (and block) that
// breaks a bound, and TrimKeywords. tests/cli/article_limits_test.cpp checks the same against real imports.
#include "model/article_json.h"
#include "model/bundle_write.h"
#include "model/limits.h"

#include <doctest/doctest.h>

using namespace folio;

namespace {

Article Small() {
    Article a;
    a.Id = "x";
    a.Headline = "H";
    Block p;
    p.Text = RichText::Plain("Text.");
    a.Body.push_back(p);
    return a;
}

// The breach WithinLimits finds after `change`, as "member[block]: reason"; "" when there is none.
template <typename F>
std::string Breach(F change) {
    Article a = Small();
    change(a);
    LimitBreach b;
    if (WithinLimits(a, &b)) return "";
    return b.Member + (b.Member == "body" ? "[" + std::to_string(b.Block) + "]" : "") + ": " + b.Reason;
}

Block Paragraph(const std::string& text) {
    Block b;
    b.Text = RichText::Plain(text);
    return b;
}

Block List(size_t items) {
    Block b;
    b.Type = BlockType::List;
    for (size_t i = 0; i < items; ++i) b.Items.push_back(RichText::Plain("i"));
    return b;
}

} // namespace

TEST_CASE("ValidArticleId and IsLanguageTag") {
    CHECK(ValidArticleId("801a1fae005ec4bc"));
    CHECK(ValidArticleId(std::string(kMaxIdBytes, 'a')));
    CHECK_FALSE(ValidArticleId(std::string(kMaxIdBytes + 1, 'a')));
    CHECK_FALSE(ValidArticleId(""));
    CHECK_FALSE(ValidArticleId("-x"));
    CHECK_FALSE(ValidArticleId("../x"));
    for (const char* ok : {"en", "pt-BR", "zh-Hant-TW", "de-CH-1996", "abcdefgh"}) CHECK_MESSAGE(IsLanguageTag(ok), ok);
    for (const char* bad : {"", "e", "english please", "en-", "en--GB", "abcdefghi", "en-abcdefghi", "en_GB", "1en", "\xc3\xa9n"})
        CHECK_MESSAGE(!IsLanguageTag(bad), bad);
}

TEST_CASE("WithinLimits names the member and block past a bound") {
    CHECK(Breach([](Article&) {}) == "");
    CHECK(Breach([](Article& a) { a.Headline = std::string(kMaxHeadlineBytes, 'h'); }) == "");
    CHECK(Breach([](Article& a) { a.Headline = std::string(kMaxHeadlineBytes + 1, 'h'); }) ==
          "headline: a headline of 2049 bytes; the limit is 2048");
    CHECK(Breach([](Article& a) { a.Headline.clear(); }) == "headline: no headline");
    CHECK(Breach([](Article& a) { a.Id = "a/b"; }) == "id: article id \"a/b\" is not 1 to 128 of A-Z a-z 0-9 . _ -");
    CHECK(Breach([](Article& a) { a.Language = "en us"; }) == "inLanguage: language \"en us\" is not a language tag (like en or pt-BR)");
    CHECK(Breach([](Article& a) { a.DatePublished = "yesterday"; }) == "datePublished: \"yesterday\" is not an RFC 3339 date-time");
    CHECK(Breach([](Article& a) { a.Authors.assign(kMaxNames + 1, "A"); }) ==
          "author: a list of authors of 101 names; the limit is 100");
    CHECK(Breach([](Article& a) { a.Authors = {""}; }) == "author: an author without a name");
    CHECK(Breach([](Article& a) { a.Keywords.assign(kMaxKeywords + 1, "k"); }) ==
          "keywords: a list of keywords of 100 keywords; the limit is 99");
    CHECK(Breach([](Article& a) { a.Related = {"ok", "not ok"}; }) == "related: related id \"not ok\" is not a valid article id");
    CHECK(Breach([](Article& a) { a.Body.push_back(List(kMaxListItems)); }) == "");
    CHECK(Breach([](Article& a) { a.Body.push_back(List(kMaxListItems + 1)); }) ==
          "body[1]: a list of 1001 items; the limit is 1000");
    CHECK(Breach([](Article& a) { a.Body.push_back(List(0)); }) == "body[1]: a list with no items");
    CHECK(Breach([](Article& a) { a.Body[0].Text = RichText::Plain(std::string(kMaxStringBytes + 1, 'p')); }) ==
          "body[0]: a paragraph of 1048577 bytes; the limit is 1048576");
    CHECK(Breach([](Article& a) { a.Body[0].Text.Spans.push_back(Span{"", SpanEmphasis, {}}); }) ==
          "body[0]: a paragraph with an empty run of text");
    CHECK(Breach([](Article& a) { a.Body[0].Text.Spans = {Span{"x", SpanLink, "javascript:alert(1)"}}; }) ==
          "body[0]: link scheme \"javascript\" is not allowed (http, https or mailto only)");
    CHECK(Breach([](Article& a) { a.Body[0].Type = BlockType::Heading; a.Body[0].Level = 5; }) ==
          "body[0]: a heading of level 5; levels are 2 to 4");
    CHECK(Breach([](Article& a) {
              a.Body[0].Type = BlockType::Photo;
              a.Body[0].Image.Src = "img/a:b.png";
          }) == "body[0]: photo source \"img/a:b.png\" holds a \":\" but no http(s) scheme (relative paths or http, https only)");
    CHECK(Breach([](Article& a) { a.Body.assign(kMaxBodyBlocks + 1, a.Body[0]); }) ==
          "body[10000]: a body of 10001 blocks; the limit is 10000 (this is block 10001)");
    // Each paragraph within its bound, but 17 of them make a file past kMaxJsonBytes.
    CHECK(Breach([](Article& a) { a.Body.assign(17, Paragraph(std::string(1000000, 'x'))); }).rfind(
              ": the article file would be ", 0) == 0);
}

TEST_CASE("what WithinLimits accepts, the reader accepts") {
    Article a = Small();
    a.Headline = std::string(kMaxHeadlineBytes, 'h');
    a.Keywords.assign(kMaxKeywords, "k");
    a.Authors.assign(kMaxNames, std::string(kMaxNameBytes, 'a'));
    a.Body.push_back(List(kMaxListItems));
    a.Body.push_back(Paragraph(std::string(kMaxStringBytes, 'p')));
    LimitBreach b;
    REQUIRE(WithinLimits(a, &b));
    Article back;
    Error e;
    CHECK_MESSAGE(ParseArticle(WriteArticleJson(a), "a.json", &back, &e), e.Message());
}

TEST_CASE("TrimKeywords keeps distinct keywords within bounds, in order, and says what it left out") {
    std::vector<std::string> k = {"a", "", "b", "a", std::string(kMaxNameBytes + 1, 'k')};
    for (int i = 0; i < 120; ++i) k.push_back("n" + std::to_string(i));
    CHECK(TrimKeywords(&k) == "left out 23 keywords past the first 99 (with the section, a feed item holds 100 tags); "
                              "1 keyword longer than 512 bytes; 1 repeated keyword; 1 empty keyword");
    REQUIRE(k.size() == kMaxKeywords);
    CHECK(k[0] == "a");
    CHECK(k[1] == "b");
    CHECK(k[2] == "n0");
    std::vector<std::string> fine = {"x", "y"};
    CHECK(TrimKeywords(&fine).empty());
    CHECK(fine == std::vector<std::string>{"x", "y"});
}
