// ReaderView: pointer gestures (select, follow, scroll, flick, long-press), the context menu, and drawing the
// visible part of the document with selection and Find highlights.
#include "ui/reader_view.h"
#include "model/text_search.h"
#include "ui/faces.h"

#include <algorithm>
#include <cmath>

namespace folio::ui {

static constexpr float kBarWidth = 12.0f;

float ReaderView::MaxScroll() const { return std::max(0.0f, Doc_.Height - ViewHeight_); }

void ReaderView::SetDocument(Document&& doc, bool same_content) {
    if (same_content && !Doc_.Items.empty() && !doc.Items.empty() && doc.Items.size() == Doc_.Items.size()) {
        const int top = std::min(Doc_.FirstVisible(Scroll.Y), (int)Doc_.Items.size() - 1);
        const DocItem& old = Doc_.Items[top];
        const float frac = old.H > 0.0f ? (Scroll.Y - old.Y) / old.H : 0.0f;
        Doc_ = std::move(doc);
        Scroll.ScrollTo(Doc_.Items[top].Y + frac * Doc_.Items[top].H, false);
        return;
    }
    Doc_ = std::move(doc);
    ClearSelection();
    Matches_.clear();
    Current_ = -1;
    Scroll.ScrollTo(0.0f, false);
    if (!Query_.empty()) FindText(Query_);
}

TextPos ReaderView::HitTest(ImVec2 p) const {
    const auto& items = Doc_.Items;
    int best = -1;
    for (int i = Doc_.FirstVisible(p.y); i < (int)items.size(); ++i) {
        const DocItem& it = items[i];
        if (it.Kind != ItemKind::Text || !it.Selectable) continue;
        if (it.Y > p.y) { // in a gap: the start of the next text
            if (best < 0) return TextPos{i, 0};
            break;
        }
        if (p.y < it.Y + it.H && (best < 0 || (p.x >= it.X && p.x <= it.X + it.W))) best = i;
    }
    if (best < 0) { // below the last text: its end
        for (int i = (int)items.size() - 1; i >= 0; --i)
            if (items[i].Kind == ItemKind::Text && items[i].Selectable) return TextPos{i, (uint32_t)items[i].Galley->Text.size()};
        return TextPos();
    }
    const DocItem& it = items[best];
    return TextPos{best, it.Galley->HitTest(p.x - it.X, p.y - it.Y)};
}

int ReaderView::LinkAt(const DocItem& item, uint32_t offset, float x) const {
    const layout::Galley& g = *item.Galley;
    const int li = g.LineOf(offset);
    if (li < 0 || x < 0.0f || x > g.Lines[li].Width) return -1;
    if (offset > g.Lines[li].Begin && g.XOf(offset, li) > x) offset = (uint32_t)(offset - 1); // the character under x
    while (offset > 0 && ((unsigned char)g.Text[offset] & 0xC0) == 0x80) --offset;
    for (const layout::Run& r : g.Runs)
        if (offset >= r.Begin && offset < r.End) return r.Style.Link;
    return -1;
}

void ReaderView::DrawRange(const DocItem& item, uint32_t begin, uint32_t end, ImVec2 origin, ImU32 color) const {
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

void ReaderView::DrawItem(const DocItem& item, int index, const FaceSet& faces, const Theme& theme, ImVec2 origin, float top,
                          float bottom) {
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
    ViewEvents ev;
    ImGuiIO& io = ImGui::GetIO();
    ViewHeight_ = size.y;
    TopInset_ = top_inset;
    const float max_scroll = MaxScroll();

    // The document takes the mouse below the toolbar only: the toolbar's buttons, submitted later over it, must
    // get their clicks.
    ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + top_inset));
    ImGui::InvisibleButton("##document", ImVec2(size.x, std::max(1.0f, size.y - top_inset)),
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
    const bool hovered = ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
    const ImVec2 mouse = io.MousePos;
    auto to_doc = [&](ImVec2 m) { return ImVec2(m.x - pos.x, m.y - pos.y + Scroll.Y); };
    const bool on_bar = !ExternalScroll && max_scroll > 0.0f && mouse.x >= pos.x + size.x - kBarWidth;

    if (hovered && io.MouseWheel != 0.0f && !ExternalScroll) Scroll.ScrollBy(-io.MouseWheel * 100.0f);

    // Press
    if (ImGui::IsItemActivated() && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        Pressing_ = true;
        Dragged_ = false;
        PressPos_ = mouse;
        PressLink_ = -1;
        PressItem_ = -1;
        Touch_ = io.MouseSource == ImGuiMouseSource_TouchScreen;
        DraggingBar_ = on_bar && !Touch_;
        LastTouchY_ = mouse.y;
        if (!DraggingBar_) {
            const TextPos p = HitTest(to_doc(mouse));
            if (p.Item >= 0) {
                PressItem_ = p.Item;
                PressLink_ = LinkAt(Doc_.Items[p.Item], p.Offset, to_doc(mouse).x - Doc_.Items[p.Item].X);
            }
            if (!Touch_ && p.Item >= 0) {
                const int clicks = io.MouseClickedCount[ImGuiMouseButton_Left];
                const std::string& text = Doc_.Items[p.Item].Galley->Text;
                if (clicks == 2) {
                    auto w = WordAt(text, p.Offset);
                    Anchor_ = {p.Item, w.first};
                    Focus_ = {p.Item, w.second};
                } else if (clicks >= 3) {
                    Anchor_ = {p.Item, 0};
                    Focus_ = {p.Item, (uint32_t)text.size()};
                } else if (io.KeyShift && Anchor_.Item >= 0) {
                    Focus_ = p;
                } else {
                    Anchor_ = Focus_ = p;
                }
            }
        }
    }
    // Drag
    if (Pressing_ && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        const float moved = std::fabs(mouse.x - PressPos_.x) + std::fabs(mouse.y - PressPos_.y);
        if (DraggingBar_) {
            Scroll.ScrollTo(std::clamp((mouse.y - pos.y) / size.y * Doc_.Height - size.y * 0.5f, 0.0f, max_scroll), false);
        } else if (Touch_) {
            TouchMove(mouse);
            // A long press selects the word under the finger; dragging then extends the selection.
            if (!Dragged_ && io.MouseDownDuration[ImGuiMouseButton_Left] > 0.5f) {
                const TextPos p = HitTest(to_doc(mouse));
                if (p.Item >= 0) {
                    auto w = WordAt(Doc_.Items[p.Item].Galley->Text, p.Offset);
                    Anchor_ = {p.Item, w.first};
                    Focus_ = {p.Item, w.second};
                }
                Touch_ = false;
                Dragged_ = true;
                PressLink_ = -1;
            }
            ev.Animating = true; // keep frames coming to notice the long press
        } else {
            if (moved > 3.0f) Dragged_ = true;
            if (Dragged_ && Anchor_.Item >= 0) {
                const TextPos p = HitTest(to_doc(mouse));
                if (p.Item >= 0) Focus_ = p;
                // Selecting past the edges scrolls.
                const float edge_top = pos.y + top_inset, edge_bottom = pos.y + size.y;
                if (mouse.y < edge_top) { Scroll.ScrollTo(Scroll.Y - (edge_top - mouse.y) * io.DeltaTime * 10.0f, false); ev.Animating = true; }
                if (mouse.y > edge_bottom) { Scroll.ScrollTo(Scroll.Y + (mouse.y - edge_bottom) * io.DeltaTime * 10.0f, false); ev.Animating = true; }
            }
        }
    }
    // Release
    if (Pressing_ && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
        // On a slow frame the finger's last moves come with its lift: they are part of the drag, not a tap.
        if (Touch_ && ImGui::IsMousePosValid(&mouse) && mouse.y != LastTouchY_) TouchMove(mouse);
        if (Touch_ && Dragged_ && !ExternalScroll) Scroll.Release(Flick.LiftVelocity());
        if (!Dragged_ && !DraggingBar_) {
            if (PressLink_ >= 0 && PressItem_ >= 0) {
                const TextPos p = HitTest(to_doc(mouse));
                const DocItem& item = Doc_.Items[PressItem_];
                if (p.Item == PressItem_ && LinkAt(item, p.Offset, to_doc(mouse).x - item.X) == PressLink_ &&
                    PressLink_ < (int)item.Links.size()) {
                    ev.LinkClicked = item.Links[PressLink_];
                    ClearSelection();
                }
            } else if (Touch_) {
                ClearSelection(); // a tap outside links clears the selection
            }
        }
        Pressing_ = Touch_ = DraggingBar_ = false;
    }

    // Hover: links get a hand, text an I-beam.
    HoverItem_ = HoverLink_ = -1;
    if (hovered && !Pressing_ && !on_bar) {
        const ImVec2 d = to_doc(mouse);
        const TextPos p = HitTest(d);
        if (p.Item >= 0) {
            const DocItem& item = Doc_.Items[p.Item];
            const int link = d.y >= item.Y && d.y < item.Y + item.H ? LinkAt(item, p.Offset, d.x - item.X) : -1;
            if (link >= 0) { HoverItem_ = p.Item; HoverLink_ = link; ImGui::SetMouseCursor(ImGuiMouseCursor_Hand); }
            else if (d.y >= item.Y && d.y < item.Y + item.H) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
        }
    }

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

    if (!ExternalScroll && Scroll.Update(io.DeltaTime, max_scroll, reduced_motion)) ev.Animating = true;

    // Draw what is in view.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), true);
    const ImVec2 origin(pos.x, pos.y - std::floor(Scroll.Y + 0.5f));
    const float top = Scroll.Y, bottom = Scroll.Y + size.y;
    for (int i = Doc_.FirstVisible(top); i < (int)Doc_.Items.size() && Doc_.Items[i].Y < bottom; ++i)
        DrawItem(Doc_.Items[i], i, faces, theme, origin, top, bottom);
    // A thin scrollbar, in the theme's muted colour.
    if (max_scroll > 0.0f && !ExternalScroll) {
        const float track_top = pos.y + top_inset + 4.0f, track_h = size.y - top_inset - 8.0f;
        const float thumb_h = std::max(32.0f, track_h * size.y / Doc_.Height);
        const float thumb_y = track_top + (track_h - thumb_h) * (Scroll.Y / max_scroll);
        ImU32 c = theme.Muted;
        c = (c & 0x00FFFFFF) | ((on_bar || DraggingBar_ ? 0x90u : 0x50u) << 24);
        dl->AddRectFilled(ImVec2(pos.x + size.x - 8.0f, thumb_y), ImVec2(pos.x + size.x - 3.0f, thumb_y + thumb_h), c, 3.0f);
    }
    dl->PopClipRect();
    return ev;
}

void ReaderView::TouchMove(ImVec2 mouse) {
    const float moved = std::fabs(mouse.x - PressPos_.x) + std::fabs(mouse.y - PressPos_.y);
    if (moved > 8.0f) Dragged_ = true;
    if (Dragged_ && !ExternalScroll) Scroll.Drag(LastTouchY_ - mouse.y); // else the page scrolls under the finger
    LastTouchY_ = mouse.y;
}

void ReaderView::ScrollToItem(int item, uint32_t offset, bool animate) {
    if (item < 0 || item >= (int)Doc_.Items.size()) return;
    const DocItem& it = Doc_.Items[item];
    float y = it.Y;
    if (it.Kind == ItemKind::Text) {
        const int l = it.Galley->LineOf(offset);
        if (l >= 0) y += it.Galley->Lines[l].Top;
    }
    Scroll.ScrollTo(std::clamp(y - ViewHeight_ / 3.0f, 0.0f, MaxScroll()), animate);
}

bool ReaderView::ItemInView(int item) const {
    if (item < 0 || item >= (int)Doc_.Items.size()) return false;
    const DocItem& it = Doc_.Items[item];
    return it.Y >= Scroll.Y + TopInset_ && it.Y + it.H <= Scroll.Y + ViewHeight_;
}

std::string ReaderView::SelectedText() const {
    if (!HasSelection()) return {};
    const TextPos a = std::min(Anchor_, Focus_), b = std::max(Anchor_, Focus_);
    std::string out;
    bool first = true;
    bool paragraph_break = false;
    for (int i = a.Item; i <= b.Item && i < (int)Doc_.Items.size(); ++i) {
        const DocItem& it = Doc_.Items[i];
        if (it.Kind != ItemKind::Text || !it.Selectable) continue;
        const std::string& t = it.Galley->Text;
        const uint32_t begin = i == a.Item ? a.Offset : 0, end = i == b.Item ? b.Offset : (uint32_t)t.size();
        if (i == b.Item && i != a.Item && end == 0) break; // a drag that ends in the gap before a paragraph
        if (!first) out += paragraph_break ? "\n\n" : "\n";
        if (end > begin) out.append(t, begin, end - begin);
        first = false;
        paragraph_break = it.ParagraphBreakAfter;
    }
    return out;
}

void ReaderView::SelectAll() {
    const auto& items = Doc_.Items;
    int first = -1, last = -1;
    for (int i = 0; i < (int)items.size(); ++i)
        if (items[i].Kind == ItemKind::Text && items[i].Selectable) { if (first < 0) first = i; last = i; }
    if (first < 0) return;
    Anchor_ = {first, 0};
    Focus_ = {last, (uint32_t)items[last].Galley->Text.size()};
}

void ReaderView::SelectLink(int item, int link) {
    if (item < 0 || item >= (int)Doc_.Items.size() || Doc_.Items[item].Kind != ItemKind::Text) return;
    uint32_t begin = UINT32_MAX, end = 0;
    for (const layout::Run& r : Doc_.Items[item].Galley->Runs)
        if (r.Style.Link == link) { begin = std::min(begin, r.Begin); end = std::max(end, r.End); }
    if (begin >= end) return;
    Anchor_ = {item, begin};
    Focus_ = {item, end};
}

void ReaderView::SelectRange(int item, uint32_t begin, uint32_t end) {
    if (item < 0 || item >= (int)Doc_.Items.size() || Doc_.Items[item].Kind != ItemKind::Text) return;
    const uint32_t size = (uint32_t)Doc_.Items[item].Galley->Text.size();
    Anchor_ = {item, std::min(begin, size)};
    Focus_ = {item, std::min(end, size)};
}

void ReaderView::SelectItem(int item) {
    if (item < 0 || item >= (int)Doc_.Items.size() || Doc_.Items[item].Kind != ItemKind::Text) return;
    Anchor_ = {item, 0};
    Focus_ = {item, (uint32_t)Doc_.Items[item].Galley->Text.size()};
}

int ReaderView::FindText(const std::string& query) {
    Query_ = query;
    Matches_.clear();
    Current_ = -1;
    if (query.empty()) return 0;
    for (int i = 0; i < (int)Doc_.Items.size(); ++i) {
        const DocItem& it = Doc_.Items[i];
        if (it.Kind != ItemKind::Text || !it.Selectable) continue;
        for (auto& r : FindAll(it.Galley->Text, query)) Matches_.push_back(FindMatch{i, r.first, r.second});
    }
    // Start from the first match in view or below it.
    for (int k = 0; k < (int)Matches_.size() && Current_ < 0; ++k)
        if (Doc_.Items[Matches_[k].Item].Y + Doc_.Items[Matches_[k].Item].H >= Scroll.Y) Current_ = k;
    if (Current_ < 0 && !Matches_.empty()) Current_ = 0;
    if (Current_ >= 0) ScrollToItem(Matches_[Current_].Item, Matches_[Current_].Begin, true);
    return (int)Matches_.size();
}

void ReaderView::FindStep(int direction) {
    if (Matches_.empty()) return;
    const int n = (int)Matches_.size();
    Current_ = ((Current_ < 0 ? 0 : Current_ + direction) % n + n) % n;
    ScrollToItem(Matches_[Current_].Item, Matches_[Current_].Begin, true);
}

float ReaderView::TopFraction() const { return Doc_.Height > 0.0f ? Scroll.Y / Doc_.Height : 0.0f; }
void ReaderView::SetTopFraction(float f) { Scroll.ScrollTo(std::clamp(f * Doc_.Height, 0.0f, MaxScroll()), false); }

} // namespace folio::ui
