// FlickTracker: a ring of the finger's last positions with their event times.
#include "ui/flick.h"

#include <cstring>

namespace folio::ui {

void FlickTracker::Down(double seconds, float y) {
    Count_ = 0;
    Lift_ = 0.0f;
    Move(seconds, y);
}

void FlickTracker::Move(double seconds, float y) {
    if (Count_ > 0 && seconds < Samples_[Count_ - 1].Time) seconds = Samples_[Count_ - 1].Time; // clocks never run back
    if (Count_ == kSamples) { std::memmove(Samples_, Samples_ + 1, sizeof(Sample) * (kSamples - 1)); --Count_; }
    Samples_[Count_++] = Sample{seconds, y};
}

void FlickTracker::Up(double seconds) {
    Lift_ = 0.0f;
    if (Count_ < 2) return;
    const Sample& last = Samples_[Count_ - 1];
    if (seconds - last.Time > kRest) return;
    // From the newest sample back to the first one at least kWindow older (or the touch itself).
    int i = Count_ - 2;
    while (i > 0 && last.Time - Samples_[i].Time < kWindow) --i;
    const double dt = last.Time - Samples_[i].Time;
    if (dt > 0.0) Lift_ = (float)((Samples_[i].Y - last.Y) / dt);
}

} // namespace folio::ui
