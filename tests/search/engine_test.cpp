// The search engine's reading side: tokens, queries, and a session answering over an index made in memory
// (mini_index.h), fetching only the files a query needs.
#include <doctest/doctest.h>

#include <algorithm>
#include "search/query.h"
#include "search/search_service.h"
#include "search/search_session.h"
#include "mini_index.h"

using namespace folio::search;
using namespace folio::search::testing;

namespace {

std::vector<std::string> Texts(std::string_view folded) {
    std::vector<Token> tokens;
    Tokenize(folded, 0, tokens);
    std::vector<std::string> out;
    for (auto& t : tokens) out.push_back(t.Text);
    return out;
}

// A service over files, fetching as the viewers do until nothing is missing; counts what it fetched.
struct Fetching {
    std::map<std::string, std::string> files;
    AsciiFolder folder;
    LocalSearchService service{folder};
    std::vector<std::string> fetched;
    SearchResults Search(const std::string& typed, SearchOptions options = {}, bool typing = false) {
        for (int round = 0; round < 20; ++round) {
            auto missing = service.Missing(typed, typing, options);
            if (missing.empty()) break;
            for (const std::string& path : missing) {
                fetched.push_back(path);
                if (auto f = files.find(path); f != files.end()) service.Provide(path, f->second);
                else service.Failed(path, path + ": 404");
            }
        }
        return service.Run(typed, typing, options);
    }
};

std::vector<std::string> Ids(const SearchResults& r) {
    std::vector<std::string> out;
    for (const SearchHit& h : r.Hits) out.push_back(h.HasMeta ? h.Meta.Id : "?");
    return out;
}

std::vector<MiniDoc> Corpus() {
    std::vector<MiniDoc> d(6);
    d[0] = {"a0", "Parliament elected a new speaker", "The vote was close in the capital.", "World", "en", 18000, {"Anna Lee"}};
    d[1] = {"a1", "Elections in Moscow", "Voters went to the polls on Sunday in Moscow.", "World", "en", 18500, {"Ivan Petrov"}};
    d[2] = {"a2", "Markets rally", "Shares rose after the central bank held rates.", "Business", "en", 19000, {"Anna Lee"}};
    d[3] = {"a3", "Bank of Moscow", "The central bank of the city reported profits.", "Business", "en", 19500, {}};
    d[4] = {"a4", "Football results", "Moscow club wins the cup after a close match.", "Sport", "en", 20000, {}};
    d[5] = {"a5", "Election night", "Results of the election came in overnight. Election election.", "World", "en", 20100, {}};
    return d;
}

} // namespace

TEST_CASE("tokens: words between spaces, ß and final sigma written once, bigrams of unsegmented scripts") {
    CHECK(Texts("moscow  march 22 tass") == std::vector<std::string>{"moscow", "march", "22", "tass"});
    CHECK(Texts("straße") == std::vector<std::string>{"strasse"});
    CHECK(Texts("λόγος") == std::vector<std::string>{"λόγοσ"});
    CHECK(Texts("東京都") == std::vector<std::string>{"東京", "京都"});
    CHECK(Texts("abc東京") == std::vector<std::string>{"abc", "東京"});
    CHECK(Texts("東") == std::vector<std::string>{"東"});
    CHECK(Texts("ภาษาไทย").size() == 6);
    const std::string huge(500, 'x');
    CHECK(Texts(huge)[0].size() == kMaxTokenBytes);
    CHECK(Texts(std::string(70, 'x') + "é")[0].size() == kMaxTokenBytes);
    std::string bad = "ab\xFF\xC3" "cd";
    CHECK(Texts(bad) == std::vector<std::string>{"ab", "cd"});
    std::vector<Token> tokens;
    CHECK(Tokenize("one two", 7, tokens) == 9);
    CHECK(tokens[1].Position == 8);
}

