// App, part five: the full-screen photo view. A photo of the article, clicked or tapped, opens over everything on a
// dark backdrop, fitted to the window, with its caption and credit below; a larger variant loads for the size it is
// shown at (ImageStore) while the one already held stands in. The wheel (or a trackpad's pinch, which browsers
// send as a wheel with Ctrl) and a touch pinch zoom about the pointer; a drag pans; a click on the photo zooms in
// or back; Esc, the close button, a click beside the photo or a tap close it. The geometry is PhotoZoom's.
#include "ui/app.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace folio::ui {

static constexpr float kCaptionRoom = 72.0f; // below the photo for its caption, when it has one

void App::OpenPhoto(int photo) {
    const std::vector<Photo>& photos = View_.Doc().Photos;
    if (photo < 0 || photo >= (int)photos.size()) return;
    OpenPhoto_ = photos[photo];
    PhotoOpen_ = true;
    // Its caption and credit in one line, made once here: a frame of the view allocates nothing.
    OpenPhotoCaption_ = OpenPhoto_.Caption;
    if (!OpenPhoto_.Credit.empty()) OpenPhotoCaption_ += (OpenPhotoCaption_.empty() ? "" : "  ") + OpenPhoto_.Credit;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = OpenPhoto_.Width > 0 ? (float)OpenPhoto_.Width : vp->WorkSize.x;
    const float h = OpenPhoto_.Height > 0 ? (float)OpenPhoto_.Height : vp->WorkSize.y;
    const bool captioned = !OpenPhotoCaption_.empty();
    Zoom_.Open(w, h, vp->WorkPos.x, vp->WorkPos.y, vp->WorkSize.x, vp->WorkSize.y - (captioned ? kCaptionRoom : 0.0f));
    Publish();
}

void App::ClosePhoto() {
    if (!PhotoOpen_) return;
    PhotoOpen_ = false;
    Publish();
}

void App::Pinch(float factor, float x, float y) {
    if (!PhotoOpen_) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    Zoom_.ZoomBy(factor, vp->WorkPos.x + x, vp->WorkPos.y + y);
    Pinched_ = true;
    Publish();
}

void App::HandlePhotoKeys() {
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) { ClosePhoto(); return; }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float cx = vp->WorkPos.x + vp->WorkSize.x * 0.5f, cy = vp->WorkPos.y + vp->WorkSize.y * 0.5f;
    if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd)) Zoom_.ZoomBy(1.25f, cx, cy);
    if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract)) Zoom_.ZoomBy(0.8f, cx, cy);
    if (ImGui::IsKeyPressed(ImGuiKey_0, false)) Zoom_.Fit();
    const float step = 60.0f;
    if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow)) Zoom_.PanBy(step, 0.0f);
    if (ImGui::IsKeyPressed(ImGuiKey_RightArrow)) Zoom_.PanBy(-step, 0.0f);
    if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) Zoom_.PanBy(0.0f, step);
    if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) Zoom_.PanBy(0.0f, -step);
}

