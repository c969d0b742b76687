// NativeHost: file reads, downloads, plain-text imports and pictures answered between frames, textures, settings
// files, the title, the clipboard.
#include "platform/native/native_host.h"
#include "platform/gl_texture.h"
#include "platform/native/open_target.h"
#include "cli/console.h"
#include "cli/file_io.h"
#include "model/json_read.h"

#define GL_GLEXT_PROTOTYPES
#include <GLFW/glfw3.h>
#include <GL/glext.h>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstdlib>
#include <spawn.h>
#include <sys/stat.h>
#include <csignal>

extern char** environ;

namespace folio::platform {

ui::FetchResult ReadLocalFile(const OpenTarget& source, const std::string& path) {
    ui::FetchResult r;
    std::string rel;
    Error err;
    const bool inside = path != source.Named && PathBelow(source.Root, path, &rel);
    r.Ok = inside ? cli::ReadFileInside(source.Root, rel, kMaxFileBytes, &r.Body, &err)
                  : cli::ReadFile(path, kMaxFileBytes, &r.Body, &err);
    // The App names the file in its message; a link on the way is another path, named here.
    if (!r.Ok) r.Error = err.File == (inside ? source.Root + "/" + rel : path) ? err.Reason : err.Message();
    return r;
}

// "ftp://x" and the like: a scheme this viewer does not fetch (a path never has "://" before its first slash).
static bool HasOtherScheme(const std::string& url) {
    const size_t colon = url.find("://");
    return colon != std::string::npos && colon > 0 && url.find('/') > colon;
}

static const char kOtherSchemeError[] = "only http and https addresses, folders and files can be opened";

NativeHost::NativeHost(GLFWwindow* window, FrameBudget* budget)
    : Window_(window), Budget_(budget),
      // A picture's path is read on the decoder's thread, below the source's folder as it was when asked for.
      Pictures_([] { glfwPostEmptyEvent(); },
                [this](const std::string& path) -> ImageDecoder::Reader {
                    return [source = Source_, path] {
                        if (!HasOtherScheme(path)) return ReadLocalFile(source, path);
                        ui::FetchResult r;
                        r.Error = kOtherSchemeError;
                        return r;
                    };
                }),
      Speech_([] { glfwPostEmptyEvent(); }, getenv("FOLIO_SPEECH_LIBRARY") ? getenv("FOLIO_SPEECH_LIBRARY") : "libspeechd.so.2"),
      Imports_([] { glfwPostEmptyEvent(); }), Http_([] { glfwPostEmptyEvent(); }) {
    Http_.SetCache(&Cache_);
    Pictures_.SetCache(&Cache_);
    GLint max_texture = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max_texture);
    Support_.MaxTextureSize = max_texture;
    Support_.TextureBudget = kTextureBudget;
}

ui::ImageSupport NativeHost::Images() {
    if (!SupportKnown_) { // libvips starts here, when the App first asks, not before the first frame
        Support_.Webp = DecodesWebp();
        Support_.Avif = DecodesAvif();
        SupportKnown_ = true;
    }
    return Support_;
}

void NativeHost::LoadImage(const std::string& url, int max_width, int max_height, ui::ImageCallback done) {
    const int side = std::max(Support_.MaxTextureSize, 1);
    Pictures_.Load(url, std::min(max_width, side), std::min(max_height, side),
                   [this, done = std::move(done)](DecodedImage&& image) {
                       ui::ImageResult r;
                       if (image.Ok) {
                           r.Texture = CreateTexture(image.Rgba.data(), image.Width, image.Height);
                           r.Width = image.Width;
                           r.Height = image.Height;
                           r.Ok = r.Texture != 0;
                           if (!r.Ok) r.Error = "the GPU took no texture of " + std::to_string(image.Width) + " x " +
                                                std::to_string(image.Height) + " pixels";
                       } else {
                           r.Error = std::move(image.Error);
                       }
                       done(std::move(r));
                   });
}

ui::TextureId NativeHost::CreateTexture(const unsigned char* rgba, int width, int height) {
    if (!rgba || width > Support_.MaxTextureSize || height > Support_.MaxTextureSize) return 0;
    return MakeRgbaTexture(rgba, width, height);
}

void NativeHost::DestroyTexture(ui::TextureId texture) {
    if (texture == 0) return;
    const GLuint tex = (GLuint)texture;
    glDeleteTextures(1, &tex);
}

