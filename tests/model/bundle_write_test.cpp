// Tests of model/bundle_write.cpp: articles and feed pages written and read back unchanged, spans written in
// their short form when plain, and the same model always giving the same bytes.
#include "model/article_json.h"
#include "model/bundle_write.h"
#include "model/feed_json.h"

#include <doctest/doctest.h>

using namespace folio;

namespace {

Article Sample() {
    Article a;
    a.Id = "x-1";
    a.Url = "https://example.org/articles/x-1.html";
    a.Headline = "Headline \xE2\x80\x94 with a dash";
    a.Description = "Standfirst";
    a.Section = "All news";
    a.DatePublished = "2022-03-22T00:00:00Z";
    a.DateModified = "2022-03-23T00:00:00Z";
    a.Language = "en";
    a.Authors = {"Ann Lee"};
    a.Publisher = "TASS";
    a.Keywords = {"Japan", "Russia"};
    a.Dateline = WireDateline{"MOSCOW, March 22. /TASS/.", "MOSCOW", "March 22", "TASS"};
    a.Related = {"y"};
    Block p;
    p.Text.Spans = {Span{"plain ", SpanRegular, {}}, Span{"bold link", SpanStrong | SpanLink, "https://tass.com/"}};
    Block h;
    h.Type = BlockType::Heading;
    h.Level = 3;
    h.Text = RichText::Plain("Heading");
    Block q;
    q.Type = BlockType::Quote;
    q.Text = RichText::Plain("Quoted.");
    q.Attribution = "Mikhail Galuzin";
    Block l;
    l.Type = BlockType::List;
    l.Ordered = true;
    l.Items = {RichText::Plain("one"), RichText::Plain("two")};
    Block ph;
    ph.Type = BlockType::Photo;
    ph.Image = Photo{"img/a.jpg", "alt", "caption", "credit", 640, 480};
    Block d;
    d.Type = BlockType::Divider;
    a.Body = {p, h, q, l, ph, d};
    return a;
}

} // namespace

TEST_CASE("an article survives writing and reading back") {
    const Article a = Sample();
    const std::string json = WriteArticleJson(a);
    Article b;
    Error e;
    REQUIRE_MESSAGE(ParseArticle(json, "x-1.json", &b, &e), e.Message());
    CHECK(WriteArticleJson(b) == json);
    CHECK(b.Headline == a.Headline);
    CHECK(b.Dateline.Agency == "TASS");
    REQUIRE(b.Body.size() == a.Body.size());
    CHECK(b.Body[0].Text.Spans[1].Style == (SpanStrong | SpanLink));
    CHECK(b.Body[0].Text.Spans[1].Href == "https://tass.com/");
    CHECK(b.Body[2].Attribution == "Mikhail Galuzin");
    CHECK(b.Body[3].Items.size() == 2);
    CHECK(b.Body[4].Image.Width == 640);
    CHECK(b.Body[5].Type == BlockType::Divider);
    CHECK(json.find("\"folioFormat\": 1") != std::string::npos);
    CHECK(json.find("\"wordCount\": " + std::to_string(a.WordCount())) != std::string::npos);
    CHECK(json.find("\"text\": \"Quoted.\"") != std::string::npos); // plain text is a plain string
    CHECK(json.back() == '\n');
}

TEST_CASE("a feed page survives writing and reading back, with content_text for JSON Feed") {
    Feed f;
    f.Title = "T";
    f.Language = "en";
    f.HomePageUrl = "https://example.org/";
    f.FeedUrl = "https://example.org/feed.json";
    f.NextUrl = "feed-2.json";
    FeedItem item;
    item.Id = "x-1";
    item.Url = "articles/x-1.html";
    item.Title = "Title";
    item.DatePublished = "2022-03-22T00:00:00Z";
    item.Tags = {"All news"};
    item.Authors = {"Ann Lee"};
    item.ArticleUrl = "articles/x-1.json";
    item.Section = "All news";
    f.Items = {item};
    const std::string json = WriteFeedJson(f);
    Feed g;
    Error e;
    REQUIRE_MESSAGE(ParseFeed(json, "feed.json", &g, &e), e.Message());
    CHECK(WriteFeedJson(g) == json);
    CHECK(g.NextUrl == "feed-2.json");
    CHECK(g.Items[0].ArticleUrl == "articles/x-1.json");
    CHECK(g.Items[0].Authors == std::vector<std::string>{"Ann Lee"});
    CHECK(json.find("\"content_text\": \"Title\"") != std::string::npos); // no summary: the title stands in
    CHECK(json.find("\"version\": \"https://jsonfeed.org/version/1.1\"") != std::string::npos);
}
