// The index writer's increments (index_writer.h): one article added to a large index writes a bounded number of
// files (the root, the state and a small delta segment), one removed is listed as deleted, nothing changed writes
// nothing, past the delta's bounds the index is written afresh and the old segments' files removed, and a write
// cut short leaves files the next run removes.
#include <doctest/doctest.h>

#include <algorithm>

#include "fake_bundle.h"
#include "search/index_state.h"

using namespace folio;
using namespace folio::search;
using namespace folio::search::testing;

namespace {

Article Numbered(int i) {
    return MakeArticle("a" + std::to_string(1000 + i), "2021-01-01T00:00:00Z", "Article number " + std::to_string(i),
                       "Body of article " + std::to_string(i) + " about harbours and trains.");
}

FakeBundle Large(int n) {
    FakeBundle b;
    for (int i = 0; i < n; ++i) b.Add(Numbered(i));
    IndexReport report;
    Error err;
    REQUIRE(b.Write(&report, &err));
    REQUIRE(report.Rewritten);
    return b;
}

} // namespace

TEST_CASE("adding one article to 500 writes the root, the state and a delta segment of a few files") {
    FakeBundle b = Large(500);
    const Root before = b.DecodedRoot();
    const std::string base = before.Segments[0].Path;
    b.Add(MakeArticle("fresh", "2024-06-01T00:00:00Z", "Fresh ferries", "A new ferry line opened."));
    IndexReport report;
    Error err;
    REQUIRE(b.Write(&report, &err));
    CHECK_FALSE(report.Rewritten);
    CHECK(report.Documents == 501);
    CHECK(report.Written.size() == 6); // the state, days.bin, t0.bin, p0.bin, m0.json, the root
    CHECK(std::count(report.Written.begin(), report.Written.end(), kRootPath) == 1);
    CHECK(std::count(report.Written.begin(), report.Written.end(), kStatePath) == 1);
    CHECK(report.Removed.empty());
    for (const std::string& w : b.writes) CHECK(w.find(base) == std::string::npos); // the base is never touched
    const Root root = b.DecodedRoot();
    REQUIRE(root.Segments.size() == 2);
    CHECK(root.Segments[0].Path == base);
    CHECK(root.Segments[1].FirstDoc == 500);
    CHECK(root.Segments[1].Docs == 1);
    CHECK(root.AvgLength == before.AvgLength);
    const std::vector<TermRecord> records = b.Records(root.Segments[1]);
    const TermRecord* ferry = b.Find(records, "ferry");
    REQUIRE(ferry);
    CHECK(ferry->Postings[0].Doc == 0); // local to the delta
    CHECK(b.Metas(root.Segments[1])[0].Id == "fresh");

    // A second new article: the delta is written again with both, its old folder removed.
    const std::string old_delta = root.Segments[1].Path;
    b.Add(MakeArticle("fresher", "2024-06-02T00:00:00Z", "Fresher", "Another line."));
    REQUIRE(b.Write(&report, &err));
    const Root again = b.DecodedRoot();
    REQUIRE(again.Segments.size() == 2);
    CHECK(again.Segments[1].Docs == 2);
    CHECK(report.Written.size() <= 7);
    CHECK_FALSE(report.Removed.empty());
    CHECK(b.SegmentFolders() == std::set<std::string>{base, again.Segments[1].Path});
    CHECK(again.Segments[1].Path != old_delta);
}

TEST_CASE("nothing changed: nothing is written") {
    FakeBundle b = Large(50);
    const auto files = b.files;
    IndexReport report;
    Error err;
    REQUIRE(b.Write(&report, &err));
    CHECK(b.writes.empty());
    CHECK(b.removals.empty());
    CHECK(report.Documents == 50);
    CHECK(report.Bytes > 0);
    CHECK(b.files == files);
}

TEST_CASE("a removed article is listed as deleted; a changed one is deleted and written in the delta") {
    FakeBundle b = Large(500);
    b.Remove("a1010"); // the eleventh: document 10
    IndexReport report;
    Error err;
    REQUIRE(b.Write(&report, &err));
    CHECK_FALSE(report.Rewritten);
    Root root = b.DecodedRoot();
    CHECK(root.Deleted == std::vector<uint32_t>{10});
    CHECK(root.Docs == 499);
    CHECK(root.Segments.size() == 1);
    CHECK(report.Written.size() <= 2);

    b.Add(Numbered(20), "h2"); // the same id, other bytes
    REQUIRE(b.Write(&report, &err));
    root = b.DecodedRoot();
    CHECK(root.Deleted == std::vector<uint32_t>{10, 20});
    REQUIRE(root.Segments.size() == 2);
    CHECK(b.Metas(root.Segments[1])[0].Id == "a1020");
    CHECK(root.Docs == 499);

    // Back as it was: the base's document is live again and the delta is gone.
    b.Add(Numbered(20), "h1");
    REQUIRE(b.Write(&report, &err));
    root = b.DecodedRoot();
    CHECK(root.Deleted == std::vector<uint32_t>{10});
    CHECK(root.Segments.size() == 1);
    CHECK(b.SegmentFolders().size() == 1);
}

