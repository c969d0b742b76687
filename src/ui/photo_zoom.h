// The full-screen photo view's geometry, ImGui-free: the photo fitted to the screen (never enlarged past its own
// pixels when fitted), zoomed about a point (the wheel, a pinch, a double click, the keys) up to kMaxZoom times its
// fitted size, panned by a drag, and kept covering the screen where it is larger than it, centred where smaller.
#pragma once

namespace folio::ui {

class PhotoZoom {
public:
    static constexpr float kMaxZoom = 8.0f;      // over the fitted size
    static constexpr float kDoubleClickZoom = 2.5f;

    // A photo of (w, h) pixels on a screen area (x, y, sw, sh), fitted and centred.
    void Open(float w, float h, float x, float y, float sw, float sh);
    void Resize(float x, float y, float sw, float sh); // the window changed: fitted again, the zoom kept
    void ZoomBy(float factor, float cx, float cy);     // about the screen point (cx, cy), which stays put
    void PanBy(float dx, float dy);
    void ToggleAt(float cx, float cy);                 // fitted <-> kDoubleClickZoom about the point
    void Fit();

    float Zoom() const { return Zoom_; }               // 1: fitted
    bool Zoomed() const { return Zoom_ > 1.001f; }
    // Where the photo is drawn, in screen pixels.
    float X0() const { return CenterX_ - Width() * 0.5f; }
    float Y0() const { return CenterY_ - Height() * 0.5f; }
    float Width() const { return W_ * Fit_ * Zoom_; }
    float Height() const { return H_ * Fit_ * Zoom_; }

private:
    void Clamp();
    float W_ = 1.0f, H_ = 1.0f;                   // the photo
    float X_ = 0.0f, Y_ = 0.0f, SW_ = 1.0f, SH_ = 1.0f; // the screen area
    float Fit_ = 1.0f, Zoom_ = 1.0f;
    float CenterX_ = 0.0f, CenterY_ = 0.0f;       // the photo's centre on screen
};

} // namespace folio::ui
