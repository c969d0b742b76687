// Tests of cli/ninjs_import.cpp (through ImportSource, as build reads a .json source) and cli/item_refs.cpp: a ninjs
// 2.x item's members to the article's, 1.x's members, the stable id, photos from renditions and associations,
// pubstatus and embargoes against --now, and refusals naming the JSON path of every member of the wrong type.
#include "cli/importer.h"
#include "cli/item_refs.h"
#include "cli/ninjs_import.h"
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

Result Import(const std::string& json, const std::string& now = "2026-12-01T12:00:00Z", const std::string& file = "item.json") {
    Result r;
    ImportOptions o;
    o.Now = now;
    r.Ok = ImportSource(json, file, o, &r.Articles, &r.Warnings, &r.Err);
    return r;
}

Article One(const std::string& json, std::vector<Error>* warnings = nullptr) {
    Result r = Import(json);
    REQUIRE_MESSAGE(r.Ok, r.Err.Message());
    REQUIRE(r.Articles.size() == 1);
    if (warnings) *warnings = r.Warnings;
    return r.Articles[0].Item;
}

bool Warned(const std::vector<Error>& warnings, const std::string& text) {
    return test::Messages(warnings).find(text) != std::string::npos;
}

// A 2.x item with a plain-text body (the HTML body is tested where HtmlToBlocks is).
const char kItem[] = R"({
  "uri": "urn:newsml:folio.example:20261201:harbour-ferry",
  "type": "text", "version": "3", "pubstatus": "usable", "language": "nb",
  "firstcreated": "2026-12-01T08:00:00+01:00", "versioncreated": "2026-12-01T09:30:00+01:00",
  "headlines": [{"role": "sub", "value": "The old boat is back"}, {"role": "main", "value": "Harbour ferry returns"}],
  "descriptions": [{"role": "summary", "value": "Service resumes on Monday."}],
  "bodies": [{"role": "main", "contenttype": "text/plain", "value": "First paragraph\nwrapped.\n\nSecond one."}],
  "by": "By Kari Nordmann", "located": "BERGEN", "copyrightholder": "Folio Wire",
  "subjects": [{"name": "Transport", "uri": "x"}, {"uri": "no-name"}], "genres": [{"name": "Current"}],
  "associations": [
    {"name": "mainpic", "type": "picture", "headline": "The ferry at the quay",
     "descriptions": [{"role": "caption", "value": "The ferry Fjordbris at Bryggen."}], "copyrightholder": "Folio Photo",
     "renditions": [{"name": "thumb", "href": "https://img.example/t.jpg", "contenttype": "image/jpeg", "width": 100, "height": 60},
                    {"name": "large", "href": "https://img.example/l.jpg", "contenttype": "image/jpeg", "width": 2000, "height": 1200},
                    {"name": "doc", "href": "https://img.example/x.pdf", "contenttype": "application/pdf", "width": 9000, "height": 9000}]},
    {"name": "second", "type": "picture", "description_text": "The quay.", "by": "A. Photographer",
     "renditions": [{"href": "photos/quay.jpg", "width": 800, "height": 600}]},
    {"name": "related", "type": "text", "uri": "urn:other"}
  ]
})";

} // namespace

TEST_CASE("a ninjs 2.x item gives an article with its members") {
    std::vector<Error> w;
    const Article a = One(kItem, &w);
    CHECK(a.Headline == "Harbour ferry returns");
    CHECK(a.Description == "Service resumes on Monday.");
    CHECK(a.Language == "nb");
    CHECK(a.DatePublished == "2026-12-01T08:00:00+01:00");
    CHECK(a.DateModified == "2026-12-01T09:30:00+01:00");
    CHECK(a.Authors == std::vector<std::string>{"Kari Nordmann"});
    CHECK(a.Dateline.Place == "BERGEN");
    CHECK(a.Publisher == "Folio Wire");
    CHECK(a.Keywords == std::vector<std::string>{"Transport", "Current"});
    REQUIRE(a.Body.size() == 3);
    CHECK(a.Body[0].Text.PlainText() == "First paragraph wrapped.");
    CHECK(a.Body[1].Text.PlainText() == "Second one.");
    // the first picture is the lead, its largest image rendition (not the larger PDF)
    CHECK(a.Image.Src == "https://img.example/l.jpg");
    CHECK(a.Image.Width == 2000);
    CHECK(a.Image.Height == 1200);
    CHECK(a.Image.Caption == "The ferry Fjordbris at Bryggen.");
    CHECK(a.Image.Alt == "The ferry at the quay");
    CHECK(a.Image.Credit == "Folio Photo");
    // the second picture follows the body, its relative href left for the build to find in the source folder
    CHECK(a.Body[2].Type == BlockType::Photo);
    CHECK(a.Body[2].Image.Src == "photos/quay.jpg");
    CHECK(a.Body[2].Image.Caption == "The quay.");
    CHECK(a.Body[2].Image.Credit == "A. Photographer");
    CHECK_MESSAGE(w.empty(), test::Messages(w));
    // what it gives is what the readers read back
    Article back;
    Error e;
    CHECK_MESSAGE(ParseArticle(WriteArticleJson(a), "a.json", &back, &e), e.Message());
}