TEST_CASE("queries: words, phrases in quotes, exclusions and the word being typed") {
    AsciiFolder f;
    Query q = ParseQuery("Election \"prime minister\" -sport wi-fi", f, false);
    REQUIRE(q.Clauses.size() == 4);
    CHECK(q.Clauses[0].Tokens == std::vector<std::string>{"election"});
    CHECK(q.Clauses[1].Phrase);
    CHECK(q.Clauses[1].Tokens == std::vector<std::string>{"prime", "minister"});
    CHECK(q.Clauses[2].Excluded);
    CHECK(q.Clauses[3].Phrase); // one word, two tokens
    CHECK_FALSE(q.Clauses[3].Prefix);
    CHECK(ParseQuery("mosc", f, true).Clauses[0].Prefix);
    CHECK_FALSE(ParseQuery("mosc ", f, true).Clauses[0].Prefix);
    CHECK_FALSE(ParseQuery("-mosc", f, true).Clauses[0].Prefix);
    CHECK(ParseQuery("-sport", f, false).Empty());
    CHECK(ParseQuery("  ,;  ", f, false).Empty());
    Query open = ParseQuery("\"central ba", f, true);
    REQUIRE(open.Clauses.size() == 1);
    CHECK(open.Clauses[0].Phrase);
    CHECK(open.Clauses[0].Prefix);
    Query typographic = ParseQuery("\xE2\x80\x9C" "central bank" "\xE2\x80\x9D", f, false);
    REQUIRE(typographic.Clauses.size() == 1);
    CHECK(typographic.Clauses[0].Phrase);
    std::string many;
    for (int i = 0; i < 100; ++i) many += "w" + std::to_string(i) + " ";
    CHECK(ParseQuery(many, f, false).Clauses.size() == kMaxClauses);
    CHECK(ParseQuery(std::string(5000, 'a'), f, true).Clauses.size() == 1);
}

TEST_CASE("a word finds its stem's documents; every word must match; excluded words drop documents") {
    Fetching s{MakeMiniIndex(Corpus())};
    SearchResults r = s.Search("elections");
    REQUIRE(r.Ready);
    CHECK(r.Error.empty());
    CHECK(r.Total == 3); // elected, Elections, election
    CHECK(Ids(r).front() == "a5"); // four times in a short text, and the newest
    CHECK(std::count(r.Terms.begin(), r.Terms.end(), "elect") == 1);
    CHECK(s.Search("moscow bank").Total == 1);
    CHECK(Ids(s.Search("moscow -bank")) == std::vector<std::string>{"a1", "a4"}); // a1 says Moscow twice
    CHECK(s.Search("zebra").Total == 0);
    CHECK(s.Search("zebra").Ready);
}

TEST_CASE("a form no article has finds the articles of the index term it starts with") {
    Fetching s{MakeMiniIndex(Corpus())};
    CHECK(s.Search("electing").Total == 3); // "elect", as "elected", "elections" and "election" are indexed
    CHECK(s.Search("moscows").Total == 3);
    CHECK(s.Search("elec").Total == 0);      // too short to be a form of anything: a word of its own
    CHECK(s.Search("electoratexyz").Total == 0); // more than a suffix away
}

TEST_CASE("phrases need their words at consecutive positions") {
    Fetching s{MakeMiniIndex(Corpus())};
    CHECK(Ids(s.Search("\"central bank\"")) == std::vector<std::string>{"a3", "a2"});
    CHECK(s.Search("\"bank central\"").Total == 0);
    CHECK(Ids(s.Search("\"bank of moscow\"")) == std::vector<std::string>{"a3"});
    CHECK(s.Search("\"moscow club wins\"").Total == 1);
}

TEST_CASE("the word being typed matches as a prefix") {
    Fetching s{MakeMiniIndex(Corpus())};
    CHECK(s.Search("mosc", {}, true).Total == 3);
    CHECK(s.Search("mosc", {}, false).Total == 0);
    // "electi" reaches the keys election and elections, which stand for their stem: what the finished word finds
    CHECK(s.Search("electi", {}, true).Total == 3);
    CHECK(s.Search("elec", {}, true).Total == 3);
}

