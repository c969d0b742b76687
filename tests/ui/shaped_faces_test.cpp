// FaceSet's shaped faces (fonts/fallback.json entries with "shaped": true), with Debian's Noto Naskh Arabic and Noto
// Sans Hebrew (FOLIO_TEST_NOTO_DIR) served through the fake Host under a manifest the test writes, and fake text
// services: a shaped face loads (regular and bold) when text needs it or its script is named, goes into ImGui's
// atlas as a glyph-index font whose glyphs are the font's own by index at the size PixelEm says, its bytes go to the
// shaper (late, when the shaper arrives late), and Resolve hands it out only once it can be shaped.
#include "fake_host.h"
#include "fake_shaping_services.h"
#include "shaped_text.h"
#include "ui/faces.h"
#include "ui/glyph_index_font.h"

#include <doctest/doctest.h>
#include <imgui.h>

#define STB_TRUETYPE_IMPLEMENTATION
#define STBTT_STATIC
#include <imstb_truetype.h> // the test's own reading of the font files, to check the atlas's glyphs against

#include <algorithm>
#include <cmath>
#include <string>

using namespace folio;
using namespace folio::ui;

namespace {

bool Fetched(const test::FakeHost& host, const std::string& url) {
    return std::find(host.Fetched.begin(), host.Fetched.end(), url) != host.Fetched.end();
}

struct Started {
    test::ImGuiContextScope Imgui;
    test::FakeHost Host;
    test::FakeShapingServices Services;
    FaceSet Faces;
    explicit Started(bool shaper_loaded = true) {
        Services.Loaded = shaper_loaded;
        Host.TextServices = &Services;
        test::ServeShapedFonts(Host);
        bool ready = false;
        Faces.Start(&Host, "fonts/", [&](bool ok, const std::string&) { ready = ok; });
        Host.Settle(10);
        REQUIRE(ready);
    }
};

const char* const kArabic = test::kArabicWord;
constexpr uint32_t kBeh = 0x0628, kAlef = 0x05D0;

} // namespace

TEST_CASE("Arabic text loads the shaped Arabic faces, regular and bold, hands their bytes to the shaper and resolves to them") {
    Started s;
    CHECK(s.Services.Needs == 0);
    s.Faces.WantText(std::string("Latin and ") + kArabic);
    s.Host.Settle(10);
    CHECK(Fetched(s.Host, "fonts/script-arab.ttf"));
    CHECK(Fetched(s.Host, "fonts/script-arab-bold.ttf")); // a headline is bold
    CHECK_FALSE(Fetched(s.Host, "fonts/script-hebr.ttf"));
    CHECK(s.Services.Needs > 0); // the text module is asked for with the face

    const layout::FaceId regular = s.Faces.Resolve(SerifRegular, kBeh), bold = s.Faces.Resolve(SerifBold, kBeh);
    REQUIRE(regular >= FirstFallback);
    REQUIRE(bold >= FirstFallback);
    CHECK(regular != bold);
    CHECK(s.Faces.Resolve(SansBoldItalic, kBeh) == bold);
    CHECK(s.Faces.Resolve(SerifItalic, kBeh) == regular);
    CHECK(s.Faces.Shaped(regular));
    CHECK(s.Faces.Shaped(bold));
    CHECK_FALSE(s.Faces.Shaped(SerifRegular));
    CHECK(s.Services.ShaperImpl.Faces[regular] == test::NotoFile("NotoNaskhArabic-Regular.ttf"));
    CHECK(s.Services.ShaperImpl.Faces[bold] == test::NotoFile("NotoNaskhArabic-Bold.ttf"));
    // Latin stays with the reading face; a shaped face asked for by itself keeps what its font maps.
    CHECK(s.Faces.Resolve(SerifRegular, 'a') == SerifRegular);
    CHECK(s.Faces.Resolve(regular, kBeh) == regular);
    // The glyph-index font answers by its character map: beh is there, a Linear B syllable is not.
    CHECK(GlyphIndexFontMaps(s.Faces.Font(regular), kBeh));
    CHECK_FALSE(GlyphIndexFontMaps(s.Faces.Font(regular), 0x10000));
    CHECK_FALSE(GlyphIndexFontMaps(s.Faces.Font(SerifRegular), 'a')); // not a glyph-index font
}

