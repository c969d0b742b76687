// --screenshot: draws into an off-screen framebuffer of --size logical pixels times --scale until the article
// (or the error view) has settled and no picture is still loading, then writes the PNG. No input is needed; the
// loop sleeps while it waits for reads, downloads, imports and pictures, and gives up after a minute.
#include "cli/console.h"
#include "platform/native/png_write.h"
#include "platform/native/viewer.h"

#define GL_GLEXT_PROTOTYPES
#include <GLFW/glfw3.h>
#include <GL/glext.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

namespace folio::platform {

static constexpr int kDeadlineSeconds = 60;

int RunScreenshot(Viewer& v, const NativeArgs& args) {
    const float scale = args.Scale > 0.0f ? args.Scale : 1.0f;
    const int w = (int)std::lround(args.Width * scale), h = (int)std::lround(args.Height * scale);
    GLuint fbo = 0, tex = 0;
    glGenTextures(1, &tex);
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glGenFramebuffers(1, &fbo);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, tex, 0);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
        fprintf(stderr, "folio: cannot draw off screen at %dx%d pixels (framebuffer incomplete)\n", w, h);
        return 1;
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(kDeadlineSeconds);
    int settled_frames = 0;
    v.Budget.Request();
    while (settled_frames < 3) {
        // Poll while there is something to do; otherwise sleep until a download's thread wakes us.
        if ((v.Budget.Pending() && v.App->CanDraw()) || v.Host->HasQueuedReads()) glfwPollEvents();
        else glfwWaitEventsTimeout(0.5);
        PumpHost(v);
        if (!v.App->FontError().empty()) { cli::PrintLine(stderr, "folio: " + v.App->FontError()); return 1; }
        if (std::chrono::steady_clock::now() > deadline) {
            fprintf(stderr, "folio: the article did not finish loading within %d seconds\n", kDeadlineSeconds);
            return 1;
        }
        if (!v.App->CanDraw()) continue;
        // Settled frames until three are drawn with no picture loading (a picture answered asks for its own frame).
        const bool settled = v.App->Settled() && !v.Host->LoadingImages();
        if (settled && !v.Budget.Pending()) v.Budget.Request(1);
        if (!v.Budget.Take()) continue;
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        DrawFrame(v, w, h, (float)args.Width, (float)args.Height, scale);
        if (settled && v.App->Settled() && !v.Host->LoadingImages()) ++settled_frames;
    }
    std::vector<unsigned char> pixels((size_t)w * h * 4), flipped(pixels.size());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    for (int y = 0; y < h; ++y) // OpenGL's rows run bottom up
        std::copy_n(&pixels[(size_t)(h - 1 - y) * w * 4], (size_t)w * 4, &flipped[(size_t)y * w * 4]);
    std::string error;
    if (!WritePng(args.Screenshot, flipped.data(), w, h, &error)) {
        cli::PrintLine(stderr, "folio: cannot write the screenshot: " + error);
        return 1;
    }
    if (v.App->GetPhase() == ui::Phase::Error) {
        cli::PrintLine(stderr, "folio: " + v.App->ErrorMessage());
        cli::PrintLine(stderr, "folio: wrote the error view to " + args.Screenshot + ": " + v.App->StateJson());
        return 1;
    }
    return 0;
}

} // namespace folio::platform
