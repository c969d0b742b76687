// The App's own text as labels (ui/label.h), with fake text services (tests/layout/fake_services.h: Arabic letters
// are R, its marks NSM; the fake shaper sets 8 px letters per 10 px em, a mark joining its base's cluster with no
// advance) and fake metrics (10 px a character per 10 px em unshaped): filter chips with Arabic names get shaped,
// right-to-left galleys and their galleys' widths; the back button's Arabic feed name is cut to fit where a
// character as drawn starts; an Arabic Find query's caret is at the galley's x.
#include "ui/label.h"

#include "../layout/fake_services.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace folio;
using namespace folio::ui;

namespace {

// Arabic (U+0600-U+06FF) resolves to face 2, shaped.
class ArabicMetrics final : public FakeMetrics {
public:
    const layout::TextServices* Svc = nullptr;
    layout::FaceId Resolve(layout::FaceId face, uint32_t cp) const override { return cp >= 0x600 && cp <= 0x6FF ? 2 : face; }
    bool Shaped(layout::FaceId face) const override { return face == 2; }
    float Advance(layout::FaceId face, float size, uint32_t cp) const override { return FakeMetrics::Advance(face == 2 ? 0 : face, size, cp); }
    const layout::TextServices* Services() const override { return Svc; }
};

struct Fixture {
    fake::FakeBidi Bidi;
    fake::FakeShaper Shaper;
    fake::FakeServices Services;
    ArabicMetrics Metrics;
    layout::LayoutCache Cache;
    LabelContext Ctx;
    Fixture() {
        Shaper.AddFace(2, "");
        Services.BidiPtr = &Bidi;
        Services.ShaperPtr = &Shaper;
        Metrics.Svc = &Services;
        Ctx = LabelContext{&Metrics, &Cache, 1.0f, 1};
    }
};

const std::string kPolitics = "سياسة";     // five letters
const std::string kEconomy = "#اقتصاد";    // a hash and six letters
const std::string kCity = "مَدينة السلام"; // a fatha on the first letter

uint32_t Glyphs(const layout::Galley& g) {
    uint32_t n = 0;
    for (const layout::Piece& p : g.Pieces) n += p.GlyphCount;
    return n;
}

} // namespace

TEST_CASE("filter chips with Arabic names are shaped galleys, right to left, as wide as their galleys") {
    Fixture f;
    const std::vector<std::pair<std::string, std::string>> chips = {
        {"All", "#/"}, {kPolitics, "#/section/p"}, {kEconomy, "#/tag/e"}};
    const LabelStyle style{0, 10.0f, nullptr};
    std::vector<Label> labels;
    std::vector<float> widths;
    LayOutChipLabels(chips, style, f.Ctx, 12.0f, &labels, &widths);
    REQUIRE(labels.size() == 3);
    REQUIRE(widths.size() == 3);
    // "All": the fast path, 10 px a letter.
    CHECK(Glyphs(*labels[0].Galley()) == 0);
    CHECK(widths[0] == doctest::Approx(30.0f + 24.0f));
    // Five shaped glyphs of 8 px (unshaped, the five would take 50 px), right to left.
    const layout::Galley& politics = *labels[1].Galley();
    CHECK(Glyphs(politics) == 5);
    CHECK(labels[1].Rtl());
    CHECK(widths[1] == doctest::Approx(40.0f + 24.0f));
    CHECK(widths[1] == doctest::Approx(politics.InkWidth + 24.0f));
    // "#" then the word: the paragraph is right to left (its first strong letter), so "#" stands at the right end.
    const layout::Galley& economy = *labels[2].Galley();
    CHECK(Glyphs(economy) == 6);
    CHECK(widths[2] == doctest::Approx(10.0f + 48.0f + 24.0f));
    CHECK(economy.XOf(0, 0) == doctest::Approx(economy.InkWidth)); // the caret before "#": at the right edge
    CHECK(economy.CharX[0] > economy.CharX[1]);                    // "#" right of the letters

    // Laid out again only when something changed: the same galleys for the same chips, new ones for new fonts.
    const layout::Galley* before = labels[1].Galley();
    const int calls = f.Shaper.Calls;
    LayOutChipLabels(chips, style, f.Ctx, 12.0f, &labels, &widths);
    CHECK(labels[1].Galley() == before);
    CHECK(f.Shaper.Calls == calls);
    f.Ctx.Generation = 2; // a face arrived
    LayOutChipLabels(chips, style, f.Ctx, 12.0f, &labels, &widths);
    CHECK(labels[1].Galley() != before);
    CHECK(f.Shaper.Calls > calls);
}

