// Tests of the streaming build's parts and of what threads must not change: RunOrdered hands results over in item
// order and holds no more than its window; the index finds ids, reports duplicates in source order and orders
// articles as pages are cut; the spill gives back what it was given; a build with 4 jobs writes the same bytes,
// warnings and errors as one with 1, and its errors still stop it before OUT_DIR is touched.
#include "cli/build_index.h"
#include "cli/bundle_build.h"
#include "cli/feed_pages.h"
#include "cli/file_io.h"
#include "model/ordered_pool.h"

#include "test_errors.h"
#include "test_files.h"
#include "test_photos.h"

#include <doctest/doctest.h>
#include <atomic>
#include <filesystem>
#include <map>
#include <thread>

namespace fs = std::filesystem;
using namespace folio;
using namespace folio::cli;
using namespace folio::test;

namespace {

const TempFolders kFolders("folio-stream-test");

// Every file under dir with its bytes.
std::map<std::string, std::string> Tree(const std::string& dir) {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file()) out[fs::relative(e.path(), dir).string()] = Read(e.path().string());
    return out;
}

struct Built {
    bool Ok = false;
    std::string Warnings, Errors;
};

Built Build(const std::string& src, const std::string& out, unsigned jobs, const BundleSite& site = BundleSite{}) {
    BuildSummary s;
    std::vector<Error> warnings, errors;
    Built b;
    b.Ok = BuildBundle(src, out, site, ImportOptions{}, UnknownFolder::Refuse, &s, &warnings, &errors, jobs);
    b.Warnings = Messages(warnings);
    b.Errors = Messages(errors);
    return b;
}

// n articles: Markdown with photos (four pictures shared among them), related ids and now and then a warning (an
// unknown front matter key, no date), and wire stories in plain text.
void WriteCorpus(const std::string& src, size_t n) {
    for (int k = 0; k < 4; ++k) Write(src + "/photos/p" + std::to_string(k) + ".png", PngPicture(60 + 10 * k, 40, k));
    for (size_t i = 0; i < n; ++i) {
        const std::string id = "story-" + std::to_string(i);
        if (i % 3 == 2) {
            Write(src + "/wire/" + id + ".txt", "World\n\nWire story " + std::to_string(i) + "\n\nMOSCOW, March " +
                                                    std::to_string(1 + i % 28) + ". /TASS/. Something happened, an official said.\n");
            continue;
        }
        std::string fm = "---\nid: " + id + "\ntitle: Story " + std::to_string(i) + "\n";
        if (i % 7 != 0) fm += "date: 2022-03-" + std::string(i % 28 < 9 ? "0" : "") + std::to_string(1 + i % 28) + "T10:00:00Z\n";
        if (i % 11 == 0) fm += "mood: cheerful\n";
        if (i > 0 && i % 5 == 0) fm += "related: [story-" + std::to_string(i - 1) + ", story-0]\n";
        if (i % 4 == 0) fm += "image: ../photos/p" + std::to_string(i % 3) + ".png\n";
        std::string body = "A paragraph of story " + std::to_string(i) + ".\n\n";
        if (i % 6 == 1) body += "![a picture](../photos/p" + std::to_string((i / 6) % 4) + ".png)\n";
        Write(src + "/guides/" + id + ".md", fm + "---\n" + body);
    }
}

} // namespace

TEST_CASE("RunOrdered: results taken in item order, all of them, with at most `window` batches waiting") {
    for (unsigned jobs : {1u, 2u, 4u}) {
        std::vector<size_t> seen;
        std::atomic<size_t> done{0};
        size_t most_waiting = 0;
        RunOrdered<size_t>(500, jobs, 6, [&](size_t i) {
            if (i % 17 == 0) std::this_thread::yield(); // some items finish late
            ++done;
            return i * 3;
        }, [&](size_t i, size_t r) {
            CHECK(r == i * 3);
            seen.push_back(i);
            most_waiting = std::max(most_waiting, done.load() - seen.size());
        });
        REQUIRE(seen.size() == 500);
        for (size_t i = 0; i < seen.size(); ++i) REQUIRE(seen[i] == i);
        // Done but not taken: the window's batches, and the batches the workers are still doing.
        CHECK(most_waiting <= (6 + jobs) * BatchFor(500, jobs));
    }
    CHECK(BatchFor(10, 2) == 1);
    CHECK(BatchFor(1000000, 2) == 64);
    CHECK(JobsFor(0) >= 1);
    CHECK(JobsFor(1) == 1);
    CHECK(JobsFor(100000) == 2 * std::max(1u, std::thread::hardware_concurrency()));
}

