// Tests of cli/bundle_manifest.cpp and IsBuildOutputPath (cli/bundle_layout.cpp): the manifest round-trips, and
// is refused when it lists a path no build writes; what an output folder holds before a build.
#include "cli/bundle_layout.h"
#include "cli/bundle_manifest.h"

#include "test_files.h"

#include <doctest/doctest.h>
#include <filesystem>
#include <set>

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

namespace {
ManifestList Of(std::initializer_list<const char*> ids, size_t pages, std::set<std::string> other) {
    ManifestList m;
    for (const char* id : ids) REQUIRE(m.AddId(id));
    m.Pages = pages;
    m.Other = std::move(other);
    return m;
}
std::set<std::string> AllFiles(const ManifestList& m) {
    std::set<std::string> out;
    m.ForEachFile([&](const std::string& f) { CHECK_MESSAGE(out.insert(f).second, f); });
    return out;
}
} // namespace

TEST_CASE("a manifest round-trips: ids, a page count and other files; each id stands for its nine files") {
    const ManifestList m = Of({"a", "b-2"}, 3, {"media/0123456789abcdef0123456789abcdef.jpg"});
    const std::string json = WriteManifestJson(m);
    CHECK(json.find("\"folioManifest\": 2") != std::string::npos);
    CHECK(json.find("articles/") == std::string::npos); // no article path is spelled out
    ManifestList back;
    Error e;
    REQUIRE_MESSAGE(ParseManifest(json, "m.json", &back, &e), e.Message());
    CHECK(WriteManifestJson(back) == json);
    const std::set<std::string> all = AllFiles(back);
    CHECK(all.size() == 2 * 9 + 3 * 3 + 1);
    for (const char* f : {"articles/a.json", "articles/a.json.gz", "articles/a.json.br", "articles/a.html", "articles/a.html.br",
                          "oembed/b-2.json", "oembed/b-2.json.gz", "feed.json", "feed.json.br", "feed-1.json", "feed-2.json.gz",
                          "media/0123456789abcdef0123456789abcdef.jpg"}) {
        CHECK_MESSAGE(all.count(f), f);
        CHECK_MESSAGE(back.Lists(f), f);
    }
    for (const char* f : {"articles/c.json", "articles/a.txt", "feed-3.json", "feed-0.json", "oembed/a.html", "articles/sub/a.json",
                          "media/0123456789abcdef0123456789abcdef.png", "media/0123456789abcdef0123456789abcdef.jpg.gz"})
        CHECK_MESSAGE(!back.Lists(f), f);
    CHECK(ArticleFiles("a") == std::vector<std::string>{"articles/a.json.gz", "articles/a.json.br", "articles/a.json",
                                                         "articles/a.html.gz", "articles/a.html.br", "articles/a.html",
                                                         "oembed/a.json.gz", "oembed/a.json.br", "oembed/a.json"});
    CHECK(AllFiles(Of({}, 0, {})).empty());
}

