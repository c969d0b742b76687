// Smooth scrolling: wheel and keys move a target that the view glides to; a touch flick keeps moving and
// slows with friction. With reduced motion (prefers-reduced-motion) every move is immediate.
#pragma once

namespace folio::ui {

class Scroller {
public:
    float Y = 0.0f;            // where the view is now
    void ScrollBy(float dy);   // glide by dy from the current target
    void ScrollTo(float y, bool animate = true);
    void Drag(float dy);       // follow a finger: immediate, and remembered for a flick
    void Release(float velocity); // the finger lifted at this speed (px/s): momentum
    // Advances the animation by dt seconds; returns true while it still moves (the caller asks for frames).
    bool Update(float dt, float max_y, bool reduced_motion);
    bool Moving() const { return Target_ != Y || Velocity_ != 0.0f; }
    float Target() const { return Target_; }

private:
    float Target_ = 0.0f;
    float Velocity_ = 0.0f;
};

} // namespace folio::ui
