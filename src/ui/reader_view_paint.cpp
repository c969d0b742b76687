// ReaderView with ImGui: one frame's input read from ImGui into a PointerInput, the context menu, and painting
// the visible part of the document with the selection, Find's highlights and the feed cursor's focus ring. Text is
// painted by galley_paint (shaped pieces glyph by glyph, mirrored characters by their Substitute); highlights and
// underlines go over Galley::Spans (several extents where bidi reordering splits a range).
#include "ui/faces.h"
#include "ui/galley_paint.h"
#include "ui/image_store.h"
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
        Spans_.clear();
        g.Spans(begin, end, l, &Spans_);
        for (const auto& [x0, x1] : Spans_)
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
    case ItemKind::Image: DrawPhoto(item, theme, origin); return;
    case ItemKind::Text: break;
    }
    if (item.Photo >= 0 && !PhotoFailed_[item.Photo]) return; // alt text, while its photo can be drawn
    const layout::Galley& g = *item.Galley;
    // A code block: its panel, then its text clipped to the panel and shifted by its sideways scroll.
    const float room = SidewaysRoom(item), side = SideScroll(index);
    ImVec2 o = origin;
    if (item.Code) {
        const ImVec2 a(p0.x - kCodePadX, p0.y - kCodePadY), b(p0.x + item.W + kCodePadX, p0.y + item.H + kCodePadY);
        dl->AddRectFilled(a, b, item.Fill, 4.0f);
        dl->PushClipRect(a, b, true);
        o.x -= std::floor(side + 0.5f);
    }
    if (HasSelection() && item.Selectable) {
        const TextPos a = std::min(Anchor_, Focus_), b = std::max(Anchor_, Focus_);
        if (index >= a.Item && index <= b.Item)
            DrawRange(item, index == a.Item ? a.Offset : 0, index == b.Item ? b.Offset : (uint32_t)g.Text.size(), o, theme.Selection);
    }
    auto m = std::lower_bound(Matches_.begin(), Matches_.end(), index, [](const FindMatch& f, int i) { return f.Item < i; });
    for (; m != Matches_.end() && m->Item == index; ++m)
        DrawRange(item, m->Begin, m->End, o, (m - Matches_.begin()) == Current_ ? theme.FindCurrent : theme.FindMatch);
    if (index == Spoken_.Item) { // read aloud: the word spoken, else its whole paragraph
        const bool word = Spoken_.End > Spoken_.Begin && Spoken_.End <= g.Text.size();
        DrawRange(item, word ? Spoken_.Begin : 0, word ? Spoken_.End : (uint32_t)g.Text.size(), o, word ? theme.FindCurrent : theme.FindMatch);
    }
    const ImVec2 t0(o.x + item.X, p0.y);

    PaintGalley(dl, g, faces, t0, top - item.Y, bottom - item.Y);
    // Links' underlines, under each link piece's own extent.
    const int l0 = std::max(0, g.LineAt(top - item.Y)), l1 = g.LineAt(bottom - item.Y);
    for (int l = l0; l <= l1 && l < (int)g.Lines.size(); ++l) {
        const layout::Line& line = g.Lines[l];
        for (uint32_t k = line.FirstPiece; k < line.FirstPiece + line.PieceCount; ++k) {
            const layout::Piece& piece = g.Pieces[k];
            const layout::TextStyle& st = g.Runs[piece.RunIndex].Style;
            const bool hovered_link = st.Link >= 0 && index == HoverItem_ && st.Link == HoverLink_;
            if (st.Link < 0 || (st.Color != theme.Link && !hovered_link)) continue;
            const float y = std::floor(p0.y + line.Baseline + std::max(1.5f, st.Size * 0.12f)) + 0.5f;
            const float thickness = hovered_link ? 1.5f : 1.0f;
            if (!g.Bidi()) {
                const float x1 = piece.End >= line.End ? line.Width : g.XOf(piece.End, l);
                dl->AddLine(ImVec2(t0.x + piece.X, y), ImVec2(t0.x + x1, y), st.Color, thickness);
            } else { // the piece's own extent: its characters may sit anywhere on the line
                Spans_.clear();
                g.Spans(piece.Begin, piece.End, l, &Spans_);
                for (const auto& [x0, x1] : Spans_) dl->AddLine(ImVec2(t0.x + x0, y), ImVec2(t0.x + x1, y), st.Color, thickness);
            }
        }
    }
    if (item.Code) {
        dl->PopClipRect();
        if (room > 0.0f) CodeAffordance(item, side, room, p0, theme);
    }
}

