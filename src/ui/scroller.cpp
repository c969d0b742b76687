// Scroller: an exponential glide towards the target, and momentum with friction.
#include "ui/scroller.h"

#include <cmath>

namespace folio::ui {

static float Clamped(float v, float max_y) { return v < 0.0f ? 0.0f : v > max_y ? max_y : v; }

void Scroller::ScrollBy(float dy) { Target_ += dy; Velocity_ = 0.0f; }
void Scroller::ScrollTo(float y, bool animate) {
    Target_ = y;
    Velocity_ = 0.0f;
    if (!animate) Y = y;
}
void Scroller::Drag(float dy) { Y += dy; Target_ = Y; Velocity_ = 0.0f; }
void Scroller::Release(float velocity) { Velocity_ = std::fabs(velocity) > 50.0f ? velocity : 0.0f; }

bool Scroller::Update(float dt, float max_y, bool reduced_motion) {
    Target_ = Clamped(Target_, max_y);
    if (Velocity_ != 0.0f) {
        if (reduced_motion) { Velocity_ = 0.0f; }
        else {
            Y = Clamped(Y + Velocity_ * dt, max_y);
            Target_ = Y;
            Velocity_ *= std::exp(-4.0f * dt); // friction: a flick coasts for about a second
            if (std::fabs(Velocity_) < 20.0f || Y <= 0.0f || Y >= max_y) Velocity_ = 0.0f;
        }
    }
    if (Y != Target_) {
        if (reduced_motion) Y = Target_;
        else {
            Y += (Target_ - Y) * (1.0f - std::exp(-18.0f * dt)); // about 150 ms to arrive
            if (std::fabs(Target_ - Y) < 0.5f) Y = Target_;
        }
    }
    Y = Clamped(Y, max_y);
    return Moving();
}

} // namespace folio::ui