TEST_CASE("a ninjs item's id is a readable slug and a hash of its uri: stable, and distinct for distinct uris") {
    const Article a = One(kItem);
    CHECK(ValidArticleId(a.Id));
    CHECK(a.Id.rfind("harbour-ferry-", 0) == 0);
    CHECK(a.Id.size() == std::string("harbour-ferry-").size() + kStableIdHashDigits);
    CHECK(One(kItem).Id == a.Id);
    // another publisher's item with the same last segment
    std::string other = kItem;
    other.replace(other.find("folio.example"), 13, "other.example");
    const Article b = One(other);
    CHECK(b.Id.rfind("harbour-ferry-", 0) == 0);
    CHECK(b.Id != a.Id);
    // a percent-encoded Cyrillic segment is decoded and transliterated; nothing readable: the fallback word
    CHECK(One(R"({"uri": "urn:%D0%BF:::", "headline": "H"})").Id.rfind("p-", 0) == 0);
    CHECK(One(R"({"uri": "urn:%F0%9F%98%80:::", "headline": "H"})").Id.rfind("ninjs-", 0) == 0);
    CHECK(StableId("Ça va? Très-bien!", "k", "x").rfind("ca-va-tres-bien-", 0) == 0); // transliterated (ICU)
    CHECK(StableId("%D0%BF%D0%BE%D1%80%D1%82", "k", "x").rfind("port-", 0) == 0);     // decoded, then transliterated
    CHECK(StableId(std::string(500, 'a'), "k", "x").size() == kStableSlugBytes + 1 + kStableIdHashDigits);
}

TEST_CASE("ninjs 1.x members: headline, description_text, body_text, renditions and associations keyed by name") {
    const Article a = One(R"({"uri": "http://wire.example/2019/item-77", "headline": "Old style", "description_text": "Standfirst.",
      "body_text": "One.\n\nTwo.", "subject": [{"name": "Politics"}], "versioncreated": "2019-05-01T10:00:00Z",
      "associations": {"featureimage": {"type": "picture", "description_text": "A caption.",
        "renditions": {"baseImage": {"href": "https://img.example/b.jpg", "mimetype": "image/jpeg", "width": 640, "height": 480}}}}})");
    CHECK(a.Headline == "Old style");
    CHECK(a.Description == "Standfirst.");
    REQUIRE(a.Body.size() == 2);
    CHECK(a.Keywords == std::vector<std::string>{"Politics"});
    CHECK(a.DatePublished == "2019-05-01T10:00:00Z");
    CHECK(a.DateModified.empty());
    CHECK(a.Image.Src == "https://img.example/b.jpg");
    CHECK(a.Image.Caption == "A caption.");
    CHECK(a.Image.Alt.empty()); // no alt text is made up from the caption
    CHECK(a.Id.rfind("item-77-", 0) == 0);
}

TEST_CASE("a picture item's own largest image rendition is its lead photo") {
    const Article a = One(R"({"uri": "u:pic", "type": "picture", "headline": "A picture",
      "renditions": [{"href": "https://img.example/s.jpg", "contenttype": "image/jpeg", "width": 10, "height": 10},
                     {"href": "https://img.example/b.jpg", "contenttype": "image/jpeg", "width": 30, "height": 30}]})");
    CHECK(a.Image.Src == "https://img.example/b.jpg");
}

