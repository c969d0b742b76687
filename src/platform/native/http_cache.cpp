// HttpCache (http_cache.h): a copy is "folio-http-cache 1\n" + its URL + "\n" + the bytes, in http/<sha256(url)>
// below the cache folder; the count of bytes is made once a run (a scan of http/) and kept up as copies are added.
#include "platform/native/http_cache.h"

#include <algorithm>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <utility>
#include <vector>
#include "cli/file_io.h"
#include "cli/media.h"
#include "platform/native/http_fetch.h"

namespace folio::platform {
namespace {

const char kMagic[] = "folio-http-cache 1\n";
const char kFolder[] = "http";

bool CopyName(const char* name) {
    size_t n = 0;
    for (; name[n]; ++n)
        if (!((name[n] >= '0' && name[n] <= '9') || (name[n] >= 'a' && name[n] <= 'f'))) return false;
    return n == 64;
}

struct Copy {
    std::string Name;
    uint64_t Bytes;
    int64_t Written; // mtime, in nanoseconds
};

// The copies in dir/http (regular files with a copy's name; nothing else is counted or removed).
std::vector<Copy> ListCopies(const std::string& dir) {
    std::vector<Copy> out;
    DIR* d = ::opendir((dir + "/" + kFolder).c_str());
    if (!d) return out;
    while (const dirent* e = ::readdir(d)) {
        if (!CopyName(e->d_name)) continue;
        struct stat st;
        if (::fstatat(::dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode)) continue;
        out.push_back(Copy{e->d_name, static_cast<uint64_t>(st.st_size),
                           static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec});
    }
    ::closedir(d);
    return out;
}

} // namespace

void HttpCache::SetDir(const std::string& dir, uint64_t max_bytes) {
    std::lock_guard<std::mutex> lock(Mutex_);
    Dir_ = dir;
    MaxBytes_ = max_bytes;
    Bytes_ = 0;
    Counted_ = false;
}

std::string HttpCache::NameOf(const std::string& url) { return std::string(kFolder) + "/" + cli::Sha256Hex(url); }

bool HttpCache::Store(const std::string& url, const std::string& body, std::string* why) {
    std::lock_guard<std::mutex> lock(Mutex_);
    if (Dir_.empty()) return false;
    // The folder (and its parents) for this user only, as the settings' folder is.
    for (size_t i = 1; i <= Dir_.size(); ++i)
        if (i == Dir_.size() || Dir_[i] == '/') ::mkdir(Dir_.substr(0, i).c_str(), 0700);
    if (!Counted_) {
        for (const Copy& c : ListCopies(Dir_)) Bytes_ += c.Bytes;
        Counted_ = true;
    }
    std::string bytes;
    bytes.reserve(sizeof kMagic + url.size() + 1 + body.size());
    bytes.append(kMagic).append(url).append(1, '\n').append(body);
    Error err;
    // Sync::Later: a copy lost to a crash is fetched again; thousands of fsyncs are not worth it.
    if (!cli::WriteFileInside(Dir_, NameOf(url), bytes, &err, cli::Sync::Later)) {
        if (why) *why = err.Message();
        return false;
    }
    Bytes_ += bytes.size(); // a copy written over is counted twice until the next trim counts again
    if (Bytes_ > MaxBytes_) TrimLocked();
    return true;
}

bool HttpCache::Load(const std::string& url, std::string* body) const {
    std::string dir;
    {
        std::lock_guard<std::mutex> lock(Mutex_);
        dir = Dir_;
    }
    if (dir.empty()) return false;
    std::string bytes;
    Error err;
    const size_t head = sizeof kMagic - 1 + url.size() + 1;
    if (!cli::ReadFileInside(dir, NameOf(url), head + HttpFetcher::kMaxBytes, &bytes, &err)) return false;
    if (bytes.size() < head || bytes.compare(0, sizeof kMagic - 1, kMagic) != 0 ||
        bytes.compare(sizeof kMagic - 1, url.size(), url) != 0 || bytes[head - 1] != '\n')
        return false; // not a copy of this URL (another writer's file, or cut short): as if there were none
    *body = bytes.substr(head);
    return true;
}

uint64_t HttpCache::Bytes() const {
    std::lock_guard<std::mutex> lock(Mutex_);
    return Bytes_;
}

void HttpCache::TrimLocked() {
    std::vector<Copy> copies = ListCopies(Dir_);
    std::sort(copies.begin(), copies.end(), [](const Copy& a, const Copy& b) {
        return a.Written != b.Written ? a.Written < b.Written : a.Name < b.Name;
    });
    uint64_t total = 0;
    for (const Copy& c : copies) total += c.Bytes;
    const uint64_t goal = MaxBytes_ / 4 * 3;
    for (const Copy& c : copies) {
        if (total <= goal) break;
        Error ignored; // one that cannot be removed stays counted
        if (cli::RemoveFileInside(Dir_, std::string(kFolder) + "/" + c.Name, &ignored)) total -= c.Bytes;
    }
    Bytes_ = total;
}

std::string DefaultCacheDir() {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    if (xdg && xdg[0] == '/') return std::string(xdg) + "/folio";
    const char* home = std::getenv("HOME");
    if (home && home[0] == '/') return std::string(home) + "/.cache/folio";
    return {};
}

} // namespace folio::platform
