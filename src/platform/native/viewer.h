// The desktop viewer's shared pieces: what the window loop (window_loop.cpp) and the screenshot mode
// (screenshot.cpp) both drive, and the frame they both draw (frame.cpp). main_native.cpp wires them up.
#pragma once
#include "platform/frame_budget.h"
#include "platform/loop_stats.h"
#include "platform/native/args.h"
#include "platform/native/native_host.h"
#include "ui/app.h"

#include <string>

struct GLFWwindow;

namespace folio::platform {

class GeometryKeeper;

struct Viewer {
    GLFWwindow* Window = nullptr;
    ui::App* App = nullptr;
    NativeHost* Host = nullptr;
    GeometryKeeper* Keeper = nullptr; // windows only
    FrameBudget Budget;
    LoopStats Stats;
    float ForcedScale = 0.0f;         // --scale; 0: the window's content scale
    const char* StateFile = nullptr;  // FOLIO_STATE_FILE: tests read the state there after every frame
    std::string Dropped;              // a path dropped onto the window, opened between frames
};

// The UI scale: --scale, else the window's content scale (its monitor's; 1 on a plain X display).
float ViewScale(const Viewer& v);
// Framebuffer pixels per screen coordinate: 1 on X11 and Windows, 2 on a Retina Mac.
double PixelsPerScreenUnit(GLFWwindow* window);
// One ImGui frame into the bound framebuffer of fb_w x fb_h pixels, laid out in logical pixels
// (logical_w x logical_h) at `scale` framebuffer pixels each, so text is rasterised for the real density.
void DrawFrame(Viewer& v, int fb_w, int fb_h, float logical_w, float logical_h, float scale);
// Answers finished reads and downloads, and shows the download in flight in the loading view.
void PumpHost(Viewer& v);
// Writes the App's state, the loop's counters and the window's geometry and scale to FOLIO_STATE_FILE.
void WriteStateFile(const Viewer& v);

// Callbacks that ask for frames and feed geometry changes and drops (before ImGui's backend installs its own,
// which chain to them), and the mouse in logical pixels (after).
void InstallWindowCallbacks(Viewer& v);
void InstallLogicalMouse(Viewer& v);
// Opens what was dropped onto the window (if anything) as the command line would: the host learns the new
// source's folder, and the App loads it in place of the old one.
void OpenDropped(Viewer& v);

int RunWindow(Viewer& v);                            // until the window closes; 0, or 1 when fonts fail
int RunScreenshot(Viewer& v, const NativeArgs& args); // 0 written; 1 the error view (or nothing) written

} // namespace folio::platform