// A code block wider than its panel shows that it scrolls: the panel's colour fades over the text at an edge with
// more beyond it, and a thin bar along the panel's foot says how much is shown and where.
void ReaderView::CodeAffordance(const DocItem& item, float side, float room, const ImVec2& p0, const Theme& theme) const {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float x0 = p0.x - kCodePadX, x1 = p0.x + item.W + kCodePadX, y0 = p0.y - kCodePadY, y1 = p0.y + item.H + kCodePadY;
    const float fade = 28.0f;
    const ImU32 solid = item.Fill, clear = item.Fill & 0x00FFFFFFu;
    if (side < room) dl->AddRectFilledMultiColor(ImVec2(x1 - fade, y0), ImVec2(x1, y1 - 6.0f), clear, solid, solid, clear);
    if (side > 0.0f) dl->AddRectFilledMultiColor(ImVec2(x0, y0), ImVec2(x0 + fade, y1 - 6.0f), solid, clear, clear, solid);
    const float track = x1 - x0 - 8.0f, shown = item.W / (item.W + room);
    const float thumb = std::max(24.0f, track * shown), at = x0 + 4.0f + (track - thumb) * (side / room);
    dl->AddRectFilled(ImVec2(at, y1 - 5.0f), ImVec2(at + thumb, y1 - 2.0f), theme.ScrollThumb, 1.5f);
}

// The texture coordinates that crop a w x h picture to fill a box of the given shape (a thumbnail), centred.
static void CoverUv(float w, float h, float box_w, float box_h, ImVec2* uv0, ImVec2* uv1) {
    *uv0 = ImVec2(0.0f, 0.0f);
    *uv1 = ImVec2(1.0f, 1.0f);
    if (w <= 0.0f || h <= 0.0f || box_w <= 0.0f || box_h <= 0.0f) return;
    const float pic = w / h, box = box_w / box_h;
    if (pic > box) { const float keep = box / pic; uv0->x = (1.0f - keep) * 0.5f; uv1->x = 1.0f - uv0->x; }
    else { const float keep = pic / box; uv0->y = (1.0f - keep) * 0.5f; uv1->y = 1.0f - uv0->y; }
}

// A photo's width over its height: its own, or (unknown) its box's.
static float AspectOf(const Photo& photo, const DocItem& item) {
    return photo.Width > 0 && photo.Height > 0 ? (float)photo.Width / photo.Height : item.W / item.H;
}

// The width the whole picture is drawn at: the box's, or (cropped to fill it) wider.
static float DrawnWidth(const Photo& photo, const DocItem& item) {
    return item.Cover ? std::max(item.W, item.H * AspectOf(photo, item)) : item.W;
}

void ReaderView::DrawPhoto(const DocItem& item, const Theme& theme, const ImVec2& origin) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Photo& photo = Doc_.Photos[item.Photo];
    const ImVec2 p0(origin.x + item.X, origin.y + item.Y), p1(p0.x + item.W, p0.y + item.H);
    const float aspect = AspectOf(photo, item);
    PhotoPaint paint;
    paint.Failed = true;
    if (Images_) paint = Images_->Show(photo, DrawnWidth(photo, item));
    PhotoFailed_[item.Photo] = paint.Failed && !paint.Texture;
    ImVec2 uv0, uv1;
    const float rounding = item.Cover ? 4.0f : 0.0f;
    if (!paint.Texture || paint.Alpha < 1.0f) {
        if (paint.Placeholder && !paint.Failed) {
            CoverUv(aspect, 1.0f, item.W, item.H, &uv0, &uv1);
            dl->AddImageRounded(ImTextureRef((ImTextureID)paint.Placeholder), p0, p1, uv0, uv1, IM_COL32_WHITE, rounding);
        } else {
            dl->AddRectFilled(p0, p1, theme.Rule, item.Cover ? 4.0f : 6.0f);
        }
    }
    if (paint.Texture) {
        CoverUv((float)paint.Width, (float)paint.Height, item.W, item.H, &uv0, &uv1);
        const ImU32 tint = IM_COL32(255, 255, 255, (int)(paint.Alpha * 255.0f + 0.5f));
        dl->AddImageRounded(ImTextureRef((ImTextureID)paint.Texture), p0, p1, uv0, uv1, tint, rounding);
    }
}

void ReaderView::PrefetchPhotos(float top, float bottom) {
    if (!Images_ || Doc_.PhotoItems.empty()) return;
    const float reach = std::max(ViewHeight_, 1.0f) * kPrefetchScreens;
    // From the first that can reach the range (no photo is taller than 1.25 widths of the view).
    const float from = top - reach - ViewWidth_ * 1.25f;
    auto it = std::lower_bound(Doc_.PhotoItems.begin(), Doc_.PhotoItems.end(), from,
                               [this](int i, float v) { return Doc_.Items[i].Y < v; });
    for (; it != Doc_.PhotoItems.end(); ++it) {
        const DocItem& item = Doc_.Items[*it];
        if (item.Y > bottom + reach) break;
        if (item.Y + item.H < top - reach || (item.Y + item.H > top && item.Y < bottom)) continue; // far, or drawn
        const Photo& photo = Doc_.Photos[item.Photo];
        Images_->Prefetch(photo, DrawnWidth(photo, item), item.Y >= bottom ? item.Y - bottom : top - (item.Y + item.H));
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
    in.WheelH = io.MouseWheelH;
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
        if (OfflineMenu_ != OfflineMenu::None &&
            ImGui::MenuItem(OfflineMenu_ == OfflineMenu::Save ? "Save for offline" : "Remove from offline"))
            ev.ContextOffline = true;
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
    PrefetchPhotos(top, bottom);
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
