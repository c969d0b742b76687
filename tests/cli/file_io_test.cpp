// Tests of cli/file_io.cpp: reads take regular files only and keep their bound while reading; reads and writes
// inside a root never follow a link planted on the way; writes replace a planted link instead of writing
// through it, and leave no temporary file behind.
#include "cli/file_io.h"

#include "test_files.h"

#include <doctest/doctest.h>
#include <chrono>
#include <filesystem>
#include <sys/stat.h>

namespace fs = std::filesystem;
using namespace folio;
using namespace folio::cli;
using namespace folio::test;

namespace {

const TempFolders kFolders("folio-file-io-test");

} // namespace

TEST_CASE("ReadFile reads a regular file within its bound") {
    const std::string dir = kFolders.Fresh("read");
    Write(dir + "/a.txt", "hello");
    std::string out;
    Error e;
    CHECK(ReadFile(dir + "/a.txt", 5, &out, &e));
    CHECK(out == "hello");
    CHECK_FALSE(ReadFile(dir + "/a.txt", 4, &out, &e));
    CHECK(e.Reason == "file is over the limit of 4 bytes");
    CHECK_FALSE(ReadFile(dir, 100, &out, &e));
    CHECK(e.Reason == "is a folder, not a file");
    CHECK_FALSE(ReadFile(dir + "/missing.txt", 100, &out, &e));
    CHECK(e.Reason == "No such file or directory");
}

TEST_CASE("ReadFile refuses devices at once: /dev/zero does not grow memory without end") {
    std::string out;
    Error e;
    CHECK_FALSE(ReadFile("/dev/zero", 1u << 20, &out, &e));
    CHECK(e.Reason.find("not a regular file") != std::string::npos);
    CHECK(out.empty());
}

TEST_CASE("ReadFile refuses a FIFO without waiting for a writer") {
    const std::string dir = kFolders.Fresh("fifo");
    const std::string fifo = dir + "/feed.json";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto start = std::chrono::steady_clock::now();
    std::string out;
    Error e;
    CHECK_FALSE(ReadFile(fifo, 100, &out, &e));
    CHECK(e.Reason.find("not a regular file") != std::string::npos);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
    CHECK_FALSE(ReadFileInside(dir, "feed.json", 100, &out, &e));
}

TEST_CASE("ReadFileInside follows no link, neither the file's nor a folder's on the way") {
    const std::string dir = kFolders.Fresh("inside"), outside = kFolders.Fresh("inside-secret");
    Write(outside + "/secret.txt", "secret");
    Write(dir + "/articles/a.json", "{}");
    fs::create_symlink(outside + "/secret.txt", dir + "/articles/b.json");
    fs::create_directory_symlink(outside, dir + "/linked");
    std::string out;
    Error e;
    CHECK(ReadFileInside(dir, "articles/a.json", 100, &out, &e));
    CHECK(out == "{}");
    CHECK_FALSE(ReadFileInside(dir, "articles/b.json", 100, &out, &e));
    CHECK(e.Reason == "is a symbolic link, which is not followed");
    CHECK_FALSE(ReadFileInside(dir, "linked/secret.txt", 100, &out, &e));
    CHECK(e.File == dir + "/linked");
    CHECK(e.Reason == "is a symbolic link, which is not followed");
    CHECK_FALSE(ReadFileInside(dir, "../inside-secret/secret.txt", 100, &out, &e));
    CHECK_FALSE(ReadFileInside(dir, "/etc/passwd", 100, &out, &e));
    CHECK_FALSE(ReadFileInside(dir, "articles//a.json", 100, &out, &e));
    CHECK(out == "{}"); // untouched by the failures
}

TEST_CASE("WriteFileInside replaces a link planted at the target instead of writing through it") {
    const std::string dir = kFolders.Fresh("write"), outside = kFolders.Fresh("write-victim");
    Write(outside + "/victim.txt", "precious");
    fs::create_directories(dir + "/articles");
    fs::create_symlink(outside + "/victim.txt", dir + "/articles/a.json");
    // The temporary name the old writer used, planted as a link: never opened.
    fs::create_symlink(outside + "/victim.txt", dir + "/articles/a.json.tmp");
    Error e;
    REQUIRE_MESSAGE(WriteFileInside(dir, "articles/a.json", "{\"new\":1}", &e), e.Message());
    CHECK(Read(outside + "/victim.txt") == "precious");
    CHECK_FALSE(fs::is_symlink(dir + "/articles/a.json"));
    CHECK(Read(dir + "/articles/a.json") == "{\"new\":1}");
    // Nothing of ours is left behind: the planted link stays as it was, and no temporary file remains.
    size_t entries = 0;
    for (const auto& entry : fs::directory_iterator(dir + "/articles")) { (void)entry; ++entries; }
    CHECK(entries == 2);
}

TEST_CASE("WriteFileInside will not write through a folder link on the way") {
    const std::string dir = kFolders.Fresh("write-folder"), outside = kFolders.Fresh("write-folder-victim");
    fs::create_directory_symlink(outside, dir + "/articles");
    Error e;
    CHECK_FALSE(WriteFileInside(dir, "articles/a.json", "x", &e));
    CHECK(e.Reason == "is a symbolic link, which is not followed");
    CHECK(fs::is_empty(outside));
    CHECK_FALSE(RemoveFileInside(dir, "articles/a.json", &e));
}

TEST_CASE("WriteFileInside makes the folders, and WriteIfChanged leaves equal bytes alone") {
    const std::string dir = kFolders.Fresh("write-new") + "/out";
    Error e;
    bool written = false;
    REQUIRE_MESSAGE(WriteIfChanged(dir, "oembed/x.json", "abc", &written, &e), e.Message());
    CHECK(written);
    CHECK(Read(dir + "/oembed/x.json") == "abc");
    const auto mtime = fs::last_write_time(dir + "/oembed/x.json");
    REQUIRE(WriteIfChanged(dir, "oembed/x.json", "abc", &written, &e, Sync::Later));
    CHECK_FALSE(written);
    CHECK(fs::last_write_time(dir + "/oembed/x.json") == mtime);
    REQUIRE(WriteIfChanged(dir, "oembed/x.json", "abcd", &written, &e, Sync::Later));
    CHECK(written);
    CHECK(SyncFileSystem(dir, &e));
    CHECK(RemoveFileInside(dir, "oembed/x.json", &e));
    CHECK_FALSE(fs::exists(dir + "/oembed/x.json"));
    CHECK(RemoveFileInside(dir, "oembed/x.json", &e));  // already gone: no error
    CHECK(RemoveFileInside(dir, "nowhere/x.json", &e)); // nor a folder that never was
}

TEST_CASE("ListFiles lists links apart and never descends through them") {
    const std::string dir = kFolders.Fresh("list"), outside = kFolders.Fresh("list-outside");
    Write(dir + "/a.md", "a");
    Write(dir + "/sub/b.txt", "b");
    Write(outside + "/c.txt", "c");
    fs::create_symlink(outside + "/c.txt", dir + "/c.txt");
    fs::create_directory_symlink(outside, dir + "/away");
    std::vector<std::string> files, links;
    Error e;
    REQUIRE(ListFiles(dir, true, &files, &e, &links));
    CHECK(files == std::vector<std::string>{"a.md", "sub/b.txt"});
    CHECK(links == std::vector<std::string>{"away", "c.txt"});
    REQUIRE(ListFiles(dir, false, &files, &e));
    CHECK(files == std::vector<std::string>{"a.md"});
}
