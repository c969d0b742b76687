// The light theme and a type scale after the best reader views: ~66 characters a line, generous leading.
#include "ui/theme.h"

namespace folio::ui {

const Theme& LightTheme() {
    static const Theme t = {
        IM_COL32(0xFB, 0xFA, 0xF7, 0xFF), // Background: warm paper
        IM_COL32(0x1C, 0x1B, 0x19, 0xFF), // Text
        IM_COL32(0x5E, 0x5A, 0x54, 0xFF), // Muted: standfirst, dateline
        IM_COL32(0xA3, 0x24, 0x1A, 0xFF), // Accent: section label
        IM_COL32(0xDD, 0xD8, 0xCF, 0xFF), // Rule
        IM_COL32(0xA3, 0x24, 0x1A, 0xFF), // QuoteRule
        IM_COL32(0x9B, 0x1C, 0x1C, 0xFF), // ErrorText
    };
    return t;
}

TypeScale TypeScaleFor(float w) {
    TypeScale s;
    bool phone = w < 600.0f;
    s.Body = phone ? 18.0f : 20.0f;
    s.BodyLeading = s.Body * 1.6f;
    s.Headline = phone ? 28.0f : 38.0f;
    s.HeadlineLeading = s.Headline * 1.2f;
    s.Standfirst = phone ? 19.0f : 22.0f;
    s.StandfirstLeading = s.Standfirst * 1.45f;
    s.Quote = phone ? 19.0f : 21.0f;
    s.QuoteLeading = s.Quote * 1.55f;
    s.Label = phone ? 13.0f : 14.0f;
    s.Measure = 34.0f * s.Body; // about 66 characters of the serif
    s.Margin = phone ? 20.0f : 32.0f;
    s.ParagraphGap = s.Body * 0.9f;
    return s;
}

void ApplyImGuiStyle(const Theme& t) {
    ImGuiStyle& st = ImGui::GetStyle();
    st.WindowPadding = ImVec2(0, 0);
    st.WindowBorderSize = 0.0f;
    st.ScrollbarSize = 12.0f;
    st.ScrollbarRounding = 6.0f;
    st.FrameRounding = 6.0f;
    st.FramePadding = ImVec2(16, 8);
    ImVec4* c = st.Colors;
    ImVec4 bg = ImGui::ColorConvertU32ToFloat4(t.Background);
    ImVec4 text = ImGui::ColorConvertU32ToFloat4(t.Text);
    ImVec4 accent = ImGui::ColorConvertU32ToFloat4(t.Accent);
    c[ImGuiCol_WindowBg] = bg;
    c[ImGuiCol_Text] = text;
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = ImVec4(text.x, text.y, text.z, 0.25f);
    c[ImGuiCol_ScrollbarGrabHovered] = ImVec4(text.x, text.y, text.z, 0.40f);
    c[ImGuiCol_ScrollbarGrabActive] = ImVec4(text.x, text.y, text.z, 0.55f);
    c[ImGuiCol_Button] = accent;
    c[ImGuiCol_ButtonHovered] = ImVec4(accent.x * 1.15f, accent.y * 1.15f, accent.z * 1.15f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(accent.x * 0.85f, accent.y * 0.85f, accent.z * 0.85f, 1.0f);
    c[ImGuiCol_NavCursor] = accent;
}

} // namespace folio::ui
