// Tests of model/article_json.cpp (ParseArticle) and of what it hands back (model/article.cpp's WireDateline and
// Error::Message): the sample bundle's article, and the ways an article file can be wrong.
#include "model/article_json.h"

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

const char* const kSample = "articles/801a1fae005ec4bc.json";
const char* const kEmDash = "\xE2\x80\x94";

// A minimal valid article around the given body.
std::string WithBody(const std::string& body) { return R"({"id":"x","headline":"H","body":)" + body + "}"; }

// Parses json that must be refused; returns the error.
Error Refused(const std::string& json) {
    Article a;
    Error e;
    CHECK_FALSE(ParseArticle(json, "a.json", &a, &e));
    CHECK(e.File == "a.json");
    return e;
}

} // namespace

TEST_CASE("the sample article parses") {
    std::string text = ReadAsset(kSample);
    REQUIRE_FALSE(text.empty());
    Article a;
    Error e;
    REQUIRE_MESSAGE(ParseArticle(text, kSample, &a, &e), e.Message());
    CHECK(a.Id == "801a1fae005ec4bc");
    CHECK(a.Headline == std::string("Peace treaty talks with Tokyo impossible amid sanctions ") + kEmDash + " Russian ambassador");
    CHECK(a.Description.rfind("Russia said it was quitting the dialogue with Japan", 0) == 0);
    CHECK(a.Description.find("Japan\xE2\x80\x99s status") != std::string::npos);
    CHECK(a.Section == "All news");
    CHECK(a.DatePublished == "2022-03-22T00:00:00Z");
    CHECK(a.Language == "en");
    CHECK(a.Dateline.Text == "MOSCOW, March 22. /TASS/.");
    CHECK(a.Dateline.Place == "MOSCOW");
    CHECK(a.Dateline.Date == "March 22");
    CHECK(a.Dateline.Agency == "TASS");
    REQUIRE(a.Body.size() == 8);
    for (size_t i = 0; i < a.Body.size(); ++i) {
        CAPTURE(i);
        bool quote = i == 1 || i == 2;
        CHECK(a.Body[i].Type == (quote ? BlockType::Quote : BlockType::Paragraph));
        CHECK(a.Body[i].Attribution == (quote ? "Mikhail Galuzin" : ""));
        CHECK_FALSE(a.Body[i].Text.Empty());
    }
    CHECK(a.Body[2].Text.PlainText() == "The sanctions-related decisions made the spirit of friendship and neighborliness disappear without a trace.");
    CHECK(a.WordCount() == 344);
}

TEST_CASE("a byte order mark is tolerated") {
    Article a;
    Error e;
    CHECK(ParseArticle("\xEF\xBB\xBF" + ReadAsset(kSample), kSample, &a, &e));
    CHECK(a.Body.size() == 8);
}

TEST_CASE("unknown fields are ignored, at the top and in blocks") {
    Article a;
    Error e;
    REQUIRE(ParseArticle(R"({"id":"x","headline":"H","future":{"deep":[1,[2,{"x":null}]]},"wordCount":3,
        "body":[{"type":"paragraph","text":"t","style":"lead","n":1}]})", "a.json", &a, &e));
    REQUIRE(a.Body.size() == 1);
    CHECK(a.Body[0].Text.PlainText() == "t");
    CHECK(e.Reason.empty());
}

TEST_CASE("optional fields may be absent or null; an empty body is an article with no blocks") {
    Article a;
    Error e;
    REQUIRE(ParseArticle(R"({"id":"x","headline":"H","description":null,"dateline":null,"body":[]})", "a.json", &a, &e));
    CHECK(a.Description.empty());
    CHECK(a.Dateline.Empty());
    CHECK(a.Body.empty());
}

TEST_CASE("a dateline may be a plain string") {
    Article a;
    Error e;
    REQUIRE(ParseArticle(R"({"id":"x","headline":"H","dateline":"MOSCOW, March 22. /TASS/.","body":[]})", "a.json", &a, &e));
    CHECK(a.Dateline.Text == "MOSCOW, March 22. /TASS/.");
    CHECK(a.Dateline.Place.empty());
}