TEST_CASE("image references that are neither http(s) nor inside the source folder are left out with a warning") {
    for (const char* href : {"file:///etc/passwd.jpg", "/etc/hosts.jpg", "data:image/png;base64,AAAA", "javascript:alert(1)"}) {
        std::vector<Error> w;
        const Article a = One(std::string(R"({"uri": "u:x", "headline": "H", "renditions": [{"href": ")") + href +
                              R"(", "contenttype": "image/jpeg"}]})", &w);
        CHECK_MESSAGE(a.Image.Empty(), href);
        CHECK_MESSAGE(Warned(w, "item.json: $.renditions: the image \"" + std::string(href) + "\" is neither http(s) nor a path inside the source folder"),
                      test::Messages(w));
    }
    CHECK(IsPhotoSource("https://x.example/a.jpg"));
    CHECK(IsPhotoSource("photos/a.jpg"));
    CHECK_FALSE(IsPhotoSource("ftp://x.example/a.jpg"));
}

TEST_CASE("a withheld or canceled ninjs item is not published, with a warning naming the file and why") {
    for (const char* status : {"withheld", "canceled"}) {
        Result r = Import(std::string(R"({"uri": "u:1", "headline": "H", "pubstatus": ")") + status + "\"}");
        REQUIRE_MESSAGE(r.Ok, r.Err.Message());
        CHECK(r.Articles.empty());
        CHECK_MESSAGE(Warned(r.Warnings, std::string("item.json: $.pubstatus: the item is ") + status + ": not published"),
                      test::Messages(r.Warnings));
    }
    Result unknown = Import(R"({"uri": "u:1", "headline": "H", "pubstatus": "maybe"})");
    CHECK_FALSE(unknown.Ok);
    CHECK(unknown.Err.Message() == "item.json: $.pubstatus: \"maybe\" is none of usable, withheld, canceled");
    // ImportFile, which wants one article, says none came
    Article a;
    std::vector<Error> w;
    Error e;
    CHECK_FALSE(ImportFile(R"({"uri": "u:1", "headline": "H", "pubstatus": "withheld"})", "item.json", ImportOptions{}, &a, &w, &e));
    CHECK(e.Message() == "item.json: gives 0 articles where one was expected");
}

TEST_CASE("an embargoed ninjs item is published only from its embargo's time on, judged at ImportOptions::Now") {
    const std::string item = R"({"uri": "u:e", "headline": "H", "embargoed": "2026-12-01T12:00:00Z"})";
    Result before = Import(item, "2026-12-01T13:59:59+02:00");
    REQUIRE(before.Ok);
    CHECK(before.Articles.empty());
    CHECK_MESSAGE(Warned(before.Warnings, "item.json: $.embargoed: the item is embargoed until 2026-12-01T12:00:00Z (now is "
                                          "2026-12-01T13:59:59+02:00): not published"),
                  test::Messages(before.Warnings));
    Result at = Import(item, "2026-12-01T14:00:00+02:00");
    REQUIRE(at.Ok);
    CHECK(at.Articles.size() == 1);
    // "" is the clock's time, long past an embargo of 2000
    Result clock = Import(R"({"uri": "u:e", "headline": "H", "embargoed": "2000-01-01T00:00:00Z"})", "");
    REQUIRE(clock.Ok);
    CHECK(clock.Articles.size() == 1);
    Result future = Import(R"({"uri": "u:e", "headline": "H", "embargoed": "9999-01-01T00:00:00Z"})", "");
    REQUIRE(future.Ok);
    CHECK(future.Articles.empty());
    int64_t now = 0;
    ImportOptions o;
    o.Now = "2026-12-01T12:00:00Z";
    CHECK(NowSeconds(o, &now));
    CHECK(now == 1796126400);
}

TEST_CASE("a ninjs 2.x item with no body is an article without one, with a warning") {
    std::vector<Error> w;
    const Article a = One(R"({"uri": "u:nobody", "headlines": [{"role": "main", "value": "Only a headline"}]})", &w);
    CHECK(a.Body.empty());
    CHECK_MESSAGE(Warned(w, "item.json: no body (no \"bodies\", \"body_html\" or \"body_text\")"), test::Messages(w));
    CHECK(Warned(w, "item.json: no date"));
    std::vector<Error> w2;
    One(R"({"uri": "u:nobody", "headline": "H", "bodies": [{"role": "main", "contenttype": "application/nitf+xml", "value": "<nitf/>"}]})", &w2);
    CHECK_MESSAGE(Warned(w2, "no body of role main as text/html or text/plain"), test::Messages(w2));
}

