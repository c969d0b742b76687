// Tests of cli/bundle_manifest.cpp and IsBuildOutputPath (cli/bundle_layout.cpp): the manifest round-trips, and
// is refused when it lists a path no build writes; what an output folder holds before a build.
#include "cli/bundle_layout.h"
#include "cli/bundle_manifest.h"

#include "test_files.h"

#include <doctest/doctest.h>
#include <filesystem>

namespace fs = std::filesystem;
using namespace folio;
using namespace folio::cli;
using namespace folio::test;

TEST_CASE("IsBuildOutputPath takes exactly the shapes of the files a build writes") {
    for (const char* yes : {"feed.json", "feed-1.json", "feed-2.json", "feed-1000.json", "articles/a.json", "articles/a.b_c-1.html",
                            "oembed/801a1fae005ec4bc.json", "media/0123456789abcdef0123456789abcdef.png",
                            "media/0123456789abcdef0123456789abcdef.avif"})
        CHECK_MESSAGE(IsBuildOutputPath(yes), yes);
    for (const char* no : {"", "index.html", "feed-0.json", "feed-02.json", "feed-x.json", "feed.html", "articles/a.txt",
                           "articles/.a.json", "articles/sub/a.json", "articles/a.json.tmp", "oembed/a.html", "../feed.json",
                           "media/0123456789abcdef0123456789abcdef.jpeg", "media/0123456789ABCDEF0123456789abcdef.png",
                           "media/0123.png", "media/notes.txt", "folio-manifest.json", "articles/../feed.json"})
        CHECK_MESSAGE(!IsBuildOutputPath(no), no);
}

TEST_CASE("a manifest round-trips, and one listing a path no build writes is refused at that entry") {
    const std::set<std::string> files{"feed.json", "articles/a.json", "media/0123456789abcdef0123456789abcdef.jpg"};
    const std::string json = WriteManifestJson(files);
    std::set<std::string> back;
    Error e;
    REQUIRE_MESSAGE(ParseManifest(json, "m.json", &back, &e), e.Message());
    CHECK(back == files);
    CHECK(json.find("\"folioManifest\": 1") != std::string::npos);
    CHECK_FALSE(ParseManifest(R"({"folioManifest": 1, "files": ["feed.json", "../../home/me/notes.json"]})", "m.json", &back, &e));
    CHECK(e.Message() == "m.json: $.files[1]: \"../../home/me/notes.json\" is not a file folio-bundle build writes");
    CHECK_FALSE(ParseManifest(R"({"folioManifest": 2, "files": []})", "m.json", &back, &e));
    CHECK(e.Message().find("format 2") != std::string::npos);
    CHECK_FALSE(ParseManifest(R"({"files": []})", "m.json", &back, &e));
    CHECK_FALSE(ParseManifest(R"({"folioManifest": 1})", "m.json", &back, &e));
    CHECK(e.Message() == "m.json: $.files: missing");
    CHECK_FALSE(ParseManifest("[", "m.json", &back, &e));
}

TEST_CASE("ReadPreviousBuild: a new or empty folder is the build's; a linked manifest is not read") {
    const TempFolders folders("folio-manifest-test");
    const fs::path root = folders.Fresh("previous-build");
    fs::create_directories(root / "empty" / "sub");
    PreviousBuild p;
    std::vector<Error> warnings;
    Error e;
    CHECK(ReadPreviousBuild((root / "new").string(), UnknownFolder::Refuse, &p, &warnings, &e));
    CHECK(ReadPreviousBuild((root / "empty").string(), UnknownFolder::Refuse, &p, &warnings, &e)); // folders only
    Write((root / "file").string(), "x");
    CHECK_FALSE(ReadPreviousBuild((root / "file").string(), UnknownFolder::BuildAnyway, &p, &warnings, &e));
    CHECK(e.Reason == "is not a folder");
    fs::create_directories(root / "linked");
    Write((root / "elsewhere.json").string(), R"({"folioManifest": 1, "files": ["feed.json"]})");
    fs::create_symlink(root / "elsewhere.json", root / "linked" / "folio-manifest.json");
    CHECK_FALSE(ReadPreviousBuild((root / "linked").string(), UnknownFolder::Refuse, &p, &warnings, &e));
    CHECK(e.Reason.find("folio-manifest.json: is a symbolic link, which is not followed") != std::string::npos);
    CHECK(p.Files.empty());
    fs::remove_all(root);
}

TEST_CASE("the manifest of two sets lists each path of either once, in order: the bytes of their union's") {
    const std::set<std::string> a{"articles/a.json", "feed.json", "media/x.webp"}, b{"articles/0.json", "feed.json", "oembed/a.json"};
    std::set<std::string> both = a;
    both.insert(b.begin(), b.end());
    CHECK(WriteManifestJson(a, b) == WriteManifestJson(both));
    CHECK(WriteManifestJson(b, a) == WriteManifestJson(both));
    CHECK(WriteManifestJson(a, {}) == WriteManifestJson(a));
    CHECK(WriteManifestJson({}, b) == WriteManifestJson(b));
}
