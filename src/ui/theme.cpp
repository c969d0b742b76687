// The themes (after Firefox Reader View's light, dark and sepia, plus high contrast) and the ImGui style set from
// a theme.
#include "ui/theme.h"

#include <imgui.h>

#include <algorithm>

namespace folio::ui {

// Each theme's rows follow Theme's members: the page; highlights; toolbar and panel; controls; primary; focus;
// the scrollbar's thumb.
static const Theme kLight = {
    "light", false,
    Rgb(0xFBFAF7), Rgb(0x1C1B19), Rgb(0x5E5A54), Rgb(0xA3241A), Rgb(0xDDD8CF), Rgb(0x1F5FAD), Rgb(0x9B1C1C),
    Rgba(0x3D7BD9, 0x3C), Rgba(0xF2C94C, 0x70), Rgba(0xF08C00, 0x50),
    Rgb(0xFBFAF7), Rgb(0xFFFFFF), Rgb(0x1C1B19), Rgb(0x5E5A54),
    Rgb(0xF1EEE8), Rgb(0xE5E1D9), Rgb(0xD8D3C9), Rgb(0x858076), Rgb(0xA3241A),
    Rgb(0xA3241A), Rgb(0x821C14), Rgb(0x6A160F), Rgb(0xFFFFFF),
    Rgb(0x1F5FAD),
    Rgb(0x858076), Rgb(0x5E5A54)};
static const Theme kDark = {
    "dark", true,
    Rgb(0x1C1B22), Rgb(0xE6E3DD), Rgb(0xA8A39B), Rgb(0xF07F73), Rgb(0x3A3942), Rgb(0x8AB4F8), Rgb(0xFF8A80),
    Rgba(0x6A9BE8, 0x48), Rgba(0xC9A227, 0x40), Rgba(0xF08C00, 0x50),
    Rgb(0x1C1B22), Rgb(0x2A2932), Rgb(0xE6E3DD), Rgb(0xB3AEA6),
    Rgb(0x35343E), Rgb(0x42414C), Rgb(0x4F4E5A), Rgb(0x8E8C98), Rgb(0xF07F73),
    Rgb(0xF07F73), Rgb(0xF59D93), Rgb(0xF8B5AD), Rgb(0x1C1B22),
    Rgb(0x8AB4F8),
    Rgb(0x8E8C98), Rgb(0xA8A39B)};
static const Theme kSepia = {
    "sepia", false,
    Rgb(0xF4ECD8), Rgb(0x3B2F22), Rgb(0x6E5C47), Rgb(0x9C3D1F), Rgb(0xD9CBAA), Rgb(0x2B5C9E), Rgb(0x9B1C1C),
    Rgba(0x8B6B3D, 0x30), Rgba(0xE0B43C, 0x60), Rgba(0xE07A00, 0x38),
    Rgb(0xF4ECD8), Rgb(0xFBF5E6), Rgb(0x3B2F22), Rgb(0x6E5C47),
    Rgb(0xF1E7D0), Rgb(0xE7DABD), Rgb(0xDCCBA9), Rgb(0x8A765B), Rgb(0x9C3D1F),
    Rgb(0x9C3D1F), Rgb(0x7F3118), Rgb(0x682813), Rgb(0xFBF5E6),
    Rgb(0x2B5C9E),
    Rgb(0x8A765B), Rgb(0x6E5C47)};
static const Theme kHighContrast = {
    "high-contrast", true,
    Rgb(0x000000), Rgb(0xFFFFFF), Rgb(0xFFFFFF), Rgb(0xFFD400), Rgb(0xFFFFFF), Rgb(0x7FDBFF), Rgb(0xFF6B6B),
    Rgba(0xFFFFFF, 0x50), Rgba(0xFFD400, 0x60), Rgba(0xFF8C00, 0x80),
    Rgb(0x000000), Rgb(0x000000), Rgb(0xFFFFFF), Rgb(0xFFFFFF),
    Rgb(0x1A1A1A), Rgb(0x333333), Rgb(0x4A4A4A), Rgb(0xFFFFFF), Rgb(0xFFD400),
    Rgb(0xFFD400), Rgb(0xFFE466), Rgb(0xFFEE99), Rgb(0x000000),
    Rgb(0x7FDBFF),
    Rgb(0xBFBFBF), Rgb(0xFFFFFF)};

const Theme& ThemeFor(ThemeChoice choice, bool system_prefers_dark) {
    switch (choice) {
    case ThemeChoice::Light: return kLight;
    case ThemeChoice::Dark: return kDark;
    case ThemeChoice::Sepia: return kSepia;
    case ThemeChoice::HighContrast: return kHighContrast;
    case ThemeChoice::Auto: break;
    }
    return system_prefers_dark ? kDark : kLight;
}

void ApplyImGuiStyle(const Theme& t) {
    ImGuiStyle& st = ImGui::GetStyle();
    st.WindowPadding = ImVec2(16, 14);
    st.WindowBorderSize = 0.0f;
    st.PopupBorderSize = 1.0f;
    st.FrameBorderSize = 1.0f; // every button, chip, field, radio and checkbox shows its bounds
    st.WindowRounding = 10.0f;
    st.PopupRounding = 8.0f;
    st.ScrollbarSize = 10.0f;
    st.FrameRounding = 6.0f;
    st.FramePadding = ImVec2(10, 6);
    st.ItemSpacing = ImVec2(8, 8);
    st.ItemInnerSpacing = ImVec2(10, 6); // a checkbox or radio and its label
    st.GrabRounding = 6.0f;
    ImVec4* c = st.Colors;
    auto set = [c](ImGuiCol col, Color color) { c[col] = ImGui::ColorConvertU32ToFloat4(color); };
    set(ImGuiCol_WindowBg, t.Background);
    set(ImGuiCol_ChildBg, Rgba(0, 0));
    set(ImGuiCol_PopupBg, t.Panel); // tooltips, the context menu
    set(ImGuiCol_TitleBg, t.Panel);
    set(ImGuiCol_TitleBgActive, t.Panel);
    set(ImGuiCol_TitleBgCollapsed, t.Panel);
    set(ImGuiCol_Separator, t.Rule);
    set(ImGuiCol_Border, t.ControlBorder); // controls' outlines and the panels' edge
    set(ImGuiCol_BorderShadow, Rgba(0, 0));
    set(ImGuiCol_Text, t.PanelText);
    set(ImGuiCol_TextDisabled, t.PanelMuted);
    set(ImGuiCol_FrameBg, t.Control);
    set(ImGuiCol_FrameBgHovered, t.ControlHovered);
    set(ImGuiCol_FrameBgActive, t.ControlActive);
    set(ImGuiCol_Button, t.Control);
    set(ImGuiCol_ButtonHovered, t.ControlHovered);
    set(ImGuiCol_ButtonActive, t.ControlActive);
    set(ImGuiCol_Header, t.ControlActive);
    set(ImGuiCol_HeaderHovered, t.ControlHovered);
    set(ImGuiCol_HeaderActive, t.ControlActive);
    set(ImGuiCol_SliderGrab, t.ControlMark);
    set(ImGuiCol_SliderGrabActive, t.ControlMark);
    set(ImGuiCol_CheckMark, t.ControlMark);
    set(ImGuiCol_ScrollbarBg, Rgba(0, 0));
    set(ImGuiCol_ScrollbarGrab, t.ControlBorder);
    set(ImGuiCol_ScrollbarGrabHovered, t.PanelMuted);
    set(ImGuiCol_ScrollbarGrabActive, t.PanelText);
    set(ImGuiCol_InputTextCursor, t.PanelText);
    set(ImGuiCol_NavCursor, t.FocusRing);
    set(ImGuiCol_TextSelectedBg, t.Selection);
}

void PushPrimaryButtonColors(const Theme& t) {
    ImGui::PushStyleColor(ImGuiCol_Button, t.Primary);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, t.PrimaryHovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, t.PrimaryActive);
    ImGui::PushStyleColor(ImGuiCol_Text, t.PrimaryText);
}

void PopPrimaryButtonColors() { ImGui::PopStyleColor(4); }

} // namespace folio::ui
