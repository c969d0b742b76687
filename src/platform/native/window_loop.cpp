// The desktop window's loop: it sleeps in glfwWaitEvents until something happens (input, a finished download or
// plain-text import, whose worker thread posts an empty event), draws the few frames the FrameBudget allows, and saves
// the window's place a moment after it last changed. An idle viewer draws nothing and uses no CPU.
#include "cli/console.h"
#include "platform/native/viewer.h"
#include "platform/native/window_keeper.h"

#include <GLFW/glfw3.h>

#include <cstdio>

namespace folio::platform {

int RunWindow(Viewer& v) {
    v.Budget.Request();
    while (!glfwWindowShouldClose(v.Window)) {
        const double save_in = v.Keeper ? v.Keeper->SecondsToSave(glfwGetTime()) : -1.0;
        if (v.Budget.Pending()) glfwPollEvents();
        else {
            if (save_in >= 0.0) glfwWaitEventsTimeout(save_in);
            else glfwWaitEvents();
            v.Budget.Request();
        }
        ++v.Stats.Wakeups;
        if (v.Keeper) v.Keeper->SaveIfDue(glfwGetTime());
        OpenDropped(v);
        PumpHost(v);
        if (!v.App->FontError().empty()) { cli::PrintLine(stderr, "folio: " + v.App->FontError()); return 1; }
        if (!v.Budget.Take() || !v.App->CanDraw()) continue;
        int fb_w = 0, fb_h = 0;
        glfwGetFramebufferSize(v.Window, &fb_w, &fb_h);
        if (fb_w <= 0 || fb_h <= 0) continue; // minimised
        const float scale = ViewScale(v);
        DrawFrame(v, fb_w, fb_h, fb_w / scale, fb_h / scale, scale);
        glfwSwapBuffers(v.Window);
        WriteStateFile(v);
    }
    if (v.Keeper) v.Keeper->Flush();
    return 0;
}

} // namespace folio::platform
