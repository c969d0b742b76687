// How many more frames to draw. Input, a finished fetch or a resize asks for a few (ImGui settles hover and
// layout over two or three frames); when the budget is spent the loop sleeps: an idle viewer draws nothing.
#pragma once

namespace folio::platform {

struct FrameBudget {
    int Wanted = 0;
    void Request(int frames = 3) { if (Wanted < frames) Wanted = frames; } // something changed
    bool Take() { return Wanted > 0 ? (--Wanted, true) : false; }          // draw one frame now?
    bool Pending() const { return Wanted > 0; }
};

} // namespace folio::platform
