// The search index's codec: every file kind round-trips, and truncated, reordered or lying bytes are refused as
// errors naming the file and the reason, never read on.
#include <doctest/doctest.h>

#include "search/index_format.h"

using namespace folio;
using namespace folio::search;

namespace {

std::vector<TermRecord> SampleRecords() {
    TermRecord a{"elect", {}, {{3, 200, 1}, {7, 12, 0}, {90000, 255, 2}}, 0, 11};
    TermRecord b{"election", {"elect"}, {}, 0, 0};
    TermRecord c{"elections", {"elect"}, {{1, 1, 0}}, 11, 4};
    TermRecord d{"東京", {}, {{0, 9, 0}}, 15, 3};
    return {a, b, c, d};
}

} // namespace

TEST_CASE("a term shard round-trips: front-coded keys, stems, postings, positions' places") {
    const std::vector<TermRecord> records = SampleRecords();
    const std::string bytes = EncodeTermShard(records);
    std::vector<TermRecord> back;
    Error err;
    REQUIRE(DecodeTermShard(bytes, "t0.bin", &back, &err));
    REQUIRE(back.size() == records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        CHECK(back[i].Key == records[i].Key);
        CHECK(back[i].Stems == records[i].Stems);
        CHECK(back[i].PosOffset == records[i].PosOffset);
        CHECK(back[i].PosBytes == records[i].PosBytes);
        REQUIRE(back[i].Postings.size() == records[i].Postings.size());
        for (size_t k = 0; k < records[i].Postings.size(); ++k) {
            CHECK(back[i].Postings[k].Doc == records[i].Postings[k].Doc);
            CHECK(back[i].Postings[k].Impact == records[i].Postings[k].Impact);
            CHECK(back[i].Postings[k].Facet == records[i].Postings[k].Facet);
        }
    }
    // Front coding: "election" and "elections" share their start with the key before, so neither is written out.
    CHECK(bytes.find("election") == std::string::npos);
}

TEST_CASE("a term shard cut short anywhere, or with bytes after it, is refused") {
    const std::string bytes = EncodeTermShard(SampleRecords());
    for (size_t n = 0; n < bytes.size(); ++n) {
        std::vector<TermRecord> back;
        Error err;
        CHECK_FALSE(DecodeTermShard(std::string_view(bytes).substr(0, n), "t0.bin", &back, &err));
        CHECK(err.File == "t0.bin");
        CHECK_FALSE(err.Reason.empty());
        CHECK(back.empty());
    }
    std::vector<TermRecord> back;
    Error err;
    CHECK_FALSE(DecodeTermShard(bytes + "x", "t0.bin", &back, &err));
    CHECK(err.Reason.find("after the last record") != std::string::npos);
}

TEST_CASE("a term shard with keys out of order, a document twice or a count it cannot back is refused") {
    Error err;
    std::vector<TermRecord> back;
    std::vector<TermRecord> swapped = {TermRecord{"b", {}, {{1, 1, 0}}, 0, 0}, TermRecord{"a", {}, {{1, 1, 0}}, 0, 0}};
    CHECK_FALSE(DecodeTermShard(EncodeTermShard(swapped), "t1.bin", &back, &err));
    CHECK(err.Reason.find("out of order") != std::string::npos);

    std::vector<TermRecord> twice = {TermRecord{"a", {}, {{4, 1, 0}, {4, 1, 0}}, 0, 0}};
    CHECK_FALSE(DecodeTermShard(EncodeTermShard(twice), "t1.bin", &back, &err));
    CHECK(err.Reason.find("twice") != std::string::npos);

    // "FSt1", then a record count of 2^28 in a file of a few bytes.
    const std::string lying = std::string("FSt1") + "\x80\x80\x80\x80\x01";
    CHECK_FALSE(DecodeTermShard(lying, "t1.bin", &back, &err));
    CHECK_FALSE(DecodeTermShard("PK\x03\x04", "t1.bin", &back, &err));
    CHECK(err.Reason.find("FSt1") != std::string::npos);
}

TEST_CASE("positions round-trip per posting and refuse a repeated position or trailing bytes") {
    const std::vector<std::vector<uint32_t>> positions = {{0, 5, 300}, {}, {4000000000u}};
    std::string bytes;
    EncodePositions(positions, &bytes);
    std::vector<std::vector<uint32_t>> back;
    Error err;
    REQUIRE(DecodePositions(bytes, 3, "p0.bin", &back, &err));
    CHECK(back == positions);
    CHECK_FALSE(DecodePositions(bytes, 2, "p0.bin", &back, &err)); // more bytes than two postings hold
    CHECK_FALSE(DecodePositions(bytes, 4, "p0.bin", &back, &err)); // fewer than four need
    std::string repeated;
    EncodePositions({{7, 7}}, &repeated);
    CHECK_FALSE(DecodePositions(repeated, 1, "p0.bin", &back, &err));
}

TEST_CASE("days round-trip as runs, with undated documents first, and must cover the segment exactly") {
    const std::vector<int32_t> days = {kNoDay, kNoDay, -5, 0, 0, 19000, 19000, 19000, 20500};
    const std::string bytes = EncodeDays(days);
    std::vector<int32_t> back;
    Error err;
    REQUIRE(DecodeDays(bytes, days.size(), "days.bin", &back, &err));
    CHECK(back == days);
    CHECK(bytes[4] == 5); // five runs, not nine days
    CHECK_FALSE(DecodeDays(bytes, days.size() + 1, "days.bin", &back, &err));
    CHECK(err.Reason.find("segment has") != std::string::npos);
    CHECK_FALSE(DecodeDays(bytes, days.size() - 1, "days.bin", &back, &err));
    for (size_t n = 0; n < bytes.size(); ++n) CHECK_FALSE(DecodeDays(bytes.substr(0, n), days.size(), "days.bin", &back, &err));
}