void NativeHost::Fetch(const std::string& url, ui::FetchCallback done) {
    if (IsHttpUrl(url)) {
        const uint64_t id = NextDownload_++;
        Downloads_.emplace(id, std::make_pair(url, std::move(done)));
        Http_.Start(id, url);
        return;
    }
    Queue_.emplace_back(url, std::move(done));
    Budget_->Request();
}

void NativeHost::CancelFetch(const std::string& url) {
    for (auto it = Queue_.begin(); it != Queue_.end();) it = it->first == url ? Queue_.erase(it) : std::next(it);
    for (auto it = Downloads_.begin(); it != Downloads_.end();) {
        if (it->second.first != url) { ++it; continue; }
        Http_.Cancel(it->first); // out of the queue, or stopped in flight
        it = Downloads_.erase(it);
    }
}

bool NativeHost::DeliverPending() {
    const bool imported = Imports_.Deliver();
    const bool pictures = Pictures_.Deliver() | Speech_.HasEvents(); // speech: the App polls it in a frame
    auto downloads = Http_.TakeFinished();
    if (Queue_.empty() && downloads.empty() && !imported) {
        if (pictures) Budget_->Request(1); // a picture to show: one frame (the App asks for its fade's)
        return pictures;
    }
    std::vector<std::pair<std::string, ui::FetchCallback>> batch;
    batch.swap(Queue_); // callbacks may fetch again
    for (auto& [path, done] : batch) {
        if (HasOtherScheme(path)) {
            ui::FetchResult r;
            r.Error = kOtherSchemeError;
            done(std::move(r));
        } else {
            done(ReadLocalFile(Source_, path));
        }
    }
    for (auto& [id, result] : downloads) {
        auto it = Downloads_.find(id);
        if (it == Downloads_.end()) continue;
        ui::FetchCallback done = std::move(it->second.second);
        Downloads_.erase(it);
        done(std::move(result));
    }
    Budget_->Request();
    return true;
}

void NativeHost::SetTitle(const std::string& title) { glfwSetWindowTitle(Window_, title.c_str()); }

std::string DefaultConfigDir() {
    const char* xdg = getenv("XDG_CONFIG_HOME");
    if (xdg && xdg[0] == '/') return std::string(xdg) + "/folio";
    const char* home = getenv("HOME");
    if (home && home[0] == '/') return std::string(home) + "/.config/folio";
    return {};
}

static bool SafeKey(const std::string& key) {
    if (key.empty() || key.size() > 64) return false;
    for (char c : key)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

std::string NativeHost::LoadSetting(const std::string& key) {
    if (ConfigDir_.empty() || !SafeKey(key)) return {};
    std::string text;
    Error err; // missing or unreadable: never saved, as far as the App is concerned
    return cli::ReadFile(ConfigDir_ + "/" + key + ".json", kMaxJsonBytes, &text, &err) ? text : std::string();
}

void NativeHost::SaveSetting(const std::string& key, const std::string& value) {
    if (ConfigDir_.empty() || !SafeKey(key)) return;
    // The folder (and its parents) for this user only; then a fresh temporary file, fsync and rename, so a link
    // planted at any name in the folder is never followed and a crash leaves the old file or the new one.
    for (size_t i = 1; i <= ConfigDir_.size(); ++i)
        if (i == ConfigDir_.size() || ConfigDir_[i] == '/') mkdir(ConfigDir_.substr(0, i).c_str(), 0700);
    Error err;
    if (!cli::WriteFileInside(ConfigDir_, key + ".json", value, &err))
        cli::PrintLine(stderr, "folio: " + err.Message()); // "…/settings.json: could not be written: …"
}

void NativeHost::SetClipboard(const std::string& text) { glfwSetClipboardString(Window_, text.c_str()); }

void NativeHost::OpenUrl(const std::string& url) {
    // The App passes only http, https and mailto links; xdg-open hands them to the reader's browser or mailer.
    signal(SIGCHLD, SIG_IGN); // nobody waits for xdg-open: let the system reap it
    pid_t pid;
    char* const argv[] = {(char*)"xdg-open", (char*)url.c_str(), nullptr};
    if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, argv, environ) != 0) {
        cli::PrintLine(stderr, "folio: cannot open " + url + ": xdg-open is not available");
    }
}

} // namespace folio::platform
