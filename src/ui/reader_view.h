// Draws a document a screenful at a time and lets the reader scroll it, select text across items, follow
// links and see Find's matches. Only the items and lines in view are drawn: a frame costs the same for a short
// article as for a long one.
#pragma once
#include "ui/document.h"
#include "ui/flick.h"
#include "ui/scroller.h"
#include "ui/theme.h"

#include <algorithm>
#include <string>
#include <vector>

namespace folio::ui {

class FaceSet;

struct TextPos {
    int Item = -1;
    uint32_t Offset = 0;
    bool operator<(const TextPos& o) const { return Item != o.Item ? Item < o.Item : Offset < o.Offset; }
    bool operator==(const TextPos& o) const { return Item == o.Item && Offset == o.Offset; }
};

struct FindMatch {
    int Item;
    uint32_t Begin, End;
};

// What the reader did in this frame that the app acts on.
struct ViewEvents {
    std::string LinkClicked;   // a link's target
    bool ContextCopy = false, ContextCopyLink = false, ContextFind = false, ContextSettings = false;
    bool Animating = false;    // the view still moves: draw another frame
};

class ReaderView {
public:
    // Replaces the document. Same content rebuilt (width or settings changed): selection and Find are kept and
    // the text at the top of the view stays there.
    void SetDocument(Document&& doc, bool same_content);
    const Document& Doc() const { return Doc_; }

    ViewEvents Draw(const FaceSet& faces, const Theme& theme, const ImVec2& pos, const ImVec2& size, float top_inset,
                    bool reduced_motion);

    Scroller Scroll;
    FlickTracker Flick; // the finger's own timing, fed by the platform: how fast a touch drag lifts
    // The page around the view scrolls instead (App::SetExternalScroll): the wheel and touch drags are left to
    // it, Scroll.Y is set from outside and never glides, and no scrollbar is drawn.
    bool ExternalScroll = false;
    float MaxScroll() const;
    void ScrollToItem(int item, uint32_t offset, bool animate); // brings a position into view, a third down
    bool ItemInView(int item) const;      // all of it shows below the toolbar at the current scroll

    // Selection
    bool HasSelection() const { return Anchor_.Item >= 0 && !(Anchor_ == Focus_); }
    std::string SelectedText() const;
    void SelectAll();
    void SelectItem(int item);            // the whole text of one item (the feed's keyboard cursor)
    void SelectLink(int item, int link);  // the text of one link of an item (keyboard focus from the mirror)
    void SelectRange(int item, uint32_t begin, uint32_t end); // bytes of one item's text (the page's Find)
    uint32_t SelectionStart() const { return std::min(Anchor_, Focus_).Offset; }
    void ClearSelection() { Anchor_ = Focus_ = TextPos(); }

    // Find
    int FindText(const std::string& query);  // highlights all matches; returns their count
    void FindStep(int direction);            // to the next (+1) or previous (-1) match, scrolling to it
    int FindCount() const { return (int)Matches_.size(); }
    int FindCurrent() const { return Current_; } // -1 when none
    void ClearFind() { Matches_.clear(); Current_ = -1; Query_.clear(); }

    float TopFraction() const;            // how far down the document the view is, 0..1
    void SetTopFraction(float f);         // restores a remembered position

private:
    TextPos HitTest(ImVec2 doc_point) const;
    void DrawItem(const DocItem& item, int index, const FaceSet& faces, const Theme& theme, ImVec2 origin, float top, float bottom);
    void DrawRange(const DocItem& item, uint32_t begin, uint32_t end, ImVec2 origin, ImU32 color) const;
    int LinkAt(const DocItem& item, uint32_t offset, float x_in_item) const;

    Document Doc_;
    TextPos Anchor_, Focus_;
    std::vector<FindMatch> Matches_;
    int Current_ = -1;
    std::string Query_;
    // Pointer gestures
    bool Pressing_ = false, Dragged_ = false, Touch_ = false, DraggingBar_ = false;
    ImVec2 PressPos_;
    float LastTouchY_ = 0.0f;
    void TouchMove(ImVec2 mouse);       // the finger at mouse: drags the view by what it moved since the last frame
    int PressLink_ = -1, PressItem_ = -1;
    int HoverItem_ = -1, HoverLink_ = -1;
    float ViewHeight_ = 0.0f, TopInset_ = 0.0f;
};

} // namespace folio::ui
