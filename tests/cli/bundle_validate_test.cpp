// Tests of cli/bundle_validate.cpp and cli/bundle_build.cpp: the sample sources build into a bundle that
// validates, and every input of the committed bad-input corpus (tests/bad-inputs/expected.tsv) gets its
// precise message, whether it is an article file, a feed page, a whole bundle or a source to import.
#include "cli/bundle_build.h"
#include "cli/bundle_validate.h"
#include "cli/file_io.h"
#include "cli/importer.h"
#include "cli/source_text.h"

#include "test_errors.h"
#include "test_files.h"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace folio;
using namespace folio::cli;
using namespace folio::test;

namespace {

const std::string kBad = FOLIO_TEST_BAD_INPUTS_DIR;

const TempFolders kFolders("folio-cli-test");

const char* const kOneItemFeed = R"({"version":"https://jsonfeed.org/version/1.1","title":"T","_folio":{"format":1},
  "items":[{"id":"bad","content_text":"x","_folio":{"article":"articles/bad.json"}}]})";

// The problems validate lists for the corpus entry `name`, set up as the bundle it belongs in.
std::vector<Error> ProblemsFor(const std::string& name) {
    std::string dir;
    if (name.rfind("bundles/", 0) == 0) {
        dir = kBad + "/" + name;
    } else {
        dir = kFolders.Fresh(fs::path(name).stem().string());
        std::string bytes;
        Error e;
        REQUIRE_MESSAGE(ReadFile(kBad + "/" + name, 64u << 20, &bytes, &e), e.Message());
        if (name.rfind("articles/", 0) == 0) {
            Write(dir + "/feed.json", kOneItemFeed);
            Write(dir + "/articles/bad.json", bytes);
        } else {
            Write(dir + "/feed.json", bytes);
        }
    }
    ValidateSummary s;
    std::vector<Error> problems;
    CHECK_FALSE(ValidateBundle(dir, &s, &problems));
    return problems;
}

} // namespace

TEST_CASE("the sample sources build into a bundle that validates, twice to the same bytes") {
    const std::string out = kFolders.Fresh("sample");
    BundleSite site;
    ImportOptions o;
    o.TodayY = 2026;
    BuildSummary s;
    std::vector<Error> warnings, errors;
    REQUIRE_MESSAGE(BuildBundle(FOLIO_TEST_SOURCES_DIR, out, site, o, UnknownFolder::Refuse, &s, &warnings, &errors), Messages(errors));
    CHECK(s.Articles == 23);
    CHECK(s.Pages == 1);
    // The photos' variants: every rung of the sample's nine photographs in each type this libvips writes.
    size_t media = 0;
    for (const auto& f : std::filesystem::directory_iterator(out + "/media")) media += f.is_regular_file() ? 1 : 0;
    CHECK(media >= 9 * 5 * 2);
    // 23 articles x 3 files and the feed page, each with its .gz and .br copies; the media cache; the manifest
    CHECK(s.Written == (23 * 3 + 1) * 3 + 2 + media);
    ValidateSummary v;
    std::vector<Error> problems;
    CHECK_MESSAGE(ValidateBundle(out, &v, &problems), Messages(problems));
    CHECK(v.Articles == 23);
    CHECK(v.SearchIndexed);
    CHECK(v.SearchDocuments == 23);
    BuildSummary again;
    REQUIRE(BuildBundle(FOLIO_TEST_SOURCES_DIR, out, site, o, UnknownFolder::Refuse, &again, &warnings, &errors));
    CHECK(again.Written == 0);
    CHECK(again.Unchanged == s.Written);
}

