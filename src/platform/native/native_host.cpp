// NativeHost: queued file reads and the GLFW window title.
#include "platform/native/native_host.h"

#include <GLFW/glfw3.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace folio::platform {

ui::FetchResult ReadFile(const std::string& path) {
    ui::FetchResult r;
    struct stat st;
    if (stat(path.c_str(), &st) != 0) { r.Error = strerror(errno); return r; }
    if (S_ISDIR(st.st_mode)) { r.Error = "is a folder, not a file"; return r; }
    FILE* f = fopen(path.c_str(), "rb");
    if (!f) { r.Error = strerror(errno); return r; }
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) r.Body.append(buf, n);
    const bool failed = ferror(f) != 0;
    fclose(f);
    if (failed) { r.Body.clear(); r.Error = "read error"; return r; }
    r.Ok = true;
    return r;
}

void NativeHost::Fetch(const std::string& path, ui::FetchCallback done) {
    Queue_.emplace_back(path, std::move(done));
    Budget_->Request();
}

bool NativeHost::DeliverPending() {
    if (Queue_.empty()) return false;
    std::vector<std::pair<std::string, ui::FetchCallback>> batch;
    batch.swap(Queue_); // callbacks may fetch again
    for (auto& [path, done] : batch) done(ReadFile(path));
    Budget_->Request();
    return true;
}

void NativeHost::SetTitle(const std::string& title) { glfwSetWindowTitle(Window_, title.c_str()); }

} // namespace folio::platform
