// What the toolbar and its settings panel decide, without ImGui (the App draws; these are tested headless):
// - the back button names the feed by its title ("‹  Folio sample bundle"), not "All news", which a bundle may
//   use as a section's name; a title too long for the toolbar is cut with an ellipsis;
// - a tooltip shows only to a mouse (a touch screen has no hover: a tap would leave it behind, and its "(S)" names a
//   key a phone does not have) and never over an open panel;
// - a press outside the open settings panel closes it, except on the button that toggles it (which does so itself);
// - a right-to-left article's toolbar is mirrored: the back button at the right end, its arrow pointing right
//   ("Folio sample bundle  ›"), Find, settings and their panels at the left.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace folio::ui {

// The feed's name on the back button and the error view's button: its title, or "All news" for a feed without one.
const std::string& FeedName(const std::string& feed_title);

// How wide a label is drawn, and where it may be cut (the App's measures by laid-out galleys, label.h's
// GalleyMeasure: shaped, in its own direction; tests by round numbers).
class TextMeasure {
public:
    virtual ~TextMeasure() = default;
    // The width text's first length bytes are drawn at.
    virtual float Width(const char* text, size_t length) const = 0;
    // Appends the byte offsets where text may be cut, ascending, from 0: the start of each character as drawn (a
    // base with its marks, a shaped cluster, is one). By default every UTF-8 character's start.
    virtual void CharacterStarts(const std::string& text, std::vector<uint32_t>* out) const;
    // Changes whenever widths may (the face, its size, the fonts): a label fitted earlier is fitted again.
    virtual uint64_t Stamp() const { return 0; }
};

// label as is if it fits max_width, else its longest prefix cut at a character start (trailing spaces dropped)
// followed by "…" that fits; at least the first character and the ellipsis.
std::string FitLabel(const std::string& label, float max_width, const TextMeasure& measure);

// FitLabel's answer kept until its inputs change, so a frame that shows the same label allocates nothing (the
// back button's name, a saved article's headline in the list).
class FittedText {
public:
    const std::string& For(const std::string& text, float max_width, const TextMeasure& measure);
    const std::string& Text() const { return Fitted_; }

private:
    std::string Text_, Fitted_;
    float Width_ = -1.0f;
    uint64_t Stamp_ = 0;
};

// The back button's label, kept until its inputs change, so a frame that draws it allocates nothing: "‹  Feed",
// or with rtl (a right-to-left article) "Feed  ›"; the feed's name is what is cut to fit, never the arrow.
class BackLabel {
public:
    const std::string& For(const std::string& feed_title, float max_width, const TextMeasure& measure, bool rtl = false);
    const std::string& Name() const { return Name_; } // the feed's name as cut, without the arrow
    static const std::string& Arrow(bool rtl);        // "‹  ", or "  ›" after the name

private:
    std::string Title_, Name_, Label_;
    float Width_ = -1.0f;
    uint64_t Stamp_ = 0;
    bool Rtl_ = false;
};

// The x of a box w wide that sits at x in a row width wide: x itself, or mirrored (as far from the right edge as
// it would be from the left) when rtl.
inline float MirrorX(float x, float w, float width, bool rtl) { return rtl ? width - x - w : x; }

enum class Pointer { Mouse, Touch };

// Whether a toolbar button's tooltip may show.
bool TooltipAllowed(Pointer pointer, bool panel_open);

struct Box {
    float X = 0.0f, Y = 0.0f, W = 0.0f, H = 0.0f;
    bool Contains(float x, float y) const { return x >= X && x < X + W && y >= Y && y < Y + H; }
};

// A press at (x, y) while the settings panel (at panel) is open: does it close the panel? toggle: the button that
// opens and closes it.
bool PressClosesPanel(float x, float y, const Box& panel, const Box& toggle);

} // namespace folio::ui
