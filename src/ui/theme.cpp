// The themes (after Firefox Reader View's light, dark and sepia, plus high contrast) and ImGui's style in them.
#include "ui/theme.h"

#include <algorithm>

namespace folio::ui {

#define RGB(hex) IM_COL32(((hex) >> 16) & 0xFF, ((hex) >> 8) & 0xFF, (hex) & 0xFF, 0xFF)
#define RGBA(hex, a) IM_COL32(((hex) >> 16) & 0xFF, ((hex) >> 8) & 0xFF, (hex) & 0xFF, (a))

static const Theme kLight = {"light", RGB(0xFBFAF7), RGB(0x1C1B19), RGB(0x5E5A54), RGB(0xA3241A), RGB(0xDDD8CF),
                             RGB(0x1F5FAD), RGBA(0x3D7BD9, 0x55), RGBA(0xF2C94C, 0x80), RGBA(0xF08C00, 0xB0),
                             RGB(0xFFFFFF), RGB(0x1C1B19), RGB(0x9B1C1C), false};
static const Theme kDark = {"dark", RGB(0x1C1B22), RGB(0xE6E3DD), RGB(0xA8A39B), RGB(0xF07F73), RGB(0x3A3942),
                            RGB(0x8AB4F8), RGBA(0x6A9BE8, 0x66), RGBA(0xC9A227, 0x80), RGBA(0xF08C00, 0xC0),
                            RGB(0x2A2932), RGB(0xE6E3DD), RGB(0xFF8A80), true};
static const Theme kSepia = {"sepia", RGB(0xF4ECD8), RGB(0x3B2F22), RGB(0x6E5C47), RGB(0x9C3D1F), RGB(0xD9CBAA),
                             RGB(0x2B5C9E), RGBA(0x8B6B3D, 0x44), RGBA(0xE0B43C, 0x90), RGBA(0xE07A00, 0xB0),
                             RGB(0xFBF5E6), RGB(0x3B2F22), RGB(0x9B1C1C), false};
static const Theme kHighContrast = {"high-contrast", RGB(0x000000), RGB(0xFFFFFF), RGB(0xFFFFFF), RGB(0xFFD400),
                                    RGB(0xFFFFFF), RGB(0x7FDBFF), RGBA(0xFFFFFF, 0x60), RGBA(0xFFD400, 0xA0),
                                    RGBA(0xFF8C00, 0xE0), RGB(0x000000), RGB(0xFFFFFF), RGB(0xFF6B6B), true};

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
    st.WindowRounding = 10.0f;
    st.PopupRounding = 8.0f;
    st.ScrollbarSize = 10.0f;
    st.FrameRounding = 6.0f;
    st.FramePadding = ImVec2(10, 6);
    st.ItemSpacing = ImVec2(8, 8);
    st.GrabRounding = 6.0f;
    ImVec4* c = st.Colors;
    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(t.Background);
    const ImVec4 text = ImGui::ColorConvertU32ToFloat4(t.PanelText);
    const ImVec4 accent = ImGui::ColorConvertU32ToFloat4(t.Accent);
    const ImVec4 panel = ImGui::ColorConvertU32ToFloat4(t.Panel);
    auto mix = [](ImVec4 a, ImVec4 b, float k) { return ImVec4(a.x + (b.x - a.x) * k, a.y + (b.y - a.y) * k, a.z + (b.z - a.z) * k, 1.0f); };
    c[ImGuiCol_WindowBg] = bg;
    c[ImGuiCol_PopupBg] = panel;
    c[ImGuiCol_TitleBg] = panel;
    c[ImGuiCol_TitleBgActive] = panel;
    c[ImGuiCol_TitleBgCollapsed] = panel;
    c[ImGuiCol_Separator] = ImGui::ColorConvertU32ToFloat4(t.Rule);
    c[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(t.Rule);
    c[ImGuiCol_Text] = text;
    c[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(t.Muted);
    c[ImGuiCol_FrameBg] = mix(panel, text, 0.08f);
    c[ImGuiCol_FrameBgHovered] = mix(panel, text, 0.14f);
    c[ImGuiCol_FrameBgActive] = mix(panel, text, 0.20f);
    c[ImGuiCol_Button] = mix(panel, text, 0.08f);
    c[ImGuiCol_ButtonHovered] = mix(panel, text, 0.16f);
    c[ImGuiCol_ButtonActive] = mix(panel, text, 0.24f);
    c[ImGuiCol_Header] = mix(panel, accent, 0.25f);
    c[ImGuiCol_HeaderHovered] = mix(panel, accent, 0.35f);
    c[ImGuiCol_HeaderActive] = mix(panel, accent, 0.45f);
    c[ImGuiCol_SliderGrab] = accent;
    c[ImGuiCol_SliderGrabActive] = accent;
    c[ImGuiCol_CheckMark] = accent;
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = ImVec4(text.x, text.y, text.z, 0.25f);
    c[ImGuiCol_NavCursor] = accent;
    c[ImGuiCol_TextSelectedBg] = ImGui::ColorConvertU32ToFloat4(t.Selection);
}

} // namespace folio::ui
