// FaceSet with the faces the build made (FOLIO_TEST_FONTS_DIR), fetched through the fake Host: a character the
// reading faces lack (the typography guide's → and −) resolves, once the text asks for it, to a fallback face that
// has it, so it is drawn rather than shown as U+FFFD; and fallback slices are fetched only when text needs them.
#include "build_fonts.h"
#include "fake_host.h"
#include "ui/faces.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <algorithm>
#include <string>

using namespace folio;
using namespace folio::ui;

namespace {

bool FetchedAny(const test::FakeHost& host, const std::string& part) {
    return std::any_of(host.Fetched.begin(), host.Fetched.end(), [&](const std::string& u) { return u.find(part) != std::string::npos; });
}

} // namespace

TEST_CASE("→ and − of the typography guide resolve to a fallback face that draws them, fetched only when text needs them") {
    test::ImGuiContextScope imgui;
    test::FakeHost host;
    test::ServeBuildFonts(host);
    FaceSet faces;
    bool ready = false;
    std::string error;
    faces.Start(&host, "fonts/", [&](bool ok, const std::string& e) { ready = ok; error = e; });
    host.Settle(10);
    REQUIRE_MESSAGE(ready, error);

    // Text the reading faces cover asks for nothing more.
    faces.WantText("Plain Latin, Ελληνικά, кириллица — “quoted” …");
    host.Settle(10);
    CHECK_FALSE(FetchedAny(host, "fallback"));

    // The reading faces lack the arrow and the minus.
    for (uint32_t cp : {0x2192u, 0x2212u}) CHECK_FALSE(faces.Font(SerifRegular)->IsGlyphInFont((ImWchar)cp));

    faces.WantText("Numbers and symbols: 1 234 567,89 \xC2\xB7 \xE2\x86\x92 \xC2\xB7 \xE2\x88\x92" "5 \xC2\xB0" "C");
    host.Settle(10);
    CHECK(FetchedAny(host, "fonts/fallback.json"));
    CHECK(FetchedAny(host, "fallback-arrows-math.ttf"));
    CHECK_FALSE(FetchedAny(host, "fallback-symbols")); // nothing of theirs was asked for
    CHECK_FALSE(FetchedAny(host, "fallback-cjk"));
    for (Face face : {SerifRegular, SerifItalic, SansRegular, SansBold}) {
        for (uint32_t cp : {0x2192u, 0x2212u}) {
            CAPTURE(face);
            CAPTURE(cp);
            const layout::FaceId drawn_by = faces.Resolve(face, cp);
            CHECK(drawn_by >= FirstFallback);
            CHECK(faces.Font(drawn_by)->IsGlyphInFont((ImWchar)cp));
        }
    }
    // What the reading face has stays with it.
    CHECK(faces.Resolve(SerifRegular, 'A') == SerifRegular);
}

TEST_CASE("a character in a fallback slice's ranges that its font lacks is not given to that slice") {
    test::ImGuiContextScope imgui;
    test::FakeHost host;
    test::ServeBuildFonts(host);
    FaceSet faces;
    bool ready = false;
    faces.Start(&host, "fonts/", [&](bool ok, const std::string&) { ready = ok; });
    host.Settle(10);
    REQUIRE(ready);
    // U+2300 (diameter sign) is in the symbols slice's range 2300-23FF and in Noto Sans Symbols; U+2310 (reversed
    // not sign) is in the range and in no face: the slice loads for the first and is not handed the second.
    faces.WantText("\xE2\x8C\x80 \xE2\x8C\x90");
    host.Settle(10);
    REQUIRE(FetchedAny(host, "fallback-symbols.ttf"));
    const layout::FaceId has = faces.Resolve(SerifRegular, 0x2300);
    CHECK(has >= FirstFallback);
    CHECK(faces.Font(has)->IsGlyphInFont(0x2300));
    const layout::FaceId lacks = faces.Resolve(SerifRegular, 0x2310);
    CHECK_FALSE(faces.Font(lacks)->IsGlyphInFont(0x2310));
    CHECK(lacks == SerifRegular); // no face has it: the requested face's own replacement glyph
}

TEST_CASE("a hostile or truncated fonts/fallback.json: nothing crashes, and no fallback face is fetched outside the fonts folder") {
    const std::string manifests[] = {
        R"({"faces": [{"file": "fallback-arrows-math.ttf", "ranges": [[8592, 8)", // truncated
        R"({"faces": {"file": "x.ttf"}})",
        R"([[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]])",
        R"({"faces": [{"file": "../secret.ttf", "ranges": [[0, 1114111]]}, {"file": "https://elsewhere.example/x.ttf",
            "ranges": [[8592, 8959]]}, {"file": "sub/dir.ttf", "ranges": [[8592, 8959]]}, {"file": "x.ttf?y=1",
            "ranges": [[8592, 8959]]}, {"file": 7, "ranges": [[1, 2]]}, {"file": "y.ttf", "ranges": [[-1, 4294967296], "z"]}]})",
    };
    for (const std::string& manifest : manifests) {
        CAPTURE(manifest);
        test::ImGuiContextScope imgui;
        test::FakeHost host;
        test::ServeBuildFonts(host);
        auto build_fonts = host.Make;
        host.Make = [&](const std::string& url, std::string* body) {
            if (url == "fonts/fallback.json") { *body = manifest; return true; }
            return build_fonts(url, body);
        };
        FaceSet faces;
        bool ready = false;
        faces.Start(&host, "fonts/", [&](bool ok, const std::string&) { ready = ok; });
        host.Settle(10);
        REQUIRE(ready);
        faces.WantText("\xE2\x86\x92 \xE2\x88\x92 \xE4\xB8\xAD");
        host.Settle(10);
        CHECK(FetchedAny(host, "fonts/fallback.json"));
        for (const std::string& url : host.Fetched) {
            CAPTURE(url);
            CHECK(url.find("..") == std::string::npos);
            CHECK(url.find("//") == std::string::npos);
            CHECK(url.find('?') == std::string::npos);
            CHECK(url.find("sub/") == std::string::npos);
        }
        CHECK(faces.Resolve(SerifRegular, 0x2192) == SerifRegular); // no fallback face: the reading face's own glyph
    }
}
