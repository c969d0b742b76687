// DrawLoading and DrawError, centred in the current window.
#include "ui/status_view.h"
#include "ui/text_block.h"

#include <algorithm>

namespace folio::ui {

static float ColumnX(float width) { return std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) * 0.5f); }

void DrawLoading(const Fonts& f, const Theme& t, const TypeScale& s) {
    const float width = std::min(s.Measure, ImGui::GetContentRegionAvail().x - 2.0f * s.Margin);
    ImGui::SetCursorPosY(ImGui::GetContentRegionAvail().y * 0.4f);
    const char* text = "Loading\xE2\x80\xA6";
    ImGui::SetCursorPosX(ColumnX(f.Sans.Font->CalcTextSizeA(f.Sans.ImGuiSize(s.Body), FLT_MAX, 0.0f, text).x));
    WrappedText({&f.Sans, s.Body, s.BodyLeading, t.Muted}, text, width);
}

bool DrawError(const std::string& message, const Fonts& f, const Theme& t, const TypeScale& s) {
    const float width = std::min(s.Measure, ImGui::GetContentRegionAvail().x - 2.0f * s.Margin);
    const float x = ColumnX(width);
    ImGui::SetCursorPosY(std::max(s.Body * 2.0f, ImGui::GetContentRegionAvail().y * 0.28f));
    ImGui::SetCursorPosX(x);
    WrappedText({&f.SerifBold, s.Headline * 0.75f, s.Headline * 0.75f * 1.25f, t.Text}, "This article could not be loaded", width);
    ImGui::Dummy(ImVec2(0, s.Body * 0.6f));
    ImGui::SetCursorPosX(x);
    WrappedText({&f.Sans, s.Label + 2.0f, (s.Label + 2.0f) * 1.5f, t.ErrorText}, message, width);
    ImGui::Dummy(ImVec2(0, s.Body * 1.2f));
    ImGui::SetCursorPosX(x);
    ImGui::PushFont(f.SansBold.Font, f.SansBold.ImGuiSize(s.Label + 2.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
    bool retry = ImGui::Button("Retry");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    return retry;
}

} // namespace folio::ui
