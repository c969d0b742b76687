// Tests of model/bundle_write.cpp: articles and feed pages written and read back unchanged, spans written in
// their short form when plain, and the same model always giving the same bytes.
#include "model/article_json.h"
#include "model/bundle_write.h"
#include "model/feed_json.h"
#include "model/base64.h"
#include "model/limits.h"
#include "model/thumbhash.h"

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
    ph.Image = Photo{"img/a.jpg", "alt", "caption", "credit", 640, 480, {}, {}};
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

TEST_CASE("a page's number and newer neighbour survive writing and reading back; a page put together from items "
          "serialized one by one is the same bytes") {
    Feed f;
    f.Title = "T";
    f.NextUrl = "feed-6.json";
    f.NewerUrl = "feed-8.json";
    f.Page = 7;
    for (const char* id : {"b", "a"}) {
        FeedItem item;
        item.Id = id;
        item.Title = std::string("Title ") + id;
        item.Tags = {"k"};
        item.ArticleUrl = std::string("articles/") + id + ".json";
        item.Image.Src = "media/p.jpg";
        f.Items.push_back(item);
    }
    const std::string json = WriteFeedJson(f);
    CHECK(json.find("\"_folio\": {\n    \"format\": 1,\n    \"page\": 7,\n    \"newer_url\": \"feed-8.json\"\n  }") != std::string::npos);
    Feed g;
    Error e;
    REQUIRE_MESSAGE(ParseFeed(json, "feed-7.json", &g, &e), e.Message());
    CHECK(g.Page == 7);
    CHECK(g.NewerUrl == "feed-8.json");
    CHECK(WriteFeedJson(g) == json);
    CHECK(WriteFeedJson(f, {WriteFeedItemJson(f.Items[0]), WriteFeedItemJson(f.Items[1])}) == json);
    Feed empty = f;
    empty.Items.clear();
    CHECK(WriteFeedJson(f, {}) == WriteFeedJson(empty));
    CHECK_FALSE(ParseFeed(R"({"version":"https://jsonfeed.org/version/1.1","title":"T","_folio":{"format":1,"page":0},"items":[]})",
                          "feed.json", &g, &e));
    CHECK_MESSAGE(e.Message().find("$._folio.page: 0 is outside 1 to") != std::string::npos, e.Message());
}

TEST_CASE("a photo's size, placeholder and variants survive writing and reading back, in a fixed order") {
    std::vector<uint8_t> hash;
    std::string why;
    const std::vector<uint8_t> rgba(4 * 4 * 4, 200);
    REQUIRE(ThumbHashFromRgba(4, 4, rgba.data(), rgba.size(), &hash, &why));
    Article a;
    a.Id = "p";
    a.Headline = "H";
    Block ph;
    ph.Type = BlockType::Photo;
    ph.Image.Src = "../media/b.jpg";
    ph.Image.Alt = "alt";
    ph.Image.Width = 640;
    ph.Image.Height = 480;
    ph.Image.Placeholder = ToBase64(hash);
    ph.Image.Variants = {ImageVariant{320, 240, "image/webp", "../media/a.webp", 1234},
                         ImageVariant{640, 480, "image/jpeg", "https://example.org/media/b.jpg", 56789}};
    a.Body.push_back(ph);
    const std::string json = WriteArticleJson(a);
    CHECK(json.find("\"placeholder\"") < json.find("\"variants\""));
    CHECK(json.find("\"url\": \"../media/a.webp\",\n") != std::string::npos);
    Article back;
    Error e;
    REQUIRE_MESSAGE(ParseArticle(json, "p.json", &back, &e), e.Message());
    const Photo& p = back.Body.at(0).Image;
    CHECK(p.Width == 640);
    CHECK(p.Height == 480);
    CHECK(p.Placeholder == ph.Image.Placeholder);
    REQUIRE(p.Variants.size() == 2);
    for (size_t k = 0; k < 2; ++k) {
        CHECK(p.Variants[k].Width == ph.Image.Variants[k].Width);
        CHECK(p.Variants[k].Height == ph.Image.Variants[k].Height);
        CHECK(p.Variants[k].Type == ph.Image.Variants[k].Type);
        CHECK(p.Variants[k].Url == ph.Image.Variants[k].Url);
        CHECK(p.Variants[k].Bytes == ph.Image.Variants[k].Bytes);
    }
    CHECK(WriteArticleJson(back) == json);
    LimitBreach breach;
    CHECK(WithinLimits(a, &breach));
    a.Body[0].Image.Variants[1].Type = "image/gif";
    CHECK_FALSE(WithinLimits(a, &breach));
    CHECK(breach.Reason.find("image/gif") != std::string::npos);
}

TEST_CASE("an article's lead image and a feed item's thumbnail survive writing and reading back") {
    Article a;
    a.Id = "lead";
    a.Headline = "H";
    a.Image.Src = "../media/c.jpg";
    a.Image.Alt = "A harbour at dawn";
    a.Image.Credit = "Photo: A. Person (CC BY-SA 4.0)";
    a.Image.Width = 1920;
    a.Image.Height = 1280;
    a.Image.Variants = {ImageVariant{320, 213, "image/webp", "../media/c.webp", 900}};
    Block p;
    p.Type = BlockType::Paragraph;
    p.Text = RichText::Plain("Text.");
    a.Body.push_back(p);
    const std::string json = WriteArticleJson(a);
    CHECK(json.find("\"image\": {\n    \"@type\": \"ImageObject\"") != std::string::npos);
    Article back;
    Error e;
    REQUIRE_MESSAGE(ParseArticle(json, "lead.json", &back, &e), e.Message());
    CHECK(back.Image.Src == "../media/c.jpg");
    CHECK(back.Image.Alt == "A harbour at dawn");
    CHECK(back.Image.Height == 1280);
    REQUIRE(back.Image.Variants.size() == 1);
    CHECK(back.Image.Variants[0].Url == "../media/c.webp");
    CHECK(WriteArticleJson(back) == json);

    // A lead image that is not an object, or whose source is refused, is an error naming the field.
    std::string bad = json;
    bad.replace(bad.find("\"src\": \"../media/c.jpg\""), 23, "\"src\": \"javascript:x()\"");
    CHECK_FALSE(ParseArticle(bad, "lead.json", &back, &e));
    CHECK(e.Message().find("image.src") != std::string::npos);

    Feed f;
    f.Title = "T";
    FeedItem item;
    item.Id = "lead";
    item.ArticleUrl = "articles/lead.json";
    item.Image = a.Image;
    item.Image.Src = "media/c.jpg";
    item.Image.Variants[0].Url = "media/c.webp";
    f.Items = {item};
    const std::string feed_json = WriteFeedJson(f);
    CHECK(feed_json.find("\"image\": \"media/c.jpg\"") != std::string::npos); // JSON Feed's own field
    Feed g;
    REQUIRE_MESSAGE(ParseFeed(feed_json, "feed.json", &g, &e), e.Message());
    CHECK(g.Items[0].Image.Src == "media/c.jpg");
    CHECK(g.Items[0].Image.Alt == "A harbour at dawn");
    REQUIRE(g.Items[0].Image.Variants.size() == 1);
    CHECK(g.Items[0].Image.Variants[0].Url == "media/c.webp");
    CHECK(WriteFeedJson(g) == feed_json);
}
