// Tests of cli/wordpress_import.cpp (through ImportSource, as build reads a .json source, and ImportWordPress for
// inputs source_kind.h does not send it): posts to articles, their stable ids, _embedded authors, terms and the
// featured image, posts not published, and refusals naming the JSON path of every member of the wrong type.
#include "cli/importer.h"
#include "cli/item_refs.h"
#include "cli/wordpress_import.h"
#include "model/article_json.h"
#include "model/bundle_write.h"
#include "model/limits.h"
#include "test_errors.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::cli;

namespace {

struct Result {
    bool Ok = false;
    std::vector<ImportedArticle> Articles;
    std::vector<Error> Warnings;
    Error Err;
};

Result Import(const std::string& json, ImportOptions o = ImportOptions{}) {
    Result r;
    r.Ok = ImportSource(json, "posts.json", o, &r.Articles, &r.Warnings, &r.Err);
    return r;
}

// Straight to the importer: for shapes source_kind.h would not call WordPress.
Result Direct(const std::string& json) {
    Result r;
    r.Ok = ImportWordPress(json, "posts.json", ImportOptions{}, &r.Articles, &r.Warnings, &r.Err);
    return r;
}

bool Warned(const std::vector<Error>& warnings, const std::string& text) {
    return test::Messages(warnings).find(text) != std::string::npos;
}

const char kPosts[] = R"([
  {"id": 101, "date": "2026-11-30T10:00:00", "date_gmt": "2026-11-30T09:00:00", "modified_gmt": "2026-11-30T11:15:00",
   "guid": {"rendered": "https://blog.folio.example/?p=101"}, "slug": "night-trains-return", "status": "publish",
   "type": "post", "link": "https://blog.folio.example/2026/11/30/night-trains-return/",
   "title": {"rendered": "Night trains &#8220;return&#8221; &amp; more"},
   "content": {"rendered": "<p>First.</p>", "protected": false},
   "excerpt": {"rendered": "<p>Sleepers are back [&hellip;]</p>\n", "protected": false},
   "author": 3, "featured_media": 9, "categories": [4], "tags": [7, 8],
   "_embedded": {
     "author": [{"id": 3, "name": "Ann Lee"}],
     "wp:featuredmedia": [{"id": 9, "media_type": "image", "source_url": "https://blog.folio.example/wp-content/uploads/train.jpg",
                           "alt_text": "A sleeper train at dusk", "caption": {"rendered": "<p>The 22:10 to Vienna.</p>"},
                           "media_details": {"width": 1600, "height": 900}}],
     "wp:term": [[{"taxonomy": "category", "name": "Travel"}, {"taxonomy": "category", "name": "Europe"}],
                 [{"taxonomy": "post_tag", "name": "Rail"}, {"taxonomy": "post_tag", "name": "Arts &amp; Culture"}]]}},
  {"id": 102, "date_gmt": "2026-11-29T08:00:00", "guid": {"rendered": "https://blog.folio.example/?p=102"},
   "slug": "%d0%bf%d0%be%d0%b5%d0%b7%d0%b4", "status": "publish", "link": "https://blog.folio.example/?p=102",
   "title": {"rendered": "Second"}, "content": {"rendered": "<p>Two.</p>"}, "excerpt": {"rendered": ""}}
])";

} // namespace

TEST_CASE("an array of WordPress posts gives an article each, with their members") {
    Result r = Import(kPosts);
    REQUIRE_MESSAGE(r.Ok, r.Err.Message());
    REQUIRE(r.Articles.size() == 2);
    const Article& a = r.Articles[0].Item;
    CHECK(r.Articles[0].From == "posts.json: post 1");
    CHECK(r.Articles[1].From == "posts.json: post 2");
    CHECK(a.Headline == "Night trains \xE2\x80\x9Creturn\xE2\x80\x9D & more");
    CHECK(a.Description == "Sleepers are back\xE2\x80\xA6");
    CHECK(a.DatePublished == "2026-11-30T09:00:00Z");
    CHECK(a.DateModified == "2026-11-30T11:15:00Z");
    CHECK(a.Url == "https://blog.folio.example/2026/11/30/night-trains-return/");
    CHECK(a.Language == "en"); // WordPress does not say: ImportSource detects it (CLD2)
    CHECK(a.Authors == std::vector<std::string>{"Ann Lee"});
    CHECK(a.Section == "Travel");
    CHECK(a.Keywords == std::vector<std::string>{"Rail", "Arts & Culture", "Europe"});
    CHECK(a.Image.Src == "https://blog.folio.example/wp-content/uploads/train.jpg");
    CHECK(a.Image.Alt == "A sleeper train at dusk");
    CHECK(a.Image.Caption == "The 22:10 to Vienna.");
    CHECK(a.Image.Width == 1600);
    REQUIRE(a.Body.size() == 1);
    CHECK(a.Body[0].Text.PlainText() == "First.");
    CHECK(a.Id.rfind("night-trains-return-", 0) == 0);
    CHECK(ValidArticleId(a.Id));
    // a percent-encoded (Cyrillic) slug is decoded and transliterated: "поезд" reads "poezd"
    CHECK(r.Articles[1].Item.Id.rfind("poezd-", 0) == 0);
    CHECK(ValidArticleId(r.Articles[1].Item.Id));
    Article back;
    Error e;
    CHECK_MESSAGE(ParseArticle(WriteArticleJson(a), "a.json", &back, &e), e.Message());
}