TEST_CASE("a manifest listing a path no build writes, a bad id, ids out of order or no page count is refused at that entry") {
    ManifestList back;
    Error e;
    CHECK_FALSE(ParseManifest(R"({"folioManifest": 2, "articles": [], "feedPages": 1, "files": ["feed.json", "../../home/me/notes.json"]})", "m.json", &back, &e));
    CHECK(e.Message() == "m.json: $.files[1]: \"../../home/me/notes.json\" is not a file folio-bundle build writes");
    CHECK_FALSE(ParseManifest(R"({"folioManifest": 2, "articles": ["a", "../x"], "feedPages": 1, "files": []})", "m.json", &back, &e));
    CHECK(e.Message() == "m.json: $.articles[1]: \"../x\" is not an article id");
    CHECK_FALSE(ParseManifest(R"({"folioManifest": 2, "articles": ["b", "a"], "feedPages": 1, "files": []})", "m.json", &back, &e));
    CHECK(e.Message() == "m.json: $.articles[1]: \"a\" is not after the id before it (the ids are sorted, each once)");
    CHECK_FALSE(ParseManifest(R"({"folioManifest": 2, "articles": ["a", "a"], "feedPages": 1, "files": []})", "m.json", &back, &e));
    CHECK_FALSE(ParseManifest(R"({"folioManifest": 2, "articles": ["a"], "files": []})", "m.json", &back, &e));
    CHECK(e.Message() == "m.json: $.feedPages: missing");
    CHECK_FALSE(ParseManifest(R"({"folioManifest": 2, "feedPages": 1, "files": []})", "m.json", &back, &e));
    CHECK(e.Message() == "m.json: $.articles: missing");
    CHECK_FALSE(ParseManifest(R"({"folioManifest": 3, "files": []})", "m.json", &back, &e));
    CHECK(e.Message().find("format 3") != std::string::npos);
    CHECK_FALSE(ParseManifest(R"({"files": []})", "m.json", &back, &e));
    CHECK_FALSE(ParseManifest(R"({"folioManifest": 1})", "m.json", &back, &e));
    CHECK(e.Message() == "m.json: $.files: missing");
    CHECK_FALSE(ParseManifest("[", "m.json", &back, &e));
    // Read up to its own bound (64 MiB), not the 16 MiB of the files viewers read.
    std::string big = R"({"folioManifest": 2, "feedPages": 1, "files": [], "articles": [)";
    for (int i = 0; i < 700000; ++i) big += (i ? ",\"a" : "\"a") + std::to_string(1000000 + i) + "\"";
    big += "]}";
    while (big.size() <= (16u << 20)) big.insert(big.size() - 2, std::string(1 << 20, ' '));
    CHECK_MESSAGE(ParseManifest(big, "m.json", &back, &e), e.Message());
    CHECK(back.Ids() == 700000);
    big.insert(big.size() - 2, std::string(kMaxManifestBytes, ' '));
    CHECK_FALSE(ParseManifest(big, "m.json", &back, &e));
}

TEST_CASE("a format-1 manifest (every path listed) is still read: its paths are the other files, each listed as it was") {
    ManifestList back;
    Error e;
    REQUIRE_MESSAGE(ParseManifest(R"({"folioManifest": 1, "files": ["articles/a.json", "feed.json", "feed-1.json"]})", "m.json", &back, &e), e.Message());
    CHECK(back.Ids() == 0);
    CHECK(back.Pages == 0);
    CHECK(AllFiles(back) == std::set<std::string>{"articles/a.json", "feed.json", "feed-1.json"});
    CHECK(back.Lists("articles/a.json"));
    CHECK_FALSE(back.Lists("articles/a.json.gz")); // the old build wrote no copy: one there now is not its
    CHECK_FALSE(back.Lists("articles/a.html"));
    CHECK_FALSE(ParseManifest(R"({"folioManifest": 1, "files": ["index.html"]})", "m.json", &back, &e));
    CHECK(e.Message() == "m.json: $.files[0]: \"index.html\" is not a file folio-bundle build writes");
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
    CHECK(AllFiles(p.Files).empty());
    CHECK_FALSE(p.Manifest);
    fs::create_directories(root / "built");
    Write((root / "built" / "folio-manifest.json").string(), R"({"folioManifest": 2, "articles": ["a"], "feedPages": 1, "files": []})");
    REQUIRE_MESSAGE(ReadPreviousBuild((root / "built").string(), UnknownFolder::Refuse, &p, &warnings, &e), e.Message());
    CHECK(p.Manifest);
    CHECK(p.Files.HasId("a"));
    CHECK(p.Files.Lists("feed.json.br"));
    fs::remove_all(root);
}

TEST_CASE("the manifest of two lists lists each id and path of either once, in order, and the larger page count") {
    const ManifestList a = Of({"a", "c"}, 2, {"media/0123456789abcdef0123456789abcdef.jpg"});
    const ManifestList b = Of({"0", "a", "d"}, 5, {"feed-9.json"});
    const ManifestList both = Of({"0", "a", "c", "d"}, 5, {"feed-9.json", "media/0123456789abcdef0123456789abcdef.jpg"});
    CHECK(WriteManifestJson(a, &b) == WriteManifestJson(both));
    CHECK(WriteManifestJson(b, &a) == WriteManifestJson(both));
    CHECK(WriteManifestJson(a, nullptr) == WriteManifestJson(a));
    CHECK(WriteManifestJson(ManifestList{}, &b) == WriteManifestJson(b));
}
