// One line of the App's own text (a filter chip's name, the back button's feed name, the Find field's query) laid
// out as a galley like the documents' text, so an Arabic, Hebrew, Hindi or Thai name is shaped and in its own
// direction rather than drawn by ImGui code point by code point left to right. ImGui-free: it is laid out through
// the App's LayoutCache with FaceSet as the metrics (or fake metrics in tests) and painted by galley_paint.
// GalleyMeasure is toolbar_rules' TextMeasure by such galleys, for cutting a label to fit.
#pragma once
#include "layout/layout_cache.h"
#include "ui/toolbar_rules.h"

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace folio::ui {

// What laying out a label needs, the same for every label in a frame.
struct LabelContext {
    const layout::FontMetrics* Metrics = nullptr;
    layout::LayoutCache* Cache = nullptr;
    float Scale = 1.0f;      // the display's pixel ratio
    uint32_t Generation = 0; // the fonts' (FaceSet::Generation()): a face or the text services arrived
};

// How a label's text looks: its face and em size, its language (BCP 47; "" unknown) and base direction.
struct LabelStyle {
    layout::FaceId Face = 0;
    float Size = 15.0f;
    const std::string* Language = nullptr; // null: none
    layout::Direction Dir = layout::Direction::Auto;
};

class Label {
public:
    // The label shows text in style: laid out again only when the text, the style, the scale or the fonts'
    // generation changed (so a frame that shows the same label allocates nothing). True when it was laid out anew.
    bool Set(std::string_view text, const LabelStyle& style, const LabelContext& ctx);
    const layout::Galley* Galley() const { return Galley_.get(); }
    float Width() const { return Galley_ ? Galley_->InkWidth : 0.0f; }
    float Height() const { return Galley_ ? Galley_->Height : 0.0f; }
    // The caret's x before byte offset of the text (its end: after the last character), from the label's left.
    float XOf(uint32_t offset) const;
    bool Rtl() const { return Galley_ && Galley_->Rtl; }

private:
    layout::LayoutJob Job_; // what Galley_ was laid out from (its text and style compared on each Set)
    float Scale_ = 0.0f;
    uint32_t Generation_ = 0;
    std::shared_ptr<const layout::Galley> Galley_;
};

// The filter chips' names (the first of each (name, route) pair) as labels, one a chip, kept across frames (laid out
// again only when changed), and each chip's width: its name's galley and padding on both sides together.
void LayOutChipLabels(const std::vector<std::pair<std::string, std::string>>& chips, const LabelStyle& style,
                      const LabelContext& ctx, float padding, std::vector<Label>* labels, std::vector<float>* widths);

// Widths by laid-out galleys in one style (shaped, in the text's own direction), and the places a label may be cut
// as the layout finds them: never inside a shaped cluster nor between a base and its marks.
class GalleyMeasure final : public TextMeasure {
public:
    GalleyMeasure(const LabelStyle& style, const LabelContext& ctx) : Style_(style), Ctx_(ctx) {}
    float Width(const char* text, size_t length) const override;
    void CharacterStarts(const std::string& text, std::vector<uint32_t>* out) const override;
    uint64_t Stamp() const override;

private:
    std::shared_ptr<const layout::Galley> Lay(const char* text, size_t length, bool wrap_each) const;
    LabelStyle Style_;
    LabelContext Ctx_;
};

} // namespace folio::ui