TEST_CASE("ninjs inputs that are not items are refused with the file and why") {
    // an empty array is no ninjs item (nor any kind of source)
    Result empty = Import("[]");
    CHECK_FALSE(empty.Ok);
    CHECK(empty.Err.Message().find("item.json: is JSON of no kind Folio imports") == 0);
    std::vector<ImportedArticle> got;
    std::vector<Error> w;
    Error e;
    CHECK_FALSE(ImportNinjs("[]", "item.json", ImportOptions{}, &got, &w, &e));
    CHECK(e.Message() == "item.json: $: expected an object");
    Error e2;
    CHECK_FALSE(ImportNinjs("{\"uri\": \"u\", \"headline\": ", "item.json", ImportOptions{}, &got, &w, &e2));
    CHECK(e2.Message().find("item.json: line 1, column") == 0);
    Result no_headline = Import(R"({"uri": "u:1", "headlines": [{"role": "sub", "value": "Only a sub"}]})");
    CHECK_FALSE(no_headline.Ok);
    CHECK(no_headline.Err.Message().find("item.json: $.headlines: no headline") == 0);
    Result no_uri = Import(R"({"$schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json", "headline": "H"})");
    CHECK_FALSE(no_uri.Ok);
    CHECK(no_uri.Err.Message() == "item.json: $.uri: missing");
    CHECK(got.empty());
}