TEST_CASE("meta shards round-trip; a card whose id is no article id is refused; text is cleaned") {
    MetaRecord m{"moscow-talks", "Talks in Moscow", "World", "2025-03-22T09:00:00Z", "en", "MOSCOW, March 22. /TASS/.",
                 {"Anna Petrova"}, {"diplomacy", "russia"}};
    MetaRecord bare{"x1", "Untitled", "", "", "", "", {}, {}};
    std::vector<MetaRecord> back;
    Error err;
    REQUIRE(DecodeMetaShard(EncodeMetaShard({m, bare}), "m0.json", &back, &err));
    REQUIRE(back.size() == 2);
    CHECK(back[0].Title == m.Title);
    CHECK(back[0].Date == m.Date);
    CHECK(back[0].Authors == m.Authors);
    CHECK(back[0].Tags == m.Tags);
    CHECK(back[1].Section.empty());

    MetaRecord hostile = m;
    hostile.Id = "../../etc/passwd";
    Error id;
    CHECK_FALSE(DecodeMetaShard(EncodeMetaShard({hostile}), "m0.json", &back, &id));
    CHECK(id.Path == "$.docs[0].id");
    MetaRecord overriding = m;
    overriding.Title = "evil\u202Egnp.exe";
    REQUIRE(DecodeMetaShard(EncodeMetaShard({overriding}), "m0.json", &back, &err));
    CHECK(back[0].Title.find("\u202E") == std::string::npos);
    Error missing;
    CHECK_FALSE(DecodeMetaShard("{\"docs\": [{\"id\": \"a\"}]}", "m0.json", &back, &missing));
    CHECK(missing.Path == "$.docs[0].title");
}

TEST_CASE("the root round-trips and its tables are checked against each other") {
    Root root;
    root.Docs = 9;
    root.AvgLength = 412.5;
    root.Sections = {"World", "Science"};
    root.Languages = {"en", "ru"};
    root.Facets = {{0, 0}, {1, 1}};
    root.Segments = {Segment{"s-0123456789abcdef", 0, 8, {"", "m", "t"}, 8}, Segment{"s-fedcba9876543210", 8, 2, {""}, 4}};
    root.Deleted = {3};
    Root back;
    Error err;
    REQUIRE(DecodeRoot(EncodeRoot(root), "search/index.json", &back, &err));
    CHECK(back.Docs == 9);
    CHECK(back.AvgLength == doctest::Approx(412.5));
    CHECK(back.Facets == root.Facets);
    REQUIRE(back.Segments.size() == 2);
    CHECK(back.Segments[0].Shards == root.Segments[0].Shards);
    CHECK(back.Segments[1].FirstDoc == 8);
    CHECK(back.Deleted == root.Deleted);

    Root bad = root;
    bad.Segments[0].Path = "../../x";
    CHECK_FALSE(DecodeRoot(EncodeRoot(bad), "search/index.json", &back, &err));
    CHECK(err.Path == "$.segments[0].path");
    bad = root;
    bad.Segments[1].FirstDoc = 7;
    CHECK_FALSE(DecodeRoot(EncodeRoot(bad), "search/index.json", &back, &err));
    bad = root;
    bad.Facets.push_back({2, 0});
    CHECK_FALSE(DecodeRoot(EncodeRoot(bad), "search/index.json", &back, &err));
    bad = root;
    bad.Docs = 10;
    Error docs;
    CHECK_FALSE(DecodeRoot(EncodeRoot(bad), "search/index.json", &back, &docs));
    CHECK(docs.Path == "$.docs");
    bad = root;
    bad.Segments[0].Shards = {"", "t", "m"};
    CHECK_FALSE(DecodeRoot(EncodeRoot(bad), "search/index.json", &back, &err));
    Error format;
    CHECK_FALSE(DecodeRoot("{\"format\": \"folio-search 2\"}", "search/index.json", &back, &format));
    CHECK(format.Path == "$.format");
}

TEST_CASE("a key's shard is the last whose first key is not after it; paths are the segment's") {
    Segment s{"s-0123456789abcdef", 0, 100, {"", "d", "m", "t"}, 8};
    CHECK(ShardOf(s, "") == 0);
    CHECK(ShardOf(s, "apple") == 0);
    CHECK(ShardOf(s, "d") == 1);
    CHECK(ShardOf(s, "moscow") == 2);
    CHECK(ShardOf(s, "zebra") == 3);
    CHECK(ShardOf(s, FacetKey('a', "anna petrova")) == 0); // facet keys sort first
    CHECK(TermShardPath(s, 2) == "search/s-0123456789abcdef/t2.bin");
    CHECK(PositionsPath(s, 2) == "search/s-0123456789abcdef/p2.bin");
    CHECK(MetaShardPath(s, 17) == "search/s-0123456789abcdef/m2.json");
    CHECK(DaysPath(s) == "search/s-0123456789abcdef/days.bin");
}