TEST_CASE("a WordPress post's id is stable and two sites' posts of one slug do not collide") {
    const std::string one = R"({"id": 5, "slug": "hello-world", "guid": {"rendered": "https://a.example/?p=5"}, "status": "publish",
        "title": {"rendered": "Hello"}, "content": {"rendered": "<p>x</p>"}})";
    std::string other = one;
    other.replace(other.find("a.example"), 9, "b.example");
    Result a = Import(one), a2 = Import(one), b = Import(other);
    REQUIRE((a.Ok && a2.Ok && b.Ok));
    CHECK(a.Articles[0].Item.Id == a2.Articles[0].Item.Id);
    CHECK(a.Articles[0].Item.Id != b.Articles[0].Item.Id);
    CHECK(a.Articles[0].Item.Id.rfind("hello-world-", 0) == 0);
    CHECK(a.Articles[0].From == "posts.json"); // one post object: the file alone names it
    // no date_gmt (a draft's is null): the local date in --utc-offset's zone
    ImportOptions o;
    o.UtcOffset = "+02:00";
    Result local = Import(R"({"id": 6, "date": "2026-01-02T03:04:05", "date_gmt": null, "title": {"rendered": "T"},
        "content": {"rendered": "<p>x</p>"}})", o);
    REQUIRE_MESSAGE(local.Ok, local.Err.Message());
    CHECK(local.Articles[0].Item.DatePublished == "2026-01-02T03:04:05+02:00");
}

TEST_CASE("WordPress posts not published give no article and a warning naming the post and why") {
    Result r = Import(R"([{"id": 1, "status": "draft", "title": {"rendered": "D"}, "content": {"rendered": "<p>d</p>"}},
        {"id": 2, "status": "publish", "title": {"rendered": "P"}, "content": {"rendered": "<p>p</p>", "protected": true}},
        {"id": 3, "status": "publish", "title": {"rendered": "Shown"}, "content": {"rendered": "<p>s</p>"}}])");
    REQUIRE_MESSAGE(r.Ok, r.Err.Message());
    REQUIRE(r.Articles.size() == 1);
    CHECK(r.Articles[0].Item.Headline == "Shown");
    CHECK(r.Articles[0].From == "posts.json: post 3");
    CHECK_MESSAGE(Warned(r.Warnings, "posts.json: post 1: $[0].status: the post's status is \"draft\": not published"),
                  test::Messages(r.Warnings));
    CHECK(Warned(r.Warnings, "posts.json: post 2: $[1].content.protected: the post is password-protected: not published"));
}

TEST_CASE("WordPress inputs that give no posts are refused with the file and why") {
    Result empty = Import("[]");
    CHECK_FALSE(empty.Ok);
    CHECK(empty.Err.Message().find("posts.json: is JSON of no kind Folio imports") == 0);
    Result direct = Direct("[]");
    CHECK_FALSE(direct.Ok);
    CHECK(direct.Err.Message() == "posts.json: $: an empty array: no posts");
    Result scalar = Direct("42");
    CHECK(scalar.Err.Message() == "posts.json: $: expected an object");
    Result untitled = Import(R"({"id": 1, "title": {"rendered": " "}, "content": {"rendered": "<p>x</p>"}})");
    CHECK(untitled.Err.Message() == "posts.json: $.title.rendered: no title: a post needs one to be an article");
    Result anonymous = Import(R"({"title": {"rendered": "T"}, "content": {"rendered": "<p>x</p>"}})");
    CHECK(anonymous.Err.Message() == "posts.json: $: no guid, link or id: nothing to make a stable article id from");
    ImportOptions o;
    o.Id = "mine";
    Result two = Import(kPosts, o);
    CHECK(two.Err.Message() == "posts.json: $: --id names one article, and this file holds 2 posts");
    CHECK(two.Articles.empty());
}

