// The themes' contrast, read from their colours: in every theme, text reaches 4.5:1 against what it is drawn on
// (WCAG 1.4.3) and every control's boundary, mark or focus ring 3:1 against what it sits on (WCAG 1.4.11). Relative
// luminance as WCAG 2 defines it; a translucent colour is composited over the layers it draws on first.
#include "fake_host.h" // ImGuiContextScope
#include "ui/theme.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <cmath>
#include <initializer_list>
#include <string>

using namespace folio::ui;
using folio::test::ImGuiContextScope;

namespace {

struct Linear { double R, G, B; }; // opaque sRGB, 0..1 per channel

double Channel(Color c, int shift) { return ((c >> shift) & 0xFF) / 255.0; }
double Alpha(Color c) { return ((c >> 24) & 0xFF) / 255.0; }

// `top` composited over an opaque `under` (both in sRGB, as the renderer blends).
Linear Over(Color top, Linear under) {
    const double a = Alpha(top);
    return {Channel(top, 0) * a + under.R * (1 - a), Channel(top, 8) * a + under.G * (1 - a),
            Channel(top, 16) * a + under.B * (1 - a)};
}

// The layers from the bottom up, the first opaque: what a colour drawn on them sits on.
Linear Flatten(std::initializer_list<Color> layers) {
    Linear out{0, 0, 0};
    for (Color c : layers) out = Over(c, out);
    return out;
}

double Luminance(Linear c) {
    auto lin = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.R) + 0.7152 * lin(c.G) + 0.0722 * lin(c.B);
}

double Contrast(Linear a, Linear b) {
    const double la = Luminance(a), lb = Luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// `fg` drawn on the layers (bottom up) reaches `need`; the failure names the theme and the pair.
void Needs(double need, const Theme& theme, const char* what, Color fg, std::initializer_list<Color> layers) {
    const Linear bg = Flatten(layers);
    const double ratio = Contrast(Over(fg, bg), bg);
    const std::string pair = std::string(theme.Name) + ": " + what;
    CHECK_MESSAGE(ratio >= need, pair << " is " << ratio << ":1, needs " << need << ":1");
}
void Text(const Theme& t, const char* what, Color fg, std::initializer_list<Color> layers) { Needs(4.5, t, what, fg, layers); }
void NonText(const Theme& t, const char* what, Color fg, std::initializer_list<Color> layers) { Needs(3.0, t, what, fg, layers); }

const ThemeChoice kThemes[] = {ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::Sepia, ThemeChoice::HighContrast};

Color FromStyle(ImGuiCol col) { return ImGui::ColorConvertFloat4ToU32(ImGui::GetStyle().Colors[col]); }

} // namespace

TEST_CASE("contrast is WCAG 2's ratio of relative luminances, translucent colours composited first") {
    CHECK(Contrast(Flatten({Rgb(0x000000)}), Flatten({Rgb(0xFFFFFF)})) == doctest::Approx(21.0));
    CHECK(Contrast(Flatten({Rgb(0x777777)}), Flatten({Rgb(0x777777)})) == doctest::Approx(1.0));
    CHECK(Contrast(Flatten({Rgb(0x767676)}), Flatten({Rgb(0xFFFFFF)})) == doctest::Approx(4.54).epsilon(0.01));
    // Half-transparent black over white is mid grey, not black.
    CHECK(Contrast(Flatten({Rgb(0xFFFFFF), Rgba(0x000000, 0x80)}), Flatten({Rgb(0x7F7F7F)})) == doctest::Approx(1.0).epsilon(0.01));
    // Rgb packs as ImGui does (IM_COL32: red in the low byte).
    CHECK(Rgb(0x123456) == IM_COL32(0x12, 0x34, 0x56, 0xFF));
    CHECK(Rgba(0x123456, 0x40) == IM_COL32(0x12, 0x34, 0x56, 0x40));
}