TEST_CASE("every input of the bad-input corpus gets its precise message") {
    std::ifstream tsv(kBad + "/expected.tsv");
    REQUIRE(tsv.good());
    std::string line;
    size_t checked = 0;
    while (std::getline(tsv, line)) {
        if (line.empty() || line[0] == '#') continue;
        const size_t tab = line.find('\t');
        REQUIRE(tab != std::string::npos);
        const std::string name = line.substr(0, tab), expected = line.substr(tab + 1);
        CAPTURE(name);
        std::string all;
        if (name.rfind("images/", 0) == 0) {
            // The image as the only photo of a one-article bundle: build must refuse it, naming the file.
            const std::string src = kFolders.Fresh("image-" + fs::path(name).filename().string()), file = fs::path(name).filename().string();
            std::string bytes;
            Error e;
            REQUIRE(ReadFile(kBad + "/" + name, 64u << 20, &bytes, &e));
            Write(src + "/" + file, bytes);
            Write(src + "/a.md", "---\ntitle: A\ndate: 2022-03-01\n---\n![A photo](" + file + ")\n");
            BuildSummary s;
            std::vector<Error> warnings, errors;
            CHECK_FALSE(BuildBundle(src, src + "/out", BundleSite{}, ImportOptions{}, UnknownFolder::Refuse, &s, &warnings, &errors));
            all = Messages(errors);
            CHECK_MESSAGE(all.find(src + "/a.md: line 5: photo \"" + file + "\"") == 0, all);
        } else if (name.rfind("sources/", 0) == 0) {
            std::string raw;
            Article a;
            Error e;
            std::vector<Error> warnings;
            REQUIRE(ReadFile(kBad + "/" + name, 64u << 20, &raw, &e));
            CHECK_FALSE(ImportFile(raw, name, ImportOptions{}, &a, &warnings, &e));
            all = e.Message();
        } else {
            all = Messages(ProblemsFor(name));
        }
        CHECK_MESSAGE(all.find(expected) != std::string::npos, "expected \"" << expected << "\" in:\n" << all);
        ++checked;
    }
    CHECK(checked >= 35);
}

TEST_CASE("a build with errors lists them all and leaves the output alone") {
    const std::string src = kFolders.Fresh("errors-src"), out = kFolders.Fresh("errors-out");
    Write(src + "/a.md", "---\ntitle: A\ndate: 2022-03-01\nrelated: [nowhere]\n---\nText.\n");
    Write(src + "/b.md", "---\nid: a\ntitle: B\ndate: 2022-03-01\n---\nText.\n");
    Write(src + "/c.txt", "");
    BuildSummary s;
    std::vector<Error> warnings, errors;
    CHECK_FALSE(BuildBundle(src, out, BundleSite{}, ImportOptions{}, UnknownFolder::Refuse, &s, &warnings, &errors));
    const std::string all = Messages(errors);
    CHECK(all.find("c.txt: empty file") != std::string::npos);
    CHECK(all.find("b.md: article id \"a\" is also the id of") != std::string::npos);
    CHECK(all.find("a.md: related id \"nowhere\" is not an article of this bundle") != std::string::npos);
    std::vector<std::string> files;
    Error e;
    REQUIRE(ListFiles(out, true, &files, &e));
    CHECK(files.empty());
}

TEST_CASE("IdFromFileName and ValidArticleId") {
    CHECK(IdFromFileName("assets/sources/000_801a1fae005ec4bc.txt") == "801a1fae005ec4bc");
    CHECK(IdFromFileName("010_getting-started.md") == "getting-started");
    CHECK(IdFromFileName("2022.md") == "2022");
    CHECK(IdFromFileName("plain") == "plain");
    CHECK(ValidArticleId("a.b_c-1"));
    CHECK_FALSE(ValidArticleId(".hidden"));
    CHECK_FALSE(ValidArticleId("a/b"));
    CHECK_FALSE(ValidArticleId(std::string(129, 'a')));
}

TEST_CASE("validate reads nothing outside the bundle: no \"..\" under its own feed_url, no symbolic link") {
    const std::string root = kFolders.Fresh("hostile");
    const std::string dir = root + "/bundle";
    // What an attacker wants echoed: a valid article file outside the bundle, whose id validate would print.
    Write(root + "/secret.json", R"({"folioFormat":1,"id":"TOP-SECRET-ID","headline":"TOP SECRET HEADLINE","body":[]})");
    Write(dir + "/articles/ok.json", R"({"folioFormat":1,"id":"ok","headline":"Fine","body":[]})");
    fs::create_symlink(root + "/secret.json", dir + "/articles/linked.json");
    Write(dir + "/feed.json", R"({"version":"https://jsonfeed.org/version/1.1","title":"T","_folio":{"format":1},
      "feed_url":"https://x.example/b/feed.json",
      "items":[{"id":"dots","content_text":"x","_folio":{"article":"https://x.example/b/articles/../../secret.json"}},
               {"id":"encoded","content_text":"x","_folio":{"article":"https://x.example/b/articles/%2e%2e/%2e%2e/secret.json"}},
               {"id":"linked","content_text":"x","_folio":{"article":"articles/linked.json"}}]})");
    ValidateSummary s;
    std::vector<Error> problems;
    CHECK_FALSE(ValidateBundle(dir, &s, &problems));
    const std::string all = Messages(problems);
    CHECK_MESSAGE(all.find("TOP-SECRET") == std::string::npos, all);
    CHECK_MESSAGE(all.find("feed.json: $.items[0]._folio.article: \"https://x.example/b/articles/../../secret.json\" points outside the bundle") !=
                      std::string::npos, all);
    CHECK_MESSAGE(all.find("feed.json: $.items[1]._folio.article: \"https://x.example/b/articles/%2e%2e/%2e%2e/secret.json\" climbs out of the bundle") !=
                      std::string::npos, all);
    CHECK_MESSAGE(all.find("articles/linked.json: not read: " + dir + "/articles/linked.json: is a symbolic link, which is not followed") !=
                      std::string::npos, all);
    CHECK(s.Articles == 0);
}