void App::DrawPhotoView(float width, float height) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const bool captioned = !OpenPhotoCaption_.empty();
    Zoom_.Resize(vp->WorkPos.x, vp->WorkPos.y, width, height - (captioned ? kCaptionRoom : 0.0f));
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::SetNextWindowFocus();
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(8, 8, 8, 255));
    ImGui::Begin("##photo", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(2);
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetCursorScreenPos(vp->WorkPos);
    ImGui::InvisibleButton("##photo-area", vp->WorkSize, ImGuiButtonFlags_MouseButtonLeft);
    const bool on_photo = io.MousePos.x >= Zoom_.X0() && io.MousePos.x < Zoom_.X0() + Zoom_.Width() &&
                          io.MousePos.y >= Zoom_.Y0() && io.MousePos.y < Zoom_.Y0() + Zoom_.Height();
    if (ImGui::IsItemHovered() && io.MouseWheel != 0.0f) Zoom_.ZoomBy(std::pow(1.2f, io.MouseWheel), io.MousePos.x, io.MousePos.y);
    if (ImGui::IsItemActive() && !Pinched_ && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
        Zoom_.PanBy(io.MouseDelta.x, io.MouseDelta.y);
        Animating_ = true;
    }
    bool close = false;
    if (ImGui::IsItemDeactivated() && !Pinched_ && io.MouseDragMaxDistanceSqr[0] < io.MouseDragThreshold * io.MouseDragThreshold) {
        // A tap closes; a click on the photo zooms in or back, a click beside it closes.
        if (io.MouseSource == ImGuiMouseSource_TouchScreen || !on_photo) close = true;
        else Zoom_.ToggleAt(io.MousePos.x, io.MousePos.y);
    }
    if (!ImGui::IsMouseDown(ImGuiMouseButton_Left) && !ImGui::IsItemDeactivated()) Pinched_ = false; // the fingers lifted
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(on_photo ? ImGuiMouseCursor_Hand : ImGuiMouseCursor_Arrow);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p0(std::round(Zoom_.X0()), std::round(Zoom_.Y0()));
    const ImVec2 p1(p0.x + std::round(Zoom_.Width()), p0.y + std::round(Zoom_.Height()));
    const PhotoPaint paint = Images_.Show(OpenPhoto_, Zoom_.Width());
    if ((OpenPhoto_.Width <= 0 || OpenPhoto_.Height <= 0) && paint.Texture && paint.Width > 0 && paint.Height > 0) {
        // A photo of unknown size (a remote one) takes its shape from its first pixels; its size stays unknown, so
        // it is fitted to the screen (as if large), not kept at the texture's size.
        const float k = 8192.0f / (float)std::max(paint.Width, paint.Height);
        OpenPhoto_.Width = (int)std::lround(paint.Width * k);
        OpenPhoto_.Height = (int)std::lround(paint.Height * k);
        Zoom_.Open((float)OpenPhoto_.Width, (float)OpenPhoto_.Height, vp->WorkPos.x, vp->WorkPos.y, width,
                   height - (OpenPhotoCaption_.empty() ? 0.0f : kCaptionRoom));
    }
    if ((!paint.Texture || paint.Alpha < 1.0f) && paint.Placeholder)
        dl->AddImage(ImTextureRef((ImTextureID)paint.Placeholder), p0, p1);
    if (paint.Texture)
        dl->AddImage(ImTextureRef((ImTextureID)paint.Texture), p0, p1, ImVec2(0, 0), ImVec2(1, 1),
                     IM_COL32(255, 255, 255, (int)(paint.Alpha * 255.0f + 0.5f)));
    const float label = Settings_.FontSize * 0.8f;
    if (paint.Failed && !paint.Texture) {
        const char* alt = OpenPhoto_.Alt.empty() ? "This photo could not be loaded" : OpenPhoto_.Alt.c_str();
        dl->AddText(Faces_.Font(SansRegular), Faces_.ImGuiSize(SansRegular, label), ImVec2(p0.x + 16, p0.y + 16),
                    IM_COL32(220, 220, 220, 255), alt, nullptr, Zoom_.Width() - 32.0f);
    }
    if (captioned) {
        const float col = std::min(width - 40.0f, 45.0f * label);
        dl->AddText(Faces_.Font(SansRegular), Faces_.ImGuiSize(SansRegular, label),
                    ImVec2(std::round(vp->WorkPos.x + (width - col) * 0.5f), vp->WorkPos.y + height - kCaptionRoom + 14.0f),
                    IM_COL32(225, 225, 225, 255), OpenPhotoCaption_.c_str(), nullptr, col);
    }
    // The close button, top right, and keyboard focus on it for a screen reader's Enter.
    const float b = 44.0f;
    ImGui::SetCursorScreenPos(ImVec2(vp->WorkPos.x + width - b - 8.0f, vp->WorkPos.y + 8.0f));
    ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(40, 40, 40, 200));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(70, 70, 70, 230));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(90, 90, 90, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(240, 240, 240, 255));
    ImGui::PushFont(Faces_.Font(SansRegular), Faces_.ImGuiSize(SansRegular, 22.0f));
    if (ImGui::Button("\xC3\x97##close-photo", ImVec2(b, b))) close = true; // U+00D7
    ImGui::PopFont();
    ImGui::PopStyleColor(4);
    if (ImGui::IsItemHovered()) Tooltip("Close (Esc)");
    ImGui::End();
    if (close) ClosePhoto();
}

} // namespace folio::ui
