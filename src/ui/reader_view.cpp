// ReaderView without ImGui: the document and keeping the reader's place when it is rebuilt, pointer gestures
// (select, follow, scroll, flick, long press), selection, the feed's cursor and scrolling to items. Find is in
// reader_view_find.cpp; painting and reading ImGui's input are in reader_view_paint.cpp.
#include "ui/reader_view.h"
#include "model/text_search.h" // WordAt

#include <algorithm>
#include <cmath>

namespace folio::ui {

static constexpr float kBarWidth = 12.0f;      // the scrollbar's grab area at the right edge
static constexpr float kLongPress = 0.5f;      // seconds a still finger takes to select a word
static constexpr float kTouchSlop = 8.0f;      // px a finger moves before a touch is a drag
static constexpr float kMouseSlop = 3.0f;      // px a mouse moves before a press is a drag

float ReaderView::MaxScroll() const { return std::max(0.0f, Doc_.Height - ViewHeight_); }

void ReaderView::SetViewport(float width, float height, float top_inset) {
    ViewWidth_ = width;
    ViewHeight_ = height;
    TopInset_ = top_inset;
}

// The same item in a rebuilt document: same kind, same links, same text.
static bool SameItem(const DocItem& a, const DocItem& b) {
    if (a.Kind != b.Kind || a.Links != b.Links) return false;
    return a.Kind != ItemKind::Text || a.Galley->Text == b.Galley->Text;
}

// Does item i of old stand at the same index in now? (Content is added and removed below what stays.)
static bool Survives(const Document& old, const Document& now, int i) {
    return i >= 0 && i < (int)old.Items.size() && i < (int)now.Items.size() && SameItem(old.Items[i], now.Items[i]);
}

float ReaderView::KeptPlace(const Document& old) const {
    const float y = Scroll_.Y;
    // At the top, or with only the margin above the first item under the toolbar: the top.
    if (y <= 0.0f || old.Items.empty() || y + old.TopInset <= old.Items[0].Y) return 0.0f;
    // The anchor: the first text at or below the reading line (the top of what shows below the toolbar).
    const float line = y + old.TopInset;
    int a = old.FirstVisible(line);
    while (a < (int)old.Items.size() && old.Items[a].Kind != ItemKind::Text) ++a;
    if (a >= (int)old.Items.size()) return y;
    int b = Survives(old, Doc_, a) ? a : -1;
    for (int k = 0; b < 0 && k < (int)Doc_.Items.size(); ++k)
        if (SameItem(old.Items[a], Doc_.Items[k])) b = k;
    if (b < 0) return y; // gone: the same distance from the top
    const DocItem &was = old.Items[a], &now = Doc_.Items[b];
    if (was.Y == now.Y && was.H == now.H && old.TopInset == Doc_.TopInset) return y;
    const float into = line - was.Y; // into the item (a fraction of it), or above it in the gap (in pixels)
    const float at = into > 0.0f && was.H > 0.0f ? now.Y + into / was.H * now.H : now.Y + into;
    return std::max(0.0f, at - Doc_.TopInset);
}

void ReaderView::SetDocument(Document&& doc, bool same_content) {
    // Sideways scrolls: kept for the same content (the same blocks at the same indices, clamped when drawn).
    if (!same_content) SideX_.clear();
    SideX_.resize(doc.Items.size(), 0.0f);
    if (same_content && !Doc_.Items.empty()) {
        Document old = std::move(Doc_);
        Doc_ = std::move(doc);
        PhotoFailed_.assign(Doc_.Photos.size(), 0);
        Scroll_.ScrollTo(KeptPlace(old), false);
        if (!Survives(old, Doc_, Anchor_.Item) || !Survives(old, Doc_, Focus_.Item)) ClearSelection();
        if (!Survives(old, Doc_, CursorItem_)) CursorItem_ = -1;
        Rematch();
        return;
    }
    Doc_ = std::move(doc);
    PhotoFailed_.assign(Doc_.Photos.size(), 0);
    ClearSelection();
    CursorItem_ = -1;
    Matches_.clear();
    Current_ = -1;
    Scroll_.ScrollTo(0.0f, false);
    if (!Query_.empty()) Refind();
}

std::string ReaderView::EntryArticleLink(int entry) const {
    for (const DocItem& item : Doc_.Items)
        if (item.Entry == entry)
            for (const std::string& link : item.Links)
                if (link.rfind("#/article/", 0) == 0) return link;
    return {};
}

int ReaderView::PhotoItemAt(float x, float y) const {
    auto it = std::upper_bound(Doc_.PhotoItems.begin(), Doc_.PhotoItems.end(), y,
                               [this](float v, int i) { return v < Doc_.Items[i].Y; });
    while (it != Doc_.PhotoItems.begin()) {
        const DocItem& item = Doc_.Items[*--it];
        if (y < item.Y + item.H && x >= item.X && x < item.X + item.W) return *it;
        if (item.Y + Doc_.Height < y) break; // photos do not overlap by more than a document
    }
    return -1;
}

TextPos ReaderView::HitTest(float x, float y) const {
    const auto& items = Doc_.Items;
    int best = -1;
    for (int i = Doc_.FirstVisible(y); i < (int)items.size(); ++i) {
        const DocItem& it = items[i];
        if (it.Kind != ItemKind::Text || !it.Selectable) continue;
        if (it.Y > y) { // in a gap: the start of the next text
            if (best < 0) return TextPos{i, 0};
            break;
        }
        if (y < it.Y + it.H && (best < 0 || (x >= it.X && x <= it.X + it.W))) best = i;
    }
    if (best < 0) { // below the last text: its end
        for (int i = (int)items.size() - 1; i >= 0; --i)
            if (items[i].Kind == ItemKind::Text && items[i].Selectable) return TextPos{i, (uint32_t)items[i].Galley->Text.size()};
        return TextPos();
    }
    const DocItem& it = items[best];
    return TextPos{best, it.Galley->HitTest(x - it.X + SideScroll(best), y - it.Y)};
}

float ReaderView::SideScroll(int item) const {
    if (item < 0 || item >= (int)Doc_.Items.size() || item >= (int)SideX_.size()) return 0.0f;
    return std::clamp(SideX_[item], 0.0f, SidewaysRoom(Doc_.Items[item]));
}

void ReaderView::ScrollSideways(int item, float dx) {
    if (item < 0 || item >= (int)Doc_.Items.size() || item >= (int)SideX_.size()) return;
    SideX_[item] = std::clamp(SideScroll(item) + dx, 0.0f, SidewaysRoom(Doc_.Items[item]));
}

int ReaderView::CodeItemAt(float x, float y) const {
    const auto& items = Doc_.Items;
    for (int i = Doc_.FirstVisible(y - kCodePadY); i < (int)items.size() && items[i].Y - kCodePadY <= y; ++i) {
        const DocItem& it = items[i];
        if (it.Code && SidewaysRoom(it) > 0.0f && y < it.Y + it.H + kCodePadY && x >= it.X - kCodePadX &&
            x < it.X + it.W + kCodePadX)
            return i;
    }
    return -1;
}

int ReaderView::LinkAt(const DocItem& item, uint32_t offset, float x) const {
    const layout::Galley& g = *item.Galley;
    const int li = g.LineOf(offset);
    if (li < 0 || x < 0.0f) return -1;
    if (g.Bidi()) { // the character whose box is under x, whichever way the line runs (a right-to-left one from the right)
        const layout::Line& line = g.Lines[li];
        uint32_t o = line.Begin;
        while (o < line.End && !(x >= g.CharX[o] && x < g.CharX[o] + g.CharW[o])) ++o;
        if (o == line.End) return -1;
        offset = o;
    } else {
        if (x > g.Lines[li].Width) return -1;
        if (offset > g.Lines[li].Begin && g.XOf(offset, li) > x) offset = (uint32_t)(offset - 1); // the character under x
    }
    while (offset > 0 && ((unsigned char)g.Text[offset] & 0xC0) == 0x80) --offset;
    for (const layout::Run& r : g.Runs)
        if (offset >= r.Begin && offset < r.End) return r.Style.Link;
    return -1;
}

void ReaderView::SelectWord(TextPos p) {
    const auto w = WordAt(Doc_.Items[p.Item].Galley->Text, p.Offset);
    WordBegin_ = Anchor_ = {p.Item, w.first};
    WordEnd_ = Focus_ = {p.Item, w.second};
    WordPress_ = true;
}

void ReaderView::ExtendSelection(TextPos p) {
    if (!WordPress_) { Focus_ = p; return; }
    // From a word: the word stays whole whichever way the drag goes.
    if (p < WordBegin_) { Anchor_ = WordEnd_; Focus_ = p; }
    else { Anchor_ = WordBegin_; Focus_ = WordEnd_ < p ? p : WordEnd_; }
}

ViewEvents ReaderView::HandlePointer(const PointerInput& given) {
    ViewEvents ev;
    PointerInput in = given;
    if (IgnoringPress_) { // a press that was not the view's: none of it reaches the gestures below
        if (!in.Down && !in.Pressed) IgnoringPress_ = false;
        in.Pressed = in.Down = in.Released = false;
    }
    const TextPos before_anchor = Anchor_, before_focus = Focus_;
    const float max_scroll = MaxScroll();
    const float dx = in.X, dy = in.Y + Scroll_.Y; // the pointer in the document
    OnBar_ = !ExternalScroll_ && max_scroll > 0.0f && in.X >= ViewWidth_ - kBarWidth;

    // Sideways: a trackpad's or tilting wheel's sideways scroll, or Shift with the wheel, over a code block that
    // scrolls moves that block; elsewhere Shift+wheel scrolls the page as the wheel does.
    const float sideways = in.WheelH != 0.0f ? in.WheelH : in.Shift ? in.Wheel : 0.0f;
    const int wheel_code = in.Hovered && sideways != 0.0f ? CodeItemAt(dx, dy) : -1;
    if (wheel_code >= 0) ScrollSideways(wheel_code, -sideways * 100.0f);
    else if (in.Hovered && in.Wheel != 0.0f && !ExternalScroll_) Scroll_.ScrollBy(-in.Wheel * 100.0f);

    // Press
    if (in.Pressed) {
        CursorItem_ = -1; // the ring shows where the keyboard is: a pointer's press hides it, as :focus-visible does
        Pressing_ = true;
        Dragged_ = false;
        WordPress_ = false;
        PressX_ = in.X;
        PressY_ = in.Y;
        PressLink_ = PressItem_ = -1;
        Touch_ = in.Touch;
        DraggingBar_ = OnBar_ && !Touch_;
        LastTouchY_ = in.Y;
        LastTouchX_ = in.X;
        PressCode_ = Touch_ ? CodeItemAt(dx, dy) : -1;
        SideDrag_ = false;
        PressPhoto_ = DraggingBar_ ? -1 : PhotoItemAt(dx, dy);
        if (!DraggingBar_ && PressPhoto_ < 0) {
            const TextPos p = HitTest(dx, dy);
            if (p.Item >= 0) {
                PressItem_ = p.Item;
                PressLink_ = LinkAt(Doc_.Items[p.Item], p.Offset, dx - Doc_.Items[p.Item].X);
            }
            if (!Touch_ && p.Item >= 0) {
                if (in.Clicks == 2) SelectWord(p);
                else if (in.Clicks >= 3) {
                    Anchor_ = {p.Item, 0};
                    Focus_ = {p.Item, (uint32_t)Doc_.Items[p.Item].Galley->Text.size()};
                } else if (in.Shift && Anchor_.Item >= 0) Focus_ = p;
                else Anchor_ = Focus_ = p;
            }
        }
    }
    // Drag
    if (Pressing_ && in.Down) {
        if (DraggingBar_) {
            const float h = std::max(1.0f, ViewHeight_);
            Scroll_.ScrollTo(std::clamp(in.Y / h * Doc_.Height - h * 0.5f, 0.0f, max_scroll), false);
        } else if (Touch_) {
            TouchMove(in.X, in.Y);
            // A long press selects the word under the finger; dragging then extends the selection by it.
            if (!Dragged_ && in.DownSeconds > kLongPress) {
                const TextPos p = HitTest(dx, dy);
                if (p.Item >= 0) { SelectWord(p); ev.LongPress = true; }
                Touch_ = false;
                Dragged_ = true;
                PressLink_ = -1;
            }
            ev.Animating = true; // keep frames coming to notice the long press
        } else {
            if (std::fabs(in.X - PressX_) + std::fabs(in.Y - PressY_) > kMouseSlop) Dragged_ = true;
            if (Dragged_ && Anchor_.Item >= 0) {
                const TextPos p = HitTest(dx, dy);
                if (p.Item >= 0) ExtendSelection(p);
                // Selecting past the edges scrolls.
                if (in.Y < TopInset_) { Scroll_.ScrollTo(Scroll_.Y - (TopInset_ - in.Y) * in.Dt * 10.0f, false); ev.Animating = true; }
                if (in.Y > ViewHeight_) { Scroll_.ScrollTo(Scroll_.Y + (in.Y - ViewHeight_) * in.Dt * 10.0f, false); ev.Animating = true; }
            }
        }
    }
    // Release
    if (Pressing_ && in.Released) {
        // On a slow frame the finger's last moves come with its lift: they are part of the drag, not a tap.
        if (Touch_ && in.Valid && (in.Y != LastTouchY_ || in.X != LastTouchX_)) TouchMove(in.X, in.Y);
        if (Touch_ && Dragged_ && !SideDrag_ && !ExternalScroll_) Scroll_.Release(Flick.LiftVelocity());
        if (!Dragged_ && !DraggingBar_) {
            if (PressPhoto_ >= 0 && PhotoItemAt(dx, dy) == PressPhoto_) {
                // A photo: in an article it opens full screen; a feed card's thumbnail opens its article.
                const DocItem& photo = Doc_.Items[PressPhoto_];
                if (photo.Entry < 0) ev.PhotoClicked = photo.Photo;
                else ev.LinkClicked = EntryArticleLink(photo.Entry);
            } else if (PressLink_ >= 0 && PressItem_ >= 0) {
                const TextPos p = HitTest(dx, dy);
                const DocItem& item = Doc_.Items[PressItem_];
                if (p.Item == PressItem_ && LinkAt(item, p.Offset, dx - item.X) == PressLink_ &&
                    PressLink_ < (int)item.Links.size()) {
                    ev.LinkClicked = item.Links[PressLink_];
                    ClearSelection();
                }
            } else if (Touch_) {
                ClearSelection(); // a tap outside links clears the selection
            }
        }
        Pressing_ = Touch_ = DraggingBar_ = SideDrag_ = false;
        PressCode_ = -1;
    }

    // Hover: links get a hand, text an I-beam.
    HoverItem_ = HoverLink_ = -1;
    if (in.Hovered && !Pressing_ && !OnBar_) {
        const TextPos p = HitTest(dx, dy);
        if (PhotoItemAt(dx, dy) >= 0) {
            ev.Pointer = PointerShape::Hand;
        } else if (p.Item >= 0) {
            const DocItem& item = Doc_.Items[p.Item];
            const bool inside = dy >= item.Y && dy < item.Y + item.H;
            const int link = inside ? LinkAt(item, p.Offset, dx - item.X) : -1;
            if (link >= 0) { HoverItem_ = p.Item; HoverLink_ = link; ev.Pointer = PointerShape::Hand; }
            else if (inside) ev.Pointer = PointerShape::Text;
        }
    }
    ev.SelectionChanged = !(Anchor_ == before_anchor) || !(Focus_ == before_focus);
    return ev;
}

void ReaderView::TouchMove(float x, float y) {
    if (!Dragged_ && std::fabs(x - PressX_) + std::fabs(y - PressY_) > kTouchSlop) {
        Dragged_ = true;
        // On a code block that scrolls sideways, a drag more sideways than down scrolls the block, until it lifts.
        SideDrag_ = PressCode_ >= 0 && std::fabs(x - PressX_) > std::fabs(y - PressY_);
    }
    if (Dragged_ && SideDrag_) ScrollSideways(PressCode_, LastTouchX_ - x);
    else if (Dragged_ && !ExternalScroll_) Scroll_.Drag(LastTouchY_ - y); // else the page scrolls under the finger
    LastTouchY_ = y;
    LastTouchX_ = x;
}

void ReaderView::ScrollToItem(int item, uint32_t offset, bool animate) {
    if (item < 0 || item >= (int)Doc_.Items.size()) return;
    const DocItem& it = Doc_.Items[item];
    float y = it.Y;
    if (it.Kind == ItemKind::Text) {
        const int l = it.Galley->LineOf(offset);
        if (l >= 0) y += it.Galley->Lines[l].Top;
        // A code block scrolled sideways shows the place, a quarter of the way in when it must move.
        const float room = SidewaysRoom(it), x = l >= 0 ? it.Galley->XOf(offset, l) : 0.0f, side = SideScroll(item);
        if (room > 0.0f && (x < side || x > side + it.W - 16.0f))
            SideX_[item] = std::clamp(x - it.W * 0.25f, 0.0f, room);
    }
    Scroll_.ScrollTo(std::clamp(y - ViewHeight_ / 3.0f, 0.0f, MaxScroll()), animate);
}

bool ReaderView::ItemInView(int item) const {
    if (item < 0 || item >= (int)Doc_.Items.size()) return false;
    const DocItem& it = Doc_.Items[item];
    return it.Y >= Scroll_.Y + TopInset_ && it.Y + it.H <= Scroll_.Y + ViewHeight_;
}

bool ReaderView::PlaceInView(int item, uint32_t offset) const {
    if (item < 0 || item >= (int)Doc_.Items.size()) return false;
    const DocItem& it = Doc_.Items[item];
    if (it.Kind != ItemKind::Text) return ItemInView(item);
    const int l = it.Galley->LineOf(offset);
    if (l < 0) return ItemInView(item);
    const layout::Line& line = it.Galley->Lines[l];
    const float top = it.Y + line.Top, bottom = top + line.Height;
    return top >= Scroll_.Y + TopInset_ && bottom <= Scroll_.Y + ViewHeight_;
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

void ReaderView::SetCursorItem(int item) {
    CursorItem_ = item >= 0 && item < (int)Doc_.Items.size() && Doc_.Items[item].Kind == ItemKind::Text ? item : -1;
}

bool ReaderView::CursorRing(Rect* r) const {
    if (CursorItem_ < 0) return false;
    // The entry: the items next to the cursor's that belong to the same feed entry (or the item alone).
    const auto& items = Doc_.Items;
    const int entry = items[CursorItem_].Entry;
    int first = CursorItem_, last = CursorItem_;
    while (entry >= 0 && first > 0 && items[first - 1].Entry == entry) --first;
    while (entry >= 0 && last + 1 < (int)items.size() && items[last + 1].Entry == entry) ++last;
    *r = Rect{items[first].X, items[first].Y, items[first].X + items[first].W, items[first].Y + items[first].H};
    for (int i = first + 1; i <= last; ++i) {
        r->X0 = std::min(r->X0, items[i].X);
        r->X1 = std::max(r->X1, items[i].X + items[i].W);
        r->Y1 = std::max(r->Y1, items[i].Y + items[i].H);
    }
    return true;
}

float ReaderView::TopFraction() const { return Doc_.Height > 0.0f ? Scroll_.Y / Doc_.Height : 0.0f; }
void ReaderView::PlaceItemAt(int item, float fraction_above, float y) {
    if (item < 0 || item >= (int)Doc_.Items.size()) return;
    const DocItem& it = Doc_.Items[item];
    const float top = fraction_above > 0.0f ? TopInset_ : std::max(y, TopInset_);
    Scroll_.ScrollTo(std::clamp(it.Y + fraction_above * it.H - top, 0.0f, MaxScroll()), false);
}

void ReaderView::SetTopFraction(float f) { Scroll_.ScrollTo(std::clamp(f * Doc_.Height, 0.0f, MaxScroll()), false); }

} // namespace folio::ui
