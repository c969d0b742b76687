// Tests of an article's and a feed item's "scripts" (ISO 15924 codes of the shaped scripts its text uses): read
// and written by the model (article_json, feed_json, bundle_write), bounded and checked by limits.
#include "model/article_json.h"
#include "model/bundle_write.h"
#include "model/feed_json.h"
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

std::string ArticleWith(const std::string& scripts) {
    return R"({"folioFormat":1,"id":"x","headline":"H","body":[],"scripts":)" + scripts + "}";
}

std::string FeedWith(const std::string& scripts) {
    return R"({"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"x","content_text":"H",)"
           R"("_folio":{"article":"articles/x.json","scripts":)" + scripts + "}}]}";
}

} // namespace

TEST_CASE("IsScriptCode: ISO 15924's shape, one capital and three small letters") {
    for (const char* ok : {"Arab", "Hebr", "Deva", "Thai", "Mymr", "Zyyy"}) CHECK(IsScriptCode(ok));
    for (const char* bad : {"", "arab", "ARAB", "Ara", "Arabic", "Ar4b", "Arab ", "1234"}) CHECK_FALSE(IsScriptCode(bad));
}

TEST_CASE("an article's scripts are written, read back, and left out when there are none") {
    Article a = Small();
    a.Scripts = {"Arab", "Hebr"};
    const std::string json = WriteArticleJson(a);
    CHECK(json.find("\"scripts\": [\n    \"Arab\",\n    \"Hebr\"\n  ]") != std::string::npos);
    Article back;
    Error e;
    REQUIRE(ParseArticle(json, "articles/x.json", &back, &e));
    CHECK(back.Scripts == std::vector<std::string>{"Arab", "Hebr"});
    CHECK(WriteArticleJson(Small()).find("scripts") == std::string::npos);
}

TEST_CASE("a feed item's _folio.scripts is written and read back") {
    FeedItem item;
    item.Id = "x";
    item.Title = "H";
    item.ArticleUrl = "articles/x.json";
    item.Scripts = {"Deva", "Thai"};
    Feed page;
    page.Title = "T";
    Feed f;
    Error e;
    REQUIRE_MESSAGE(ParseFeed(WriteFeedJson(page, {WriteFeedItemJson(item)}), "feed.json", &f, &e), e.Message());
    REQUIRE(f.Items.size() == 1);
    CHECK(f.Items[0].Scripts == std::vector<std::string>{"Deva", "Thai"});
    item.Scripts.clear();
    CHECK(WriteFeedItemJson(item).find("scripts") == std::string::npos);
}

TEST_CASE("scripts that are not an array of strings, or more than 32, are refused with their path") {
    auto refused = [](const std::string& json) {
        Article a;
        Error e;
        CHECK_FALSE(ParseArticle(json, "articles/x.json", &a, &e));
        return e.Path + ": " + e.Reason;
    };
    CHECK(refused(ArticleWith(R"("Arab")")) == "$.scripts: expected an array");
    CHECK(refused(ArticleWith("[1]")) == "$.scripts[0]: expected a string");
    std::string many = "[";
    for (int i = 0; i < 33; ++i) many += std::string(i ? "," : "") + "\"Arab\"";
    CHECK(refused(ArticleWith(many + "]")) == "$.scripts: 33 entries; the limit is 32");
    Feed f;
    Error e;
    CHECK_FALSE(ParseFeed(FeedWith("{}"), "feed.json", &f, &e));
    CHECK(e.Path + ": " + e.Reason == "$.items[0]._folio.scripts: expected an array");
}

TEST_CASE("WithinLimits: scripts must be ISO 15924 codes, at most 32") {
    Article a = Small();
    a.Scripts = {"Arab", "Deva"};
    LimitBreach b;
    CHECK(WithinLimits(a, &b));
    a.Scripts = {"Arab", "arabic"};
    REQUIRE_FALSE(WithinLimits(a, &b));
    CHECK(b.Member == "scripts");
    CHECK(b.Reason == "script \"arabic\" is not an ISO 15924 code (like Arab or Deva)");
    a.Scripts.assign(33, "Arab");
    REQUIRE_FALSE(WithinLimits(a, &b));
    CHECK(b.Reason == "a list of scripts of 33 codes; the limit is 32");
}