TEST_CASE("WireDateline::DisplayText prefers the printed text, else composes the parts") {
    CHECK(WireDateline{"MOSCOW, March 22. /TASS/.", "X", "Y", "Z"}.DisplayText() == "MOSCOW, March 22. /TASS/.");
    CHECK(WireDateline{"", "MOSCOW", "March 22", "TASS"}.DisplayText() == "MOSCOW, March 22. /TASS/.");
    CHECK(WireDateline{"", "MOSCOW", "", ""}.DisplayText() == "MOSCOW");
    CHECK(WireDateline{"", "", "", "TASS"}.DisplayText() == "/TASS/.");
    CHECK(WireDateline{}.Empty());
    CHECK_FALSE(WireDateline{"", "MOSCOW", "", ""}.Empty());
}

TEST_CASE("text fields are cleaned of control and bidi characters") {
    Article a;
    Error e;
    REQUIRE(ParseArticle(R"({"id":"x","headline":"A\u0007B\u202eC","body":[{"type":"paragraph","text":"l1\r\nl2"}]})",
                         "a.json", &a, &e));
    CHECK(a.Headline == "ABC");
    CHECK(a.Body[0].Text.PlainText() == "l1\nl2");
}

TEST_CASE("errors: empty and malformed files") {
    Error e = Refused("");
    CHECK(e.Path.empty());
    CHECK(e.Reason == "empty file");
    CHECK(e.Message() == "a.json: empty file");

    e = Refused("{\n  \"id\": \"x\",\n  oops\n}");
    CHECK(e.Path == "line 3, column 3");
    CHECK(e.Reason.rfind("invalid JSON: ", 0) == 0);

    e = Refused(R"({"id":"x"} {})");
    CHECK(e.Path == "line 1, column 12");
    CHECK(e.Reason.rfind("invalid JSON: ", 0) == 0);

    e = Refused("[]");
    CHECK(e.Path == "$");
    CHECK(e.Reason == "expected an object");
}

