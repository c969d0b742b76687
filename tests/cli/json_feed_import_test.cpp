// Tests of cli/json_feed_import.cpp (through ImportSource, as build calls it): JSON Feed 1.1 and 1.0 items to
// articles, and what it refuses: JSON that does not parse, members of the wrong type (with their JSON path), no
// items, duplicate ids; dates that do not parse are warnings.
#include "cli/feed_entries.h"
#include "cli/importer.h"
#include "cli/json_feed_import.h"
#include "test_errors.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::cli;
using folio::test::Messages;

namespace {

std::vector<ImportedArticle> Imported(const std::string& json, std::vector<Error>* warnings = nullptr) {
    std::vector<ImportedArticle> got;
    std::vector<Error> w;
    Error e;
    REQUIRE_MESSAGE(ImportSource(json, "other.json", ImportOptions{}, &got, warnings ? warnings : &w, &e), e.Message());
    return got;
}

Error Refused(const std::string& json) {
    std::vector<ImportedArticle> got;
    std::vector<Error> w;
    Error e;
    CHECK_FALSE(ImportJsonFeed(json, "other.json", ImportOptions{}, &got, &w, &e));
    CHECK(got.empty());
    CHECK(e.File == "other.json");
    return e;
}

std::string JsonFeed(const std::string& items, const std::string& extra = "") {
    return "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Valley Post\", "
           "\"home_page_url\": \"https://valley.example/news/\"" + extra + ", \"items\": [" + items + "]}";
}

} // namespace

TEST_CASE("a JSON Feed item's members become the article's") {
    const auto got = Imported(JsonFeed(
        "{\"id\": \"vp-1201\", \"url\": \"2026/bridge-reopens\", \"title\": \"Bridge reopens & traffic flows\","
        " \"summary\": \"After two years of repairs.\", \"content_html\": \"<p>The <em>old</em> bridge is open.</p><p>Two.</p>\","
        " \"image\": \"https://valley.example/img/bridge.jpg\", \"banner_image\": \"https://valley.example/img/banner.jpg\","
        " \"date_published\": \"2026-03-07T08:00:00-05:00\", \"date_modified\": \"2026-03-07T09:00:00-05:00\","
        " \"authors\": [{\"name\": \"Rosa Diaz\"}, {\"url\": \"https://valley.example/staff\"}], \"tags\": [\"roads\", \"city\"],"
        " \"language\": \"en-US\"}",
        ", \"language\": \"es\""));
    REQUIRE(got.size() == 1);
    const Article& a = got[0].Item;
    CHECK(got[0].From == "other.json: item 1");
    CHECK(a.Headline == "Bridge reopens & traffic flows");
    CHECK(a.Description == "After two years of repairs.");
    REQUIRE(a.Body.size() == 2);
    CHECK(a.Body[0].Text.PlainText() == "The old bridge is open.");
    CHECK(a.Url == "https://valley.example/news/2026/bridge-reopens");
    CHECK(a.Image.Src == "https://valley.example/img/bridge.jpg");
    CHECK(a.DatePublished == "2026-03-07T08:00:00-05:00");
    CHECK(a.DateModified == "2026-03-07T09:00:00-05:00");
    CHECK(a.Authors == std::vector<std::string>{"Rosa Diaz"});
    CHECK(a.Keywords == std::vector<std::string>{"roads", "city"});
    CHECK(a.Language == "en-US");
    CHECK(a.Publisher == "Valley Post");
    CHECK(a.Id == FeedItemId(a.Url, a.Headline, "vp-1201"));
    CHECK(a.Id.rfind("bridge-reopens-", 0) == 0);
}

