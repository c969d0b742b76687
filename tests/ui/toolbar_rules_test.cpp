// The toolbar's rules: the back button names the feed by its title (cut to fit), tooltips only for a mouse and never
// over a panel, and a press outside the settings panel closes it.
#include "ui/toolbar_rules.h"

#include <doctest/doctest.h>

#include <cstring>

using namespace folio::ui;

// Fake metrics: 10 px a character at size 16 (UTF-8 continuation bytes take no room), in proportion at others.
struct PerChar final : TextMeasure {
    float Size = 16.0f;
    float Width(const char* text, size_t n) const override {
        float w = 0.0f;
        for (size_t i = 0; i < n; ++i) w += (((unsigned char)text[i] & 0xC0) == 0x80) ? 0.0f : 10.0f * Size / 16.0f;
        return w;
    }
    uint64_t Stamp() const override { return (uint64_t)Size; }
};
static float TenPerChar(const char* text, size_t n) { return PerChar().Width(text, n); }
static const PerChar kTen;

TEST_CASE("the back button names the feed by its title, not \"All news\" (a section may be called that)") {
    BackLabel back;
    CHECK(back.For("Folio sample bundle", 400, kTen) == "\xE2\x80\xB9  Folio sample bundle");
    CHECK(back.For("Test desk", 400, kTen) == "\xE2\x80\xB9  Test desk");
    CHECK(FeedName("Test desk") == "Test desk");
    CHECK(FeedName("") == "All news"); // a feed without a title (one article file) still has a name
}

TEST_CASE("a title too long for the toolbar is cut at a character with an ellipsis, within the width") {
    const std::string title = "The Morning Gazette of the United Provinces";
    BackLabel back;
    const std::string& label = back.For(title, 200, kTen);
    CHECK(TenPerChar(label.data(), label.size()) <= 200.0f);
    CHECK(label == "\xE2\x80\xB9  The Morning Gaze\xE2\x80\xA6");
    // No space left before the ellipsis; multi-byte characters are not split.
    CHECK(FitLabel("ab cd", 40, kTen) == "ab\xE2\x80\xA6");
    CHECK(FitLabel("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 30, kTen) == "\xC3\xA9\xC3\xA9\xE2\x80\xA6");
    CHECK(FitLabel("abcdef", 5, kTen) == "a\xE2\x80\xA6"); // at least one character
    CHECK(FitLabel("abc", 30, kTen) == "abc");
}

TEST_CASE("the back label is remade only when the title, the width or the size changes") {
    BackLabel back;
    const std::string* first = &back.For("Desk", 300, kTen);
    const char* bytes = first->c_str();
    CHECK(back.For("Desk", 300, kTen).c_str() == bytes);
    CHECK(back.For("Desk two", 300, kTen) == "\xE2\x80\xB9  Desk two");
    // Remade when the measure says widths changed (a larger size): cut again to fit.
    PerChar larger;
    larger.Size = 32.0f;
    CHECK(back.For("Desk two", 120, kTen) == "\xE2\x80\xB9  Desk two");
    CHECK(back.For("Desk two", 120, larger) == "\xE2\x80\xB9  De\xE2\x80\xA6");
    CHECK(back.Name() == "De\xE2\x80\xA6");
}

TEST_CASE("a label is cut only where its measure says a character starts") {
    // A measure whose characters are pairs of letters (as a shaped cluster may be two letters).
    struct Pairs final : TextMeasure {
        float Width(const char* text, size_t n) const override { return TenPerChar(text, n); }
        void CharacterStarts(const std::string& text, std::vector<uint32_t>* out) const override {
            for (uint32_t i = 0; i < text.size(); i += 2) out->push_back(i);
        }
    } pairs;
    CHECK(FitLabel("abcdefgh", 65, pairs) == "abcd\xE2\x80\xA6"); // "abcde…" would fit: e starts no character
    CHECK(FitLabel("abcdefgh", 25, pairs) == "ab\xE2\x80\xA6"); // at least the first character, whole
    std::vector<uint32_t> starts;
    kTen.CharacterStarts("a\xC3\xA9z", &starts); // by default every UTF-8 character's start
    CHECK(starts == std::vector<uint32_t>{0, 1, 3});
}

TEST_CASE("tooltips show to a mouse with no panel open; never after a tap, never over a panel") {
    CHECK(TooltipAllowed(Pointer::Mouse, false));
    CHECK_FALSE(TooltipAllowed(Pointer::Touch, false));
    CHECK_FALSE(TooltipAllowed(Pointer::Mouse, true));
    CHECK_FALSE(TooltipAllowed(Pointer::Touch, true));
}

TEST_CASE("a press outside the settings panel closes it; inside it or on its own button it does not") {
    const Box panel{38, 58, 340, 300}, toggle{336, 8, 44, 36};
    CHECK(PressClosesPanel(100, 500, panel, toggle));  // the document below
    CHECK(PressClosesPanel(195, 26, panel, toggle));   // the toolbar's middle
    CHECK(PressClosesPanel(10, 100, panel, toggle));   // beside the panel
    CHECK_FALSE(PressClosesPanel(200, 200, panel, toggle));
    CHECK_FALSE(PressClosesPanel(38, 58, panel, toggle)); // its corner
    CHECK_FALSE(PressClosesPanel(358, 26, panel, toggle)); // "Aa" toggles it itself
    CHECK(PressClosesPanel(378, 200, panel, toggle));  // just past its right edge
}

TEST_CASE("a right-to-left article's back button points right, after the feed's name, which alone is cut to fit") {
    BackLabel back;
    CHECK(back.For("Test desk", 400, kTen, true) == "Test desk  \xE2\x80\xBA");
    // Remade when only the direction changes.
    CHECK(back.For("Test desk", 400, kTen, false) == "\xE2\x80\xB9  Test desk");
    const std::string& cut = back.For("The Morning Gazette of the United Provinces", 200, kTen, true);
    CHECK(TenPerChar(cut.data(), cut.size()) <= 200.0f);
    CHECK(cut == "The Morning Gaze\xE2\x80\xA6  \xE2\x80\xBA");
}

TEST_CASE("MirrorX places a box as far from the right edge as it was from the left") {
    CHECK(MirrorX(10.0f, 100.0f, 800.0f, false) == 10.0f);
    CHECK(MirrorX(10.0f, 100.0f, 800.0f, true) == 690.0f); // its right edge 10 px from the row's
    CHECK(MirrorX(700.0f, 44.0f, 800.0f, true) == 56.0f);
}
