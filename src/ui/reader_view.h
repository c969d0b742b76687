// Draws a document a screenful at a time and lets the reader scroll it, select text across items, follow
// links and see Find's matches and the feed's keyboard cursor. Input and painting are apart: HandlePointer
// turns one frame's pointer (a plain PointerInput) into what it did (ViewEvents) and needs no ImGui, so
// gestures are tested headless; Draw reads ImGui's input into a PointerInput, hands it over, adds the
// context menu, and paints only the items and lines in view (reader_view_paint.cpp): a frame costs the same
// for a short article as for a long one.
#pragma once
#include "ui/document.h"
#include "ui/flick.h"
#include "ui/scroller.h"

#include <algorithm>
#include <functional>
#include <string>
#include <utility>
#include <vector>

struct ImVec2;

namespace folio::ui {

class FaceSet;
class ImageStore;
struct Theme;

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

// One frame's pointer, in the view's own coordinates (0, 0 at its top left corner, toolbar included).
struct PointerInput {
    float X = 0.0f, Y = 0.0f;
    bool Valid = true;        // the position is known (after a touch lifts it may not be)
    bool Hovered = false;     // over the document below the toolbar, not covered by a panel
    bool Pressed = false;     // the primary button went down on the document this frame
    int Clicks = 1;           // at a press: 1, 2 (double click), 3 (triple click)
    bool Down = false;        // the primary button is held
    float DownSeconds = 0.0f; // for how long
    bool Released = false;    // it went up this frame
    bool Touch = false;       // a finger, not a mouse
    bool Shift = false;
    float Wheel = 0.0f;       // notches, positive towards the top
    float WheelH = 0.0f;      // notches sideways (a trackpad, a tilting wheel), positive towards the left
    float Dt = 0.0f;          // seconds since the last frame
};

enum class PointerShape : unsigned char { Arrow, Hand, Text };

// What the reader did in this frame that the app acts on.
struct ViewEvents {
    std::string LinkClicked;   // a link's target
    bool SelectionChanged = false;
    bool LongPress = false;    // a long press selected the word under the finger
    PointerShape Pointer = PointerShape::Arrow;
    bool ContextCopy = false, ContextCopyLink = false, ContextFind = false, ContextSettings = false;
    bool ContextOffline = false; // "Save for offline" or "Remove from offline" (ReaderView::SetOfflineMenu)
    int PhotoClicked = -1;     // a photo of the article was clicked or tapped (its index in Doc().Photos)
    bool Animating = false;    // the view still moves: draw another frame
};

class ReaderView {
public:
    // Replaces the document. Same content rebuilt (width, settings or fonts changed, or items added or removed
    // below, as when a feed's next page arrives): the reader keeps their place (the item at the top of the view
    // stays there; at the top they stay at the top), and the selection, the cursor and Find's matches are kept.
    void SetDocument(Document&& doc, bool same_content);
    const Document& Doc() const { return Doc_; }
    void SetViewport(float width, float height, float top_inset); // Draw sets it each frame; tests set it once
    // Where the photos come from: Draw shows those in view and asks for those within kPrefetchScreens of it.
    void SetImages(ImageStore* images) { Images_ = images; }
    static constexpr float kPrefetchScreens = 1.5f;
    // The Image item at (x, y) in the document, or -1.
    int PhotoItemAt(float x, float y) const;
    std::string EntryArticleLink(int entry) const; // the feed entry's article ("#/article/<id>"), or ""

    // A frame's input: gestures, selection, links, the wheel and touch scrolling. No ImGui.
    ViewEvents HandlePointer(const PointerInput& in);
    // The press under way is not the view's (it closed a panel, as a tap outside a popover does): until the button or
    // finger lifts, it neither follows a link, selects nor drags. The wheel still scrolls.
    void IgnorePress() { IgnoringPress_ = true; Pressing_ = false; }
    // The context menu's offline entry: none, "Save for offline" or "Remove from offline" (its event: ContextOffline).
    enum class OfflineMenu : unsigned char { None, Save, Remove };
    void SetOfflineMenu(OfflineMenu m) { OfflineMenu_ = m; }
    ViewEvents Draw(const FaceSet& faces, const Theme& theme, const ImVec2& pos, const ImVec2& size, float top_inset,
                    bool reduced_motion);

    // Scrolling. With an external scroll the page around the view scrolls instead (App::SetExternalScroll): the
    // wheel and touch drags are left to it, the position comes from SetExternalY and never glides, and no
    // scrollbar is drawn; what keys and Find ask for is ScrollTarget(), which the app hands to the host.
    float ScrollY() const { return Scroll_.Y; }
    float ScrollTarget() const { return Scroll_.Target(); }
    void ScrollTo(float y, bool animate = true) { Scroll_.ScrollTo(y, animate); }
    void ScrollBy(float dy) { Scroll_.ScrollBy(dy); }
    void SetExternalScroll(bool on) { ExternalScroll_ = on; }
    bool ExternalScroll() const { return ExternalScroll_; }
    void SetExternalY(float y) { Scroll_.ScrollTo(y, false); }
    float MaxScroll() const;
    void ScrollToItem(int item, uint32_t offset, bool animate); // brings a position into view, a third down
    bool ItemInView(int item) const;      // all of it shows below the toolbar at the current scroll
    bool PlaceInView(int item, uint32_t offset) const; // the line holding that byte of a text item shows whole
    float TopFraction() const;            // how far down the document the view is, 0..1
    // A code block wider than the column scrolls sideways on its own (the page never does): Shift+wheel, a
    // trackpad's or tilting wheel's sideways scroll, a sideways touch drag; Find and ScrollToItem bring a place
    // into view. SideScroll is how far item's text is scrolled (0 for any other item).
    float SideScroll(int item) const;
    void ScrollSideways(int item, float dx);
    void SetTopFraction(float f);         // restores a remembered position
    // Puts an item at view y (not above the toolbar's bottom), or with fraction of it above the view's top.
    void PlaceItemAt(int item, float fraction_above, float y);

