// Files and folders for the bundle tool's tests, in one place: a fresh, empty temporary folder for each test
// (TempFolders), writing a file together with the folders it needs (Write), and reading a file's bytes back (Read).
// These use only the standard library, not cli/file_io.h, so what a test checks never rests on the code it tests.
#pragma once
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <unistd.h>
#include <utility>
#include <vector>

namespace folio::test {

// The temporary folders of one test file, named <system temporary folder>/<prefix>-<process id>-<name>: each test
// file has its own prefix, so no two files' tests meet in one folder, and two runs at once do not meet either.
// They are removed when the TempFolders goes (at the end of the run, for a file-level one).
class TempFolders {
public:
    explicit TempFolders(std::string prefix) : Prefix_(std::move(prefix)) {}
    TempFolders(const TempFolders&) = delete;
    TempFolders& operator=(const TempFolders&) = delete;
    ~TempFolders() {
        std::error_code ec;
        for (const std::filesystem::path& p : Made_) std::filesystem::remove_all(p, ec);
    }

    // The folder for `name`, empty: whatever an earlier run left there is removed first.
    std::string Fresh(const std::string& name) const {
        const std::filesystem::path p =
            std::filesystem::temp_directory_path() / (Prefix_ + "-" + std::to_string(::getpid()) + "-" + name);
        std::filesystem::remove_all(p);
        std::filesystem::create_directories(p);
        Made_.push_back(p);
        return p.string();
    }

private:
    std::string Prefix_;
    mutable std::vector<std::filesystem::path> Made_;
};

// Writes bytes to path, creating the folders on the way; an existing file (or what a link there names) is rewritten.
inline void Write(const std::string& path, const std::string& bytes) {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

// The bytes of the regular file at path (links followed), or a note saying it is not one, which no test expects.
inline std::string Read(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return "(no regular file at " + path + ")";
    std::ifstream in(path, std::ios::binary);
    if (!in) return "(unreadable: " + path + ")";
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace folio::test
