// NativeHost: file reads, downloads and plain-text imports answered between frames, settings files, the title, the
// clipboard.
#include "platform/native/native_host.h"
#include "platform/native/open_target.h"
#include "cli/console.h"
#include "cli/file_io.h"
#include "model/json_read.h"

#include <GLFW/glfw3.h>
#include <cstdio>
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

NativeHost::NativeHost(GLFWwindow* window, FrameBudget* budget)
    : Window_(window), Budget_(budget), Imports_([] { glfwPostEmptyEvent(); }), Http_([] { glfwPostEmptyEvent(); }) {}

// "ftp://x" and the like: a scheme this viewer does not fetch (a path never has "://" before its first slash).
static bool HasOtherScheme(const std::string& url) {
    const size_t colon = url.find("://");
    return colon != std::string::npos && colon > 0 && url.find('/') > colon;
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
    auto downloads = Http_.TakeFinished();
    if (Queue_.empty() && downloads.empty() && !imported) return false;
    std::vector<std::pair<std::string, ui::FetchCallback>> batch;
    batch.swap(Queue_); // callbacks may fetch again
    for (auto& [path, done] : batch) {
        if (HasOtherScheme(path)) {
            ui::FetchResult r;
            r.Error = "only http and https addresses, folders and files can be opened";
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
