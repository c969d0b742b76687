// ReadFile, ReadFileInside, WriteFileInside, RemoveFileInside and ListFiles over POSIX file descriptors: openat
// walks without following links, fstat before reading, O_EXCL temporary files, fsync and renameat.
#include "cli/file_io.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

namespace folio::cli {

namespace {

// A file descriptor closed when it goes.
struct Fd {
    int N = -1;
    explicit Fd(int n = -1) : N(n) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    Fd(Fd&& o) noexcept : N(o.N) { o.N = -1; }
    Fd& operator=(Fd&& o) noexcept { std::swap(N, o.N); return *this; }
    ~Fd() { if (N >= 0) ::close(N); }
    bool Ok() const { return N >= 0; }
};

Error SystemError(const std::string& path, const char* what = nullptr, int code = errno) {
    if (code == ELOOP) return Error{path, "", "is a symbolic link, which is not followed"};
    return Error{path, "", (what ? std::string(what) + ": " : std::string()) + std::strerror(code)};
}

// The segments of a relative path of plain names; false for "", "/x", "a//b", "." or "..".
bool Segments(const std::string& rel, std::vector<std::string>* out) {
    out->clear();
    size_t start = 0;
    while (start <= rel.size()) {
        size_t end = rel.find('/', start);
        if (end == std::string::npos) end = rel.size();
        const std::string seg = rel.substr(start, end - start);
        if (seg.empty() || seg == "." || seg == "..") return false;
        out->push_back(seg);
        start = end + 1;
    }
    return !out->empty();
}

// Makes a folder a person named, and its parents (mkdir -p).
bool MakeFolders(const std::string& path, Error* err) {
    for (size_t i = 1; i <= path.size(); ++i) {
        if (i < path.size() && path[i] != '/') continue;
        const std::string part = path.substr(0, i);
        if (::mkdir(part.c_str(), 0755) != 0 && errno != EEXIST) { *err = SystemError(part, "folder could not be made"); return false; }
    }
    return true;
}

// The folder holding root/rel's last segment, walked without following links (made when `make`); *name gets
// the last segment. The root itself is opened as named (a person chose it). *missing tells a folder that does not
// exist from other failures.
bool OpenParent(const std::string& root, const std::string& rel, bool make, Fd* dir, std::string* name, Error* err,
                bool* missing = nullptr) {
    const std::string path = root + "/" + rel;
    std::vector<std::string> segs;
    if (missing) *missing = false;
    if (!Segments(rel, &segs)) { *err = Error{path, "", "is not a plain path inside " + root}; return false; }
    Fd at(::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!at.Ok() && errno == ENOENT && make) {
        if (!MakeFolders(root, err)) return false;
        at = Fd(::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    }
    if (!at.Ok()) { if (missing) *missing = errno == ENOENT; *err = SystemError(root); return false; }
    std::string walked = root;
    for (size_t i = 0; i + 1 < segs.size(); ++i) {
        walked += "/" + segs[i];
        Fd next(::openat(at.N, segs[i].c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!next.Ok() && errno == ENOENT && make) {
            if (::mkdirat(at.N, segs[i].c_str(), 0755) != 0 && errno != EEXIST) { *err = SystemError(walked, "folder could not be made"); return false; }
            next = Fd(::openat(at.N, segs[i].c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        }
        if (!next.Ok()) {
            if (missing) *missing = errno == ENOENT;
            // O_NOFOLLOW on a link to a folder gives ELOOP or ENOTDIR depending on the system: name it plainly.
            struct stat st;
            if (::fstatat(at.N, segs[i].c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
                *err = Error{walked, "", "is a symbolic link, which is not followed"};
            else *err = SystemError(walked);
            return false;
        }
        at = std::move(next);
    }
    *dir = std::move(at);
    *name = segs.back();
    return true;
}

// Reads an open descriptor that must be a regular file, enforcing max_bytes while reading.
bool ReadOpen(int fd, const std::string& path, size_t max_bytes, std::string* out, Error* err) {
    struct stat st;
    if (::fstat(fd, &st) != 0) { *err = SystemError(path); return false; }
    if (S_ISDIR(st.st_mode)) { *err = Error{path, "", "is a folder, not a file"}; return false; }
    if (!S_ISREG(st.st_mode)) { *err = Error{path, "", "is not a regular file (a device, FIFO or socket), so it is not read"}; return false; }
    const std::string limit = "file is over the limit of " + std::to_string(max_bytes) + " bytes";
    if ((uint64_t)st.st_size > max_bytes) { *err = Error{path, "", limit}; return false; }
    std::string data;
    data.reserve((size_t)st.st_size);
    char buf[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) { *err = SystemError(path, "could not be read"); return false; }
        if (n == 0) break;
        if (data.size() + (size_t)n > max_bytes) { *err = Error{path, "", limit}; return false; } // it grew
        data.append(buf, (size_t)n);
    }
    *out = std::move(data);
    return true;
}

// A fresh name for a temporary file beside `name`.
std::string TemporaryName(const std::string& name) {
    unsigned char bytes[8] = {};
    if (::getrandom(bytes, sizeof bytes, 0) != (ssize_t)sizeof bytes) {
        const uint64_t fallback = (uint64_t)::getpid() * 0x9E3779B97F4A7C15ull ^ (uint64_t)(uintptr_t)&bytes;
        std::memcpy(bytes, &fallback, sizeof bytes);
    }
    static const char hex[] = "0123456789abcdef";
    std::string s = "." + name + ".";
    for (unsigned char b : bytes) { s += hex[b >> 4]; s += hex[b & 15]; }
    return s + ".tmp";
}

bool WriteAll(int fd, const std::string& bytes) {
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += (size_t)n;
    }
    return true;
}

} // namespace

bool ReadFile(const std::string& path, size_t max_bytes, std::string* out, Error* err) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer (it is then refused as not a regular file).
    Fd fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
    if (!fd.Ok()) { *err = SystemError(path); return false; }
    return ReadOpen(fd.N, path, max_bytes, out, err);
}

bool ReadFileInside(const std::string& root, const std::string& rel, size_t max_bytes, std::string* out, Error* err) {
    Fd dir;
    std::string name;
    if (!OpenParent(root, rel, false, &dir, &name, err)) return false;
    const std::string path = root + "/" + rel;
    Fd fd(::openat(dir.N, name.c_str(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC));
    if (!fd.Ok()) { *err = SystemError(path); return false; }
    return ReadOpen(fd.N, path, max_bytes, out, err);
}

bool WriteFileInside(const std::string& root, const std::string& rel, const std::string& bytes, Error* err, Sync sync) {
    Fd dir;
    std::string name;
    if (!OpenParent(root, rel, true, &dir, &name, err)) return false;
    const std::string path = root + "/" + rel;
    std::string tmp;
    Fd fd;
    for (int attempt = 0; attempt < 8 && !fd.Ok(); ++attempt) {
        tmp = TemporaryName(name);
        fd = Fd(::openat(dir.N, tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
        if (!fd.Ok() && errno != EEXIST) break;
    }
    if (!fd.Ok()) { *err = SystemError(path, "could not be written"); return false; }
    bool ok = WriteAll(fd.N, bytes) && (sync == Sync::Later || ::fsync(fd.N) == 0);
    int code = ok ? 0 : errno;
    if (::close(fd.N) != 0 && ok) { ok = false; code = errno; }
    fd.N = -1;
    if (!ok) {
        ::unlinkat(dir.N, tmp.c_str(), 0);
        *err = SystemError(path, "could not be written", code);
        return false;
    }
    if (::renameat(dir.N, tmp.c_str(), dir.N, name.c_str()) != 0) {
        const int rename_code = errno;
        ::unlinkat(dir.N, tmp.c_str(), 0);
        *err = SystemError(path, "could not be replaced", rename_code);
        return false;
    }
    if (sync == Sync::EachFile) ::fsync(dir.N); // the rename itself survives a crash
    return true;
}

bool WriteIfChanged(const std::string& root, const std::string& rel, const std::string& bytes, bool* written, Error* err,
                    Sync sync) {
    *written = false;
    std::string old;
    Error ignored; // missing, a link, unreadable or different: written anew
    if (ReadFileInside(root, rel, bytes.size(), &old, &ignored) && old == bytes) return true;
    if (!WriteFileInside(root, rel, bytes, err, sync)) return false;
    *written = true;
    return true;
}

bool SyncFileSystem(const std::string& root, Error* err) {
    Fd fd(::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.Ok() || ::syncfs(fd.N) != 0) { *err = SystemError(root, "could not be flushed to disk"); return false; }
    return true;
}

bool RemoveFileInside(const std::string& root, const std::string& rel, Error* err) {
    Fd dir;
    std::string name;
    bool missing = false;
    if (!OpenParent(root, rel, false, &dir, &name, err, &missing)) return missing;
    if (::unlinkat(dir.N, name.c_str(), 0) != 0 && errno != ENOENT) {
        *err = SystemError(root + "/" + rel, "could not be removed");
        return false;
    }
    return true;
}

bool ListFiles(const std::string& dir, bool recursive, std::vector<std::string>* out, Error* err,
               std::vector<std::string>* links) {
    if (!IsDirectory(dir)) { *err = Error{dir, "", "is not a folder"}; return false; }
    std::vector<std::string> files, linked;
    std::vector<std::string> pending{""}; // folders still to read, relative to dir
    while (!pending.empty()) {
        const std::string rel = pending.back();
        pending.pop_back();
        const std::string path = rel.empty() ? dir : dir + "/" + rel;
        DIR* d = ::opendir(path.c_str());
        if (!d) { *err = SystemError(path, "could not be listed"); return false; }
        while (const dirent* e = ::readdir(d)) {
            const std::string name = e->d_name;
            if (name == "." || name == "..") continue;
            const std::string child = rel.empty() ? name : rel + "/" + name;
            struct stat st;
            if (::fstatat(::dirfd(d), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) continue; // gone meanwhile
            if (S_ISLNK(st.st_mode)) linked.push_back(child);
            else if (S_ISREG(st.st_mode)) files.push_back(child);
            else if (S_ISDIR(st.st_mode) && recursive) pending.push_back(child);
        }
        ::closedir(d);
    }
    std::sort(files.begin(), files.end());
    std::sort(linked.begin(), linked.end());
    *out = std::move(files);
    if (links) *links = std::move(linked);
    return true;
}

bool EndsWith(const std::string& path, const char* tail) {
    const size_t n = std::strlen(tail);
    return path.size() >= n && path.compare(path.size() - n, n, tail) == 0;
}

PathKind KindInside(const std::string& root, const std::string& rel) {
    Fd dir;
    std::string name;
    Error ignored;
    bool missing = false;
    if (!OpenParent(root, rel, false, &dir, &name, &ignored, &missing)) return missing ? PathKind::Missing : PathKind::Other;
    struct stat st;
    if (::fstatat(dir.N, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) return errno == ENOENT ? PathKind::Missing : PathKind::Other;
    return S_ISREG(st.st_mode) ? PathKind::RegularFile : PathKind::Other;
}

bool IsDirectory(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

} // namespace folio::cli