TEST_CASE("validate does not list a linked articles folder") {
    const std::string root = kFolders.Fresh("linked-folder");
    const std::string dir = root + "/bundle";
    Write(root + "/elsewhere/TOP-SECRET-NAME.json", "{}");
    fs::create_directories(dir);
    fs::create_directory_symlink(root + "/elsewhere", dir + "/articles");
    Write(dir + "/feed.json", R"({"version":"https://jsonfeed.org/version/1.1","title":"T","_folio":{"format":1},"items":[]})");
    ValidateSummary s;
    std::vector<Error> problems;
    CHECK_FALSE(ValidateBundle(dir, &s, &problems));
    const std::string all = Messages(problems);
    CHECK_MESSAGE(all.find("TOP-SECRET") == std::string::npos, all);
    CHECK_MESSAGE(all.find("articles: is a symbolic link, which is not followed") != std::string::npos, all);
}

TEST_CASE("validate finds each photo an article names inside the bundle, and leaves those on the web alone") {
    const std::string dir = kFolders.Fresh("photos");
    Write(dir + "/feed.json", kOneItemFeed);
    Write(dir + "/articles/bad.json", R"({"folioFormat":1,"id":"bad","headline":"H","body":[
      {"type":"photo","src":"../media/00000000000000000000000000000000.png"},{"type":"photo","src":"https://elsewhere.example/p.png"},
      {"type":"photo","src":"../../outside.png"}]})");
    ValidateSummary s;
    std::vector<Error> problems;
    CHECK_FALSE(ValidateBundle(dir, &s, &problems));
    const std::string all = Messages(problems);
    CHECK_MESSAGE(all.find("media/00000000000000000000000000000000.png: missing (the photo of articles/bad.json $.body[0].src)") !=
                      std::string::npos, all);
    CHECK(all.find("elsewhere.example") == std::string::npos); // photos elsewhere on the web are the reader's to fetch
    CHECK_MESSAGE(all.find("articles/bad.json: $.body[2].src: \"../../outside.png\" points outside the bundle") != std::string::npos, all);
}

TEST_CASE("validate checks a bundle's manifest: its schema, its entries, and that what it lists is there") {
    const std::string dir = kFolders.Fresh("manifest");
    Write(dir + "/feed.json", R"({"version":"https://jsonfeed.org/version/1.1","title":"T","_folio":{"format":1},"items":[]})");
    Write(dir + "/folio-manifest.json", R"({"folioManifest":1,"files":["feed.json","oembed/gone.json"]})");
    ValidateSummary s;
    std::vector<Error> problems;
    CHECK_FALSE(ValidateBundle(dir, &s, &problems));
    std::string all = Messages(problems);
    CHECK_MESSAGE(all.find("oembed/gone.json: missing (listed in folio-manifest.json)") != std::string::npos, all);
    Write(dir + "/folio-manifest.json", R"({"folioManifest":1,"files":["../outside.json"]})");
    problems.clear();
    CHECK_FALSE(ValidateBundle(dir, &s, &problems));
    all = Messages(problems);
    CHECK_MESSAGE(all.find("folio-manifest.json: $.files[0]: fails the schema") != std::string::npos, all);
    CHECK_MESSAGE(all.find("folio-manifest.json: $.files[0]: \"../outside.json\" is not a file folio-bundle build writes") != std::string::npos, all);
}

namespace {

// A bundle of seven articles, one a day, two a page: feed-1.json, feed-2.json, feed-3.json and feed.json (page 4).
std::string ChainedBundle(const std::string& name) {
    const std::string src = kFolders.Fresh(name + "-src"), out = kFolders.Fresh(name);
    for (int n = 1; n <= 7; ++n)
        Write(src + "/s" + std::to_string(n) + ".md", "---\nid: s" + std::to_string(n) + "\ntitle: S\ndate: 2022-03-0" +
                                                          std::to_string(n) + "\n---\nText.\n");
    BundleSite site;
    site.PageSize = 2;
    BuildSummary s;
    std::vector<Error> warnings, errors;
    REQUIRE_MESSAGE(BuildBundle(src, out, site, ImportOptions{}, UnknownFolder::Refuse, &s, &warnings, &errors), Messages(errors));
    REQUIRE(s.Pages == 4);
    return out;
}

// The bundle file rel with `from` replaced by `to` (which must be there once).
void Edit(const std::string& dir, const std::string& rel, const std::string& from, const std::string& to) {
    std::string text = Read(dir + "/" + rel);
    const size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, rel << " has no " << from);
    text.replace(at, from.size(), to);
    Write(dir + "/" + rel, text);
}

std::string Problems(const std::string& dir) {
    ValidateSummary s;
    std::vector<Error> problems;
    ValidateBundle(dir, &s, &problems);
    return Messages(problems);
}

bool Says(const std::string& all, const std::string& part) { return all.find(part) != std::string::npos; }

} // namespace

