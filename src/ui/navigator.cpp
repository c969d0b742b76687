// Navigator: routes, history, the article waiting to open, errors and Retry, and remembered positions.
#include "ui/navigator.h"
#include "model/date.h"

#include <algorithm>
#include <cstdint>

namespace folio::ui {

void Navigator::Init(Host* host, ImportTextFn import_text, Events events) {
    Host_ = host;
    Events_ = std::move(events);
    FeedLoader::Events loader;
    loader.Grew = [this] { FeedGrew(); };
    loader.Ended = [this] { FeedEnded(); };
    loader.Failed = [this] { FeedFailed(); };
    loader.FileArticle = [this](Article&& article) {
        if (Events_.Arrived) Events_.Arrived(article);
        const std::string id = article.Id;
        Cache_.Put(id, std::move(article), ArticleId_, Pending_);
    };
    Loader_.Init(host, std::move(import_text), std::move(loader));
    // Corrupt: none, and the file is kept until the reader scrolls an article.
    PositionsFromJson(Host_->LoadSetting("positions"), &Positions_);
}

void Navigator::Start(const std::string& feed_url, const std::string& article_url, const std::string& route) {
    Navigate(route, true);
    Loader_.Open(feed_url, article_url);
}

void Navigator::OpenSource(const std::string& feed_url, const std::string& article_url) {
    if (Events_.Leaving) Events_.Leaving();
    Loader_.Close(); // first: nothing of the old source is shown or fetched from here on
    FeedPositions_.clear();
    ReturnTo_.clear();
    Cache_.Clear();
    Fetching_.clear();
    Pending_.clear();
    Found_.clear();
    SearchId_.clear();
    SearchPages_ = 0;
    History_.clear();
    Route_.clear();
    ArticleId_.clear();
    Error_ = LoadError();
    Phase_ = Phase::Loading; // what was shown belongs to the old source
    Host_->SetTitle("Folio");
    Navigate("", true);
    Loader_.Open(feed_url, article_url);
}

// ---- routes ------------------------------------------------------------------------------------------------

void Navigator::Navigate(const std::string& route_in, bool from_history) {
    const RouteParts parts = ParseRoute(route_in); // a name given encoded or not: the same route
    const std::string route = MakeRoute(parts);
    if (Events_.Leaving) Events_.Leaving();
    ReturnTo_ = Phase_ == Phase::Article ? ArticleId_ : std::string();
    Pending_.clear(); // what an earlier route waited for no longer opens when its page or file arrives
    if (!from_history && route != Route_) {
        History_.push_back(Route_);
        if (History_.size() > 100) History_.erase(History_.begin());
    }
    Route_ = route;
    if (!from_history) Host_->SetRoute(RouteOrFeed(route), true);
    if (!Fatal_.empty()) { Fail(LoadError{Fatal_, false}); return; } // nothing can be drawn: the error stays
    if (parts.Kind == RouteKind::Article) {
        Phase_ = Phase::Loading;
        Changed();
        EnsureArticle(parts.Name);
        return;
    }
    if (parts.Kind == RouteKind::Search) { ShowSearch(RouteParts(parts)); return; } // needs no feed page
    FilterKind_ = parts.Kind;
    Filter_ = parts.Kind == RouteKind::Section || parts.Kind == RouteKind::Tag ? parts.Name : std::string();
    if (!Loader_.Loaded()) {
        // The first page failed while the search view was shown (which needs none): its error, now that one is.
        if (!Loader_.PageLoading() && !Loader_.PageError().Empty()) { Fail(Loader_.PageError()); return; }
        Phase_ = Phase::Loading;
        Changed();
        return;
    }
    if (parts.Kind == RouteKind::Start) { // the newest article
        if (const FeedItem* newest = Loader_.GetFeed().Newest()) {
            Route_ = ArticleRoute(newest->Id);
            Host_->SetRoute(Route_, false);
            Phase_ = Phase::Loading;
            EnsureArticle(newest->Id);
            return;
        }
    }
    ShowFeed();
}

std::string Navigator::ArticleUrlOf(const std::string& id) const {
    if (const FeedItem* item = Loader_.FindItem(id)) return item->ArticleUrl;
    const auto found = Found_.find(id);
    return found == Found_.end() ? std::string() : found->second;
}

void Navigator::OpenFound(const std::string& id, const std::string& url) {
    if (Found_.size() >= 1000) Found_.clear();
    if (!url.empty()) Found_[id] = url;
    Navigate(ArticleRoute(id), false);
}

void Navigator::ReplaceSearch(const std::string& route_in) {
    RouteParts parts = ParseRoute(route_in);
    if (Phase_ != Phase::Search || parts.Kind != RouteKind::Search) return;
    const std::string route = MakeRoute(parts);
    if (route == Route_) return;
    Route_ = route;
    SearchParts_ = std::move(parts);
    Host_->SetRoute(Route_, false);
    Host_->SetTitle(SearchTitle());
    Changed();
}

void Navigator::Back() {
    if (History_.empty()) return;
    const std::string route = History_.back();
    History_.pop_back();
    Host_->SetRoute(RouteOrFeed(route), false);
    Navigate(route, true);
}

void Navigator::Retry() {
    if (!Fatal_.empty()) return; // nothing to retry into
    Error_ = LoadError();
    if (!Loader_.Loaded()) Phase_ = Phase::Loading;
    Loader_.Retry();
    Navigate(Route_, true);
}

// ---- what is shown -----------------------------------------------------------------------------------------

void Navigator::EnsureArticle(const std::string& id) {
    Pending_ = id;
    if (Cache_.Has(id)) { ShowArticle(id); return; }
    const FeedItem* item = Loader_.FindItem(id);
    const auto found = item ? Found_.end() : Found_.find(id);
    if (!item && found == Found_.end()) {
        if (!Loader_.Loaded() || Loader_.PageLoading()) return; // the answer comes with the page
        const std::string missing = Loader_.FeedUrl() + ": no article with id \"" + id + "\"";
        if (Loader_.NextPageUrl().empty()) { // every page was read: it is nowhere, unless a page failed to come
            SearchId_.clear();
            const LoadError& stop = Loader_.PageError();
            Fail(stop.Empty() ? LoadError{missing, false}
                              : LoadError{missing + " in the pages read (" + stop.Message + ")", stop.Retryable, stop.Offline});
            return;
        }
        // Each page followed for this id counts; another id starts again (the feed's own caps still hold).
        if (SearchId_ != id) { SearchId_ = id; SearchPages_ = 0; }
        if (SearchPages_ >= kMaxSearchPages) {
            SearchId_.clear();
            Fail(LoadError{missing + ": not found in the " + std::to_string(SearchPages_) + " feed pages searched for it (the " +
                               "viewer follows at most " + std::to_string(kMaxSearchPages) + " pages to find one article)",
                           false});
            return;
        }
        ++SearchPages_;
        Loader_.LoadPage(Loader_.NextPageUrl());
        return;
    }
    SearchId_.clear();
    if (const std::string* refused = item ? Loader_.Refusal(id) : nullptr) { Fail(LoadError{*refused, false}); return; }
    if (!Fetching_.insert(id).second) return; // already asked for: that answer opens it
    Loader_.FetchArticle(item ? item->ArticleUrl : found->second, [this, id](ArticleRead&& read) {
        Fetching_.erase(id);
        // Shown if the navigation now in force waits for it, whichever navigation asked for it first (every
        // navigation clears Pending_; one that waits for this id again found this fetch on its way).
        const bool wanted = Pending_ == id;
        if (read.Ok) {
            if (Events_.Arrived) Events_.Arrived(read.Result);
            Cache_.Put(id, std::move(read.Result), Phase_ == Phase::Article ? ArticleId_ : std::string(), Pending_);
            if (wanted) ShowArticle(id);
            return;
        }
        if (wanted) Fail(LoadError{read.Why.Message(), read.Retryable, read.Offline});
    });
}

void Navigator::ShowArticle(const std::string& id) {
    if (!Fatal_.empty()) return;
    Pending_.clear();
    ArticleId_ = id;
    Phase_ = Phase::Article;
    Error_ = LoadError();
    const Article* article = Cache_.Use(id);
    Host_->SetTitle(article ? article->Headline : std::string());
    if (Events_.Shown) Events_.Shown();
    Changed();
}

void Navigator::ShowFeed() {
    Phase_ = Phase::Feed;
    ArticleId_.clear();
    Error_ = LoadError();
    const std::string& title = Loader_.GetFeed().Title;
    Host_->SetTitle(Filter_.empty() ? (title.empty() ? "Folio" : title) : Filter_ + " \xE2\x80\x94 " + title);
    if (Events_.Shown) Events_.Shown();
    ReturnTo_.clear();
    Changed();
}

void Navigator::ShowSearch(RouteParts&& parts) {
    Phase_ = Phase::Search;
    ArticleId_.clear();
    Error_ = LoadError();
    SearchParts_ = std::move(parts);
    Host_->SetTitle(SearchTitle());
    if (Events_.Shown) Events_.Shown();
    ReturnTo_.clear();
    Changed();
}

// "Search: climate — Desk", or "Search — Desk" before anything is typed.
std::string Navigator::SearchTitle() const {
    const std::string& title = Loader_.GetFeed().Title;
    std::string out = SearchParts_.Name.empty() ? "Search" : "Search: " + SearchParts_.Name;
    return out + " \xE2\x80\x94 " + (title.empty() ? "Folio" : title);
}

void Navigator::Fail(const LoadError& error) {
    Phase_ = Phase::Error;
    Error_ = Fatal_.empty() ? error : LoadError{Fatal_, false}; // without fonts, that is the error that matters
    Pending_.clear();
    Host_->SetTitle("Folio \xE2\x80\x94 not loaded");
    Changed();
}

void Navigator::FailForGood(const std::string& message) {
    Fatal_ = message;
    Fail(LoadError{message, false});
}

// A page (or the article file) arrived: the article waited for may be in it, or the start can show the newest.
void Navigator::FeedGrew() {
    if (Phase_ == Phase::Search) Host_->SetTitle(SearchTitle()); // names the feed, whose title came with its first page
    if (!Pending_.empty()) EnsureArticle(Pending_);
    else if (Phase_ == Phase::Loading && !HasRoutePrefix(Route_, kArticlePrefix)) Navigate(Route_, true);
    Changed();
}

// No page comes to answer the article waited for: it is not in the pages read, and EnsureArticle says so.
void Navigator::FeedEnded() {
    if (!Pending_.empty() && !Loader_.FindItem(Pending_)) EnsureArticle(Pending_);
    Changed();
}

void Navigator::FeedFailed() {
    if ((!Loader_.Loaded() && Phase_ != Phase::Search) || !Pending_.empty()) Fail(Loader_.PageError());
    Changed();
}

// ---- the feed view -----------------------------------------------------------------------------------------

std::vector<const FeedItem*> Navigator::FilteredItems() const {
    std::vector<const FeedItem*> out;
    const bool section = FilterKind_ == RouteKind::Section;
    for (const FeedItem& item : Loader_.GetFeed().Items) {
        if (Filter_.empty() || (section && item.Section == Filter_) ||
            (!section && std::find(item.Tags.begin(), item.Tags.end(), Filter_) != item.Tags.end()))
            out.push_back(&item);
    }
    std::vector<std::pair<int64_t, const FeedItem*>> keyed;
    keyed.reserve(out.size());
    for (const FeedItem* item : out) {
        int64_t t = INT64_MIN;
        ParseDate(item->DatePublished, &t);
        keyed.emplace_back(t, item);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t i = 0; i < keyed.size(); ++i) out[i] = keyed[i].second;
    return out;
}

std::string Navigator::FilterLabel() const {
    if (Filter_.empty()) return {};
    return (FilterKind_ == RouteKind::Section ? "Section: " : "Tag: ") + Filter_;
}

// ---- positions ---------------------------------------------------------------------------------------------

void Navigator::RememberPosition(float f) {
    if (Phase_ == Phase::Feed) {
        if (FeedPositions_.size() > 64) FeedPositions_.clear();
        FeedPositions_[RouteOrFeed(Route_)] = f;
        return;
    }
    if (Phase_ != Phase::Article || ArticleId_.empty()) return;
    // Unchanged, or the top of an article not yet remembered (where it opens anyway): nothing to store, so an idle
    // frame stores nothing and merely reading a first article does not replace a positions file that could not be read.
    auto it = Positions_.At.find(ArticleId_);
    if (it != Positions_.At.end() ? it->second == f : f == 0.0f) return;
    Positions_.Remember(ArticleId_, f);
    Host_->SaveSetting("positions", PositionsToJson(Positions_));
}

float Navigator::ArticlePosition(const std::string& id) const {
    auto it = Positions_.At.find(id);
    return it == Positions_.At.end() ? 0.0f : it->second;
}

float Navigator::FeedPosition() const {
    auto it = FeedPositions_.find(RouteOrFeed(Route_));
    return it == FeedPositions_.end() ? 0.0f : it->second;
}

} // namespace folio::ui
