// The index writer (search/index_writer.h) over a bundle in memory (fake_bundle.h): what it writes decoded with the
// codec and checked term by term (postings oldest first, impacts by field, stems, facets, positions, days, cards),
// shards cut by size with every key where ShardOf looks, the same bytes from the same input, hostile articles, and
// a reader's session answering over it.
#include <doctest/doctest.h>

#include "fake_bundle.h"
#include "search/search_service.h"

using namespace folio;
using namespace folio::search;
using namespace folio::search::testing;

namespace {

FakeBundle Small() {
    FakeBundle b;
    Article older = MakeArticle("older", "2022-03-01T10:00:00Z", "Parliament elections", "Voters counted the ballots.\n\nA second paragraph.");
    older.Description = "The count of the elections went on all night.";
    older.Section = "World";
    older.Authors = {"Anna Lee"};
    older.Keywords = {"Politics", "Votes"};
    Article newer = MakeArticle("newer", "2022-03-02T09:00:00+03:00", "Markets", "Shares rose as elections ended.");
    newer.Section = "Business";
    newer.Authors = {"Ivan Petrov", "Anna Lee"};
    Photo p;
    p.Src = "x.jpg";
    p.Caption = "Traders on the floor";
    newer.Body.push_back(Block{BlockType::Photo});
    newer.Body.back().Image = p;
    Article undated = MakeArticle("undated", "", "Кошки и собаки", "Кошки спят.", "ru");
    b.Add(older), b.Add(newer), b.Add(undated);
    return b;
}

} // namespace

TEST_CASE("the writer's index: postings oldest first, impacts, stems, facets, positions, days and cards") {
    FakeBundle b = Small();
    IndexReport report;
    Error err;
    REQUIRE_MESSAGE(b.Write(&report, &err), err.Message());
    CHECK(report.Rewritten);
    CHECK(report.Documents == 3);
    const Root root = b.DecodedRoot();
    REQUIRE(root.Segments.size() == 1);
    const Segment& s = root.Segments[0];
    CHECK(s.Docs == 3);
    CHECK(root.Docs == 3);
    CHECK(root.Deleted.empty());
    CHECK(root.AvgLength > 0);
    const std::vector<TermRecord> records = b.Records(s);
    CHECK(report.Terms == records.size());

    // Documents: undated first, then by instant (09:00+03:00 is 06:00Z, after the first's day).
    const std::vector<MetaRecord> metas = b.Metas(s);
    REQUIRE(metas.size() == 3);
    CHECK(metas[0].Id == "undated");
    CHECK(metas[1].Id == "older");
    CHECK(metas[2].Id == "newer");
    CHECK(metas[1].Excerpt == "The count of the elections went on all night."); // the standfirst
    CHECK(metas[2].Excerpt == "Shares rose as elections ended.");               // else the first paragraph
    CHECK(metas[1].Authors == std::vector<std::string>{"Anna Lee"});
    CHECK(metas[1].Tags == std::vector<std::string>{"Politics", "Votes"});
    CHECK(metas[1].Section == "World");
    CHECK(metas[0].Language == "ru");
    CHECK(b.Days(s) == std::vector<int32_t>{kNoDay, 19052, 19053});

    // "elections" is a word whose stem is "election"; the stem's postings hold both articles.
    const TermRecord* word = b.Find(records, "elections");
    REQUIRE(word);
    CHECK(word->Stems == std::vector<std::string>{"election"});
    CHECK(word->Postings.empty());
    const TermRecord* stem = b.Find(records, "election");
    REQUIRE(stem);
    REQUIRE(stem->Postings.size() == 2);
    CHECK(stem->Postings[0].Doc == 1);
    CHECK(stem->Postings[1].Doc == 2);
    // In the headline (weight 3) and the standfirst (2) it outweighs one mention in a body (1).
    CHECK(stem->Postings[0].Impact > stem->Postings[1].Impact);
    CHECK(stem->Postings[1].Impact > 0);
    // Facets: each posting's is its document's (section, language) in the root's tables.
    for (const Posting& p : stem->Postings) {
        REQUIRE(p.Facet < root.Facets.size());
        CHECK(root.Sections[root.Facets[p.Facet].first] == metas[p.Doc].Section);
        CHECK(root.Languages[root.Facets[p.Facet].second] == metas[p.Doc].Language);
    }
    // Positions: the headline first ("parliament"@0 "elections"@1), the standfirst after a gap.
    const std::vector<std::vector<uint32_t>> pos = b.Positions(s, *stem);
    REQUIRE(pos.size() == 2);
    REQUIRE(pos[0].size() == 2);
    CHECK(pos[0][0] == 1);
    CHECK(pos[0][1] == 3 + 4); // "the count of the elections": the headline ends at 1, a gap, then from 3
    // Authors and tags as facet keys, with no impact and no positions.
    const TermRecord* anna = b.Find(records, FacetKey('a', "anna lee"));
    REQUIRE(anna);
    REQUIRE(anna->Postings.size() == 2);
    CHECK(anna->Postings[0].Impact == 0);
    CHECK(anna->PosBytes == 0);
    CHECK(b.Find(records, FacetKey('t', "politics")));
    // Authors, sections and tags are words too (the keywords field), and captions.
    CHECK(b.Find(records, "petrov"));
    CHECK(b.Find(records, "business"));
    CHECK(b.Find(records, "trader"));
    CHECK(b.Find(records, "кошки")); // no Russian stemmer in the toy: its own stem
}

