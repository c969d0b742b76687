// The reader's search, ImGui-free: the query as typed (searched once the reader pauses for kDebounceSeconds, its
// last word a prefix while they type), the order and filters, how many hits are shown (kPageSize more each time the
// reader scrolls near the end), and the index files the engine lacks, fetched through the Host from the bundle's
// folder (each at most once at a time; a file that fails is not fetched again until Retry) and handed to the
// engine, a search::SearchService (Host::Search(); null: no search here). Its state is what the App draws: the
// results, a status and the error as a message. Time comes from the caller (the App's clock), so it is tested with
// a fake service and a fake clock. Idle (nothing typed, nothing on its way) a frame's Tick does no work.
#pragma once
#include "search/search_session.h"
#include "ui/host.h"
#include "ui/routes.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace folio::search { class SearchService; }

namespace folio::ui {

// What is searched: the query as typed, and the order and filters (as a search route holds them).
struct SearchRequest {
    std::string Text;
    SearchRouteOptions Options;
    bool operator==(const SearchRequest& o) const { return Text == o.Text && Options == o.Options; }
    bool operator!=(const SearchRequest& o) const { return !(*this == o); }
};

enum class SearchStatus {
    Off,     // no search here: no engine, or a source that is not a bundle's feed
    Idle,    // nothing to look for (nothing typed)
    Loading, // the engine or index files are on their way (Results() are still the last search's)
    Ready,   // Results() answer Active()
    Failed,  // Error() says why (Results() hold what could be found, if anything)
};

// What Find looks for in an article opened from the results: the query's words, without the excluded ones
// ("-word", -"a phrase") and without quotes ("\"climate talks\" -paris" gives "climate talks").
std::string FindWordsOf(const std::string& typed);

class SearchController {
public:
    static constexpr double kDebounceSeconds = 0.15;
    static constexpr uint32_t kPageSize = 20;

    // changed: what Status(), Results() or Error() say changed; called within a call made to the controller or a
    // fetch's answer, never from Type().
    void Init(Host* host, std::function<void()> changed);
    // The bundle searched: the folder its files are fetched from ("https://h/b/", "/srv/b/"), or "" for none.
    // Another folder forgets the files the engine held and cancels the fetches under way.
    void SetBundle(const std::string& folder);
    bool Available() const { return Service_ && !Folder_.empty(); }

    // The reader typed: searched kDebounceSeconds after the last change, its last word a prefix.
    void Type(const std::string& text, double now);
    // Enter in the field: searched now, every word whole.
    void Submit();
    // A search route (opened, reloaded, shared): searched now, every word whole, from the first page. The request
    // in force already (the route the App set for it) changes nothing.
    void Show(const SearchRequest& request);
    // The order or a filter changed: searched now, from the first page, as typed so far.
    void SetOptions(const SearchRouteOptions& options);
    // The next kPageSize hits, if more match and nothing is loading. True if asked for.
    bool LoadMore();
    // After a failure: the engine forgets what it held, failed files are fetched again.
    void Retry();
    // Once a frame: the debounce's end, the engine arriving (its Generation() changed). True while a search waits
    // for the reader's pause (a frame is wanted then).
    bool Tick(double now);

    const SearchRequest& Request() const { return Request_; } // as typed so far (searched after the pause)
    const SearchRequest& Active() const { return Active_; }   // the search in force (the route shows it)
    bool Pending() const { return Pending_; }                 // typed, waiting for the pause
    bool Typing() const { return Typing_; }
    SearchStatus Status() const { return Status_; }
    const search::SearchResults& Results() const { return Results_; }
    const std::string& Error() const { return Error_; }
    bool MoreLoading() const; // more hits of the search in force are on their way
    bool HasMore() const { return Status_ == SearchStatus::Ready && Results_.Hits.size() < Results_.Total; }
    unsigned Generation() const { return Generation_; } // changes whenever Status(), Results() or Error() do
    unsigned Starts() const { return Starts_; }         // counts the searches started (Active() may have changed)
    size_t FetchesInFlight() const { return InFlight_.size(); }

private:
    void Start();                // Request_ becomes the search in force, from its first page
    void Pump();                 // fetches what is missing, or runs the search
    void Fetch(const std::string& path);
    void Set(SearchStatus status, std::string error);
    search::SearchOptions Options() const;

    Host* Host_ = nullptr;
    search::SearchService* Service_ = nullptr;
    std::function<void()> Changed_;
    std::string Folder_;
    unsigned Epoch_ = 0;           // answers for another bundle's files are dropped
    SearchRequest Request_, Active_;
    bool Typing_ = false, Pending_ = false;
    double Due_ = 0.0;
    uint32_t Count_ = kPageSize;   // hits asked for
    SearchStatus Status_ = SearchStatus::Off;
    search::SearchResults Results_;
    std::string Error_;
    unsigned Generation_ = 0, Starts_ = 0;
    int SeenGeneration_ = -1;      // the engine's Generation() when it was last asked
    std::unordered_set<std::string> InFlight_;         // paths being fetched
    std::unordered_map<std::string, std::string> Failed_; // path -> why, until Retry or another bundle
};

} // namespace folio::ui