TEST_CASE("validate: a built chain of pages is whole both ways; each break in it is named") {
    {
        const std::string dir = ChainedBundle("chain-good");
        CHECK(Problems(dir).empty());
        CHECK(Says(Read(dir + "/feed.json"), "\"page\": 4"));
    }
    {
        const std::string dir = ChainedBundle("chain-missing");
        fs::remove(dir + "/feed-2.json");
        const std::string all = Problems(dir);
        CHECK_MESSAGE(Says(all, "feed-2.json: missing (named by feed-3.json $.next_url)"), all);
    }
    {
        const std::string dir = ChainedBundle("chain-index-number");
        Edit(dir, "feed.json", "\"page\": 4", "\"page\": 5");
        const std::string all = Problems(dir);
        CHECK_MESSAGE(Says(all, "feed.json: $._folio.page: says 5, but its next_url names feed-3.json: the index is numbered "
                                "one past the newest archive page (4)"), all);
    }
    {
        const std::string dir = ChainedBundle("chain-skips");
        Edit(dir, "feed-3.json", "\"next_url\": \"feed-2.json\"", "\"next_url\": \"feed-1.json\"");
        const std::string all = Problems(dir);
        CHECK_MESSAGE(Says(all, "feed-3.json: $.next_url: names feed-1.json, but the page older than page 3 is feed-2.json: "
                                "numbers go down by one along next_url"), all);
        CHECK_MESSAGE(Says(all, "feed-1.json: $._folio.newer_url: names feed-2.json, but this page is reached from "
                                "feed-3.json $.next_url: newer_url leads back the way next_url came"), all);
        CHECK_MESSAGE(Says(all, "feed-2.json: not in the chain of pages from feed.json"), all);
    }
    {
        const std::string dir = ChainedBundle("chain-newer");
        Edit(dir, "feed-2.json", "\"newer_url\": \"feed-3.json\"", "\"newer_url\": \"feed-4.json\"");
        Edit(dir, "feed-3.json", "\"newer_url\": \"feed-4.json\"", "\"newer_url\": \"feed.json\"");
        const std::string all = Problems(dir);
        CHECK_MESSAGE(Says(all, "feed-2.json: $._folio.newer_url: names feed-4.json, but the page newer than page 2 is feed-3.json"), all);
        CHECK_MESSAGE(Says(all, "feed-3.json: $._folio.newer_url: names feed.json, but the page newer than page 3 is feed-4.json"), all);
    }
    {
        const std::string dir = ChainedBundle("chain-unnumbered");
        Edit(dir, "feed-1.json", ",\n    \"page\": 1", "");
        Edit(dir, "feed-2.json", "\"page\": 2", "\"page\": 3");
        const std::string all = Problems(dir);
        CHECK_MESSAGE(Says(all, "feed-1.json: $._folio.page: missing: every page says its number"), all);
        CHECK_MESSAGE(Says(all, "feed-2.json: $._folio.page: says 3, but the page is feed-2.json"), all);
    }
    {
        const std::string dir = ChainedBundle("chain-ends-early");
        Edit(dir, "feed-2.json", "\"next_url\": \"feed-1.json\",\n", "");
        const std::string all = Problems(dir);
        CHECK_MESSAGE(Says(all, "feed-2.json: $.next_url: missing: page 2 is not the oldest; feed-1.json follows it"), all);
        CHECK_MESSAGE(Says(all, "feed-1.json: not in the chain of pages from feed.json"), all);
    }
    {
        // An archive page with fewer items than a full page, not cut by the byte bound: s3 moved to the index.
        const std::string dir = ChainedBundle("chain-short");
        const std::string page = Read(dir + "/feed-2.json"), item_start = "    {\n      \"id\": \"s3\"";
        const size_t from = page.find(item_start), to = page.find("\n    }", from) + 6;
        REQUIRE(from != std::string::npos);
        std::string item = page.substr(from, to - from), index = Read(dir + "/feed.json");
        Write(dir + "/feed-2.json", page.substr(0, from - 2) + page.substr(to)); // with the comma before it
        const size_t last = index.rfind("\n    }");
        Write(dir + "/feed.json", index.substr(0, last + 6) + ",\n" + item + index.substr(last + 6));
        const std::string all = Problems(dir);
        CHECK_MESSAGE(Says(all, "feed-2.json: $.items: holds 1 item, fewer than the 2 of the fullest page, and the byte bound "
                                "did not cut it: only the index (feed.json) may be short"), all);
        CHECK_MESSAGE(Says(all, "feed-3.json: $.items[0]: \"s6\" is newer than feed.json $.items[1] before it"), all); // s3 moved up
    }
    {
        const std::string dir = ChainedBundle("chain-extra");
        Write(dir + "/feed-9.json", Read(dir + "/feed-1.json"));
        const std::string all = Problems(dir);
        CHECK_MESSAGE(Says(all, "feed-9.json: not in the chain of pages from feed.json (no page's next_url leads to it)"), all);
    }
}