TEST_CASE("a reader's session finds the writer's documents") {
    FakeBundle b = Small();
    IndexReport report;
    Error err;
    REQUIRE(b.Write(&report, &err));
    const IcuTextFolder folder;
    LocalSearchService service(folder);
    const auto search = [&](const std::string& typed, SearchOptions options = {}) {
        for (int round = 0; round < 10; ++round) {
            const std::vector<std::string> missing = service.Missing(typed, false, options);
            if (missing.empty()) break;
            for (const std::string& path : missing) {
                auto f = b.files.find(path);
                REQUIRE_MESSAGE(f != b.files.end(), path);
                service.Provide(path, f->second);
            }
        }
        std::vector<std::string> ids;
        for (const SearchHit& h : service.Run(typed, false, options).Hits) ids.push_back(h.Meta.Id);
        return ids;
    };
    CHECK(search("election") == std::vector<std::string>{"older", "newer"});
    CHECK(search("\"parliament elections\"") == std::vector<std::string>{"older"});
    CHECK(search("КОШКИ") == std::vector<std::string>{"undated"});
    SearchOptions by_author;
    by_author.Author = "Ivan Petrov";
    CHECK(search("elections", by_author) == std::vector<std::string>{"newer"});
}

TEST_CASE("many articles: several shards of about ShardBytes, every key in the shard ShardOf names") {
    FakeBundle b;
    for (int i = 0; i < 300; ++i) {
        std::string body;
        for (int k = 0; k < 40; ++k) body += "w" + std::to_string(i * 40 + k) + " common ";
        b.Add(MakeArticle("a" + std::to_string(i), "2022-01-01T00:00:00Z", "Article " + std::to_string(i), body));
    }
    IndexOptions options;
    options.ShardBytes = 4096;
    IndexReport report;
    Error err;
    REQUIRE(b.Write(&report, &err, options));
    const Root root = b.DecodedRoot();
    const Segment& s = root.Segments[0];
    CHECK(s.Shards.size() > 10);
    CHECK(report.Shards == s.Shards.size());
    for (size_t i = 0; i < s.Shards.size(); ++i) {
        const std::string& t = b.files.at(TermShardPath(s, i));
        // A shard passes ShardBytes by at most its last record (its keys are short here).
        CHECK(t.size() < options.ShardBytes + 2048);
    }
    const std::vector<TermRecord> records = b.Records(s); // checks every key against ShardOf
    CHECK(records.size() == report.Terms);
    CHECK(b.Find(records, "w11999"));
    const TermRecord* common = b.Find(records, "common");
    REQUIRE(common);
    CHECK(common->Postings.size() == 300);
    CHECK(b.Metas(s).size() == 300);
    // Ids tie on the date: by id, so a10 before a2.
    CHECK(b.Metas(s)[2].Id == "a10");
}