TEST_CASE("past the delta's bounds the index is written afresh and the old segments removed") {
    FakeBundle b = Large(100);
    const std::string base = b.DecodedRoot().Segments[0].Path;
    for (int i = 0; i < 11; ++i) b.Remove("a" + std::to_string(1000 + i)); // 11% deleted
    IndexReport report;
    Error err;
    REQUIRE(b.Write(&report, &err));
    CHECK(report.Rewritten);
    Root root = b.DecodedRoot();
    CHECK(root.Deleted.empty());
    REQUIRE(root.Segments.size() == 1);
    CHECK(root.Segments[0].Docs == 89);
    CHECK(b.SegmentFolders() == std::set<std::string>{root.Segments[0].Path});
    CHECK(root.Segments[0].Path != base);
    CHECK_FALSE(report.Removed.empty());

    // More new documents than a delta holds.
    for (uint32_t i = 0; i <= kMaxDeltaDocs; ++i)
        b.Add(MakeArticle("new" + std::to_string(i), "2025-01-01T00:00:00Z", "New " + std::to_string(i), "x"));
    REQUIRE(b.Write(&report, &err));
    CHECK(report.Rewritten);
    root = b.DecodedRoot();
    REQUIRE(root.Segments.size() == 1);
    CHECK(root.Docs == 89 + kMaxDeltaDocs + 1);

    // Incremental off: always afresh.
    b.Add(MakeArticle("one-more", "2025-02-01T00:00:00Z", "One more", "y"));
    IndexOptions options;
    options.Incremental = false;
    REQUIRE(b.Write(&report, &err, options));
    CHECK(report.Rewritten);
    CHECK(b.DecodedRoot().Segments.size() == 1);
}

TEST_CASE("a write cut short leaves the old index whole, and the next run removes what it left") {
    FakeBundle b = Large(40);
    const Root before = b.DecodedRoot();
    const std::string root_bytes = b.files.at(kRootPath);
    b.Add(MakeArticle("late", "2024-01-01T00:00:00Z", "Late", "Late news."));
    b.fail_write_after = 2; // the state naming the new segment, one of its files, then the disk is full
    IndexReport report;
    Error err;
    CHECK_FALSE(b.Write(&report, &err));
    CHECK(err.Reason == "disk full");
    CHECK(b.files.at(kRootPath) == root_bytes); // readers still see the old index
    CHECK(b.SegmentFolders().size() == 2);      // and a part of the new segment
    b.fail_write_after = -1;
    b.Remove("late");
    REQUIRE_MESSAGE(b.Write(&report, &err), err.Message());
    CHECK(b.SegmentFolders() == std::set<std::string>{before.Segments[0].Path});
    CHECK(b.DecodedRoot().Docs == 40);
}

TEST_CASE("a damaged root or state: the index is written afresh") {
    FakeBundle b = Large(30);
    b.files[kStatePath] = "{not json";
    IndexReport report;
    Error err;
    REQUIRE(b.Write(&report, &err));
    CHECK(report.Rewritten);
    CHECK(b.DecodedRoot().Docs == 30);
    b.files[kRootPath] = "[]";
    REQUIRE(b.Write(&report, &err));
    CHECK(report.Rewritten);
    CHECK(b.DecodedRoot().Docs == 30);
}

TEST_CASE("a delta cut short: the next run keeps the base, removes the part written and writes the delta") {
    FakeBundle b = Large(40);
    const std::string base = b.DecodedRoot().Segments[0].Path;
    b.Add(MakeArticle("late", "2024-01-01T00:00:00Z", "Late", "Late news."));
    b.fail_write_after = 2;
    IndexReport report;
    Error err;
    CHECK_FALSE(b.Write(&report, &err));
    b.fail_write_after = -1;
    REQUIRE_MESSAGE(b.Write(&report, &err), err.Message());
    CHECK_FALSE(report.Rewritten); // a delta, not the whole index again
    const Root root = b.DecodedRoot();
    REQUIRE(root.Segments.size() == 2);
    CHECK(root.Segments[0].Path == base);
    CHECK(b.SegmentFolders() == std::set<std::string>{base, root.Segments[1].Path});
    CHECK(b.Metas(root.Segments[1])[0].Id == "late");
}
