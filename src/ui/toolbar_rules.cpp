// The toolbar's labels and the settings panel's rules (toolbar_rules.h).
#include "ui/toolbar_rules.h"

namespace folio::ui {

const std::string& FeedName(const std::string& feed_title) {
    static const std::string kUntitled = "All news";
    return feed_title.empty() ? kUntitled : feed_title;
}

std::string FitLabel(const std::string& label, float max_width, LabelMeasure measure) {
    if (measure(label.data(), label.size()) <= max_width) return label;
    static const char kEllipsis[] = "\xE2\x80\xA6";
    auto next = [&](size_t i) { // the byte after the UTF-8 character at i
        ++i;
        while (i < label.size() && ((unsigned char)label[i] & 0xC0) == 0x80) ++i;
        return i;
    };
    std::string out;
    size_t keep = next(0); // at least one character
    for (size_t i = keep; i < label.size(); i = next(i)) {
        const size_t end = next(i);
        out.assign(label, 0, end);
        out += kEllipsis;
        if (measure(out.data(), out.size()) > max_width) break;
        keep = end;
    }
    while (keep > 1 && label[keep - 1] == ' ') --keep;
    out.assign(label, 0, keep);
    out += kEllipsis;
    return out;
}

const std::string& BackLabel::For(const std::string& feed_title, float max_width, float font_size, LabelMeasure measure,
                                  bool rtl) {
    if (feed_title == Title_ && max_width == Width_ && font_size == FontSize_ && rtl == Rtl_ && !Label_.empty()) return Label_;
    Title_ = feed_title;
    Width_ = max_width;
    FontSize_ = font_size;
    Rtl_ = rtl;
    static const std::string kBack = "\xE2\x80\xB9  ", kBackRtl = "  \xE2\x80\xBA"; // U+2039, U+203A
    const std::string& arrow = rtl ? kBackRtl : kBack;
    const std::string name = FitLabel(FeedName(feed_title), max_width - measure(arrow.data(), arrow.size()), measure);
    Label_ = rtl ? name + arrow : arrow + name;
    return Label_;
}

bool TooltipAllowed(Pointer pointer, bool panel_open) { return pointer == Pointer::Mouse && !panel_open; }

bool PressClosesPanel(float x, float y, const Box& panel, const Box& toggle) {
    return !panel.Contains(x, y) && !toggle.Contains(x, y);
}

} // namespace folio::ui
