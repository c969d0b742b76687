// Tests of model/feed_json.cpp (ParseFeed) and of model/article.cpp's Feed::Find and Feed::Newest: the sample
// bundle's feed page, how its items lead to article files, and the ways a feed page can be wrong.
#include "model/article_json.h"
#include "model/feed_json.h"
#include "model/url.h"

#include <doctest/doctest.h>
#include <fstream>
#include <sstream>

using namespace folio;

namespace {

std::string ReadAsset(const std::string& rel) {
    std::ifstream in(std::string(FOLIO_TEST_BUNDLE_DIR) + "/" + rel, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// A feed page around the given items.
std::string WithItems(const std::string& items) {
    return R"({"version":"https://jsonfeed.org/version/1.1","title":"T","items":)" + items + "}";
}

Error Refused(const std::string& json) {
    Feed f;
    Error e;
    CHECK_FALSE(ParseFeed(json, "feed.json", &f, &e));
    CHECK(e.File == "feed.json");
    return e;
}

FeedItem Item(const char* id, const char* date) {
    FeedItem item;
    item.Id = id;
    item.DatePublished = date;
    return item;
}

} // namespace

TEST_CASE("the sample feed parses, and its item leads to the sample article") {
    Feed f;
    Error e;
    REQUIRE_MESSAGE(ParseFeed(ReadAsset("feed.json"), "feed.json", &f, &e), e.Message());
    CHECK(f.Title == "Folio sample bundle");
    CHECK(f.NextUrl.empty());
    // the seed and the Russian wire story, five guides, an HTML page, a ninjs item, two WordPress posts, three RSS,
    // two Atom and two JSON Feed items, the Arabic, Hebrew, Hindi and Thai stories and the English one quoting
    // Arabic and Hebrew names, newest first
    REQUIRE(f.Items.size() == 23);
    CHECK(f.Language.empty());    // the sample is in several languages: the feed names none, each item its own
    REQUIRE(f.Find("ru-wire"));
    CHECK(f.Find("ru-wire")->Language == "ru");
    // Each item names the shaped scripts its article uses, so a viewer can fetch their faces as it opens it.
    CHECK(f.Find("ru-wire")->Scripts.empty());
    struct Expected { const char* Id; const char* Language; std::vector<std::string> Scripts; };
    const Expected expected[] = {{"ar-library", "ar", {"Arab"}},           {"he-light-rail", "he", {"Hebr"}},
                                 {"hi-cycle-path", "hi", {"Deva"}},        {"th-farmers-market", "th", {"Thai"}},
                                 {"manuscripts-workshop", "en", {"Arab", "Hebr"}}, {"typography-specimen", "en", {"Arab"}}};
    for (const Expected& x : expected) {
        REQUIRE_MESSAGE(f.Find(x.Id), x.Id);
        CHECK_MESSAGE(f.Find(x.Id)->Scripts == x.Scripts, x.Id);
        CHECK_MESSAGE(f.Find(x.Id)->Language == x.Language, x.Id);
    }
    // The photo essay's item carries its lead photo as a thumbnail: narrow variants only, from the feed page.
    const FeedItem* essay = f.Find("photo-essay");
    REQUIRE(essay);
    CHECK_FALSE(essay->Image.Empty());
    CHECK_FALSE(essay->Image.Alt.empty());
    REQUIRE_FALSE(essay->Image.Variants.empty());
    for (const ImageVariant& v : essay->Image.Variants) {
        CHECK(v.Width <= 640);
        CHECK(v.Url.rfind("media/", 0) == 0);
    }
    CHECK(f.Items[0].Image.Empty()); // the seed story has none
    const FeedItem& item = f.Items[0];
    CHECK(f.Newest() == &f.Items[0]);
    CHECK(item.Id == "801a1fae005ec4bc");
    CHECK(item.Title == "Peace treaty talks with Tokyo impossible amid sanctions \xE2\x80\x94 Russian ambassador");
    CHECK(item.Summary.rfind("Russia said it was quitting", 0) == 0);
    CHECK(item.DatePublished == "2022-03-22T00:00:00Z");
    CHECK(item.Section == "All news");
    CHECK(item.ArticleUrl == "articles/801a1fae005ec4bc.json");
    CHECK(item.Tags == std::vector<std::string>{"All news"});

    std::string path = ResolveUrl("feed.json", item.ArticleUrl);
    CHECK(path == "articles/801a1fae005ec4bc.json");
    Article a;
    REQUIRE_MESSAGE(ParseArticle(ReadAsset(path), path, &a, &e), e.Message());
    CHECK(a.Id == item.Id);
    CHECK(a.Headline == item.Title);
}

TEST_CASE("next_url and JSON Feed 1.0 are read") {
    Feed f;
    Error e;
    REQUIRE(ParseFeed(R"({"version":"https://jsonfeed.org/version/1","title":"T","next_url":"feed-2.json","items":[]})",
                      "feed.json", &f, &e));
    CHECK(f.NextUrl == "feed-2.json");
    CHECK(f.Items.empty());
}

TEST_CASE("Feed::Find") {
    Feed f;
    f.Items = {Item("a", ""), Item("b", ""), Item("c", "")};
    REQUIRE(f.Find("b") != nullptr);
    CHECK(f.Find("b") == &f.Items[1]);
    CHECK(f.Find("z") == nullptr);
    CHECK(f.Find("") == nullptr);
    CHECK(Feed{}.Find("a") == nullptr);
}

TEST_CASE("Feed::Newest compares instants, not text, and ranks undated items last") {
    Feed f;
    CHECK(f.Newest() == nullptr);
    // 00:00+03:00 on the 22nd is 21:00Z on the 21st, so the 22:00Z item is newer.
    f.Items = {Item("moscow", "2022-03-22T00:00:00+03:00"), Item("utc", "2022-03-21T22:00:00Z"), Item("old", "2021-12-31")};
    REQUIRE(f.Newest() != nullptr);
    CHECK(f.Newest()->Id == "utc");

    f.Items = {Item("undated", ""), Item("bad", "yesterday"), Item("dated", "1960-01-01")};
    CHECK(f.Newest()->Id == "dated");
    f.Items = {Item("first", ""), Item("second", "")};
    CHECK(f.Newest()->Id == "first");
}

TEST_CASE("errors: not a JSON Feed") {
    Error e = Refused(R"({"version":"https://example.org/feed","title":"T","items":[]})");
    CHECK(e.Path == "$.version");
    CHECK(e.Reason == "not a JSON Feed (\"https://example.org/feed\")");
    CHECK(Refused(R"({"title":"T","items":[]})").Message() == "feed.json: $.version: missing");
    CHECK(Refused(R"({"version":1.1,"title":"T","items":[]})").Message() == "feed.json: $.version: expected a string");
    CHECK(Refused("[]").Message() == "feed.json: $: expected an object");
}

TEST_CASE("errors: the page's own fields") {
    CHECK(Refused(R"({"version":"https://jsonfeed.org/version/1.1","items":[]})").Message() == "feed.json: $.title: missing");
    CHECK(Refused(R"({"version":"https://jsonfeed.org/version/1.1","title":"T"})").Message() == "feed.json: $.items: missing");
    CHECK(Refused(WithItems("{}")).Message() == "feed.json: $.items: expected an array");
}

TEST_CASE("errors: items") {
    Error e = Refused(WithItems(R"([{"id":"a","title":"A"}])"));
    CHECK(e.Path == "$.items[0]._folio");
    CHECK(e.Reason == "missing (it says where the article file is)");

    const char* ok = R"({"id":"a","_folio":{"article":"articles/a.json"}})";
    CHECK(Refused(WithItems(std::string("[") + ok + R"(,{"id":"b","_folio":{}}])")).Message() ==
          "feed.json: $.items[1]._folio.article: missing");
    CHECK(Refused(WithItems(R"([{"id":"a","_folio":"articles/a.json"}])")).Message() ==
          "feed.json: $.items[0]._folio: expected an object");
    CHECK(Refused(WithItems(R"([{"_folio":{"article":"a.json"}}])")).Message() == "feed.json: $.items[0].id: missing");
    CHECK(Refused(WithItems(R"([{"id":"a","tags":["x",2],"_folio":{"article":"a.json"}}])")).Message() ==
          "feed.json: $.items[0].tags[1]: expected a string");
    CHECK(Refused(WithItems(R"([{"id":"a","tags":"x","_folio":{"article":"a.json"}}])")).Message() ==
          "feed.json: $.items[0].tags: expected an array");
    CHECK(Refused(WithItems("[7]")).Message() == "feed.json: $.items[0]: expected an object");
}

TEST_CASE("a wrongly typed tags field is refused even without an Error") {
    Feed f;
    CHECK_FALSE(ParseFeed(WithItems(R"([{"id":"a","tags":"x","_folio":{"article":"a.json"}}])"), "feed.json", &f, nullptr));
}

TEST_CASE("a valid feed parses with a reused Error") {
    Feed f;
    Error e{"old.json", "$", "expected an object"};
    CHECK(ParseFeed(WithItems(R"([{"id":"a","_folio":{"article":"a.json"}}])"), "feed.json", &f, &e));
}
