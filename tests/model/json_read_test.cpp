// Tests of model/json_read.cpp: CleanText (what text may reach the screen) and JsonReader (bounded parsing,
// typed getters, first error wins).
#include "model/json_read.h"

#include <doctest/doctest.h>

using namespace folio;

namespace {

// True when s is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool ValidUtf8(const std::string& s) {
    for (size_t i = 0; i < s.size();) {
        unsigned char c = (unsigned char)s[i];
        size_t len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        uint32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
        for (size_t k = 1; k < len; ++k) {
            if (((unsigned char)s[i + k] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | ((unsigned char)s[i + k] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += len;
    }
    return true;
}

} // namespace

TEST_CASE("CleanText drops C0 and C1 controls but newline and tab") {
    CHECK(CleanText("a\x01" "b\x1f c\x7f" "d") == "ab cd");
    CHECK(CleanText(std::string("a\0b", 3)) == "ab");
    CHECK(CleanText("line\nnext\tcell") == "line\nnext\tcell");
    CHECK(CleanText("a\xC2\x85" "b\xC2\x9F" "c") == "abc");           // U+0085, U+009F
    CHECK(CleanText("a\xC2\xA0" "b") == "a\xC2\xA0" "b");              // U+00A0 stays
    CHECK(CleanText("") == "");
}

TEST_CASE("CleanText turns CR and CRLF into LF") {
    CHECK(CleanText("a\rb") == "a\nb");
    CHECK(CleanText("a\r\nb") == "a\nb");
    CHECK(CleanText("a\r\r\nb") == "a\n\nb");
    CHECK(CleanText("a\n\rb") == "a\n\nb");
    CHECK(CleanText("a\r") == "a\n");
}

TEST_CASE("CleanText drops bidi embeddings, overrides and isolates") {
    const char* bidi[] = {"\xE2\x80\xAA", "\xE2\x80\xAB", "\xE2\x80\xAC", "\xE2\x80\xAD", "\xE2\x80\xAE",  // U+202A..E
                          "\xE2\x81\xA6", "\xE2\x81\xA7", "\xE2\x81\xA8", "\xE2\x81\xA9"};                 // U+2066..9
    for (const char* c : bidi) {
        CAPTURE(c);
        CHECK(CleanText(std::string("x") + c + "y") == "xy");
    }
    // Their neighbours stay: U+2029 PARAGRAPH SEPARATOR, U+202F NARROW NO-BREAK SPACE, U+2065, U+206A.
    for (const char* c : {"\xE2\x80\xA9", "\xE2\x80\xAF", "\xE2\x81\xA5", "\xE2\x81\xAA"}) {
        CAPTURE(c);
        CHECK(CleanText(std::string("x") + c + "y") == std::string("x") + c + "y");
    }
}

TEST_CASE("CleanText keeps ordinary text in any script") {
    for (const char* s : {"Peace treaty talks \xE2\x80\x94 Russian ambassador",  // em dash
                          "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",   // Москва
                          "\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1",           // Αθήνα
                          "\xE6\x9D\xB1\xE4\xBA\xAC",                           // 東京
                          "\xD8\xA7\xD9\x84\xD9\x82\xD8\xA7\xD9\x87\xD8\xB1\xD8\xA9", // القاهرة
                          "smile \xF0\x9F\x98\x80", "Japan\xE2\x80\x99s \xC2\xAB" "quoted\xC2\xBB"}) {
        CAPTURE(s);
        CHECK(CleanText(s) == s);
    }
}

TEST_CASE("JsonReader::Parse reports where the JSON breaks") {
    Error e;
    JsonReader r("f.json", &e);
    rapidjson::Document d;
    CHECK_FALSE(r.Parse("{\n\"a\": 1,\n\"b\" 2}", &d));
    CHECK(e.File == "f.json");
    CHECK(e.Path == "line 3, column 5");
    CHECK(e.Reason == "invalid JSON: Missing a colon after a name of object member.");

    Error e2;
    JsonReader r2("f.json", &e2);
    CHECK_FALSE(r2.Parse("[\"\xD0\x9C\xD0\xBE\", x]", &d)); // columns count characters, not bytes
    CHECK(e2.Path == "line 1, column 8");
}

TEST_CASE("JsonReader::Parse refuses a file over the limit") {
    Error e;
    JsonReader r("big.json", &e);
    rapidjson::Document d;
    std::string big = "\"" + std::string(kMaxJsonBytes, 'x') + "\"";
    CHECK_FALSE(r.Parse(big, &d));
    CHECK(e.Reason == "file is " + std::to_string(kMaxJsonBytes + 2) + " bytes; the limit is " + std::to_string(kMaxJsonBytes));
}

TEST_CASE("JsonReader getters: optional, required, null, limits") {
    Error e;
    JsonReader r("f.json", &e);
    rapidjson::Document d;
    std::string longText(kMaxStringBytes + 1, 'x');
    REQUIRE(r.Parse(R"({"s":"v","n":null,"i":3,"b":true,"a":["x","y"],"long":")" + longText + R"("})", &d));
    const JsonPath root;
    std::string out = "keep";
    CHECK(r.String(d, "absent", root, false, &out));
    CHECK(r.String(d, "n", root, false, &out));
    CHECK(out == "keep");
    CHECK(r.String(d, "s", root, true, &out));
    CHECK(out == "v");
    std::vector<std::string> list{"keep"};
    CHECK(r.StringArray(d, "absent", root, 10, &list));
    CHECK(list == std::vector<std::string>{"keep"});
    CHECK(r.StringArray(d, "a", root, 10, &list));
    CHECK(list == std::vector<std::string>{"x", "y"});
    int i = 0;
    CHECK(r.Int(d, "i", root, 1, 4, &i));
    CHECK(i == 3);
    bool b = false;
    CHECK(r.Bool(d, "b", root, &b));
    CHECK(b);
    CHECK(e.Reason.empty());

    const JsonPath x = root.Field("x");
    CHECK_FALSE(r.String(d, "long", x, false, &out));
    CHECK(e.Message() == "f.json: $.x.long: string of " + std::to_string(kMaxStringBytes + 1) + " bytes; the limit is " +
                             std::to_string(kMaxStringBytes));
    CHECK_FALSE(r.String(d, "i", root, true, &out)); // a second failure does not replace the first
    CHECK(e.Path == "$.x.long");
}

TEST_CASE("JsonReader::Int and Bool refuse wrong types and out-of-range numbers") {
    rapidjson::Document d;
    d.Parse(R"({"i":7,"f":1.5,"s":"1","b":1})");
    const JsonPath root;
    int i = 0;
    bool b = false;
    for (auto [key, reason] : {std::pair<const char*, const char*>{"i", "7 is outside 1 to 4"},
                               {"f", "expected a whole number"}, {"s", "expected a whole number"}}) {
        Error e;
        JsonReader r("f.json", &e);
        CHECK_FALSE(r.Int(d, key, root, 1, 4, &i));
        CHECK(e.Path == std::string("$.") + key);
        CHECK(e.Reason == reason);
    }
    Error e;
    JsonReader r("f.json", &e);
    CHECK_FALSE(r.Bool(d, "b", root, &b));
    CHECK(e.Message() == "f.json: $.b: expected true or false");
}

TEST_CASE("JsonPath names members and indexes") {
    const JsonPath root;
    const JsonPath body = root.Field("body");
    const JsonPath third = body.At(3);
    CHECK(root.Text() == "$");
    CHECK(body.Text() == "$.body");
    CHECK(third.Field("type").Text() == "$.body[3].type");
    CHECK(third.At(0).At(12).Text() == "$.body[3][0][12]");
}

TEST_CASE("JsonReader::Parse refuses nesting deeper than kMaxJsonDepth, naming its JSON path") {
    rapidjson::Document d;
    const std::string ok = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
    Error e;
    JsonReader r("f.json", &e);
    CHECK(r.Parse(ok, &d));
    CHECK(r.Parse(R"({"s":")" + std::string(200, '[') + R"("})", &d)); // brackets inside a string do not count
    CHECK(e.Reason.empty());
    const std::string deep = "{\"a\":\n" + std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']') + "}";
    CHECK_FALSE(r.Parse(deep, &d));
    std::string levels;
    for (int i = 1; i < kMaxJsonDepth; ++i) levels += "[0]";
    CHECK(e.Path == "$.a" + levels); // the first value 65 levels down
    CHECK(e.Reason == "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
}

TEST_CASE("JsonReader::Array refuses more entries than its bound") {
    Error e;
    JsonReader r("f.json", &e);
    rapidjson::Document d;
    std::string items = "[0";
    for (size_t i = 0; i < kMaxArrayItems; ++i) items += ",0";
    REQUIRE(r.Parse(R"({"ok":[1,2],"big":)" + items + "]}", &d));
    const JsonPath root;
    const rapidjson::Value* arr = nullptr;
    CHECK(r.Array(d, "ok", root, true, 2, &arr));
    CHECK(arr != nullptr);
    CHECK_FALSE(r.Array(d, "big", root, true, kMaxArrayItems, &arr));
    CHECK(arr == nullptr);
    CHECK(e.Message() == "f.json: $.big: " + std::to_string(kMaxArrayItems + 1) + " entries; the limit is " +
                             std::to_string(kMaxArrayItems));
}

TEST_CASE("a byte order mark does not shift the reported column") {
    Error e;
    JsonReader r("f.json", &e);
    rapidjson::Document d;
    CHECK_FALSE(r.Parse("\xEF\xBB\xBF{x", &d));
    CHECK(e.Path == "line 1, column 2");
}

// What Parse (the copying path) and ParseInPlace say about text: "ok", or the error's message.
static std::string Verdict(const std::string& text, bool in_place) {
    Error e;
    JsonReader r("f.json", &e);
    rapidjson::Document d;
    std::string scratch;
    const bool ok = in_place ? r.ParseInPlace(text, &scratch, &d) : r.Parse(text, &d);
    return ok ? "ok" : e.Message();
}

TEST_CASE("a truncated byte order mark and a NUL after a complete value are refused alike by both paths") {
    // RapidJSON's copying parse skipped any of EF, BB, BF at the start, and both paths took a NUL for the end.
    const std::string bad[] = {std::string("\xEF\xBB{}"), std::string("\xEF{}"), std::string("\xBB\xBF[]"),
                               std::string("123\0", 4), std::string("{}\0{\"x\":", 7),
                               std::string("\xEF\xBB\xBF[1]\0", 7)};
    for (const std::string& text : bad) {
        CAPTURE(Printable(text));
        const std::string copying = Verdict(text, false), in_place = Verdict(text, true);
        CHECK(copying != "ok");
        CHECK(copying == in_place);
    }
    CHECK(Verdict("\xEF\xBB{}", false) == "f.json: line 1, column 1: invalid JSON: Invalid value.");
    CHECK(Verdict(std::string("123\0", 4), true) == "f.json: line 1, column 4: invalid JSON: a NUL byte (JSON text holds none)");
    CHECK(Verdict(std::string("[1,\n 2]\0", 9), false) == "f.json: line 2, column 4: invalid JSON: a NUL byte (JSON text holds none)");
    // A whole mark is still skipped by both.
    CHECK(Verdict("\xEF\xBB\xBF{}", false) == "ok");
    CHECK(Verdict("\xEF\xBB\xBF{}", true) == "ok");
}

TEST_CASE("an escaped lone surrogate does not reach the text as invalid UTF-8") {
    Error e;
    JsonReader r("f.json", &e);
    rapidjson::Document d;
    std::string out;
    bool ok = r.Parse(R"({"s":"a\udc00b"})", &d) && r.String(d, "s", JsonPath{}, true, &out);
    CHECK((!ok || ValidUtf8(out)));
}

TEST_CASE("an escaped high surrogate pair is fine; a lone high surrogate is refused") {
    Error e;
    JsonReader r("f.json", &e);
    rapidjson::Document d;
    std::string out;
    REQUIRE(r.Parse(R"({"s":"\ud83d\ude00"})", &d));
    CHECK(r.String(d, "s", JsonPath{}, true, &out));
    CHECK(out == "\xF0\x9F\x98\x80");
    CHECK_FALSE(r.Parse(R"({"s":"a\ud83db"})", &d));
}

TEST_CASE("StringArray's result does not depend on the Error it records into") {
    rapidjson::Document d;
    d.Parse(R"({"tags":"x"})");
    std::vector<std::string> out;
    JsonReader without("f.json", nullptr);
    CHECK_FALSE(without.StringArray(d, "tags", JsonPath{}, 10, &out));
    Error stale{"old.json", "$", "expected an object"};
    JsonReader with_stale("f.json", &stale);
    CHECK(with_stale.StringArray(d, "absent", JsonPath{}, 10, &out));
}

TEST_CASE("Printable escapes what could steer a terminal, and keeps the rest") {
    CHECK(folio::Printable("articles/x.json: line 3: ok") == "articles/x.json: line 3: ok");
    CHECK(folio::Printable("Москва, “quote” — 東京") == "Москва, “quote” — 東京");
    CHECK(folio::Printable("a\x1b]0;owned\x07z") == "a\\x1b]0;owned\\x07z");
    CHECK(folio::Printable("line\nforged: error") == "line\\nforged: error");
    CHECK(folio::Printable("tab\there\r") == "tab\\there\\x0d");
    CHECK(folio::Printable("\xE2\x80\xAEtxt.exe") == "\\u202etxt.exe"); // right-to-left override
    CHECK(folio::Printable("\xC2\x9B" "31m") == "\\x9b31m");             // C1 CSI
    CHECK(folio::Printable("bad \xFF\xFE byte") == "bad \\xff\\xfe byte");
    CHECK(folio::Printable(std::string("nul\0x", 5)) == "nul\\x00x");
}
