// The toolbar's labels and the settings panel's rules (toolbar_rules.h).
#include "ui/toolbar_rules.h"

namespace folio::ui {

const std::string& FeedName(const std::string& feed_title) {
    static const std::string kUntitled = "All news";
    return feed_title.empty() ? kUntitled : feed_title;
}

void TextMeasure::CharacterStarts(const std::string& text, std::vector<uint32_t>* out) const {
    for (uint32_t i = 0; i < text.size(); ++i)
        if (((unsigned char)text[i] & 0xC0) != 0x80) out->push_back(i);
}

std::string FitLabel(const std::string& label, float max_width, const TextMeasure& measure) {
    if (measure.Width(label.data(), label.size()) <= max_width) return label;
    static const char kEllipsis[] = "\xE2\x80\xA6";
    std::vector<uint32_t> cuts; // where a prefix may end: each character's start after the first, and the end
    measure.CharacterStarts(label, &cuts);
    if (!cuts.empty() && cuts.front() == 0) cuts.erase(cuts.begin());
    cuts.push_back((uint32_t)label.size());
    std::string out;
    size_t keep = cuts.front(); // at least one character
    for (size_t k = 1; k < cuts.size(); ++k) {
        out.assign(label, 0, cuts[k]);
        out += kEllipsis;
        if (measure.Width(out.data(), out.size()) > max_width) break;
        keep = cuts[k];
    }
    while (keep > 1 && label[keep - 1] == ' ') --keep; // a space is a character of its own
    out.assign(label, 0, keep);
    out += kEllipsis;
    return out;
}

const std::string& BackLabel::Arrow(bool rtl) {
    static const std::string kBack = "\xE2\x80\xB9  ", kBackRtl = "  \xE2\x80\xBA"; // U+2039, U+203A
    return rtl ? kBackRtl : kBack;
}

const std::string& FittedText::For(const std::string& text, float max_width, const TextMeasure& measure) {
    if (text == Text_ && max_width == Width_ && measure.Stamp() == Stamp_ && !Fitted_.empty()) return Fitted_;
    Text_ = text;
    Width_ = max_width;
    Stamp_ = measure.Stamp();
    Fitted_ = FitLabel(text, max_width, measure);
    return Fitted_;
}

const std::string& BackLabel::For(const std::string& feed_title, float max_width, const TextMeasure& measure, bool rtl) {
    if (feed_title == Title_ && max_width == Width_ && measure.Stamp() == Stamp_ && rtl == Rtl_ && !Label_.empty()) return Label_;
    Title_ = feed_title;
    Width_ = max_width;
    Stamp_ = measure.Stamp();
    Rtl_ = rtl;
    const std::string& arrow = Arrow(rtl);
    Name_ = FitLabel(FeedName(feed_title), max_width - measure.Width(arrow.data(), arrow.size()), measure);
    Label_ = rtl ? Name_ + arrow : arrow + Name_;
    return Label_;
}

bool TooltipAllowed(Pointer pointer, bool panel_open) { return pointer == Pointer::Mouse && !panel_open; }

bool PressClosesPanel(float x, float y, const Box& panel, const Box& toggle) {
    return !panel.Contains(x, y) && !toggle.Contains(x, y);
}

} // namespace folio::ui
