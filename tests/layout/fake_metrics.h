// Font metrics with round numbers for layout tests: every character is 10 px wide per 10 px of size
// (CJK 2x, space 5 px), ascent 0.8 and descent 0.2 of the size. Face 1 is twice as wide as face 0.
#pragma once
#include "layout/font_metrics.h"
#include "layout/line_breaks.h"

class FakeMetrics : public folio::layout::FontMetrics {
public:
    float Advance(folio::layout::FaceId face, float size, uint32_t cp) const override {
        float w = cp == ' ' ? 0.5f : folio::layout::IsCjk(cp) ? 2.0f : 1.0f;
        return w * size * (face == 1 ? 2.0f : 1.0f);
    }
    float Ascent(folio::layout::FaceId, float size) const override { return size * 0.8f; }
    float Descent(folio::layout::FaceId, float size) const override { return size * 0.2f; }
};
