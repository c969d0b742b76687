// FlickTracker: how fast a finger was moving when it lifted, from its touch events' own times. Frames lag the
// finger and bunch its events up on a busy device; the events' times do not, so a flick carries the same however
// the frames fall. The platform feeds it (App::AddTouchEvent); the reader view reads it when the finger lifts.
#pragma once

namespace folio::ui {

class FlickTracker {
public:
    void Down(double seconds, float y);          // a finger touched at y: a new gesture
    void Move(double seconds, float y);          // it moved to y
    void Up(double seconds);                     // it lifted: fixes LiftVelocity()
    float LiftVelocity() const { return Lift_; } // px/s the content keeps moving (finger going up: positive); 0 if it rested

    static constexpr double kWindow = 0.1;       // the speed is measured over about the last tenth of a second
    static constexpr double kRest = 0.05;        // a finger still this long before lifting does not flick

private:
    struct Sample { double Time; float Y; };
    static constexpr int kSamples = 16;
    Sample Samples_[kSamples] = {};
    int Count_ = 0;
    float Lift_ = 0.0f;
};

} // namespace folio::ui