TEST_CASE("every WordPress member of the wrong type is refused with its JSON path") {
    const char* ok = R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "<p>x</p>"})";
    const struct {
        const char* Members; // a whole post
        const char* Message;
    } cases[] = {
        {R"("id": "one", "title": {"rendered": "T"}, "content": {"rendered": "x"})", "$.id: expected a whole number"},
        {R"("id": -1, "title": {"rendered": "T"}, "content": {"rendered": "x"})", "$.id: expected a whole number"},
        {R"("id": 1, "title": "T", "content": {"rendered": "x"})", "$.title: expected an object"},
        {R"("id": 1, "title": {"rendered": 5}, "content": {"rendered": "x"})", "$.title.rendered: expected a string"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": ["x"]})", "$.content.rendered: expected a string"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x", "protected": "no"})", "$.content.protected: expected true or false"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "excerpt": "x")", "$.excerpt: expected an object"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "guid": {"rendered": 1})", "$.guid.rendered: expected a string"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "slug": 1)", "$.slug: expected a string"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "link": {})", "$.link: expected a string"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "status": 1)", "$.status: expected a string"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "date_gmt": 1)", "$.date_gmt: expected a string"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "date_gmt": "Monday")", "$.date_gmt: \"Monday\" is not a date-time like 2026-11-30T09:00:00"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "date": "2026-13-01T00:00:00")", "$.date: \"2026-13-01T00:00:00\" is not a date-time like 2026-11-30T09:00:00"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "modified_gmt": [])", "$.modified_gmt: expected a string"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "_embedded": [])", "$._embedded: expected an object"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "_embedded": {"author": {}})", "$._embedded.author: expected an array"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "_embedded": {"author": ["Ann"]})", "$._embedded.author[0]: expected an object"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "_embedded": {"author": [{"name": 3}]})", "$._embedded.author[0].name: expected a string"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "_embedded": {"wp:term": {}})", "$._embedded.wp:term: expected an array"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "_embedded": {"wp:term": [{"name": "x"}]})", "$._embedded.wp:term[0]: expected an array"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "_embedded": {"wp:term": [["x"]]})", "$._embedded.wp:term[0][0]: expected an object"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "_embedded": {"wp:term": [[{"taxonomy": 1}]]})", "$._embedded.wp:term[0][0].taxonomy: expected a string"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "_embedded": {"wp:term": [[{"name": 1}]]})", "$._embedded.wp:term[0][0].name: expected a string"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "_embedded": {"wp:featuredmedia": "x"})", "$._embedded.wp:featuredmedia: expected an array"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "_embedded": {"wp:featuredmedia": [{"source_url": 1}]})", "$._embedded.wp:featuredmedia[0].source_url: expected a string"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "_embedded": {"wp:featuredmedia": [{"alt_text": 1}]})", "$._embedded.wp:featuredmedia[0].alt_text: expected a string"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "_embedded": {"wp:featuredmedia": [{"caption": "c"}]})", "$._embedded.wp:featuredmedia[0].caption: expected an object"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "_embedded": {"wp:featuredmedia": [{"media_type": 1}]})", "$._embedded.wp:featuredmedia[0].media_type: expected a string"},
        {R"("id": 1, "title": {"rendered": "T"}, "content": {"rendered": "x"}, "_embedded": {"wp:featuredmedia": [{"media_details": {"width": "w"}}]})", "$._embedded.wp:featuredmedia[0].media_details.width: expected a whole number"},
    };
    for (const auto& c : cases) {
        for (bool in_array : {false, true}) {
            const std::string post = std::string("{") + c.Members + "}";
            const std::string json = in_array ? "[{" + std::string(ok) + "}, " + post + "]" : post;
            Result r = Direct(json);
            CHECK_MESSAGE(!r.Ok, json);
            std::string want = std::string("posts.json: ") + c.Message;
            if (in_array) want.replace(want.find("$"), 1, "$[1]");
            CHECK_MESSAGE(r.Err.Message() == want, json << " -> " << r.Err.Message());
            CHECK(r.Articles.empty());
        }
    }
}

TEST_CASE("a WordPress post's content goes through the HTML converter, relative links against the post's link") {
    Result r = Import(R"({"id": 7, "link": "https://blog.folio.example/2026/a/", "title": {"rendered": "T"},
        "content": {"rendered": "<p>See <a href=\"/about/\">about</a>.</p><script>alert(1)</script><p onclick=\"x()\">Two</p>"}})");
    REQUIRE_MESSAGE(r.Ok, r.Err.Message());
    const Article& a = r.Articles[0].Item;
    REQUIRE(a.Body.size() == 2);
    REQUIRE(a.Body[0].Text.Spans.size() == 3);
    CHECK(a.Body[0].Text.Spans[1].Href == "https://blog.folio.example/about/");
    CHECK(a.Body[1].Text.PlainText() == "Two");
    CHECK(a.Url == "https://blog.folio.example/2026/a/");
}