TEST_CASE("the same articles give the same bytes, whatever the number of threads") {
    FakeBundle one = Small(), three = Small();
    for (int i = 0; i < 200; ++i)
        for (FakeBundle* b : {&one, &three})
            b->Add(MakeArticle("n" + std::to_string(i), "2023-05-0" + std::to_string(1 + i % 9) + "T00:00:00Z",
                               "Story " + std::to_string(i % 17), "Text of story " + std::to_string(i) + " about rivers."));
    IndexOptions options;
    options.Jobs = 1;
    IndexReport r1, r3;
    Error err;
    REQUIRE(one.Write(&r1, &err, options));
    options.Jobs = 3;
    REQUIRE(three.Write(&r3, &err, options));
    CHECK(one.files == three.files);
    // Written afresh over itself (not incremental): the same segment, nothing rewritten but nothing removed.
    options.Incremental = false;
    REQUIRE(one.Write(&r1, &err, options));
    CHECK(one.files == three.files);
    CHECK(one.writes.empty());
    CHECK(one.removals.empty());
}

TEST_CASE("a hostile article: a huge word, control characters, bad UTF-8, many names") {
    FakeBundle b;
    Article a = MakeArticle("hostile", "2022-01-01", std::string(200000, 'x') + " \x1b[31m red\x07 caf\xC3",
                            std::string("nul\0byte", 8) + " \xE2\x80\xAE" "evil " + std::string(100000, '\xFF'));
    for (int i = 0; i < 100; ++i) a.Keywords.push_back("tag" + std::to_string(i));
    a.Authors.push_back(std::string(512, 'A'));
    a.Authors.push_back(std::string(170, ' ') + "\xEF\xB7\xBA\xEF\xB7\xBA\xEF\xB7\xBA"); // ﷺ folds to 18 letters
    b.Add(a);
    IndexReport report;
    Error err;
    REQUIRE_MESSAGE(b.Write(&report, &err), err.Message());
    const Root root = b.DecodedRoot();
    const std::vector<TermRecord> records = b.Records(root.Segments[0]);
    for (const TermRecord& r : records) {
        CHECK(r.Key.size() <= (r.Key[0] == '\x01' ? 3 + 1024 : kMaxTokenBytes));
    }
    CHECK(b.Find(records, std::string(kMaxTokenBytes, 'x')));
    CHECK(b.Find(records, "red"));
    CHECK(b.Find(records, "caf"));
    CHECK(b.Find(records, "evil"));
    const std::vector<MetaRecord> metas = b.Metas(root.Segments[0]); // decodes: at most 64 tags on the card
    REQUIRE(metas.size() == 1);
    CHECK(metas[0].Tags.size() == 64);
    CHECK(b.Find(records, FacetKey('t', "tag99"))); // the index holds every one
    // Eight such articles in one meta shard: each card's headline cut to the format's bound, so it still decodes.
    for (int i = 0; i < 8; ++i) {
        a.Id = "hostile" + std::to_string(i);
        b.Add(a);
    }
    REQUIRE_MESSAGE(b.Write(&report, &err), err.Message());
    for (const MetaRecord& m : b.Metas(b.DecodedRoot().Segments[0])) CHECK(m.Title.size() <= 2048);
}

TEST_CASE("an excerpt is cut at a word to at most kExcerptBytes") {
    FakeBundle b;
    std::string body;
    while (body.size() < 1000) body += "Ωραίος καιρός σήμερα ";
    b.Add(MakeArticle("long", "2022-01-01", "Long", body, "el"));
    IndexReport report;
    Error err;
    REQUIRE(b.Write(&report, &err));
    const std::string excerpt = b.Metas(b.DecodedRoot().Segments[0])[0].Excerpt;
    CHECK(excerpt.size() <= kExcerptBytes);
    CHECK(excerpt.size() > kExcerptBytes / 2);
    CHECK(excerpt.compare(excerpt.size() - 3, 3, "\xE2\x80\xA6") == 0);
    CHECK(body.compare(0, excerpt.size() - 3, excerpt, 0, excerpt.size() - 3) == 0);
    CHECK(body[excerpt.size() - 3] == ' '); // the cut falls between words
}

