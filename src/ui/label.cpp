// Labels laid out as galleys, and the measure by galleys (label.h).
#include "ui/label.h"

#include <algorithm>
#include <cstring>

namespace folio::ui {

// A one-line job: not wrapped (lines end only at '\n'), measured from the left edge whatever its direction.
static void FillJob(layout::LayoutJob* job, std::string_view text, const LabelStyle& style) {
    job->Text.assign(text.data(), text.size());
    layout::Run run;
    run.End = (uint32_t)text.size();
    run.Style.Face = style.Face;
    run.Style.Size = style.Size;
    job->Runs.assign(1, run);
    job->Width = 0.0f;
    job->Wrap = false;
    job->Dir = style.Dir;
    if (style.Language) job->Language = *style.Language;
    else job->Language.clear();
}

bool Label::Set(std::string_view text, const LabelStyle& style, const LabelContext& ctx) {
    const bool same = Galley_ && Job_.Text.size() == text.size() && std::memcmp(Job_.Text.data(), text.data(), text.size()) == 0 &&
                      Job_.Runs.size() == 1 && Job_.Runs[0].Style.Face == style.Face && Job_.Runs[0].Style.Size == style.Size &&
                      Job_.Dir == style.Dir && (style.Language ? Job_.Language == *style.Language : Job_.Language.empty()) &&
                      Scale_ == ctx.Scale && Generation_ == ctx.Generation;
    if (same) return false;
    FillJob(&Job_, text, style);
    Scale_ = ctx.Scale;
    Generation_ = ctx.Generation;
    Galley_ = ctx.Cache->Get(Job_, *ctx.Metrics, ctx.Scale, ctx.Generation);
    return true;
}

float Label::XOf(uint32_t offset) const {
    if (!Galley_ || Galley_->Lines.empty()) return 0.0f;
    return Galley_->XOf(std::min<uint32_t>(offset, (uint32_t)Galley_->Text.size()), 0);
}

void LayOutChipLabels(const std::vector<std::pair<std::string, std::string>>& chips, const LabelStyle& style,
                      const LabelContext& ctx, float padding, std::vector<Label>* labels, std::vector<float>* widths) {
    if (labels->size() != chips.size()) labels->resize(chips.size()); // grows only with the feed's chips
    widths->clear();
    for (size_t i = 0; i < chips.size(); ++i) {
        (*labels)[i].Set(chips[i].first, style, ctx);
        widths->push_back((*labels)[i].Width() + 2.0f * padding);
    }
}

std::shared_ptr<const layout::Galley> GalleyMeasure::Lay(const char* text, size_t length, bool wrap_each) const {
    layout::LayoutJob job;
    FillJob(&job, std::string_view(text, length), Style_);
    if (wrap_each) { // every character overflows the measure: each line is one character as drawn
        job.Wrap = true;
        job.Width = 1.0f;
    }
    return Ctx_.Cache->Get(job, *Ctx_.Metrics, Ctx_.Scale, Ctx_.Generation);
}

float GalleyMeasure::Width(const char* text, size_t length) const { return Lay(text, length, false)->InkWidth; }

// Laid out one character to a line (a measure of one pixel), the lines start where the layout lets a line start: at
// each character, except inside a shaped cluster or before a mark or joiner.
void GalleyMeasure::CharacterStarts(const std::string& text, std::vector<uint32_t>* out) const {
    const auto g = Lay(text.data(), text.size(), true);
    for (const layout::Line& line : g->Lines)
        if (line.Begin < text.size() && (out->empty() || out->back() < line.Begin)) out->push_back(line.Begin);
    if (out->empty() || out->front() != 0) out->insert(out->begin(), 0);
}

uint64_t GalleyMeasure::Stamp() const {
    uint32_t size_bits, scale_bits;
    std::memcpy(&size_bits, &Style_.Size, sizeof size_bits);
    std::memcpy(&scale_bits, &Ctx_.Scale, sizeof scale_bits);
    uint64_t h = Ctx_.Generation;
    for (uint64_t v : {(uint64_t)Style_.Face, (uint64_t)size_bits, (uint64_t)scale_bits, (uint64_t)Style_.Dir})
        h = (h ^ v) * 0x100000001B3ull;
    return h;
}

} // namespace folio::ui
