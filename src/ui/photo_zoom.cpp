// PhotoZoom: fitting, zooming about a point, panning, clamping.
#include "ui/photo_zoom.h"

#include <algorithm>

namespace folio::ui {

void PhotoZoom::Open(float w, float h, float x, float y, float sw, float sh) {
    W_ = std::max(1.0f, w);
    H_ = std::max(1.0f, h);
    Zoom_ = 1.0f;
    Resize(x, y, sw, sh);
    Fit();
}

void PhotoZoom::Resize(float x, float y, float sw, float sh) {
    const float old_cx = X_ + SW_ * 0.5f, old_cy = Y_ + SH_ * 0.5f;
    X_ = x;
    Y_ = y;
    SW_ = std::max(1.0f, sw);
    SH_ = std::max(1.0f, sh);
    // Fitted: the whole photo on screen, at most at its own size (a small photo is not blown up).
    Fit_ = std::min({SW_ / W_, SH_ / H_, 1.0f});
    CenterX_ += X_ + SW_ * 0.5f - old_cx;
    CenterY_ += Y_ + SH_ * 0.5f - old_cy;
    Clamp();
}

void PhotoZoom::Fit() {
    Zoom_ = 1.0f;
    CenterX_ = X_ + SW_ * 0.5f;
    CenterY_ = Y_ + SH_ * 0.5f;
}

void PhotoZoom::ZoomBy(float factor, float cx, float cy) {
    if (!(factor > 0.0f)) return;
    const float zoom = std::clamp(Zoom_ * factor, 1.0f, kMaxZoom);
    const float k = zoom / Zoom_;
    // The point under (cx, cy) stays there: the centre moves away from it by the same factor.
    CenterX_ = cx + (CenterX_ - cx) * k;
    CenterY_ = cy + (CenterY_ - cy) * k;
    Zoom_ = zoom;
    Clamp();
}

void PhotoZoom::PanBy(float dx, float dy) {
    CenterX_ += dx;
    CenterY_ += dy;
    Clamp();
}

void PhotoZoom::ToggleAt(float cx, float cy) {
    if (Zoomed()) Fit();
    else ZoomBy(kDoubleClickZoom, cx, cy);
}

void PhotoZoom::Clamp() {
    // Larger than the screen along an axis: its edges stay outside the screen's; smaller: centred.
    auto clamp_axis = [](float center, float size, float start, float extent) {
        const float mid = start + extent * 0.5f;
        if (size <= extent) return mid;
        const float half = (size - extent) * 0.5f;
        return std::clamp(center, mid - half, mid + half);
    };
    CenterX_ = clamp_axis(CenterX_, Width(), X_, SW_);
    CenterY_ = clamp_axis(CenterY_, Height(), Y_, SH_);
}

} // namespace folio::ui
