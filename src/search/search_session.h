// One reader's searches over one bundle's index, without input or output of its own: it says which files it
// lacks (Missing), is handed their bytes (Provide) and answers (Run) once it has them. The viewers' search
// controller (ui/search_controller) fetches through the Host; tests and the fuzz target hand it bytes.
//
// Ranking: BM25 over the impacts (index_format.h) with each query word's idf from its document frequency across
// segments; a recency boost (Order::Best) or newest first (Order::Newest). A word stands for its own key's
// postings and its stems'; a prefix for every key it starts (at most kMaxExpansions, most frequent first).
// Every clause must match (AND); excluded clauses drop documents; phrases need consecutive positions.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>
#include "model/error.h"
#include "search/index_format.h"
#include "search/query.h"

namespace folio::search {

enum class Order { Best, Newest };

struct SearchOptions {
    Order Sort = Order::Best;
    std::string Section, Language;  // filters: "" for any (names as the root's tables have them)
    std::string Author, Tag;        // filters: "" for any (as written in the articles; SearchSession takes them
                                    // folded, which LocalSearchService does)
    int32_t FromDay = kNoDay, ToDay = kNoDay; // a date range, inclusive (days since 1970-01-01); kNoDay: open
    uint32_t Offset = 0, Count = 20;          // the page of hits wanted
    int32_t Today = kNoDay;                   // for the recency boost (kNoDay: the newest document's day)
};

struct FacetCount {
    std::string Value;
    uint32_t Count = 0;
};

struct SearchHit {
    uint32_t Doc = 0;
    float Score = 0;
    int32_t Day = kNoDay;
    bool HasMeta = false;             // its card is held (Missing asks for the page's meta shards)
    MetaRecord Meta;                  // a copy, so results outlive the files held (and cross the web's bridge)
};

struct SearchResults {
    uint32_t Total = 0;                      // documents matching (after filters)
    std::vector<SearchHit> Hits;             // the page asked for
    std::vector<FacetCount> Sections, Languages; // counts among the matches before the section/language filters
    std::vector<FacetCount> Years;           // "2025": the matches dated in each year, newest first, before the
                                             // date range (after the other filters)
    std::vector<FacetCount> Authors, Tags;   // those of the page's hits, each with its count among the page's hits
    std::vector<std::string> Terms;          // the index terms and words matched, for highlighting
    bool Ready = false;                      // false: files are missing (Missing says which)
    std::string Error;                       // a file that failed or was refused; "" if none
};

class SearchSession {
public:
    SearchSession();
    ~SearchSession();
    SearchSession(const SearchSession&) = delete;
    SearchSession& operator=(const SearchSession&) = delete;

    // The files (paths relative to the bundle) still needed to answer; empty when Run can.
    std::vector<std::string> Missing(const Query& query, const SearchOptions& options);
    // A file's bytes, or why it could not be fetched. A file that fails to decode counts as failed.
    void Provide(const std::string& path, std::string bytes);
    void Failed(const std::string& path, const std::string& why);
    SearchResults Run(const Query& query, const SearchOptions& options);

    bool HasRoot() const;
    const Root* IndexRoot() const; // null until the root is held
    size_t BytesHeld() const;      // files held (decoded) in bytes; bounded by kMaxHeldBytes, least used dropped

    static constexpr size_t kMaxExpansions = 32;
    static constexpr size_t kMaxHeldBytes = 32u << 20;

private:
    void Walk(const Query& query, const SearchOptions& options); // the answer for these, made once per files held
    struct State;
    std::unique_ptr<State> state_;
};

// Where the words matched lie in text as written (a title, an excerpt): byte ranges, ascending and disjoint, of
// each word whose folded tokens equal a query token or start with a matched term (a stem or a typed prefix).
std::vector<std::pair<size_t, size_t>> MatchRanges(std::string_view text, const std::vector<std::string>& terms,
                                                   const TextFolder& folder);

} // namespace folio::search