namespace {

// The folder of the bundle's one search segment ("search/s-…").
std::string SegmentOf(const std::string& dir) {
    const std::string root = Read(dir + "/search/index.json");
    const size_t at = root.find("\"s-");
    REQUIRE(at != std::string::npos);
    return "search/" + root.substr(at + 1, 18);
}

} // namespace

TEST_CASE("validate checks the search index: its files, their codec, and the feed's articles in it, once each") {
    {
        const std::string dir = ChainedBundle("search-good");
        ValidateSummary s;
        std::vector<Error> problems, warnings;
        CHECK_MESSAGE(ValidateBundle(dir, &s, &problems, &warnings), Messages(problems));
        CHECK(s.SearchIndexed);
        CHECK(s.SearchDocuments == 7);
        CHECK_MESSAGE(warnings.empty(), Messages(warnings));
    }
    {
        // A card naming an article the feed does not have: both ways round.
        const std::string dir = ChainedBundle("search-stale");
        const std::string seg = SegmentOf(dir);
        Edit(dir, seg + "/m0.json", "\"id\":\"s1\"", "\"id\":\"gone\"");
        const std::string all = Problems(dir);
        CHECK_MESSAGE(Says(all, seg + "/m0.json: $.docs[0].id: \"gone\" is in the search index but not in the feed"), all);
        CHECK_MESSAGE(Says(all, "search/index.json: 1 article of the feed not in the search index (the first: \"s1\""), all);
    }
    {
        const std::string dir = ChainedBundle("search-broken");
        const std::string seg = SegmentOf(dir);
        fs::remove(dir + "/" + seg + "/days.bin");
        const std::string shard = Read(dir + "/" + seg + "/t0.bin");
        Write(dir + "/" + seg + "/t0.bin", shard.substr(0, shard.size() / 2));
        Write(dir + "/search/s-0000000000000000/t0.bin", "left behind");
        ValidateSummary s;
        std::vector<Error> problems, warnings;
        CHECK_FALSE(ValidateBundle(dir, &s, &problems, &warnings));
        const std::string all = Messages(problems);
        CHECK_MESSAGE(Says(all, seg + "/days.bin: missing (named by search/index.json for segment " + seg.substr(7) + ")"), all);
        CHECK_MESSAGE(Says(all, seg + "/t0.bin: "), all);
        CHECK_MESSAGE(Says(Messages(warnings), "search/s-0000000000000000/t0.bin: not part of the search index"), Messages(warnings));
    }
    {
        // A card filed under another section than its postings say.
        const std::string dir = ChainedBundle("search-facet");
        const std::string seg = SegmentOf(dir);
        Edit(dir, seg + "/m0.json", "{\"id\":\"s1\",", "{\"id\":\"s1\",\"section\":\"Elsewhere\",");
        const std::string all = Problems(dir);
        CHECK_MESSAGE(Says(all, seg + "/m0.json: $.docs[0].section: \"Elsewhere\", but its postings file it under the section"), all);
    }
}