TEST_CASE("content_text to paragraphs, banner_image, JSON Feed 1.0's author, a numeric id, the feed's language") {
    const auto got = Imported(JsonFeed(
        "{\"id\": 42, \"title\": \"Snow\", \"content_text\": \"First.\\n\\nSecond\\nline.\", "
        "\"banner_image\": \"https://valley.example/b.jpg\", \"author\": {\"name\": \"Old Style\"}}",
        ", \"language\": \"es\""));
    REQUIRE(got.size() == 1);
    const Article& a = got[0].Item;
    REQUIRE(a.Body.size() == 2);
    CHECK(a.Body[1].Text.PlainText() == "Second line.");
    CHECK(a.Image.Src == "https://valley.example/b.jpg");
    CHECK(a.Authors == std::vector<std::string>{"Old Style"});
    CHECK(a.Language == "es");
    CHECK(a.Id == FeedItemId("", "Snow", "42"));
}

TEST_CASE("members of the wrong type are refused with their JSON path") {
    CHECK(Refused(JsonFeed("{\"id\": \"1\", \"title\": 7}")).Message() == "other.json: $.items[0].title: expected a string");
    CHECK(Refused(JsonFeed("{\"id\": \"1\", \"title\": \"t\"}, {\"id\": \"2\", \"tags\": \"one\"}")).Path == "$.items[1].tags");
    CHECK(Refused(JsonFeed("{\"id\": \"1\", \"authors\": [\"Ann\"]}")).Path == "$.items[0].authors[0]");
    CHECK(Refused(JsonFeed("{\"id\": {\"x\": 1}}")).Path == "$.items[0].id");
    CHECK(Refused(JsonFeed("\"just text\"")).Path == "$.items[0]");
    CHECK(Refused("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": {}}").Path == "$.items");
    CHECK(Refused("{\"version\": \"https://jsonfeed.org/version/1.1\"}").Message() == "other.json: $.items: missing");
    CHECK(Refused("[1, 2]").Path == "$");
    CHECK(Refused(JsonFeed("{\"id\": \"1\", \"title\": \"t\"}", ", \"language\": 3")).Path == "$.language");
}

TEST_CASE("JSON that does not parse is refused with where") {
    const Error e = Refused("{\"version\": \"https://jsonfeed.org/version/1.1\",\n \"items\": [\n {\"id\": 1,}]}");
    CHECK(e.Message().find("line 3") != std::string::npos);
}

TEST_CASE("two items with one id are refused naming both; no items, and too many, are refused") {
    const Error e = Refused(JsonFeed("{\"id\": \"x\", \"title\": \"a\"}, {\"id\": \"y\", \"title\": \"b\"}, {\"id\": \"x\", \"title\": \"c\"}"));
    CHECK(e.Message() == "other.json: item 3: its guid \"x\" is also item 1's: each item needs its own guid (or link)");
    CHECK(Refused(JsonFeed("")).Reason == "the feed has no items");
    std::string items;
    for (size_t i = 0; i <= kMaxFeedEntries; ++i) items += std::string(i ? "," : "") + "{\"id\": \"" + std::to_string(i) + "\"}";
    CHECK(Refused(JsonFeed(items)).Path == "$.items");
}

TEST_CASE("a date that does not parse is a warning and no date; an item with nothing is left out") {
    std::vector<Error> w;
    const auto got = Imported(JsonFeed("{\"id\": \"1\", \"title\": \"a\", \"date_published\": \"07/03/2026\"},"
                                   "{\"id\": \"2\"},"
                                   "{\"id\": \"3\", \"title\": \"c\", \"date_published\": \"Sat, 07 Mar 2026 10:00:00 GMT\"}"),
                              &w);
    REQUIRE(got.size() == 2);
    CHECK(got[0].Item.DatePublished.empty());
    CHECK(Messages(w).find("other.json: item 1: date_published \"07/03/2026\" is not an RFC 822 or RFC 3339 date; left out") != std::string::npos);
    CHECK(Messages(w).find("other.json: item 2: has no title and no text; left out") != std::string::npos);
    CHECK(got[1].Item.DatePublished == "2026-03-07T10:00:00Z");
    CHECK(got[1].From == "other.json: item 3");
}