TEST_CASE("every theme: the page, the toolbar, the chips and the panels' colours reach 4.5:1 for text, 3:1 for controls") {
    for (ThemeChoice choice : kThemes) {
        const Theme& t = ThemeFor(choice, false);
        // The page.
        Text(t, "body text", t.Text, {t.Background});
        Text(t, "muted text (datelines, captions)", t.Muted, {t.Background});
        Text(t, "links", t.Link, {t.Background});
        Text(t, "accent text (section labels)", t.Accent, {t.Background});
        Text(t, "error text", t.ErrorText, {t.Background});
        for (Color highlight : {t.Selection, t.FindMatch, t.FindCurrent}) {
            Text(t, "text under a selection or Find highlight", t.Text, {t.Background, highlight});
            Text(t, "a link under a selection or Find highlight", t.Link, {t.Background, highlight});
        }
        // A code block: body text on its panel (the control fill), under highlights too, and its sideways bar.
        Text(t, "code on its panel", t.Text, {t.Background, t.Control});
        for (Color highlight : {t.Selection, t.FindMatch, t.FindCurrent})
            Text(t, "code under a selection or Find highlight", t.Text, {t.Background, t.Control, highlight});
        NonText(t, "a code block's sideways bar on its panel", t.ScrollThumb, {t.Background, t.Control});
        // The toolbar: its buttons' labels and glyphs, the brand, the chips.
        Text(t, "toolbar button labels", t.PanelText, {t.Toolbar});
        Text(t, "the brand on the toolbar", t.Accent, {t.Toolbar});
        for (Color fill : {t.Control, t.ControlHovered, t.ControlActive}) {
            Text(t, "a chip's label (normal, hovered, pressed)", t.PanelText, {t.Toolbar, fill});
            Text(t, "a button's label in a panel (normal, hovered, pressed)", t.PanelText, {t.Panel, fill});
            NonText(t, "a radio's dot or a checkbox's tick on its fill", t.ControlMark, {t.Panel, fill});
        }
        for (Color fill : {t.Primary, t.PrimaryHovered, t.PrimaryActive}) {
            Text(t, "the selected chip's label (normal, hovered, pressed)", t.PrimaryText, {t.Toolbar, fill});
            Text(t, "Retry's label (normal, hovered, pressed)", t.PrimaryText, {t.Background, fill});
        }
        NonText(t, "the selected chip against the toolbar", t.Primary, {t.Toolbar});
        NonText(t, "a control's outline on the toolbar", t.ControlBorder, {t.Toolbar});
        NonText(t, "a control's outline on a panel", t.ControlBorder, {t.Panel});
        NonText(t, "a panel's or tooltip's edge on the page", t.ControlBorder, {t.Background});
        // Panels: settings, Find bar, tooltips.
        Text(t, "panel and tooltip text", t.PanelText, {t.Panel});
        Text(t, "panel labels", t.PanelMuted, {t.Panel});
        Text(t, "the Find field's hint", t.PanelMuted, {t.Panel, t.Control});
        Text(t, "selected text in the Find field", t.PanelText, {t.Panel, t.Control, t.Selection});
        // Keyboard focus.
        NonText(t, "the focus ring on the page", t.FocusRing, {t.Background});
        NonText(t, "the focus ring on the toolbar", t.FocusRing, {t.Toolbar});
        NonText(t, "the focus ring on a panel", t.FocusRing, {t.Panel});
        // The reader view's scrollbar thumb, drawn over the page below the toolbar.
        NonText(t, "the scrollbar thumb on the page", t.ScrollThumb, {t.Background});
        NonText(t, "the scrollbar thumb under the pointer or dragged", t.ScrollThumbActive, {t.Background});
    }
}

TEST_CASE("every theme's ImGui style: panel text 4.5:1, and radios, checkboxes, buttons and fields 3:1 against the panel") {
    for (ThemeChoice choice : kThemes) {
        ImGuiContextScope imgui;
        const Theme& theme = ThemeFor(choice, false);
        ApplyImGuiStyle(theme);
        const ImGuiStyle& st = ImGui::GetStyle();
        const Color panel = FromStyle(ImGuiCol_PopupBg), page = FromStyle(ImGuiCol_WindowBg);
        Text(theme, "panel text", FromStyle(ImGuiCol_Text), {panel});
        Text(theme, "panel labels (TextDisabled)", FromStyle(ImGuiCol_TextDisabled), {panel});
        Text(theme, "a field's hint (TextDisabled)", FromStyle(ImGuiCol_TextDisabled), {panel, FromStyle(ImGuiCol_FrameBg)});
        for (ImGuiCol fill : {ImGuiCol_FrameBg, ImGuiCol_FrameBgHovered, ImGuiCol_FrameBgActive, ImGuiCol_Button,
                              ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive, ImGuiCol_HeaderHovered, ImGuiCol_Header}) {
            const std::string colour = ImGui::GetStyleColorName(fill);
            CAPTURE(colour);
            Text(theme, "text on a control", FromStyle(ImGuiCol_Text), {panel, FromStyle(fill)});
            Text(theme, "text on a control on the page", FromStyle(ImGuiCol_Text), {page, FromStyle(fill)});
        }
        // A control's bounds show by its outline when it has one, else by its fill.
        for (ImGuiCol fill : {ImGuiCol_FrameBg, ImGuiCol_Button}) {
            const Color boundary = st.FrameBorderSize >= 1.0f ? FromStyle(ImGuiCol_Border) : FromStyle(fill);
            const std::string colour = ImGui::GetStyleColorName(fill);
            CAPTURE(colour);
            NonText(theme, "a radio's, checkbox's, field's or button's bounds on a panel", boundary, {panel});
            NonText(theme, "a control's bounds on the page", boundary, {page});
        }
        for (ImGuiCol fill : {ImGuiCol_FrameBg, ImGuiCol_FrameBgHovered, ImGuiCol_FrameBgActive}) {
            const std::string colour = ImGui::GetStyleColorName(fill);
            CAPTURE(colour);
            NonText(theme, "a radio's dot or a checkbox's tick", FromStyle(ImGuiCol_CheckMark), {panel, FromStyle(fill)});
        }
        NonText(theme, "the keyboard focus cursor on a panel", FromStyle(ImGuiCol_NavCursor), {panel});
        NonText(theme, "the keyboard focus cursor on the page", FromStyle(ImGuiCol_NavCursor), {page});
    }
}
