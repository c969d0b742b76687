// App, part one: the load sequence (fonts, feed pages, articles), routes and history, remembered positions,
// settings, and the state a host or a test reads.
#include "ui/app.h"
#include "model/article_json.h"
#include "model/bundle_path.h"
#include "model/date.h"
#include "model/feed_json.h"
#include "model/url.h"

#include <imgui.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <strings.h>

namespace folio::ui {

static constexpr size_t kMaxCachedArticles = 32;

void App::Init(Host* host, const AppOptions& options) {
    Host_ = host;
    Options_ = options;
    ReaderSettings stored;
    if (SettingsFromJson(Host_->LoadSetting("settings"), &stored)) Settings_ = stored; // corrupt: the defaults
    ThemeChoice theme;
    if (ParseThemeName(Options_.Theme, &theme)) Settings_.Theme = theme;
    LoadPositions();
    ApplyImGuiStyle(GetTheme());
    if (!Options_.Headless) {
        Faces_.Start(Host_, Options_.FontsUrl, [this](bool ok, const std::string& error) {
            if (!ok) { FontError_ = "Fonts could not be loaded: " + error; Fail(FontError_); return; }
            ImGui::GetIO().FontDefault = Faces_.Font(SansRegular);
            if (Settings_.Sans) Faces_.Want(SansItalic);
            Publish(); // fontsReady changed
        });
    }
    std::string route = Options_.Route;
    if (!Options_.ArticleId.empty() && (route.empty() || route == "#" || route == kFeedRoute))
        route = ArticleRoute(Options_.ArticleId);
    Navigate(route, true);
    LoadSource();
}

// ---- loading -----------------------------------------------------------------------------------------------

void App::LoadSource() {
    if (!Options_.ArticleUrl.empty()) LoadArticleFile(Options_.ArticleUrl);
    else LoadFeedPage(Options_.FeedUrl);
}

void App::FetchFromSource(const std::string& url, FetchCallback done) {
    ++SourceFetches_[url];
    Host_->Fetch(url, [this, url, source = Source_, done = std::move(done)](FetchResult&& r) {
        if (source != Source_) return;
        auto it = SourceFetches_.find(url);
        if (it != SourceFetches_.end() && --it->second == 0) SourceFetches_.erase(it);
        done(std::move(r));
    });
}

void App::OpenSource(const std::string& feed_url, const std::string& article_url) {
    RememberPosition();
    FeedPositions_.clear();
    ReturnTo_.clear();
    ++Source_;
    for (const auto& [url, count] : SourceFetches_) Host_->CancelFetch(url);
    SourceFetches_.clear();
    Options_.FeedUrl = feed_url;
    Options_.ArticleUrl = article_url;
    Options_.ArticleId.clear();
    Feed_ = Feed();
    ItemIndex_.clear();
    Roots_ = BundleRoots();
    Refused_.clear();
    SearchId_.clear();
    SearchPages_ = 0;
    Chips_.clear();
    NextPageUrl_.clear();
    PagesSeen_.clear();
    FeedLoaded_ = PageLoading_ = false;
    PageError_.clear();
    Articles_.clear();
    ArticlesLoading_.clear();
    PendingArticle_.clear();
    History_.clear();
    Route_.clear();
    ArticleId_.clear();
    DocKey_ = DocumentKey();
    ProgressUrl_.clear();
    Phase_ = Phase::Loading; // what was shown belongs to the old source
    Host_->SetTitle("Folio");
    Navigate("", true);
    LoadSource();
}

void App::SetProgress(const std::string& url, uint64_t bytes) {
    if (url == ProgressUrl_ && bytes == ProgressBytes_) return;
    ProgressUrl_ = url;
    ProgressBytes_ = bytes;
    if (Phase_ == Phase::Loading) Publish();
}

void App::LoadFeedPage(const std::string& url) {
    if (PageLoading_) return;
    std::string stop;
    if (PagesSeen_.size() >= kMaxFeedPages)
        stop = url + ": not read: the viewer reads at most " + std::to_string(kMaxFeedPages) + " pages of a feed";
    else if (!PagesSeen_.insert(url).second)
        stop = url + ": the feed's pages loop (this page was already read)";
    if (!stop.empty()) {
        EndFeed(stop);
        // No page comes to answer the article waited for: it is not in the pages read, and EnsureArticle says so.
        if (!PendingArticle_.empty() && !FindItem(PendingArticle_)) EnsureArticle(PendingArticle_);
        return;
    }
    PageLoading_ = true;
    PageError_.clear();
    FetchFromSource(url, [this, url](FetchResult&& r) {
        PageLoading_ = false;
        Feed page;
        Error err;
        if (!r.Ok) { err = Error{url, "", r.Error}; }
        else if (ParseFeed(r.Body, url, &page, &err)) { AcceptFeedPage(url, std::move(page)); return; }
        PageError_ = err.Message();
        if (!FeedLoaded_ || !PendingArticle_.empty()) Fail(PageError_);
        Publish();
    });
}

// The feed's filter chips, (label, route): "All" and each section and tag, in the order the feed first names them.
// More items add to chips already made (items from `from` on), so a long feed costs each page only its own items.
static void AddFilterChips(std::vector<std::pair<std::string, std::string>>* chips, const std::vector<FeedItem>& items,
                           size_t from) {
    if (chips->empty()) chips->emplace_back("All", kFeedRoute);
    auto add = [chips](const std::string& label, const std::string& route) {
        for (auto& c : *chips) if (c.second == route) return;
        chips->emplace_back(label, route);
    };
    for (size_t i = from; i < items.size() && chips->size() < 12; ++i) {
        const FeedItem& item = items[i];
        if (!item.Section.empty()) add(item.Section, SectionRoute(item.Section));
        for (const std::string& tag : item.Tags)
            if (tag != item.Section) add("#" + tag, TagRoute(tag));
    }
}

// A page's references are read with BundlePathOf against the bundle's roots, which the first page sets: the folder
// the source was opened from (Local: what is fetched) and the address its feed_url declares (Public: an absolute
// URL under it is the same file under Local). An article outside them cannot be opened (the rest of the feed
// can); a next_url outside them ends the feed.
void App::AcceptFeedPage(const std::string& url, Feed&& page) {
    if (!FeedLoaded_) {
        Feed_.Title = page.Title;
        Roots_ = BundleRoots{ResolveUrl(url, "."), BundleBaseOf(page.FeedUrl)}; // FolderOf(url), "./" and ".." folded
    }
    FeedLoaded_ = true;
    // This page's bundle path: later pages are Local + their path; the first is named as it was opened.
    const bool under = url.compare(0, Roots_.Local.size(), Roots_.Local) == 0;
    const std::string from = url.substr(under ? Roots_.Local.size() : FolderOf(url).size());
    const size_t before = Feed_.Items.size();
    bool full = false;
    for (size_t i = 0; i < page.Items.size(); ++i) {
        FeedItem& item = page.Items[i];
        if (FindItem(item.Id)) continue;
        if (Feed_.Items.size() >= kMaxFeedItems) { full = true; break; }
        std::string rel, why;
        if (BundlePathOf(Roots_, from, item.ArticleUrl, &rel, &why)) {
            item.ArticleUrl = Roots_.Local + rel;
        } else {
            const std::string at = "$.items[" + std::to_string(i) + "]._folio.article";
            Refused_[item.Id] = Error{url, at, "the article of \"" + item.Id + "\" cannot be opened: " + why}.Message();
            item.ArticleUrl.clear();
        }
        AddItem(std::move(item));
    }
    AddFilterChips(&Chips_, Feed_.Items, before);
    NextPageUrl_.clear();
    std::string rel, why;
    if (full) {
        EndFeed(url + ": the feed ends here: the viewer keeps at most " + std::to_string(kMaxFeedItems) + " articles of a feed");
    } else if (!page.NextUrl.empty()) {
        if (BundlePathOf(Roots_, from, page.NextUrl, &rel, &why)) NextPageUrl_ = Roots_.Local + rel;
        else EndFeed(Error{url, "$.next_url", "the feed ends here: " + why}.Message());
    }
    DocKey_.Valid = false; // the feed document grows
    if (!PendingArticle_.empty()) EnsureArticle(PendingArticle_);
    else if (Phase_ == Phase::Loading && !HasRoutePrefix(Route_, kArticlePrefix)) Navigate(Route_, true);
    Publish();
}

// The last segment of a URL or path, without a query or fragment: "https://h/a/x.txt?v=2" -> "x.txt".
static std::string FileNameOf(const std::string& url) {
    std::string path = url.substr(0, url.find_first_of("?#"));
    return path.substr(path.find_last_of('/') + 1);
}

static bool IsTextFile(const std::string& url) {
    const std::string name = FileNameOf(url);
    return name.size() > 4 && strcasecmp(name.c_str() + name.size() - 4, ".txt") == 0;
}

void App::FetchArticle(const std::string& url, ArticleReadDone done) {
    FetchFromSource(url, [this, url, done = std::move(done)](FetchResult&& r) mutable {
        if (r.Ok) { ReadArticle(url, std::move(r.Body), std::move(done)); return; }
        ArticleRead failed;
        failed.Why = Error{url, "", r.Error};
        done(std::move(failed));
    });
}

void App::ReadArticle(const std::string& url, std::string&& text, ArticleReadDone done) {
    ArticleRead read;
    if (!IsTextFile(url)) {
        read.Ok = ParseArticle(text, url, &read.Result, &read.Why);
        if (!read.Ok) read.Text = std::move(text);
        done(std::move(read));
        return;
    }
    if (!Options_.ImportText) {
        read.Why = Error{url, "", "plain-text articles cannot be opened here; open the bundle built from it"};
        done(std::move(read));
        return;
    }
    Options_.ImportText(std::move(text), url, [this, source = Source_, done = std::move(done)](ArticleRead&& r) {
        if (source == Source_) done(std::move(r)); // else its source was closed meanwhile
    });
}

// One article file, shown as a feed of one: Back, the feed view and remembered positions work as for a bundle.
void App::LoadArticleFile(const std::string& url) {
    PageLoading_ = true;
    PageError_.clear();
    FetchArticle(url, [this, url](ArticleRead&& read) {
        PageLoading_ = false;
        if (read.Ok) {
            Article& article = read.Result;
            FeedItem item;
            item.Id = article.Id;
            item.Title = article.Headline;
            item.Summary = article.Description;
            item.DatePublished = article.DatePublished;
            item.Section = article.Section;
            item.ArticleUrl = url;
            AddItem(std::move(item));
            AddFilterChips(&Chips_, Feed_.Items, 0); // the first items of this source: no chips yet
            FeedLoaded_ = true;
            Feed_.Title = article.Publisher.empty() ? FileNameOf(url) : article.Publisher;
            WantFacesFor(article);
            Articles_[article.Id] = std::move(article);
            DocKey_.Valid = false;
            if (!PendingArticle_.empty()) EnsureArticle(PendingArticle_);
            else Navigate(Route_, true);
            Publish();
            return;
        }
        // Not an article: perhaps a feed page of a bundle, opened by its file.
        Feed page;
        Error feed_err;
        if (!read.Text.empty() && ParseFeed(read.Text, url, &page, &feed_err)) {
            Options_.FeedUrl = url;
            Options_.ArticleUrl.clear();
            PagesSeen_.insert(url);
            AcceptFeedPage(url, std::move(page));
            return;
        }
        PageError_ = read.Why.Message();
        Fail(PageError_);
    });
}

void App::EndFeed(const std::string& why) {
    PageError_ = why;
    NextPageUrl_.clear();
    DocKey_.Valid = false;
}

void App::AddItem(FeedItem&& item) {
    ItemIndex_.emplace(item.Id, Feed_.Items.size()); // an id already there keeps its first place, as Feed::Find finds
    Feed_.Items.push_back(std::move(item));
}

const FeedItem* App::FindItem(const std::string& id) const {
    auto it = ItemIndex_.find(id);
    return it == ItemIndex_.end() ? nullptr : &Feed_.Items[it->second];
}

void App::EnsureArticle(const std::string& id) {
    PendingArticle_ = id;
    if (Articles_.count(id)) { ShowArticle(id); return; }
    const FeedItem* item = FindItem(id);
    if (!item) {
        if (!FeedLoaded_ || PageLoading_) return;               // the answer comes with the page
        const std::string missing = Options_.FeedUrl + ": no article with id \"" + id + "\"";
        if (NextPageUrl_.empty()) {
            SearchId_.clear();
            Fail(PageError_.empty() ? missing : missing + " in the pages read (" + PageError_ + ")");
            return;
        }
        // Each page followed for this id counts; another id starts again (the feed's own caps still hold).
        if (SearchId_ != id) { SearchId_ = id; SearchPages_ = 0; }
        if (SearchPages_ >= kMaxSearchPages) {
            SearchId_.clear();
            Fail(missing + ": not found in the " + std::to_string(SearchPages_) + " feed pages searched for it (the viewer " +
                 "follows at most " + std::to_string(kMaxSearchPages) + " pages to find one article)");
            return;
        }
        ++SearchPages_;
        LoadFeedPage(NextPageUrl_);
        return;
    }
    SearchId_.clear();
    if (auto refused = Refused_.find(id); refused != Refused_.end()) { Fail(refused->second); return; }
    if (ArticlesLoading_.count(id)) return;
    ArticlesLoading_.insert(id);
    const std::string url = item->ArticleUrl;
    const unsigned gen = Generation_;
    FetchArticle(url, [this, id, gen](ArticleRead&& read) {
        ArticlesLoading_.erase(id);
        if (read.Ok) {
            if (Articles_.size() >= kMaxCachedArticles) Articles_.erase(Articles_.begin());
            WantFacesFor(read.Result);
            Articles_[id] = std::move(read.Result);
            if (gen == Generation_ && PendingArticle_ == id) ShowArticle(id);
            return;
        }
        if (gen == Generation_ && PendingArticle_ == id) Fail(read.Why.Message());
    });
}

// The optional and fallback faces an article's text needs.
void App::WantFacesFor(const Article& article) {
    Faces_.WantText(article.Headline + article.Description);
    for (const Block& b : article.Body) {
        Faces_.WantText(b.Text.PlainText());
        for (const RichText& it : b.Items) Faces_.WantText(it.PlainText());
        for (const Span& s : b.Text.Spans)
            if ((s.Style & SpanEmphasis) && (s.Style & SpanStrong)) Faces_.Want(Settings_.Sans ? SansBoldItalic : SerifBoldItalic);
    }
}

void App::ShowArticle(const std::string& id) {
    if (!FontError_.empty()) return;
    PendingArticle_.clear();
    ArticleId_ = id;
    Phase_ = Phase::Article;
    Error_.clear();
    DocKey_.Valid = false;
    auto pos = Positions_.At.find(id);
    PendingPosition_ = Options_.RestoreScroll && pos != Positions_.At.end() ? pos->second : 0.0f;
    Host_->SetTitle(Articles_[id].Headline);
    Publish();
}

void App::ShowFeed() {
    Phase_ = Phase::Feed;
    ArticleId_.clear();
    Error_.clear();
    DocKey_.Valid = false;
    // Back in a feed: where the reader left it, with the cursor on the article they come from.
    auto pos = FeedPositions_.find(RouteOrFeed(Route_));
    PendingPosition_ = pos != FeedPositions_.end() ? pos->second : 0.0f;
    CursorTarget_.clear();
    PendingCursor_ = false;
    if (!ReturnTo_.empty()) {
        const std::string route = ArticleRoute(ReturnTo_);
        if (IndexOf(FilteredItems(), route) >= 0) {
            CursorTarget_ = route;
            ++CursorMoves_;
            PendingCursor_ = true;
        }
        ReturnTo_.clear();
    }
    Host_->SetTitle(Filter_.empty() ? (Feed_.Title.empty() ? "Folio" : Feed_.Title) : Filter_ + " \xE2\x80\x94 " + Feed_.Title);
    Publish();
}

void App::Fail(const std::string& message) {
    Phase_ = Phase::Error;
    Error_ = FontError_.empty() ? message : FontError_; // without fonts, that is the error that matters
    PendingArticle_.clear();
    Host_->SetTitle("Folio \xE2\x80\x94 not loaded");
    Publish();
}

void App::Retry() {
    if (!FontError_.empty()) return; // nothing to retry into; the host shows the error
    Error_.clear();
    if (!FeedLoaded_) {
        PagesSeen_.erase(Options_.FeedUrl);
        Phase_ = Phase::Loading;
        LoadSource();
    } else if (!PageError_.empty() && !NextPageUrl_.empty()) {
        PagesSeen_.erase(NextPageUrl_);
    }
    Navigate(Route_, true);
}

// ---- routes ------------------------------------------------------------------------------------------------

void App::Navigate(const std::string& route_in, bool from_history) {
    std::string route = route_in.empty() || route_in == "#" ? "" : route_in;
    RememberPosition();
    ReturnTo_ = Phase_ == Phase::Article ? ArticleId_ : std::string();
    ++Generation_;
    if (!from_history && route != Route_) {
        History_.push_back(Route_);
        if (History_.size() > 100) History_.erase(History_.begin());
    }
    Route_ = route;
    if (!from_history) Host_->SetRoute(RouteOrFeed(route), true);
    FindOpen_ = false;
    View_.ClearFind();
    if (HasRoutePrefix(route, kArticlePrefix)) {
        Phase_ = Phase::Loading;
        Publish();
        EnsureArticle(route.substr(kArticlePrefix.size()));
        return;
    }
    Filter_.clear();
    if (HasRoutePrefix(route, kSectionPrefix)) Filter_ = route.substr(kSectionPrefix.size());
    else if (HasRoutePrefix(route, kTagPrefix)) Filter_ = route.substr(kTagPrefix.size());
    if (route.empty()) { // the start: the newest article
        if (!FeedLoaded_) { Phase_ = Phase::Loading; Publish(); return; }
        if (Feed_.Items.empty()) { ShowFeed(); return; }
        if (const FeedItem* newest = Feed_.Newest()) {
            Route_ = ArticleRoute(newest->Id);
            Host_->SetRoute(Route_, false);
            Phase_ = Phase::Loading;
            EnsureArticle(newest->Id);
            return;
        }
    }
    if (!FeedLoaded_) { Phase_ = Phase::Loading; Publish(); return; }
    ShowFeed();
}

void App::Back() {
    if (History_.empty()) return;
    std::string route = History_.back();
    History_.pop_back();
    Host_->SetRoute(RouteOrFeed(route), false);
    Navigate(route, true);
}

void App::Open(const std::string& id) { Navigate(ArticleRoute(id), false); }

std::vector<const FeedItem*> App::FilteredItems() const {
    std::vector<const FeedItem*> out;
    const bool section = HasRoutePrefix(Route_, kSectionPrefix);
    for (const FeedItem& item : Feed_.Items) {
        if (Filter_.empty() || (section && item.Section == Filter_) ||
            (!section && std::find(item.Tags.begin(), item.Tags.end(), Filter_) != item.Tags.end()))
            out.push_back(&item);
    }
    // Newest first, by the instant each date names (undated last), keeping the feed's order among equals.
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

int App::IndexOf(const std::vector<const FeedItem*>& items, const std::string& route) {
    if (!HasRoutePrefix(route, kArticlePrefix)) return -1;
    for (int i = 0; i < (int)items.size(); ++i)
        if (route.compare(kArticlePrefix.size(), std::string::npos, items[i]->Id) == 0) return i;
    return -1;
}

std::string App::FilterLabel() const {
    if (Filter_.empty()) return {};
    return (HasRoutePrefix(Route_, kSectionPrefix) ? "Section: " : "Tag: ") + Filter_;
}

FeedEnd App::FeedEndState() const {
    return PageLoading_ ? FeedEnd::Loading : !PageError_.empty() ? FeedEnd::Error : NextPageUrl_.empty() ? FeedEnd::End : FeedEnd::More;
}

std::vector<RelatedLink> App::RelatedLinks(const Article& article) const {
    std::vector<RelatedLink> related;
    for (const std::string& id : article.Related) {
        const FeedItem* item = FindItem(id);
        related.push_back(RelatedLink{id, item ? item->Title : std::string()});
    }
    return related;
}

// ---- settings and positions --------------------------------------------------------------------------------

void App::SetSettings(const ReaderSettings& s) {
    if (s == Settings_) return;
    Settings_ = s;
    if (s.Sans) Faces_.Want(SansItalic);
    ApplyImGuiStyle(GetTheme());
    Host_->SaveSetting("settings", SettingsToJson(Settings_));
    Publish();
}

void App::SetSystemPreferences(bool prefers_dark, bool reduced_motion) {
    if (prefers_dark == SystemDark_ && reduced_motion == ReducedMotion_) return;
    SystemDark_ = prefers_dark;
    ReducedMotion_ = reduced_motion;
    ApplyImGuiStyle(GetTheme());
    Publish();
}

void App::LoadPositions() {
    PositionsFromJson(Host_->LoadSetting("positions"), &Positions_); // corrupt: none, and the file is kept until
                                                                      // the reader scrolls an article
}

void App::RememberPosition() {
    if (Phase_ == Phase::Feed) { // for this session only
        if (FeedPositions_.size() > 64) FeedPositions_.clear();
        FeedPositions_[RouteOrFeed(Route_)] = View_.TopFraction();
        return;
    }
    if (Phase_ != Phase::Article || ArticleId_.empty()) return;
    const float f = View_.TopFraction();
    if (f == LastSavedFraction_ && Positions_.At.count(ArticleId_)) return;
    // The top of an article not yet remembered is where it opens anyway: nothing to store (so merely reading a
    // first article does not replace a positions file that could not be read).
    if (f == 0.0f && !Positions_.At.count(ArticleId_)) return;
    LastSavedFraction_ = f;
    Positions_.Remember(ArticleId_, f);
    Host_->SaveSetting("positions", PositionsToJson(Positions_));
}

// ---- state -------------------------------------------------------------------------------------------------

std::string App::CopyText() const { return View_.SelectedText(); }

void App::Publish() {
    const std::string key = ContentKey();
    if (key != LastContentKey_) { LastContentKey_ = key; ++Content_; }
    PublishedDocHeight_ = View_.Doc().Height;
    Host_->StateChanged(StateJson());
    Host_->RequestFrame();
}

std::string App::StateJson() const {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    const char* phase = Phase_ == Phase::Article ? "article" : Phase_ == Phase::Feed ? "feed" : Phase_ == Phase::Error ? "error" : "loading";
    w.StartObject();
    w.Key("state"); w.String(phase);
    w.Key("route"); w.String(Route_.c_str());
    w.Key("articleId"); w.String(Phase_ == Phase::Article ? ArticleId_.c_str() : "");
    auto art = Articles_.find(ArticleId_);
    w.Key("title"); w.String(Phase_ == Phase::Article && art != Articles_.end() ? art->second.Headline.c_str() : "");
    w.Key("error"); w.String(Error_.c_str());
    w.Key("fontsReady"); w.Bool(Faces_.Ready());
    w.Key("filter"); w.String(Filter_.c_str());
    w.Key("feedItems"); w.Uint((unsigned)Feed_.Items.size());
    w.Key("feedComplete"); w.Bool(FeedLoaded_ && NextPageUrl_.empty());
    w.Key("scrollY"); w.Double(std::round(View_.ScrollY()));
    w.Key("scrollMax"); w.Double(std::round(View_.MaxScroll()));
    w.Key("find");
    w.StartObject();
    w.Key("open"); w.Bool(FindOpen_);
    w.Key("query"); w.String(LastQuery_.c_str());
    w.Key("count"); w.Int(View_.FindCount());
    w.Key("current"); w.Int(View_.FindCurrent() + 1);
    w.EndObject();
    w.Key("selectionLength"); w.Uint((unsigned)View_.SelectedText().size());
    w.Key("settingsOpen"); w.Bool(SettingsOpen_);
    w.Key("settings");
    const std::string settings = SettingsToJson(Settings_);
    w.RawValue(settings.data(), settings.size(), rapidjson::kObjectType); // already JSON: no parse to embed it
    w.Key("theme"); w.String(GetTheme().Name);
    w.Key("progress");
    w.StartObject();
    w.Key("url"); w.String(ProgressUrl_.c_str());
    w.Key("bytes"); w.Uint64(ProgressBytes_);
    w.EndObject();
    w.Key("frames"); w.Int(Frames_);
    w.Key("content"); w.Uint(Content_);
    w.Key("cursor");
    w.StartObject();
    w.Key("target"); w.String(Phase_ == Phase::Feed ? CursorTarget_.c_str() : "");
    w.Key("moves"); w.Uint(CursorMoves_);
    w.EndObject();
    w.Key("docHeight"); w.Double(std::ceil(View_.Doc().Height));
    w.Key("externalScroll"); w.Bool(ExternalScroll_);
    w.EndObject();
    return buf.GetString();
}

} // namespace folio::ui
