// What the viewer shows and how the reader got there, ImGui-free: the route ("#/article/<id>", "#/", a section, a
// tag or a search; routes.h), the history Back walks where the platform keeps none, the article waiting to open (looked for
// across the feed's pages, within kMaxSearchPages), the error shown (with whether Retry can help) and Retry, the
// source opened, and where the reader left each article (positions.json) and each feed view (this session). It
// loads through a FeedLoader and keeps articles in an ArticleCache; answers for a navigation since superseded fill
// the cache but show nothing. The App draws what it says and tells it where the reader scrolled.
#pragma once
#include "model/article.h"
#include "ui/article_cache.h"
#include "ui/feed_loader.h"
#include "ui/host.h"
#include "ui/routes.h"
#include "ui/settings.h"

#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace folio::ui {

// Search: the search view (its route's query and options: SearchParts(); the App's SearchController searches).
enum class Phase { Loading, Feed, Article, Error, Search };

// Pages followed while looking for one article id (a feed's own caps, kMaxFeedPages and kMaxFeedItems, still hold).
constexpr size_t kMaxSearchPages = 2500;

class Navigator {
public:
    // What the navigator tells its owner (the App), always within a call it made or a fetch's answer.
    struct Events {
        std::function<void()> Leaving;               // the route is about to change: remember the place in what is shown
        std::function<void()> Shown;                 // an article or a feed view is shown anew (then Changed)
        std::function<void()> Changed;               // anything a host reads (state, mirror) may have changed
        std::function<void(const Article&)> Arrived; // an article was read (the faces its text needs can be wanted)
    };

    void Init(Host* host, ImportTextFn import_text, Events events); // reads the remembered positions
    // Shows route (the start: the newest article) of the source: a feed page, or one article file.
    void Start(const std::string& feed_url, const std::string& article_url, const std::string& route);
    // Another source in place of this one: its history, positions of feed views and articles are forgotten, and
    // answers still on their way from the old source are dropped.
    void OpenSource(const std::string& feed_url, const std::string& article_url);
    // Goes to route, given encoded or not; from_history: the platform's history moved (nothing is pushed).
    void Navigate(const std::string& route, bool from_history);
    void Back();                                  // the previous route, if any
    void Open(const std::string& id) { Navigate(ArticleRoute(id), false); }
    // Opens an article the search found, read from url (its file in the bundle) when no feed page read so far
    // lists it (so an old article opens without paging through the feed to it).
    void OpenFound(const std::string& id, const std::string& url);
    // The search view's route changed under it (the reader typed, or chose an order or a filter): the address is
    // replaced (no history entry); nothing is shown anew.
    void ReplaceSearch(const std::string& route);
    void Retry();                                 // loads again what failed, and shows the route again
    // An error nothing here can fix (fonts that failed): shown from now on in place of anything else.
    void FailForGood(const std::string& message);
    bool LoadMore() { return Loader_.LoadMore(); } // the feed's next page, if one follows and none is loading

    Phase GetPhase() const { return Phase_; }
    const std::string& Route() const { return Route_; }   // canonical (routes.h MakeRoute); "" the start
    const std::string& ArticleId() const { return ArticleId_; } // the article shown (or last shown)
    const Article* ShownArticle() const { return Phase_ == Phase::Article ? Cache_.Find(ArticleId_) : nullptr; }
    const std::string& PendingArticle() const { return Pending_; } // the article waiting to open
    const LoadError& Error() const { return Error_; }    // when GetPhase() == Phase::Error
    const std::string& Filter() const { return Filter_; } // the section or tag the feed view shows; "" all
    const RouteParts& SearchParts() const { return SearchParts_; } // the search view's query and options
    const FeedLoader& Loader() const { return Loader_; }
    // The file an article is read from: its feed item's, or the one the search found it in; "" unknown.
    std::string ArticleUrlOf(const std::string& id) const;
    // Reads an article of this source without showing it (saving it for offline): FeedLoader::FetchArticle.
    void FetchArticle(const std::string& url, ArticleReadDone done) { Loader_.FetchArticle(url, std::move(done)); }
    const ArticleCache& Articles() const { return Cache_; }
    size_t HistorySize() const { return History_.size(); }
    // The feed view's items: those of the filter, newest first by the instant each date names (undated last),
    // keeping the feed's order among equals.
    std::vector<const FeedItem*> FilteredItems() const;
    std::string FilterLabel() const; // "Section: World", "Tag: climate"; "" unfiltered
    const FeedItem* FindItem(const std::string& id) const { return Loader_.FindItem(id); }
    // The article the reader left for the feed view now shown (during Shown; "" if none).
    const std::string& ReturnTo() const { return ReturnTo_; }

    // Where the reader is, 0..1 of the way down: remembered for the article shown (stored when it changes) or the
    // feed view shown (this session), and where each opens.
    void RememberPosition(float fraction);
    float ArticlePosition(const std::string& id) const;
    float FeedPosition() const;

private:
    void EnsureArticle(const std::string& id); // shows it, or fetches it, or looks for it in the feed's next page
    void ShowArticle(const std::string& id);
    void ShowFeed();
    void ShowSearch(RouteParts&& parts);
    std::string SearchTitle() const;
    void Fail(const LoadError& error);
    void Changed() { if (Events_.Changed) Events_.Changed(); }
    void FeedGrew();
    void FeedEnded();
    void FeedFailed();

    Host* Host_ = nullptr;
    Events Events_;
    FeedLoader Loader_;
    ArticleCache Cache_;
    Phase Phase_ = Phase::Loading;
    std::string Route_, ArticleId_, Filter_;
    RouteKind FilterKind_ = RouteKind::Feed;
    LoadError Error_;
    std::string Fatal_;                      // FailForGood's message
    std::string Pending_;                    // the article waiting for its feed page or file; each navigation
                                             // clears it, so an answer for another shows nothing
    std::unordered_set<std::string> Fetching_; // articles asked for and not yet answered
    std::unordered_map<std::string, std::string> Found_; // id -> its file, for articles the search found
    RouteParts SearchParts_;
    std::string SearchId_;                   // the id pages are being followed for, and how many so far
    size_t SearchPages_ = 0;
    std::vector<std::string> History_;       // routes, for Back where the platform keeps no history
    std::string ReturnTo_;
    ReadingPositions Positions_;             // where the reader left each article (positions.json)
    std::unordered_map<std::string, float> FeedPositions_; // feed route -> how far down (this session)
};

} // namespace folio::ui
