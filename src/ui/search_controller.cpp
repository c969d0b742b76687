// SearchController: the debounce, the search in force, the files fetched for the engine, and the state drawn.
#include "ui/search_controller.h"
#include "model/bundle_path.h"
#include "model/date.h"
#include "search/index_format.h"
#include "search/query.h"
#include "search/search_service.h"

#include <utility>
#include <vector>

namespace folio::ui {

namespace {

// Nothing to look for: only spaces.
bool Blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

// At most search::kMaxQueryBytes, cut at a character's start.
std::string Bounded(const std::string& text) {
    if (text.size() <= search::kMaxQueryBytes) return text;
    size_t n = search::kMaxQueryBytes;
    while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80) --n;
    return text.substr(0, n);
}

} // namespace

std::string FindWordsOf(const std::string& typed) {
    std::string out;
    bool quoted = false, excluded = false, word_start = true;
    for (size_t i = 0; i < typed.size(); ++i) {
        const char c = typed[i];
        if (c == '"') {
            quoted = !quoted;
            if (!quoted) excluded = false; // a phrase ends
            word_start = true;
            continue;
        }
        const bool space = c == ' ' || c == '\t';
        if (space && !quoted) { excluded = false; word_start = true; continue; }
        if (word_start && !quoted && c == '-' && !excluded) { excluded = true; continue; } // -word, -"phrase"
        if (word_start && !excluded && !out.empty() && out.back() != ' ') out += ' ';
        word_start = space;
        if (!excluded && !space) out += c;
    }
    return out;
}

void SearchController::Init(Host* host, std::function<void()> changed) {
    Host_ = host;
    Service_ = host->Search();
    Changed_ = std::move(changed);
}

void SearchController::SetBundle(const std::string& folder) {
    if (folder == Folder_) return;
    for (const std::string& path : InFlight_) Host_->CancelFetch(Folder_ + path);
    InFlight_.clear();
    Failed_.clear();
    ++Epoch_;
    Folder_ = folder;
    if (Service_) Service_->Reset();
    Results_ = search::SearchResults();
    Start(); // what was in force, searched in this bundle (Off without one)
}

void SearchController::Type(const std::string& text, double now) {
    const std::string bounded = Bounded(text);
    if (bounded == Request_.Text) return;
    Request_.Text = bounded;
    Typing_ = true;
    Pending_ = true;
    Due_ = now + kDebounceSeconds;
}

void SearchController::Submit() {
    Typing_ = false;
    Start();
}

void SearchController::Show(const SearchRequest& request) {
    SearchRequest bounded{Bounded(request.Text), request.Options};
    if (bounded == Active_ && !Pending_) return;
    Request_ = std::move(bounded);
    Typing_ = false;
    Start();
}

void SearchController::SetOptions(const SearchRouteOptions& options) {
    if (options == Active_.Options && !Pending_) return;
    Request_.Options = options;
    Start();
}

bool SearchController::LoadMore() {
    if (Status_ != SearchStatus::Ready || Pending_ || Results_.Hits.size() < Count_ || Count_ >= Results_.Total) return false;
    Count_ += kPageSize;
    Pump();
    return true;
}

bool SearchController::MoreLoading() const {
    return Status_ == SearchStatus::Loading && !Results_.Hits.empty() && Count_ > Results_.Hits.size();
}

void SearchController::Retry() {
    Failed_.clear();
    if (Service_) Service_->Reset();
    Start();
}

bool SearchController::Tick(double now) {
    if (Pending_) {
        if (now < Due_) return true;
        Start();
        return false;
    }
    // The engine arrived (the web's module), or something of it changed, while a search waited for it.
    if (Status_ == SearchStatus::Loading && Service_ && Service_->Generation() != SeenGeneration_) Pump();
    return false;
}

void SearchController::Start() {
    ++Starts_;
    Pending_ = false;
    Active_ = Request_;
    Count_ = kPageSize;
    Pump();
}

search::SearchOptions SearchController::Options() const {
    search::SearchOptions o;
    o.Sort = Active_.Options.Newest ? search::Order::Newest : search::Order::Best;
    o.Section = Active_.Options.Section;
    o.Language = Active_.Options.Language;
    o.Author = Active_.Options.Author;
    o.Tag = Active_.Options.Tag;
    int64_t day = 0;
    if (ParsePlainDay(Active_.Options.From, &day)) o.FromDay = static_cast<int32_t>(day);
    if (ParsePlainDay(Active_.Options.To, &day)) o.ToDay = static_cast<int32_t>(day);
    o.Offset = 0; // every hit shown so far, in one answer: the facets count what is shown
    o.Count = Count_;
    return o;
}

void SearchController::Set(SearchStatus status, std::string error) {
    if (status == Status_ && error == Error_) return;
    Status_ = status;
    Error_ = std::move(error);
    ++Generation_;
    if (Changed_) Changed_();
}

void SearchController::Pump() {
    if (!Available()) {
        Results_ = search::SearchResults();
        Set(SearchStatus::Off, {});
        return;
    }
    if (Blank(Active_.Text)) {
        if (!Results_.Hits.empty() || Results_.Total) { Results_ = search::SearchResults(); ++Generation_; }
        Set(SearchStatus::Idle, {});
        return;
    }
    SeenGeneration_ = Service_->Generation();
    if (!Service_->Ready()) {
        const std::string failure = Service_->Failure();
        if (!failure.empty()) Set(SearchStatus::Failed, "Search could not start: " + failure);
        else Set(SearchStatus::Loading, {});
        return;
    }
    const search::SearchOptions options = Options();
    bool waiting = false;
    for (const std::string& path : Service_->Missing(Active_.Text, Typing_, options)) {
        if (Failed_.count(path)) continue; // the engine knows; Run says so
        waiting = true;
        if (!InFlight_.count(path)) Fetch(path);
    }
    if (waiting) {
        // A fetch answered at once (a platform that reads files synchronously) has run the search already.
        if (!InFlight_.empty()) Set(SearchStatus::Loading, {});
        return;
    }
    search::SearchResults results = Service_->Run(Active_.Text, Typing_, options);
    std::string error = results.Error;
    if (error.empty() && !results.Ready) { // nothing left to fetch, yet the engine cannot answer
        error = "The search index could not be read";
        if (!Failed_.empty()) error += ": " + Failed_.begin()->second;
    }
    Results_ = std::move(results);
    Status_ = error.empty() ? SearchStatus::Ready : SearchStatus::Failed;
    Error_ = std::move(error);
    ++Generation_; // new results, whatever the status was
    if (Changed_) Changed_();
}

void SearchController::Fetch(const std::string& path) {
    std::string why;
    if (!IsBundlePath(path, &why)) { // the engine names its own files; still, nothing outside the bundle is fetched
        Failed_[path] = path + ": " + why;
        Service_->Failed(path, why);
        return;
    }
    InFlight_.insert(path);
    const std::string url = Folder_ + path;
    Host_->Fetch(url, [this, path, url, epoch = Epoch_](FetchResult&& r) {
        if (epoch != Epoch_) return; // another bundle's
        InFlight_.erase(path);
        if (r.Ok) {
            Service_->Provide(path, std::move(r.Body));
        } else {
            Failed_[path] = url + ": " + r.Error;
            // The engine's message names the file: a root that is not there is a bundle without an index.
            std::string why = path + ": " + r.Error;
            if (path == search::kRootPath) why = "this bundle has no search index (" + why + ")";
            Service_->Failed(path, why);
        }
        Pump();
    });
}

} // namespace folio::ui
