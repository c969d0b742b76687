// The bundle build's search index (cli/search_index.h): written after the articles, from their files, with the ICU
// fold and Snowball stems; the same sources give the same bytes whatever the job count; --no-search removes it; a
// link planted in search/ is never followed; the dates and hashes the writer orders and compares by.
#include "cli/bundle_build.h"
#include "cli/search_index.h"
#include "search/index_format.h"

#include "test_errors.h"
#include "test_files.h"

#include <doctest/doctest.h>
#include <filesystem>

namespace fs = std::filesystem;
using namespace folio;
using namespace folio::cli;
using namespace folio::test;

namespace {

const TempFolders kFolders("folio-search-index-test");

bool Build(const std::string& src, const std::string& out, BuildSummary* s, std::string* errors, unsigned jobs = 1,
           bool search = true) {
    std::vector<Error> warnings, errs;
    const bool ok = BuildBundle(src, out, BundleSite{}, ImportOptions{}, UnknownFolder::Refuse, s, &warnings, &errs, jobs, {}, search);
    *errors = Messages(errs);
    return ok;
}

std::string Sources() {
    const std::string src = kFolders.Fresh("src");
    Write(src + "/a.md", "---\ntitle: Elections in Lisbon\ndate: 2022-03-01\nlanguage: en\nauthor: Ana Lima\n---\nVoters elected a mayor.\n");
    Write(src + "/b.md", "---\ntitle: Выборы в Москве\ndate: 2022-03-02\nlanguage: ru\n---\nИзбиратели голосовали.\n");
    Write(src + "/c.md", "---\ntitle: Zeitungen\ndate: 2022-03-03\nlanguage: de\n---\nDie Zeitungen berichten.\n");
    // Russian "й" is a letter of its own to the stemmer: "новый" (new) and "Вырбаковой" (a surname's genitive)
    // lose their adjectival endings only when read with it, not as the fold's "новыи".
    Write(src + "/d.md", "---\ntitle: Новый мэр\ndate: 2022-03-04\nlanguage: ru\n---\nПредставители Вырбаковой и "
                         "Вырбакову поздравили новую команду.\n");
    return src;
}

std::vector<search::TermRecord> AllRecords(const std::string& out, const search::Segment& s) {
    std::vector<search::TermRecord> all;
    for (size_t i = 0; i < s.Shards.size(); ++i) {
        std::vector<search::TermRecord> shard;
        Error e;
        REQUIRE_MESSAGE(search::DecodeTermShard(Read(out + "/" + search::TermShardPath(s, i)), "t", &shard, &e), e.Message());
        all.insert(all.end(), shard.begin(), shard.end());
    }
    return all;
}

bool Stems(const std::vector<search::TermRecord>& records, const std::string& word, const std::string& stem) {
    for (const search::TermRecord& r : records)
        if (r.Key == word) return std::find(r.Stems.begin(), r.Stems.end(), stem) != r.Stems.end();
    return false;
}

} // namespace

TEST_CASE("build writes the search index: each article's words stemmed in its language") {
    const std::string src = Sources(), out = kFolders.Fresh("out");
    BuildSummary s;
    std::string errors;
    REQUIRE_MESSAGE(Build(src, out, &s, &errors), errors);
    CHECK(s.Searchable);
    CHECK(s.Search.Documents == 4);
    CHECK(s.Search.Rewritten);
    CHECK(s.Search.Bytes > 0);
    search::Root root;
    Error e;
    REQUIRE_MESSAGE(search::DecodeRoot(Read(out + "/search/index.json"), "index.json", &root, &e), e.Message());
    REQUIRE(root.Segments.size() == 1);
    CHECK(root.Languages == std::vector<std::string>{"en", "ru", "de"}); // first seen, oldest first
    const std::vector<search::TermRecord> records = AllRecords(out, root.Segments[0]);
    CHECK(Stems(records, "elections", "elect"));
    CHECK(Stems(records, "выборы", "выбор"));
    CHECK(Stems(records, "zeitungen", "zeitung"));
    CHECK(Stems(records, "новыи", "нов"));      // the folded word (as readers type and fold it), the stem of "новый"
    CHECK(Stems(records, "новую", "нов"));
    CHECK(Stems(records, "вырбаковои", "вырбаков"));
    CHECK(Stems(records, "вырбакову", "вырбаков"));
    CHECK(fs::exists(out + "/search/state.json"));
    CHECK_FALSE(fs::exists(out + "/search/index.json.gz")); // the index's files have no copies

    // Another job count: the same bytes.
    const std::string other = kFolders.Fresh("out3");
    BuildSummary s3;
    REQUIRE_MESSAGE(Build(src, other, &s3, &errors, 3), errors);
    for (const std::string& f : s.Search.Written) CHECK_MESSAGE(Read(out + "/" + f) == Read(other + "/" + f), f);

    // --no-search: the index goes, and nothing else.
    BuildSummary none;
    REQUIRE_MESSAGE(Build(src, out, &none, &errors, 1, false), errors);
    CHECK_FALSE(none.Searchable);
    CHECK(none.SearchRemoved == s.Search.Written.size());
    CHECK_FALSE(fs::exists(out + "/search/index.json"));
    CHECK_FALSE(fs::exists(out + "/search/state.json"));
    CHECK(fs::exists(out + "/feed.json"));
}

TEST_CASE("a link planted where the index writes is replaced, never followed") {
    const std::string src = Sources(), out = kFolders.Fresh("linked"), outside = kFolders.Fresh("outside");
    BuildSummary s;
    std::string errors;
    REQUIRE_MESSAGE(Build(src, out, &s, &errors), errors);
    Write(outside + "/secret", "keep");
    fs::remove(out + "/search/state.json");
    fs::create_symlink(outside + "/secret", out + "/search/state.json");
    Write(src + "/d.md", "---\ntitle: Late\ndate: 2022-04-01\n---\nLate.\n");
    BuildSummary again;
    REQUIRE_MESSAGE(Build(src, out, &again, &errors), errors);
    CHECK(Read(outside + "/secret") == "keep");
    CHECK(fs::is_regular_file(fs::symlink_status(out + "/search/state.json")));
    CHECK(again.Search.Documents == 4);
}

TEST_CASE("the dates the index orders by, and the files' hashes") {
    CHECK(InstantText(0) == "1970-01-01T00:00:00Z");
    CHECK(InstantText(1647933300) == "2022-03-22T07:15:00Z");
    CHECK(InstantText(-86400) == "1969-12-31T00:00:00Z");
    CHECK(InstantText(951782400) == "2000-02-29T00:00:00Z");
    CHECK(FileHashOf("a") != FileHashOf("b"));
    CHECK(FileHashOf("abc") == 0xba7816bf8f01cfeaull); // SHA-256's first 64 bits
}