    FlickTracker Flick; // the finger's own timing, fed by the platform: how fast a touch drag lifts

    // Selection
    bool HasSelection() const { return Anchor_.Item >= 0 && !(Anchor_ == Focus_); }
    std::string SelectedText() const;
    void SelectAll();
    void SelectLink(int item, int link);  // the text of one link of an item (keyboard focus from the mirror)
    void SelectRange(int item, uint32_t begin, uint32_t end); // bytes of one item's text (the page's Find)
    uint32_t SelectionStart() const { return std::min(Anchor_, Focus_).Offset; }
    void ClearSelection() { Anchor_ = Focus_ = TextPos(); WordPress_ = false; }

    // The feed's keyboard cursor: a focus ring around one entry, drawn by the view. It is not a selection:
    // nothing is highlighted as selected and Ctrl+C does not copy it. A pointer's press hides it (the keys set it
    // again), as a browser's :focus-visible ring goes when the mouse is used.
    void SetCursorItem(int item);         // an item of the entry (its title); -1: none
    int CursorItem() const { return CursorItem_; }
    struct Rect { float X0, Y0, X1, Y1; };
    bool CursorRing(Rect* r) const;       // the ring's rectangle in the document, around the entry's items

    // Find
    int FindText(const std::string& query);  // highlights all matches; returns their count
    // Find's matches from a matcher of its own (a search's words: search::MatchRanges) instead of FindAll; label
    // is the query Find shows. Kept when the document is rebuilt, until FindText or ClearFind.
    using FindMatcher = std::function<std::vector<std::pair<size_t, size_t>>(const std::string& text)>;
    int FindWith(const std::string& label, FindMatcher matcher);
    void FindStep(int direction);            // to the next (+1) or previous (-1) match, scrolling to it
    int FindCount() const { return (int)Matches_.size(); }
    int FindCurrent() const { return Current_; } // -1 when none
    const std::vector<FindMatch>& FindMatches() const { return Matches_; }
    void ClearFind() { Matches_.clear(); Current_ = -1; Query_.clear(); Matcher_ = nullptr; }

    // Read aloud: the text being spoken, highlighted as Find's current match is (begin == end: the whole item).
    // Item -1: none. Not a selection: nothing is copied. Kept across rebuilds only by the App setting it again.
    void SetSpoken(int item, uint32_t begin, uint32_t end) { Spoken_ = FindMatch{item, begin, end}; }
    const FindMatch& Spoken() const { return Spoken_; }

private:
    TextPos HitTest(float x, float y) const; // in the document
    int CodeItemAt(float x, float y) const;  // the code block that scrolls sideways whose panel holds the point; -1
    int LinkAt(const DocItem& item, uint32_t offset, float x_in_item) const;
    void SelectWord(TextPos p);              // double click and long press: the word WordAt finds, whole
    void ExtendSelection(TextPos p);         // a drag: to p, keeping a word a double click or long press took
    void TouchMove(float x, float y);        // the finger there: drags the view by what it moved since the last frame
    void Rematch();                          // Find's matches again, without moving the view
    int Refind();                            // Find's matches again, from the first in view
    float KeptPlace(const Document& old) const; // where the view goes so the old top item stays at the top
    void DrawItem(const DocItem& item, int index, const FaceSet& faces, const Theme& theme, const ImVec2& origin,
                  float top, float bottom);
    void DrawRange(const DocItem& item, uint32_t begin, uint32_t end, const ImVec2& origin, uint32_t color) const;
    void CodeAffordance(const DocItem& item, float side, float room, const ImVec2& p0, const Theme& theme) const;

    Document Doc_;
    Scroller Scroll_;
    bool ExternalScroll_ = false;
    TextPos Anchor_, Focus_;
    TextPos WordBegin_, WordEnd_; // the word a double click or long press selected, while its drag lasts
    bool WordPress_ = false;
    int CursorItem_ = -1;
    std::vector<FindMatch> Matches_;
    int Current_ = -1;
    std::string Query_;
    FindMatcher Matcher_; // null: FindAll with Query_
    FindMatch Spoken_{-1, 0, 0};
    // Pointer gestures
    bool IgnoringPress_ = false;
    OfflineMenu OfflineMenu_ = OfflineMenu::None;
    bool Pressing_ = false, Dragged_ = false, Touch_ = false, DraggingBar_ = false, OnBar_ = false;
    float PressX_ = 0.0f, PressY_ = 0.0f, LastTouchY_ = 0.0f, LastTouchX_ = 0.0f;
    int PressLink_ = -1, PressItem_ = -1, PressPhoto_ = -1;
    int PressCode_ = -1;          // a touch began on a code block that scrolls sideways
    bool SideDrag_ = false;       // and moved more sideways than down: it scrolls the block, not the page
    std::vector<float> SideX_;    // per item, how far a code block is scrolled sideways (sized with the document)
    int HoverItem_ = -1, HoverLink_ = -1;
    float ViewWidth_ = 0.0f, ViewHeight_ = 0.0f, TopInset_ = 0.0f;
    // Photos
    ImageStore* Images_ = nullptr;
    std::vector<unsigned char> PhotoFailed_; // per photo of the document, this frame: its alt text stands in
    // A line's extents for a highlight or an underline (Galley::Spans), kept so a frame allocates nothing.
    mutable std::vector<std::pair<float, float>> Spans_;
    void DrawPhoto(const DocItem& item, const Theme& theme, const ImVec2& origin);
    void PrefetchPhotos(float top, float bottom);
};

} // namespace folio::ui