TEST_CASE("filters with counts, newest first, pages, deleted documents, date ranges") {
    Fetching s{MakeMiniIndex(Corpus(), {3})};
    SearchResults all = s.Search("the");
    CHECK(all.Total == 5); // a3 is deleted
    SearchOptions business;
    business.Section = "Business";
    SearchResults b = s.Search("the", business);
    CHECK(b.Total == 1);
    CHECK(Ids(b) == std::vector<std::string>{"a2"});
    bool counted = false;
    for (const FacetCount& c : b.Sections) counted |= c.Value == "World" && c.Count == 3;
    CHECK(counted); // counts before the section filter
    SearchOptions newest;
    newest.Sort = Order::Newest;
    CHECK(Ids(s.Search("the", newest)) == std::vector<std::string>{"a5", "a4", "a2", "a1", "a0"});
    newest.Offset = 2, newest.Count = 2;
    CHECK(Ids(s.Search("the", newest)) == std::vector<std::string>{"a2", "a1"});
    SearchOptions range;
    range.FromDay = 18500, range.ToDay = 19000;
    const SearchResults ranged = s.Search("the", range);
    CHECK(ranged.Total == 2);
    // The years, newest first, counted without the range (a reader moves to another year) but with the other filters.
    const auto years = [](const SearchResults& r) {
        std::vector<std::pair<std::string, uint32_t>> out;
        for (const FacetCount& c : r.Years) out.emplace_back(c.Value, c.Count);
        return out;
    };
    using YearCounts = std::vector<std::pair<std::string, uint32_t>>;
    CHECK(years(all) == YearCounts{{"2025", 1}, {"2024", 1}, {"2022", 1}, {"2020", 1}, {"2019", 1}});
    CHECK(years(ranged) == years(all));
    CHECK(years(b) == YearCounts{{"2022", 1}});
    uint32_t world = 0;
    for (const FacetCount& c : ranged.Sections) world += c.Value == "World" ? c.Count : 0;
    CHECK(world == 1); // the sections are counted within the range
    SearchOptions anna;
    anna.Author = "Anna Lee";
    std::vector<std::string> annas = Ids(s.Search("the", anna));
    std::sort(annas.begin(), annas.end());
    CHECK(annas == std::vector<std::string>{"a0", "a2"});
}

TEST_CASE("a query fetches the root, its terms' shards and its page's cards, not the whole index") {
    std::vector<MiniDoc> docs;
    for (int i = 0; i < 60; ++i)
        docs.push_back({"d" + std::to_string(i), "Story " + std::to_string(i), "word" + std::to_string(i) + " common text", "World", "en", 18000 + i, {}});
    Fetching s{MakeMiniIndex(docs)};
    SearchResults r = s.Search("word7");
    CHECK(Ids(r) == std::vector<std::string>{"d7"});
    // root, one term shard, days, one meta shard
    CHECK(s.fetched.size() == 4);
    const size_t before = s.fetched.size();
    s.Search("word7");
    CHECK(s.fetched.size() == before); // held
    SearchOptions page;
    page.Count = 5;
    SearchResults c = s.Search("common", page);
    CHECK(c.Total == 60);
    CHECK(c.Hits.size() == 5);
    for (const SearchHit& h : c.Hits) CHECK(h.HasMeta);
}

TEST_CASE("files that fail or are hostile give an answer that says so, never a crash") {
    auto files = MakeMiniIndex(Corpus());
    Fetching s{files};
    s.files["search/s-0123456789abcdef/t0.bin"] = "FSt1\xFF\xFF\xFF\xFF\xFF\xFF";
    s.files["search/s-0123456789abcdef/t1.bin"] = "";
    s.files["search/s-0123456789abcdef/t2.bin"] = std::string(64, '\x80');
    SearchResults r = s.Search("moscow");
    CHECK(r.Ready);
    CHECK_FALSE(r.Error.empty());
    CHECK(r.Error.find("search/s-0123456789abcdef/t") != std::string::npos);
    Fetching none{{}};
    SearchResults n = none.Search("moscow");
    CHECK(n.Ready);
    CHECK(n.Error.find("404") != std::string::npos);
    Fetching broken_root{{{kRootPath, "{\"format\": 1}"}}};
    CHECK_FALSE(broken_root.Search("x").Error.empty());
}

TEST_CASE("match ranges: the words matched in text as written, without their punctuation") {
    AsciiFolder f;
    const std::string title = "Elections in Moscow, today: \"elected\" the…";
    auto ranges = MatchRanges(title, {"elect", "moscow"}, f);
    REQUIRE(ranges.size() == 3);
    CHECK(title.substr(ranges[0].first, ranges[0].second - ranges[0].first) == "Elections");
    CHECK(title.substr(ranges[1].first, ranges[1].second - ranges[1].first) == "Moscow");
    CHECK(title.substr(ranges[2].first, ranges[2].second - ranges[2].first) == "elected");
    CHECK(MatchRanges("the theory", {"the"}, f).size() == 1);
    auto cjk = MatchRanges("在東京都的会議", {"東京"}, f);
    REQUIRE(cjk.size() == 1);
    CHECK(cjk[0].second - cjk[0].first == 6);
    CHECK(MatchRanges("anything", {}, f).empty());
}
