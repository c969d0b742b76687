// ReadFile, WriteIfChanged, ListFiles: std::filesystem with error codes (no exceptions), stdio for the bytes.
#include "cli/file_io.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <cerrno>
#include <filesystem>

namespace fs = std::filesystem;

namespace folio::cli {

bool ReadFile(const std::string& path, size_t max_bytes, std::string* out, Error* err) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) { *err = Error{path, "", "is a folder, not a file"}; return false; }
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) { *err = Error{path, "", std::strerror(errno)}; return false; }
    std::string data;
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
        if (data.size() + n > max_bytes) {
            std::fclose(f);
            *err = Error{path, "", "file is over the limit of " + std::to_string(max_bytes) + " bytes"};
            return false;
        }
        data.append(buf, n);
    }
    const bool failed = std::ferror(f);
    std::fclose(f);
    if (failed) { *err = Error{path, "", "could not be read"}; return false; }
    *out = std::move(data);
    return true;
}

bool WriteIfChanged(const std::string& path, const std::string& bytes, bool* written, Error* err) {
    *written = false;
    std::error_code ec;
    if (fs::file_size(path, ec) == bytes.size() && !ec) {
        std::string old;
        Error ignored;
        if (ReadFile(path, bytes.size(), &old, &ignored) && old == bytes) return true;
    }
    fs::create_directories(fs::path(path).parent_path(), ec);
    if (ec) { *err = Error{path, "", "folder could not be made: " + ec.message()}; return false; }
    const std::string tmp = path + ".tmp";
    FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) { *err = Error{path, "", std::strerror(errno)}; return false; }
    const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    if (std::fclose(f) != 0 || !ok) { std::remove(tmp.c_str()); *err = Error{path, "", "could not be written"}; return false; }
    fs::rename(tmp, path, ec);
    if (ec) { std::remove(tmp.c_str()); *err = Error{path, "", "could not be replaced: " + ec.message()}; return false; }
    *written = true;
    return true;
}

bool ListFiles(const std::string& dir, bool recursive, std::vector<std::string>* out, Error* err) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) { *err = Error{dir, "", "is not a folder"}; return false; }
    std::vector<std::string> files;
    const fs::path root(dir);
    auto add = [&](const fs::directory_entry& e) {
        if (e.is_regular_file(ec)) files.push_back(fs::relative(e.path(), root, ec).generic_string());
    };
    if (recursive) {
        for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) add(*it);
    } else {
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) add(*it);
    }
    if (ec) { *err = Error{dir, "", "could not be listed: " + ec.message()}; return false; }
    std::sort(files.begin(), files.end());
    *out = std::move(files);
    return true;
}

bool EndsWith(const std::string& path, const char* tail) {
    const size_t n = std::strlen(tail);
    return path.size() >= n && path.compare(path.size() - n, n, tail) == 0;
}

bool FileExists(const std::string& path) {
    std::error_code ec;
    return fs::is_regular_file(path, ec);
}

bool IsDirectory(const std::string& path) {
    std::error_code ec;
    return fs::is_directory(path, ec);
}

bool RemoveFile(const std::string& path, Error* err) {
    std::error_code ec;
    fs::remove(path, ec);
    if (ec) { *err = Error{path, "", "could not be removed: " + ec.message()}; return false; }
    return true;
}

} // namespace folio::cli
