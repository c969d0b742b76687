// HarfBuzzShaper's contract (layout/text_services.h) with real fonts from the script fonts folder: faces added and
// refused, arguments out of range refused, the run shaped with the text around it as context, right-to-left runs
// in visual order, sizes scaled, `out` replaced.
#include "platform/text/harfbuzz_shaper.h"

#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

namespace {

using folio::layout::ShapedGlyph;
using folio::platform::HarfBuzzShaper;

std::string FontBytes(const char* file) {
    std::ifstream in(std::string(FOLIO_TEST_SCRIPT_FONTS_DIR) + "/" + file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

constexpr folio::layout::FaceId kArabic = 3, kDevanagari = 200;

} // namespace

TEST_CASE("HarfBuzzShaper: a face is there once its font is added; bytes that are no font are refused") {
    HarfBuzzShaper shaper;
    std::vector<ShapedGlyph> out(3);
    CHECK_FALSE(shaper.HasFace(kArabic));
    CHECK_FALSE(shaper.Shape(kArabic, 16, "ب", 2, 0, 2, true, "ar", &out));
    CHECK(out.empty());

    const std::string naskh = FontBytes("NotoNaskhArabic-Regular.ttf");
    REQUIRE(naskh.size() > 10000);
    shaper.AddFace(kArabic, naskh);
    CHECK(shaper.HasFace(kArabic));
    CHECK_FALSE(shaper.HasFace(kDevanagari));
    CHECK(shaper.Shape(kArabic, 16, "ب", 2, 0, 2, true, "ar", &out));
    CHECK(out.size() == 1);

    shaper.AddFace(kDevanagari, "not a font at all, though long enough to be looked at");
    CHECK_FALSE(shaper.HasFace(kDevanagari));
    shaper.AddFace(kDevanagari, naskh.substr(0, 64)); // a truncated font: its tables point past the end
    CHECK_FALSE(shaper.HasFace(kDevanagari));
    shaper.AddFace(kArabic, ""); // replacing a face with nothing removes it
    CHECK_FALSE(shaper.HasFace(kArabic));
}

TEST_CASE("HarfBuzzShaper: arguments out of range are refused and leave out empty") {
    HarfBuzzShaper shaper;
    shaper.AddFace(kArabic, FontBytes("NotoNaskhArabic-Regular.ttf"));
    const std::string text = "سلام";
    std::vector<ShapedGlyph> out(2);
    CHECK_FALSE(shaper.Shape(kArabic, 16, text.data(), text.size(), 4, 2, true, "ar", &out)); // begin > end
    CHECK(out.empty());
    CHECK_FALSE(shaper.Shape(kArabic, 16, text.data(), text.size(), 0, text.size() + 1, true, "ar", &out));
    CHECK_FALSE(shaper.Shape(kArabic, 0, text.data(), text.size(), 0, text.size(), true, "ar", &out));
    CHECK_FALSE(shaper.Shape(kArabic, -3, text.data(), text.size(), 0, text.size(), true, "ar", &out));
    CHECK_FALSE(shaper.Shape(kArabic, std::numeric_limits<float>::quiet_NaN(), text.data(), text.size(), 0,
                             text.size(), true, "ar", &out));
    CHECK_FALSE(shaper.Shape(kArabic, std::numeric_limits<float>::infinity(), text.data(), text.size(), 0,
                             text.size(), true, "ar", &out));
    CHECK_FALSE(shaper.Shape(kArabic, 16, text.data(), text.size(), 0, text.size(), true, "ar", nullptr));
    // An empty run is shaped: no glyphs.
    CHECK(shaper.Shape(kArabic, 16, text.data(), text.size(), 2, 2, true, "ar", &out));
    CHECK(out.empty());
    // Invalid UTF-8 is shaped as replacement characters, never read past the end.
    const std::string broken = "\xd8\xb3\xd9\xff\xd8";
    CHECK(shaper.Shape(kArabic, 16, broken.data(), broken.size(), 0, broken.size(), true, "ar", &out));
    CHECK(out.size() >= 2);
}

TEST_CASE("HarfBuzzShaper: the text around the run joins with it; clusters are offsets into the whole text") {
    HarfBuzzShaper shaper;
    shaper.AddFace(kArabic, FontBytes("NotoNaskhArabic-Regular.ttf"));
    const std::string beh = "ب", three = "ببب";
    std::vector<ShapedGlyph> alone, middle;
    REQUIRE(shaper.Shape(kArabic, 16, beh.data(), beh.size(), 0, beh.size(), true, "ar", &alone));
    // The middle beh of three, shaped alone but with its neighbours as context: the medial form.
    REQUIRE(shaper.Shape(kArabic, 16, three.data(), three.size(), 2, 4, true, "ar", &middle));
    REQUIRE(alone.size() == 1);
    REQUIRE(middle.size() == 1);
    CHECK(middle[0].Glyph != alone[0].Glyph);
    CHECK(middle[0].Cluster == 2);
    CHECK(alone[0].Cluster == 0);
}

TEST_CASE("HarfBuzzShaper: a right-to-left run comes in visual order; sizes scale the advances") {
    HarfBuzzShaper shaper;
    shaper.AddFace(kArabic, FontBytes("NotoNaskhArabic-Regular.ttf"));
    const std::string text = "سلام عليكم";
    std::vector<ShapedGlyph> small, large;
    REQUIRE(shaper.Shape(kArabic, 10, text.data(), text.size(), 0, text.size(), true, "ar", &small));
    REQUIRE(shaper.Shape(kArabic, 25, text.data(), text.size(), 0, text.size(), true, "ar", &large));
    REQUIRE(small.size() >= 8);
    REQUIRE(small.size() == large.size());
    CHECK(small.front().Cluster > small.back().Cluster); // the left edge is the run's logical end
    for (size_t i = 1; i < small.size(); ++i) CHECK(small[i - 1].Cluster >= small[i].Cluster);
    float width_small = 0, width_large = 0;
    for (size_t i = 0; i < small.size(); ++i) {
        CHECK(large[i].Glyph == small[i].Glyph);
        width_small += small[i].Advance;
        width_large += large[i].Advance;
    }
    CHECK(width_small > 20);
    CHECK(width_large == doctest::Approx(width_small * 2.5f).epsilon(1e-5));

    // The same letters left to right: clusters ascend.
    std::vector<ShapedGlyph> ltr;
    REQUIRE(shaper.Shape(kArabic, 10, text.data(), text.size(), 0, text.size(), false, "ar", &ltr));
    CHECK(ltr.front().Cluster < ltr.back().Cluster);
}

TEST_CASE("HarfBuzzShaper: faces are kept apart; Devanagari reorders and forms conjuncts") {
    HarfBuzzShaper shaper;
    shaper.AddFace(kArabic, FontBytes("NotoNaskhArabic-Regular.ttf"));
    shaper.AddFace(kDevanagari, FontBytes("NotoSansDevanagari-Regular.ttf"));
    REQUIRE(shaper.HasFace(kDevanagari));
    // "कि": the vowel sign i is drawn before the consonant it follows in memory.
    const std::string ki = "कि";
    std::vector<ShapedGlyph> out;
    REQUIRE(shaper.Shape(kDevanagari, 16, ki.data(), ki.size(), 0, ki.size(), false, "hi", &out));
    REQUIRE(out.size() == 2);
    std::vector<ShapedGlyph> ka;
    REQUIRE(shaper.Shape(kDevanagari, 16, ki.data(), ki.size(), 0, 3, false, "hi", &ka)); // क alone
    REQUIRE(ka.size() == 1);
    CHECK(out[1].Glyph == ka[0].Glyph);
    CHECK(out[0].Glyph != ka[0].Glyph);
    // क्ष (ka, virama, ssa): one conjunct glyph for three characters.
    const std::string ksha = "क्ष";
    REQUIRE(shaper.Shape(kDevanagari, 16, ksha.data(), ksha.size(), 0, ksha.size(), false, "hi", &out));
    CHECK(out.size() == 1);
    CHECK(out[0].Cluster == 0);
    // The Arabic face has no Devanagari: its glyphs are .notdef (0).
    REQUIRE(shaper.Shape(kArabic, 16, ksha.data(), ksha.size(), 0, ksha.size(), false, "hi", &out));
    CHECK(out[0].Glyph == 0);
}