TEST_CASE("a glyph-index face draws the font's glyph by index, at the em PixelEm gives the shaper") {
    Started s;
    s.Faces.WantText(kArabic);
    s.Host.Settle(10);
    const layout::FaceId face = s.Faces.Resolve(SerifRegular, kBeh);
    REQUIRE(s.Faces.Shaped(face));

    const std::string bytes = test::NotoFile("NotoNaskhArabic-Regular.ttf");
    stbtt_fontinfo info = {};
    REQUIRE(stbtt_InitFont(&info, (const unsigned char*)bytes.data(), 0));
    const int upem = (int)(((const unsigned char*)bytes.data())[info.head + 18] << 8 | ((const unsigned char*)bytes.data())[info.head + 19]);
    const int glyph = stbtt_FindGlyphIndex(&info, (int)kBeh);
    REQUIRE(glyph > 0);
    REQUIRE(glyph != (int)kBeh); // else index and code point could not be told apart
    int advance = 0, lsb = 0;
    stbtt_GetGlyphHMetrics(&info, glyph, &advance, &lsb);

    for (float em : {16.0f, 21.0f, 34.0f}) {
        CAPTURE(em);
        const float size = s.Faces.ImGuiSize(face, em), pixel_em = s.Faces.PixelEm(face, em);
        CHECK(pixel_em > em * 0.5f);
        CHECK(pixel_em < size); // Naskh's line is taller than its em
        ImFontBaked* baked = s.Faces.Font(face)->GetFontBaked(size);
        const ImFontGlyph* g = baked->FindGlyphNoFallback((ImWchar)GlyphChar(glyph));
        REQUIRE(g != nullptr);
        CHECK(g->Codepoint == GlyphChar(glyph));
        // The shaper's advance for the glyph at PixelEm is the glyph ImGui drew.
        CHECK(g->AdvanceX == doctest::Approx(advance * pixel_em / upem).epsilon(0.001));
        // The index the font has as a glyph: drawn (ink above the baseline, within the line box).
        CHECK(g->Visible);
        CHECK(g->Y0 < std::round(baked->Ascent));
        CHECK(g->X1 > g->X0);
    }
    // An index past the font's glyphs is no glyph, nor is .notdef.
    ImFontBaked* baked16 = s.Faces.Font(face)->GetFontBaked(s.Faces.ImGuiSize(face, 16.0f));
    CHECK(baked16->FindGlyphNoFallback((ImWchar)GlyphChar(info.numGlyphs + 5)) == nullptr);
    CHECK(baked16->FindGlyphNoFallback((ImWchar)GlyphChar(0)) == nullptr);
    // Every glyph with ink is drawn, whatever its index: ImGui makes character 32 blank and gives 9, '?' and '.'
    // meanings, and glyph indices may be any of them (Noto Sans Hebrew's gimel is glyph 32).
    int inked = 0, drawn = 0;
    for (int index = 1; index < std::min(info.numGlyphs, 400); ++index) {
        int x0, y0, x1, y1;
        if (!stbtt_GetGlyphBox(&info, index, &x0, &y0, &x1, &y1) || x1 <= x0 || y1 <= y0) continue;
        ++inked;
        const ImFontGlyph* g = baked16->FindGlyphNoFallback((ImWchar)GlyphChar(index));
        if (g && g->Visible) ++drawn;
        else CAPTURE(index);
    }
    CHECK(inked > 100);
    CHECK(drawn == inked);
}

TEST_CASE("a shaped face that arrives before the shaper is handed to it when the text module loads, and resolves only then") {
    Started s(/*shaper_loaded=*/false);
    s.Faces.WantText(kArabic);
    s.Host.Settle(10);
    REQUIRE(Fetched(s.Host, "fonts/script-arab.ttf"));
    CHECK(s.Services.Needs > 0);
    // In the atlas, but it cannot be shaped yet: not handed out (its glyphs are by index, not by code point).
    CHECK(s.Faces.Resolve(SerifRegular, kBeh) == SerifRegular);
    const uint32_t before = s.Faces.Generation();
    s.Services.Load();
    CHECK(s.Faces.Generation() != before); // galleys laid out without the shaper are laid out again
    s.Faces.BeginFrame();
    const layout::FaceId face = s.Faces.Resolve(SerifRegular, kBeh);
    REQUIRE(face >= FirstFallback);
    CHECK(s.Faces.Shaped(face));
    CHECK(s.Services.ShaperImpl.Faces[face] == test::NotoFile("NotoNaskhArabic-Regular.ttf"));
}