TEST_CASE("BuildIndex: ids found, duplicates as (later, first) in source order, oldest first with undated oldest; "
          "only the headlines of related articles kept") {
    BuildIndex index;
    Error e;
    const auto add = [&](const std::string& id, const std::string& date, std::vector<std::string> related = {}) {
        Article a;
        a.Id = id;
        a.Headline = "H " + id;
        a.DatePublished = date;
        a.Related = std::move(related);
        REQUIRE(index.Add(a, (uint32_t)index.Size(), "", 0, &e));
    };
    add("b", "2022-03-01T00:00:00Z");
    add("a", "");
    add("b", "2022-03-02T00:00:00Z");
    add("c", "2022-03-02T00:00:00Z", {"a", "e"});
    add("b", "2022-03-03T00:00:00Z");
    add("e", "2022-03-04T00:00:00Z");
    std::vector<std::pair<size_t, size_t>> dups;
    index.IndexIds(&dups);
    CHECK(dups == std::vector<std::pair<size_t, size_t>>{{2, 0}, {4, 0}});
    CHECK(index.Find("c") == 3);
    REQUIRE(index.KeepRelatedHeadlines(&e));
    CHECK(index.Headline(index.Find("a")) == "H a");
    CHECK(index.Headline(index.Find("e")) == "H e"); // read back from the spill past the others
    CHECK(index.Headline(index.Find("c")).empty());   // no article names it
    CHECK(index.IdInOrder(0) == "a");
    CHECK(index.Find("d") == SIZE_MAX);
    CHECK(index.OldestFirst() == std::vector<uint32_t>{1, 0, 2, 3, 4, 5});
}

TEST_CASE("ErrorSpill: errors read back whole, in the order they were added") {
    ErrorSpill spill;
    Error e;
    std::vector<Error> read;
    REQUIRE(spill.ForEach([&](Error&& x) { read.push_back(x); }, &e));
    CHECK(read.empty());
    const std::vector<Error> added{{"a.md", "line 3", "first"}, {"", "", ""}, {"b.rss: item 2", "", std::string(70000, 'x')}};
    for (const Error& x : added) REQUIRE(spill.Add(x, &e));
    CHECK(spill.Size() == 3);
    REQUIRE_MESSAGE(spill.ForEach([&](Error&& x) { read.push_back(x); }, &e), e.Message());
    REQUIRE(read.size() == 3);
    for (size_t k = 0; k < 3; ++k) CHECK(read[k].Message() == added[k].Message());
}

TEST_CASE("ItemSpill: bytes read back where they were written") {
    ItemSpill spill;
    Error e;
    REQUIRE(spill.Open(&e));
    uint64_t a = 0, b = 0;
    REQUIRE(spill.Append("first", &a, &e));
    REQUIRE(spill.Append(std::string(100000, 'x') + "end", &b, &e));
    std::string got;
    REQUIRE(spill.Read(b + 100000, 3, &got, &e));
    CHECK(got == "end");
    REQUIRE(spill.Read(a, 5, &got, &e));
    CHECK(got == "first");
}

TEST_CASE("a build with 4 jobs writes the same bytes, warnings and errors as one with 1 job") {
    const std::string src = kFolders.Fresh("same-src");
    WriteCorpus(src, 300);
    const std::string one = kFolders.Fresh("same-one") + "/out", four = kFolders.Fresh("same-four") + "/out";
    BundleSite site;
    site.PageSize = 7;
    const Built a = Build(src, one, 1, site), b = Build(src, four, 4, site);
    REQUIRE_MESSAGE(a.Ok, a.Errors);
    REQUIRE_MESSAGE(b.Ok, b.Errors);
    CHECK(a.Warnings.find("unknown key \"mood\"") != std::string::npos);
    CHECK(a.Warnings == b.Warnings);
    const auto x = Tree(one), y = Tree(four);
    CHECK(x.size() > 900); // 300 articles' three files, 43 pages, photo variants
    CHECK(x.count("feed-42.json") == 1);
    CHECK(x.count("feed.json") == 1);
    CHECK(x == y);
    // Rebuilt with 4 jobs over the 1-job build: nothing changes.
    const Built c = Build(src, one, 4, site);
    REQUIRE_MESSAGE(c.Ok, c.Errors);
    CHECK(Tree(one) == x);
}

TEST_CASE("under 4 jobs, errors anywhere in the sources stop the build before OUT_DIR is touched, listed in source order") {
    const std::string src = kFolders.Fresh("errors-src");
    WriteCorpus(src, 200);
    Write(src + "/guides/story-40.md", "---\nid: story-40\ntitle: T\nrelated: [nobody]\n---\nText.\n");
    Write(src + "/guides/story-100.md", "---\nid: story-100\ntitle: T\n---\n![x](photos/missing.png)\n");
    Write(src + "/zzz-last.md", "---\nid: story-1\ntitle: Again\n---\nText.\n");
    const std::string out = kFolders.Fresh("errors-out") + "/out";
    const Built one = Build(src, out, 1), four = Build(src, out, 4);
    CHECK_FALSE(one.Ok);
    CHECK_FALSE(four.Ok);
    CHECK_FALSE(fs::exists(out));
    CHECK(four.Errors.find("photos/missing.png") != std::string::npos);
    CHECK(four.Errors.find("related id \"nobody\"") != std::string::npos);
    CHECK(four.Errors.find("zzz-last.md: article id \"story-1\" is also the id of") != std::string::npos);
    CHECK(one.Errors == four.Errors);
    CHECK(one.Warnings == four.Warnings);
}
