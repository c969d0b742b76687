// NativeTextServices, the desktop's Host::Text(): all three services there at once and wired together (the line
// breaker segments Thai through the dictionary segmenter it owns), its generation fixed.
#include "platform/native/native_text.h"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace {

std::vector<uint32_t> CodePoints(const char* utf8) {
    std::vector<uint32_t> out;
    for (const auto* p = reinterpret_cast<const unsigned char*>(utf8); *p;) {
        const int extra = *p >= 0xF0 ? 3 : *p >= 0xE0 ? 2 : *p >= 0xC0 ? 1 : 0;
        uint32_t cp = extra == 0 ? *p : *p & (0x3Fu >> extra);
        ++p;
        for (int i = 0; i < extra; ++i, ++p) cp = cp << 6 | (*p & 0x3Fu);
        out.push_back(cp);
    }
    return out;
}

} // namespace

TEST_CASE("NativeTextServices: bidi, breaking and shaping are all there, and stay the same generation") {
    folio::platform::NativeTextServices services;
    const folio::layout::TextServices& text = services;
    REQUIRE(text.Bidi() != nullptr);
    REQUIRE(text.Breaker() != nullptr);
    REQUIRE(text.Shaper() != nullptr);
    CHECK(services.Shaper() == text.Shaper());
    const uint32_t generation = text.Generation();
    services.Need();
    CHECK(text.Generation() == generation);

    // Hebrew after Latin in a paragraph of automatic direction: the Latin is at level 0, the Hebrew at level 1.
    const std::vector<uint32_t> mixed = CodePoints("Folio שלום");
    std::vector<uint8_t> levels(mixed.size());
    CHECK(text.Bidi()->ResolveLevels(mixed.data(), mixed.size(), folio::layout::Direction::Auto, levels.data()) == 0);
    CHECK(levels.front() == 0);
    CHECK(levels.back() == 1);
    CHECK(text.Bidi()->Mirror('(') == ')');
}

TEST_CASE("NativeTextServices: the line breaker finds the words of Thai through its dictionary segmenter") {
    folio::platform::NativeTextServices services;
    // No spaces: UAX #14 alone allows no break inside it.
    const std::vector<uint32_t> thai = CodePoints("กรมอุตุนิยมวิทยาเตือนว่าจะมีฝนตกหนัก");
    REQUIRE(thai.size() == 36);
    std::vector<folio::layout::BreakKind> breaks(thai.size());
    services.Breaker()->Breaks(thai.data(), thai.size(), "th", breaks.data());
    size_t inside = 0;
    for (size_t i = 0; i + 1 < thai.size(); ++i) inside += breaks[i] == folio::layout::BreakKind::Allowed;
    CHECK(inside >= 4);
    CHECK(breaks.back() == folio::layout::BreakKind::Mandatory);
}

TEST_CASE("NativeTextServices: its shaper shapes a face added through the services") {
    folio::platform::NativeTextServices services;
    std::ifstream in(std::string(FOLIO_TEST_SCRIPT_FONTS_DIR) + "/NotoSansHebrew-Regular.ttf", std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    services.Shaper()->AddFace(7, bytes.str());
    const folio::layout::TextServices& text = services;
    REQUIRE(text.Shaper()->HasFace(7));
    const std::string shalom = "שלום";
    std::vector<folio::layout::ShapedGlyph> glyphs;
    REQUIRE(text.Shaper()->Shape(7, 20, shalom.data(), shalom.size(), 0, shalom.size(), true, "he", &glyphs));
    REQUIRE(glyphs.size() == 4);
    CHECK(glyphs.front().Cluster == 6); // visual order: the last letter is drawn leftmost
    CHECK(glyphs.back().Cluster == 0);
}

TEST_CASE("NativeTextServices: constructing them loads no dictionary; the first complex-context run does") {
    const auto start = std::chrono::steady_clock::now();
    folio::platform::NativeTextServices services;
    const auto made = std::chrono::steady_clock::now();
    CHECK_FALSE(services.Segmenter().Loaded());
    // Text with no complex-context character (Hebrew, Latin) does not load it either.
    const std::vector<uint32_t> hebrew = CodePoints("Folio שלום");
    std::vector<folio::layout::BreakKind> breaks(hebrew.size());
    services.Breaker()->Breaks(hebrew.data(), hebrew.size(), "he", breaks.data());
    CHECK_FALSE(services.Segmenter().Loaded());

    const std::vector<uint32_t> thai = CodePoints("กรมอุตุนิยมวิทยาเตือนว่าจะมีฝนตกหนัก");
    breaks.assign(thai.size(), folio::layout::BreakKind::None);
    const auto before = std::chrono::steady_clock::now();
    services.Breaker()->Breaks(thai.data(), thai.size(), "th", breaks.data());
    const auto after = std::chrono::steady_clock::now();
    CHECK(services.Segmenter().Loaded());
    size_t inside = 0;
    for (size_t i = 0; i + 1 < thai.size(); ++i) inside += breaks[i] == folio::layout::BreakKind::Allowed;
    CHECK(inside >= 4);
    using ms = std::chrono::duration<double, std::milli>;
    std::printf("NativeTextServices: constructed in %.2f ms; the first Thai run (loading the segmenter) took %.2f ms\n",
                ms(made - start).count(), ms(after - before).count());
}
