// ReaderView with ImGui: one frame's input read from ImGui into a PointerInput, the context menu, and painting
// the visible part of the document with the selection, Find's highlights and the feed cursor's focus ring.
#include "ui/faces.h"
#include "ui/reader_view.h"
#include "ui/theme.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace folio::ui {

void ReaderView::DrawRange(const DocItem& item, uint32_t begin, uint32_t end, const ImVec2& origin, uint32_t color) const {
    const layout::Galley& g = *item.Galley;
    if (begin >= end) return;
    const int l0 = g.LineOf(begin), l1 = g.LineOf(end);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int l = l0; l <= l1 && l < (int)g.Lines.size(); ++l) {
        const layout::Line& line = g.Lines[l];
        if (l == l1 && end <= line.Begin && l > l0) break;
        const float x0 = l == l0 ? g.XOf(begin, l) : 0.0f;
        const float x1 = l == l1 ? g.XOf(end, l) : line.EndX;
        if (x1 <= x0) continue;
        dl->AddRectFilled(ImVec2(origin.x + item.X + x0, origin.y + item.Y + line.Top),
                          ImVec2(origin.x + item.X + x1, origin.y + item.Y + line.Top + line.Height), color, 2.0f);
    }
}

void ReaderView::DrawItem(const DocItem& item, int index, const FaceSet& faces, const Theme& theme, const ImVec2& origin,
                          float top, float bottom) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p0(origin.x + item.X, origin.y + item.Y);
    switch (item.Kind) {
    case ItemKind::Rule: dl->AddLine(p0, ImVec2(p0.x + item.W, p0.y), item.Fill, 1.0f); return;
    case ItemKind::Bar: dl->AddRectFilled(p0, ImVec2(p0.x + item.W, p0.y + item.H), item.Fill); return;
    case ItemKind::Box: dl->AddRectFilled(p0, ImVec2(p0.x + item.W, p0.y + item.H), item.Fill, 6.0f); return;
    case ItemKind::Text: break;
    }
    const layout::Galley& g = *item.Galley;
    if (HasSelection() && item.Selectable) {
        const TextPos a = std::min(Anchor_, Focus_), b = std::max(Anchor_, Focus_);
        if (index >= a.Item && index <= b.Item)
            DrawRange(item, index == a.Item ? a.Offset : 0, index == b.Item ? b.Offset : (uint32_t)g.Text.size(), origin, theme.Selection);
    }
    auto m = std::lower_bound(Matches_.begin(), Matches_.end(), index, [](const FindMatch& f, int i) { return f.Item < i; });
    for (; m != Matches_.end() && m->Item == index; ++m)
        DrawRange(item, m->Begin, m->End, origin, (m - Matches_.begin()) == Current_ ? theme.FindCurrent : theme.FindMatch);

    const int l0 = std::max(0, g.LineAt(top - item.Y)), l1 = g.LineAt(bottom - item.Y);
    for (int l = l0; l <= l1 && l < (int)g.Lines.size(); ++l) {
        const layout::Line& line = g.Lines[l];
        for (uint32_t k = line.FirstPiece; k < line.FirstPiece + line.PieceCount; ++k) {
            const layout::Piece& piece = g.Pieces[k];
            const layout::TextStyle& st = g.Runs[piece.RunIndex].Style;
            const ImVec2 at(std::floor(p0.x + piece.X + 0.5f), std::floor(p0.y + piece.Top + 0.5f));
            dl->AddText(faces.Font(piece.Face), faces.ImGuiSize(piece.Face, st.Size), at, st.Color, g.Text.data() + piece.Begin,
                        g.Text.data() + piece.End);
            const bool hovered_link = st.Link >= 0 && index == HoverItem_ && st.Link == HoverLink_;
            if (st.Link >= 0 && (st.Color == theme.Link || hovered_link)) {
                const float x1 = piece.End >= line.End ? line.Width : g.XOf(piece.End, l);
                const float y = std::floor(p0.y + line.Baseline + std::max(1.5f, st.Size * 0.12f)) + 0.5f;
                dl->AddLine(ImVec2(p0.x + piece.X, y), ImVec2(p0.x + x1, y), st.Color, hovered_link ? 1.5f : 1.0f);
            }
        }
    }
}