TEST_CASE("every ninjs member of the wrong type is refused with its JSON path") {
    const struct {
        const char* Members; // beside "uri" and "headline", or replacing them
        const char* Message;
    } cases[] = {
        {R"("uri": 5, "headline": "H")", "$.uri: expected a string"},
        {R"("uri": "u", "headline": ["H"])", "$.headline: expected a string"},
        {R"("uri": "u", "headlines": {"value": "H"})", "$.headlines: expected an array"},
        {R"("uri": "u", "headlines": ["H"])", "$.headlines[0]: expected an object"},
        {R"("uri": "u", "headlines": [{"value": 7}])", "$.headlines[0].value: expected a string"},
        {R"("uri": "u", "headlines": [{"role": 1, "value": "H"}])", "$.headlines[0].role: expected a string"},
        {R"("uri": "u", "headlines": [{"contenttype": true, "value": "H"}])", "$.headlines[0].contenttype: expected a string"},
        {R"("uri": "u", "headline": "H", "descriptions": [{"value": {}}])", "$.descriptions[0].value: expected a string"},
        {R"("uri": "u", "headline": "H", "description_text": 3)", "$.description_text: expected a string"},
        {R"("uri": "u", "headline": "H", "bodies": "text")", "$.bodies: expected an array"},
        {R"("uri": "u", "headline": "H", "bodies": [{"value": 1.5}])", "$.bodies[0].value: expected a string"},
        {R"("uri": "u", "headline": "H", "body_html": false)", "$.body_html: expected a string"},
        {R"("uri": "u", "headline": "H", "body_text": [])", "$.body_text: expected a string"},
        {R"("uri": "u", "headline": "H", "by": ["A", "B"])", "$.by: expected a string"},
        {R"("uri": "u", "headline": "H", "located": {"name": "X"})", "$.located: expected a string"},
        {R"("uri": "u", "headline": "H", "copyrightholder": 1)", "$.copyrightholder: expected a string"},
        {R"("uri": "u", "headline": "H", "language": 1)", "$.language: expected a string"},
        {R"("uri": "u", "headline": "H", "firstcreated": 20261201)", "$.firstcreated: expected a string"},
        {R"("uri": "u", "headline": "H", "versioncreated": "yesterday")", "$.versioncreated: \"yesterday\" is not an RFC 3339 date-time"},
        {R"("uri": "u", "headline": "H", "pubstatus": true)", "$.pubstatus: expected a string"},
        {R"("uri": "u", "headline": "H", "embargoed": "soon")", "$.embargoed: \"soon\" is not an RFC 3339 date-time"},
        {R"("uri": "u", "headline": "H", "subjects": {"name": "X"})", "$.subjects: expected an array"},
        {R"("uri": "u", "headline": "H", "subjects": ["X"])", "$.subjects[0]: expected an object"},
        {R"("uri": "u", "headline": "H", "subjects": [{"name": 5}])", "$.subjects[0].name: expected a string"},
        {R"("uri": "u", "headline": "H", "genres": [{"name": null}, {"name": []}])", "$.genres[1].name: expected a string"},
        {R"("uri": "u", "headline": "H", "renditions": "x.jpg")", "$.renditions: expected an array (or, as in ninjs 1.x, an object)"},
        {R"("uri": "u", "headline": "H", "renditions": [{"href": 5}])", "$.renditions[0].href: expected a string"},
        {R"("uri": "u", "headline": "H", "renditions": [{"href": "a.jpg", "width": "wide"}])", "$.renditions[0].width: expected a whole number"},
        {R"("uri": "u", "headline": "H", "renditions": [{"href": "a.jpg", "height": -1}])", "$.renditions[0].height: -1 is outside 0 to 2147483647"},
        {R"("uri": "u", "headline": "H", "renditions": {"big": {"href": "a.jpg", "contenttype": 1}})", "$.renditions.big.contenttype: expected a string"},
        {R"("uri": "u", "headline": "H", "associations": 5)", "$.associations: expected an array (or, as in ninjs 1.x, an object)"},
        {R"("uri": "u", "headline": "H", "associations": [5])", "$.associations[0]: expected an object"},
        {R"("uri": "u", "headline": "H", "associations": [{"type": 5}])", "$.associations[0].type: expected a string"},
        {R"("uri": "u", "headline": "H", "associations": [{"type": "picture", "description_text": 5}])", "$.associations[0].description_text: expected a string"},
        {R"("uri": "u", "headline": "H", "associations": [{"descriptions": [{"value": 5}]}])", "$.associations[0].descriptions[0].value: expected a string"},
        {R"("uri": "u", "headline": "H", "associations": [{"by": 5}])", "$.associations[0].by: expected a string"},
        {R"("uri": "u", "headline": "H", "associations": [{"copyrightholder": 5}])", "$.associations[0].copyrightholder: expected a string"},
        {R"("uri": "u", "headline": "H", "associations": {"main": {"renditions": [{"href": ["a"]}]}})", "$.associations.main.renditions[0].href: expected a string"},
    };
    for (const auto& c : cases) {
        const std::string json = std::string("{") + c.Members + "}";
        Result r = Import(json);
        CHECK_MESSAGE(!r.Ok, json);
        CHECK_MESSAGE(r.Err.Message() == std::string("item.json: ") + c.Message, json << " -> " << r.Err.Message());
        CHECK(r.Articles.empty());
    }
}

TEST_CASE("a ninjs HTML body goes through the HTML converter, and wins over a plain one") {
    const Article a = One(R"({"uri": "u:html", "headlines": [{"role": "main", "contenttype": "text/html", "value": "<b>Ferry</b> &amp; quay"}],
      "bodies": [{"role": "main", "contenttype": "text/plain", "value": "Plain."},
                 {"role": "main", "contenttype": "text/html", "value": "<p>One <em>two</em></p><script>alert(1)</script><h2>Head</h2>"}]})");
    CHECK(a.Headline == "Ferry & quay");
    REQUIRE(a.Body.size() == 2);
    CHECK(a.Body[0].Type == BlockType::Paragraph);
    REQUIRE(a.Body[0].Text.Spans.size() == 2);
    CHECK(a.Body[0].Text.Spans[1].Text == "two");
    CHECK(a.Body[0].Text.Spans[1].Style == SpanEmphasis);
    CHECK(a.Body[1].Type == BlockType::Heading);
    CHECK(a.Body[1].Text.PlainText() == "Head");
    // 1.x's body_html likewise
    const Article b = One(R"({"uri": "u:html1", "headline": "H", "body_html": "<p>Old <strong>HTML</strong></p>", "body_text": "ignored"})");
    REQUIRE(b.Body.size() == 1);
    CHECK(b.Body[0].Text.PlainText() == "Old HTML");
}