TEST_CASE("errors: invalid UTF-8 is refused") {
    for (const char* bad : {"\xC3\x28", "\xC0\xAF", "\xED\xA0\x80", "\xF8\x88\x80\x80\x80", "abc\xE2\x80"}) {
        CAPTURE(bad);
        Error e = Refused(std::string(R"({"id":"x","headline":")") + bad + R"(","body":[]})");
        CHECK(e.Path.rfind("line 1, column ", 0) == 0);
        CHECK(e.Reason.find("encoding") != std::string::npos);
    }
}

TEST_CASE("errors: fields of the wrong type, missing or empty") {
    Error e = Refused(R"({"id":"x","headline":5,"body":[]})");
    CHECK(e.Path == "$.headline");
    CHECK(e.Reason == "expected a string");
    CHECK(e.Message() == "a.json: $.headline: expected a string");

    e = Refused(R"({"headline":"H","body":[]})");
    CHECK(e.Message() == "a.json: $.id: missing");
    e = Refused(R"({"id":"x","headline":"","body":[]})");
    CHECK(e.Message() == "a.json: $.headline: empty");
    e = Refused(R"({"id":"x","headline":"\u0001","body":[]})"); // empty once cleaned
    CHECK(e.Message() == "a.json: $.headline: empty");
    e = Refused(R"({"id":"x","headline":"H","dateline":7,"body":[]})");
    CHECK(e.Message() == "a.json: $.dateline: expected an object");
    e = Refused(R"({"id":"x","headline":"H","dateline":{"place":["MOSCOW"]},"body":[]})");
    CHECK(e.Message() == "a.json: $.dateline.place: expected a string");
}

TEST_CASE("errors: the body") {
    Error e = Refused(R"({"id":"x","headline":"H"})");
    CHECK(e.Path == "$.body");
    CHECK(e.Reason == "missing");
    e = Refused(R"({"id":"x","headline":"H","body":{"type":"paragraph"}})");
    CHECK(e.Path == "$.body");
    CHECK(e.Reason == "expected an array");

    e = Refused(WithBody(R"([{"type":"vidoe","text":"t"}])"));
    CHECK(e.Path == "$.body[0].type");
    CHECK(e.Reason == "unknown block type \"vidoe\"");
    CHECK(e.Message() == "a.json: $.body[0].type: unknown block type \"vidoe\"");

    e = Refused(WithBody(R"([{"type":"paragraph","text":"t"},{"type":"quote"}])"));
    CHECK(e.Message() == "a.json: $.body[1].text: missing");
    e = Refused(WithBody(R"([{"text":"t"}])"));
    CHECK(e.Message() == "a.json: $.body[0].type: missing");
    e = Refused(WithBody(R"(["just text"])"));
    CHECK(e.Message() == "a.json: $.body[0]: expected an object");
    e = Refused(WithBody(R"([{"type":"quote","text":"t","attribution":{"name":"X"}}])"));
    CHECK(e.Message() == "a.json: $.body[0].attribution: expected a string");
}

TEST_CASE("errors: deep nesting fails cleanly") {
    Error e = Refused(std::string(100000, '['));
    CHECK(e.Path == "line 1, column 100001");
    CHECK(e.Reason.rfind("invalid JSON: ", 0) == 0);

    std::string levels; // the path of the 65th level: 64 indexes below the root
    for (int i = 0; i < 64; ++i) levels += "[0]";
    e = Refused(std::string(100000, '[') + std::string(100000, ']')); // valid JSON, but too deep
    CHECK(e.Message() == "a.json: $" + levels + ": nested deeper than 64 levels");

    e = Refused(R"({"id":"x","headline":)" + std::string(100000, '[') + std::string(100000, ']') + R"(,"body":[]})");
    CHECK(e.Message() == "a.json: $.headline" + levels.substr(3) + ": nested deeper than 64 levels");

    e = Refused(R"({"id":"x","headline":)" + std::string(60, '[') + std::string(60, ']') + R"(,"body":[]})");
    CHECK(e.Message() == "a.json: $.headline: expected a string"); // shallow enough: the type is what is wrong
}

TEST_CASE("a refused article leaves the output alone; a null error is allowed") {
    Article a;
    a.Id = "keep";
    Error e;
    CHECK_FALSE(ParseArticle(WithBody(R"([{"type":"vidoe","text":"t"}])"), "a.json", &a, &e));
    CHECK(a.Id == "keep");
    CHECK_FALSE(ParseArticle("{", "a.json", &a, nullptr));
    CHECK(ParseArticle(WithBody("[]"), "a.json", &a, nullptr));
    CHECK(a.Id == "x");
}

TEST_CASE("Error::Message joins file, path and reason, skipping empty parts") {
    CHECK(Error{"articles/x.json", "$.body[3].type", "unknown block type \"vidoe\""}.Message() ==
          "articles/x.json: $.body[3].type: unknown block type \"vidoe\"");
    CHECK(Error{"feed.json", "", "empty file"}.Message() == "feed.json: empty file");
    CHECK(Error{"", "$.id", "missing"}.Message() == "$.id: missing");
    CHECK(Error{"feed.json", "", ""}.Message() == "feed.json");
    CHECK(Error{}.Message().empty());
}

TEST_CASE("a string dateline with an escaped NUL keeps the text after it") {
    Article a;
    Error e;
    REQUIRE(ParseArticle(R"({"id":"x","headline":"A\u0000B","dateline":"MOSCOW\u0000, March 22","body":[]})", "a.json", &a, &e));
    CHECK(a.Headline == "AB");
    CHECK(a.Dateline.Text == "MOSCOW, March 22");
}

TEST_CASE("authors, publisher, keywords, related, url and dates in their schema.org shapes") {
    Article a;
    Error e;
    REQUIRE_MESSAGE(ParseArticle(R"({"id":"x","headline":"H","url":"https://example.org/x.html",
        "author":[{"@type":"Person","name":"Ann Lee"},"Bo Chen"],"publisher":{"@type":"Organization","name":"TASS"},
        "keywords":"Japan, peace treaty ,,Russia","related":["y","z"],"dateModified":"2022-03-23T10:00:00Z",
        "datePublished":"2022-03-22T00:00:00+03:00","body":[]})", "a.json", &a, &e), e.Message());
    CHECK(a.Url == "https://example.org/x.html");
    CHECK(a.Authors == std::vector<std::string>{"Ann Lee", "Bo Chen"});
    CHECK(a.Publisher == "TASS");
    CHECK(a.Keywords == std::vector<std::string>{"Japan", "peace treaty", "Russia"});
    CHECK(a.Related == std::vector<std::string>{"y", "z"});
    CHECK(a.DateModified == "2022-03-23T10:00:00Z");

    REQUIRE(ParseArticle(R"({"id":"x","headline":"H","author":{"name":"Solo"},"publisher":"P","keywords":["k"],"body":[]})",
                         "a.json", &a, &e));
    CHECK(a.Authors == std::vector<std::string>{"Solo"});
    CHECK(a.Publisher == "P");
    CHECK(a.Keywords == std::vector<std::string>{"k"});
}

TEST_CASE("errors: dates, names, related ids and a newer format") {
    CHECK(Refused(R"({"id":"x","headline":"H","datePublished":"March 22","body":[]})").Message() ==
          "a.json: $.datePublished: \"March 22\" is not an RFC 3339 date-time");
    CHECK(Refused(R"({"id":"x","headline":"H","author":[{"name":"A"},{"role":"x"}],"body":[]})").Message() ==
          "a.json: $.author[1].name: missing");
    CHECK(Refused(R"({"id":"x","headline":"H","author":[3],"body":[]})").Message() ==
          "a.json: $.author[0]: expected a name or an object with a name");
    CHECK(Refused(R"({"id":"x","headline":"H","related":["a",1],"body":[]})").Message() == "a.json: $.related[1]: expected a string");
    CHECK(Refused(R"({"folioFormat":2,"id":"x","headline":"H","body":[]})").Message() ==
          "a.json: $.folioFormat: format 2 is newer than this reader (1)");
    CHECK(Refused(R"({"id":"x","headline":"H","publisher":[],"body":[]})").Message() ==
          "a.json: $.publisher: expected a name or an object with a name");
}

TEST_CASE("a file ending inside a UTF-8 sequence is refused (a fuzz finding: the in-place parse read past the end)") {
    for (const char* tail : {"\xF0", "\xF0\x9F", "\xE2", "\xC3"}) {
        CAPTURE(tail);
        Error e = Refused(std::string(R"({"id":"x","headline":"A)") + tail);
        CHECK(e.Reason.rfind("invalid JSON: ", 0) == 0);
    }
}

TEST_CASE("a photo's variants and placeholder: bounded, each mistake refused at its path, unknown members ignored") {
    const std::string v = R"({"url":"../media/a.webp","type":"image/webp","width":320,"height":240,"bytes":100,"future":1})";
    const auto photo = [](const std::string& members) { return WithBody(R"([{"type":"photo","src":"a.jpg",)" + members + "}]"); };
    Article a;
    Error e;
    REQUIRE_MESSAGE(ParseArticle(photo(R"("variants":[)" + v + "]"), "a.json", &a, &e), e.Message());
    REQUIRE(a.Body.at(0).Image.Variants.size() == 1);
    CHECK(a.Body[0].Image.Variants[0].Bytes == 100);
    CHECK(Refused(photo(R"("variants":[{"url":"../media/a.gif","type":"image/gif","width":1,"height":1,"bytes":1}])")).Message() ==
          "a.json: $.body[0].variants[0].type: unknown variant type \"image/gif\" (image/webp, image/jpeg or image/avif)");
    CHECK(Refused(photo(R"("variants":[{"url":"javascript:x","type":"image/webp","width":1,"height":1,"bytes":1}])")).Path ==
          "$.body[0].variants[0].url");
    CHECK(Refused(photo(R"("variants":[{"url":"a.webp","type":"image/webp","width":1,"height":1}])")).Message() ==
          "a.json: $.body[0].variants[0].bytes: missing");
    CHECK(Refused(photo(R"("variants":[{"url":"a.webp","type":"image/webp","width":0,"height":1,"bytes":1}])")).Path ==
          "$.body[0].variants[0].width");
    std::string many;
    for (int i = 0; i < 33; ++i) many += (i ? "," : "") + v;
    CHECK(Refused(photo(R"("variants":[)" + many + "]")).Path == "$.body[0].variants");
    CHECK(Refused(photo(R"("placeholder":"not base64!")")).Message() == "a.json: $.body[0].placeholder: the placeholder is not base64");
    CHECK(Refused(photo(R"("placeholder":")" + std::string(200, 'A') + "\"")).Path == "$.body[0].placeholder");
    CHECK(Refused(photo(R"("placeholder":"AAAA")")).Path == "$.body[0].placeholder"); // base64, but too short a hash
}