ViewEvents ReaderView::Draw(const FaceSet& faces, const Theme& theme, const ImVec2& pos, const ImVec2& size, float top_inset,
                            bool reduced_motion) {
    ImGuiIO& io = ImGui::GetIO();
    SetViewport(size.x, size.y, top_inset);

    // The document takes the mouse below the toolbar only: the toolbar's buttons, submitted later over it, must
    // get their clicks.
    ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + top_inset));
    ImGui::InvisibleButton("##document", ImVec2(size.x, std::max(1.0f, size.y - top_inset)),
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
    PointerInput in;
    in.X = io.MousePos.x - pos.x;
    in.Y = io.MousePos.y - pos.y;
    in.Valid = ImGui::IsMousePosValid(&io.MousePos);
    in.Hovered = ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
    in.Pressed = ImGui::IsItemActivated() && ImGui::IsMouseClicked(ImGuiMouseButton_Left);
    in.Clicks = io.MouseClickedCount[ImGuiMouseButton_Left];
    in.Down = ImGui::IsMouseDown(ImGuiMouseButton_Left);
    in.DownSeconds = io.MouseDownDuration[ImGuiMouseButton_Left];
    in.Released = ImGui::IsMouseReleased(ImGuiMouseButton_Left);
    in.Touch = io.MouseSource == ImGuiMouseSource_TouchScreen;
    in.Shift = io.KeyShift;
    in.Wheel = io.MouseWheel;
    in.Dt = io.DeltaTime;
    ViewEvents ev = HandlePointer(in);
    if (ev.Pointer == PointerShape::Hand) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    else if (ev.Pointer == PointerShape::Text) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);

    // Context menu
    if (ImGui::IsItemClicked(ImGuiMouseButton_Right)) ImGui::OpenPopup("##context");
    if (ImGui::BeginPopup("##context")) {
        if (ImGui::MenuItem("Copy", "Ctrl+C", false, HasSelection())) ev.ContextCopy = true;
        if (ImGui::MenuItem("Select all", "Ctrl+A")) SelectAll();
        if (ImGui::MenuItem("Copy link to this article")) ev.ContextCopyLink = true;
        ImGui::Separator();
        if (ImGui::MenuItem("Find in article", "Ctrl+F")) ev.ContextFind = true;
        if (ImGui::MenuItem("Reader settings", "S")) ev.ContextSettings = true;
        ImGui::EndPopup();
    }

    const float max_scroll = MaxScroll();
    if (!ExternalScroll_ && Scroll_.Update(io.DeltaTime, max_scroll, reduced_motion)) ev.Animating = true;

    // Draw what is in view.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), true);
    const ImVec2 origin(pos.x, pos.y - std::floor(Scroll_.Y + 0.5f));
    const float top = Scroll_.Y, bottom = Scroll_.Y + size.y;
    for (int i = Doc_.FirstVisible(top); i < (int)Doc_.Items.size() && Doc_.Items[i].Y < bottom; ++i)
        DrawItem(Doc_.Items[i], i, faces, theme, origin, top, bottom);
    // The feed's cursor: a ring around its entry, in the theme's focus ring colour, clear of the text.
    Rect ring;
    if (CursorRing(&ring) && ring.Y1 >= top && ring.Y0 <= bottom) {
        const float pad = 6.0f;
        dl->AddRect(ImVec2(origin.x + ring.X0 - pad, origin.y + ring.Y0 - pad),
                    ImVec2(origin.x + ring.X1 + pad, origin.y + ring.Y1 + pad), theme.FocusRing, 6.0f, 0, 2.0f);
    }
    // A thin scrollbar: its thumb in the theme's colours (3:1 against the page, tests/ui/theme_contrast_test.cpp).
    if (max_scroll > 0.0f && !ExternalScroll_) {
        const float track_top = pos.y + top_inset + 4.0f, track_h = size.y - top_inset - 8.0f;
        const float thumb_h = std::max(32.0f, track_h * size.y / Doc_.Height);
        const float thumb_y = track_top + (track_h - thumb_h) * (Scroll_.Y / max_scroll);
        const ImU32 c = OnBar_ || DraggingBar_ ? theme.ScrollThumbActive : theme.ScrollThumb;
        dl->AddRectFilled(ImVec2(pos.x + size.x - 8.0f, thumb_y), ImVec2(pos.x + size.x - 3.0f, thumb_y + thumb_h), c, 3.0f);
    }
    dl->PopClipRect();
    return ev;
}

} // namespace folio::ui