TEST_CASE("text that wants a shaped face whose shaper is not there asks for it again (after a failed load), and not once it is") {
    Started s(/*shaper_loaded=*/false);
    s.Faces.WantText(kArabic);
    s.Host.Settle(10);
    const int first = s.Services.Needs;
    REQUIRE(first > 0);
    // The module's load failed: the next article with Arabic asks again, without fetching the faces again.
    const size_t fetches = s.Host.Fetched.size();
    s.Faces.WantText(kArabic);
    CHECK(s.Services.Needs == first + 1);
    CHECK(s.Host.Fetched.size() == fetches);
    // Latin text asks for nothing.
    s.Faces.WantText("Latin only");
    CHECK(s.Services.Needs == first + 1);
    // Once the shaper is there, Arabic text asks no more.
    s.Services.Load();
    s.Faces.BeginFrame();
    s.Faces.WantText(kArabic);
    CHECK(s.Services.Needs == first + 1);
}

TEST_CASE("WantScripts fetches a script's faces before its text is there, and only that script's") {
    Started s;
    s.Faces.WantScripts({"Hebr"});
    s.Host.Settle(10);
    CHECK(Fetched(s.Host, "fonts/fallback.json"));
    CHECK(Fetched(s.Host, "fonts/script-hebr.ttf"));
    CHECK_FALSE(Fetched(s.Host, "fonts/script-arab.ttf"));
    CHECK_FALSE(Fetched(s.Host, "fonts/fallback-arrows-math.ttf"));
    CHECK(s.Services.Needs > 0);
    const layout::FaceId hebrew = s.Faces.Resolve(SerifRegular, kAlef);
    CHECK(hebrew >= FirstFallback);
    CHECK(s.Faces.Resolve(SerifBold, kAlef) == hebrew); // no bold Hebrew file: the regular one
    const size_t fetched = s.Host.Fetched.size();
    s.Faces.WantScripts({"Latn", "Zzzz"}); // nothing shaped: nothing fetched
    s.Host.Settle(10);
    CHECK(s.Host.Fetched.size() == fetched);
}

TEST_CASE("shaped entries without a script, or with a bold file outside the fonts folder, are skipped or lose the bold") {
    test::ImGuiContextScope imgui;
    test::FakeHost host;
    test::FakeShapingServices services;
    host.TextServices = &services;
    test::ServeShapedFonts(host);
    auto serve = host.Make;
    host.Make = [serve](const std::string& url, std::string* body) {
        if (url != "fonts/fallback.json") return serve(url, body);
        *body = R"({"faces": [
          {"file": "script-hebr.ttf", "ranges": [[1424, 1535]], "shaped": true},
          {"file": "script-hebr.ttf", "ranges": [[1424, 1535]], "shaped": true, "script": "Hebrew"},
          {"file": "script-arab.ttf", "ranges": [[1536, 1791]], "shaped": true, "script": "Arab", "bold": "../bold.ttf"}]})";
        return true;
    };
    FaceSet faces;
    bool ready = false;
    faces.Start(&host, "fonts/", [&](bool ok, const std::string&) { ready = ok; });
    host.Settle(10);
    REQUIRE(ready);
    faces.WantText(std::string(kArabic) + " \xD7\x90"); // Arabic and א
    host.Settle(10);
    CHECK_FALSE(Fetched(host, "fonts/script-hebr.ttf"));
    for (const std::string& url : host.Fetched) CHECK(url.find("..") == std::string::npos);
    const layout::FaceId arabic = faces.Resolve(SerifRegular, kBeh);
    CHECK(arabic >= FirstFallback);
    CHECK(faces.Resolve(SerifBold, kBeh) == arabic);
    CHECK(faces.Resolve(SerifRegular, kAlef) == SerifRegular);
}

TEST_CASE("text wanted before the reading faces are in asks for its faces once they are") {
    test::ImGuiContextScope imgui;
    test::FakeHost host;
    test::FakeShapingServices services;
    host.TextServices = &services;
    test::ServeShapedFonts(host);
    FaceSet faces;
    bool ready = false;
    faces.Start(&host, "fonts/", [&](bool ok, const std::string&) { ready = ok; });
    faces.WantText(std::string("An article that arrived first: ") + kArabic); // before any font is answered
    host.Settle(10);
    REQUIRE(ready);
    host.Settle(10);
    CHECK(Fetched(host, "fonts/script-arab.ttf"));
    CHECK(services.Needs > 0);
}