TEST_CASE("an article that cannot be read fails the write, naming it") {
    FakeBundle b = Small();
    b.hashes["ghost"] = "h";
    IndexIo io = b.Io();
    std::vector<IndexInput> in = b.Inputs();
    in.push_back(IndexInput{"ghost", "h", "2022-01-01"});
    IcuTextFolder folder;
    const MakeStemmer stemmers = [] { return std::make_unique<ToyStemmer>(); };
    IndexReport report;
    Error err;
    CHECK_FALSE(WriteSearchIndex(in, folder, stemmers, io, IndexOptions{}, &report, &err));
    CHECK(err.File == "articles/ghost.json");
    CHECK_FALSE(b.files.count(kRootPath)); // nothing written: the articles are read before any file is
    in.pop_back();
    in.push_back(in.front());
    CHECK_FALSE(WriteSearchIndex(in, folder, stemmers, io, IndexOptions{}, &report, &err));
    CHECK(err.Reason.find("given twice") != std::string::npos);
}

TEST_CASE("on several threads, an article that cannot be read fails the write, naming it, and nothing is written") {
    for (const int ghost : {0, 137, 299}) {
        FakeBundle b;
        std::vector<IndexInput> in;
        for (int i = 0; i < 300; ++i) {
            const std::string id = "a" + std::to_string(1000 + i); // one date: the documents in id order, i's
            if (i == ghost) {
                b.hashes[id] = "h";
                in.push_back(IndexInput{id, "h", "2022-01-01"});
                continue;
            }
            b.Add(MakeArticle(id, "2022-01-01", "Story " + std::to_string(i), "Words of story " + std::to_string(i) + "."));
        }
        for (const IndexInput& i : b.Inputs()) in.push_back(i);
        IcuTextFolder folder;
        const MakeStemmer stemmers = [] { return std::make_unique<ToyStemmer>(); };
        IndexOptions options;
        options.Jobs = 3;
        IndexReport report;
        Error err;
        CAPTURE(ghost);
        CHECK_FALSE(WriteSearchIndex(in, folder, stemmers, b.Io(), options, &report, &err));
        CHECK(err.File == "articles/a" + std::to_string(1000 + ghost) + ".json");
        CHECK(b.files.empty());
    }
}

TEST_CASE("facet keys as shards' first keys survive the root (they start with U+0001) and are found by a reader") {
    FakeBundle b;
    for (int i = 0; i < 200; ++i) {
        Article a = MakeArticle("f" + std::to_string(i), "2022-01-01T00:00:00Z", "Story", "Text.");
        a.Authors = {"Author number " + std::to_string(i)};
        a.Keywords = {"tag number " + std::to_string(i)};
        b.Add(a);
    }
    IndexOptions options;
    options.ShardBytes = 256;
    IndexReport report;
    Error err;
    REQUIRE(b.Write(&report, &err, options));
    const Root root = b.DecodedRoot(); // refused when a cleaned key came out of order
    const Segment& s = root.Segments[0];
    size_t facet_starts = 0;
    for (const std::string& first : s.Shards) facet_starts += !first.empty() && first[0] == '\x01';
    CHECK(facet_starts > 2);
    const std::vector<TermRecord> records = b.Records(s); // each key in the shard ShardOf names
    CHECK(b.Find(records, FacetKey('a', "author number 150")));
    // And a session filters by author through them.
    const IcuTextFolder folder;
    LocalSearchService service(folder);
    SearchOptions by;
    by.Author = "Author number 150";
    for (int round = 0; round < 10; ++round) {
        const std::vector<std::string> missing = service.Missing("story", false, by);
        if (missing.empty()) break;
        for (const std::string& path : missing) service.Provide(path, b.files.at(path));
    }
    const SearchResults results = service.Run("story", false, by);
    REQUIRE(results.Hits.size() == 1);
    CHECK(results.Hits[0].Meta.Id == "f150");
}