TEST_CASE("a label is laid out again when its text, face, size, language or scale changes, and only then") {
    Fixture f;
    Label label;
    const std::string ar = "ar";
    CHECK(label.Set(kPolitics, LabelStyle{0, 10.0f, nullptr}, f.Ctx));
    CHECK_FALSE(label.Set(kPolitics, LabelStyle{0, 10.0f, nullptr}, f.Ctx));
    CHECK(label.Set(kPolitics, LabelStyle{0, 20.0f, nullptr}, f.Ctx));
    CHECK(label.Width() == doctest::Approx(80.0f));
    CHECK(label.Set(kPolitics, LabelStyle{0, 20.0f, &ar}, f.Ctx));
    CHECK_FALSE(label.Set(kPolitics, LabelStyle{0, 20.0f, &ar}, f.Ctx));
    CHECK(label.Set(kPolitics, LabelStyle{1, 20.0f, &ar}, f.Ctx));
    f.Ctx.Scale = 2.0f;
    CHECK(label.Set(kPolitics, LabelStyle{1, 20.0f, &ar}, f.Ctx));
    CHECK(label.Set(kEconomy, LabelStyle{1, 20.0f, &ar}, f.Ctx));
}

TEST_CASE("the back button's Arabic feed name is cut to fit by galley widths, where a character as drawn starts") {
    Fixture f;
    const LabelStyle style{0, 10.0f, nullptr};
    const GalleyMeasure measure(style, f.Ctx);
    // The measure's characters: the fatha belongs to the letter before it (no cut between them).
    std::vector<uint32_t> starts;
    measure.CharacterStarts(kCity, &starts);
    CHECK(starts.front() == 0);
    CHECK(std::find(starts.begin(), starts.end(), 2u) == starts.end()); // the fatha's first byte
    CHECK(std::find(starts.begin(), starts.end(), 4u) != starts.end()); // the next letter
    struct ByCodePoint final : TextMeasure {
        float Width(const char*, size_t) const override { return 0.0f; }
    } by_code_point;
    std::vector<uint32_t> code_points;
    by_code_point.CharacterStarts(kCity, &code_points); // unlike every code point's start
    CHECK(std::find(code_points.begin(), code_points.end(), 2u) != code_points.end());
    // Widths are the shaped galleys': the whole name (11 letters of 8 px, a fatha of none, a 3 px space in the run)
    // is 91 px; the arrow "‹  " (unshaped) 20 px.
    CHECK(measure.Width(kCity.data(), kCity.size()) == doctest::Approx(11 * 8.0f + 3.0f));
    for (float room : {45.0f, 60.0f, 80.0f, 100.0f, 120.0f}) {
        CAPTURE(room);
        BackLabel back;
        const std::string& label = back.For(kCity, room, measure);
        const std::string& arrow = BackLabel::Arrow(false);
        CHECK(label == arrow + back.Name());
        const std::string& name = back.Name();
        CHECK(measure.Width(name.data(), name.size()) <= room - measure.Width(arrow.data(), arrow.size()) + 0.01f);
        if (name == kCity) continue;
        const std::string ellipsis = "\xE2\x80\xA6";
        REQUIRE(name.size() > ellipsis.size());
        CHECK(name.compare(name.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0);
        const uint32_t cut = (uint32_t)(name.size() - ellipsis.size());
        CHECK(kCity.compare(0, cut, name, 0, cut) == 0);
        CHECK(std::find(starts.begin(), starts.end(), cut) != starts.end()); // never between a letter and its mark
    }
}

TEST_CASE("an Arabic Find query's caret is at its galley's x: the start at the right, the end at the left") {
    Fixture f;
    Label query;
    query.Set("سلام", LabelStyle{0, 10.0f, nullptr}, f.Ctx); // four letters, 32 px
    REQUIRE(query.Galley());
    CHECK(query.Rtl());
    CHECK(query.Width() == doctest::Approx(32.0f));
    CHECK(query.XOf(0) == doctest::Approx(32.0f)); // before the first letter: its right edge
    CHECK(query.XOf(2) == doctest::Approx(24.0f)); // after it
    CHECK(query.XOf(8) == doctest::Approx(0.0f));  // the end: at the left
    CHECK(query.XOf(100) == doctest::Approx(0.0f)); // past the end: the end
    // A Latin query's caret runs left to right.
    query.Set("abc", LabelStyle{0, 10.0f, nullptr}, f.Ctx);
    CHECK_FALSE(query.Rtl());
    CHECK(query.XOf(3) == doctest::Approx(30.0f));
}
