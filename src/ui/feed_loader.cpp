// FeedLoader: a source's feed pages, its article file, and the articles its items name, through the Host.
#include "ui/feed_loader.h"
#include "model/article_json.h"
#include "model/feed_json.h"
#include "model/url.h"
#include "ui/routes.h"

#include <algorithm>
#include <strings.h>

namespace folio::ui {

void FeedLoader::Init(Host* host, ImportTextFn import_text, Events events) {
    Host_ = host;
    ImportText_ = std::move(import_text);
    Events_ = std::move(events);
}

void FeedLoader::Open(const std::string& feed_url, const std::string& article_url) {
    Close();
    FeedUrl_ = feed_url;
    ArticleUrl_ = article_url;
    LoadSource();
}

void FeedLoader::Close() {
    ++Source_;
    for (const auto& [url, count] : Fetches_) Host_->CancelFetch(url);
    Fetches_.clear();
    FeedUrl_.clear();
    ArticleUrl_.clear();
    Feed_ = Feed();
    ItemIndex_.clear();
    Chips_.clear();
    Filters_.clear();
    NextPageUrl_.clear();
    PagesSeen_.clear();
    Loaded_ = PageLoading_ = false;
    PageError_ = LoadError();
    Roots_ = BundleRoots();
    Refused_.clear();
}

void FeedLoader::LoadSource() {
    if (!ArticleUrl_.empty()) LoadArticleFile(ArticleUrl_);
    else LoadPage(FeedUrl_);
}

void FeedLoader::Fetch(const std::string& url, FetchCallback done) {
    ++Fetches_[url];
    Host_->Fetch(url, [this, url, source = Source_, done = std::move(done)](FetchResult&& r) {
        if (source != Source_) return;
        auto it = Fetches_.find(url);
        if (it != Fetches_.end() && --it->second == 0) Fetches_.erase(it);
        done(std::move(r));
    });
}

void FeedLoader::LoadPage(const std::string& url) {
    if (PageLoading_) return;
    std::string stop;
    if (PagesSeen_.size() >= kMaxFeedPages)
        stop = url + ": not read: the viewer reads at most " + std::to_string(kMaxFeedPages) + " pages of a feed";
    else if (!PagesSeen_.insert(url).second)
        stop = url + ": the feed's pages loop (this page was already read)";
    if (!stop.empty()) {
        Stop(stop);
        if (Events_.Ended) Events_.Ended();
        return;
    }
    PageLoading_ = true;
    PageError_ = LoadError();
    Fetch(url, [this, url](FetchResult&& r) {
        PageLoading_ = false;
        Feed page;
        Error err;
        if (!r.Ok) {
            PageError_ = LoadError{Error{url, "", r.Error}.Message(), true, r.Offline};
            PagesSeen_.erase(url); // not read: another try fetches it again
        } else if (ParseFeed(r.Body, url, &page, &err)) {
            AcceptPage(url, std::move(page));
            return;
        } else {
            PageError_ = LoadError{err.Message(), false};
        }
        if (Events_.Failed) Events_.Failed();
    });
}

bool FeedLoader::LoadMore() {
    if (PageLoading_ || !PageError_.Empty() || NextPageUrl_.empty()) return false;
    LoadPage(NextPageUrl_);
    return PageLoading_;
}

void FeedLoader::Retry() {
    if (PageLoading_) return;
    if (!Loaded_) {
        PagesSeen_.erase(FeedUrl_);
        LoadSource();
    } else if (PageError_.Retryable && !NextPageUrl_.empty()) {
        LoadPage(NextPageUrl_);
    }
}

// The feed's filters (model/feed_filters.h) from items `from` on, each new one a chip: its label and its route.
// More items add to chips already made, so a long feed costs each page only its own items.
void FeedLoader::AddFilterChips(size_t from) {
    const size_t had = Filters_.size();
    AddFeedFilters(&Filters_, Feed_.Items, from);
    for (size_t i = had; i < Filters_.size(); ++i) {
        const FeedFilter& f = Filters_[i];
        Chips_.emplace_back(f.Label(), f.Type == FeedFilter::Kind::All       ? kFeedRoute
                                       : f.Type == FeedFilter::Kind::Section ? SectionRoute(f.Name)
                                                                             : TagRoute(f.Name));
    }
}

// A photo's addresses made what is fetched: a path (resolved against the bundle file at `from`) must stay inside the
// bundle, as every reference does (BundlePathOf); an http(s) URL elsewhere is fetched as it is. A variant that
// fails is dropped, a source that fails emptied: such a photo shows its alt text and nothing is fetched for it.
static void ResolvePhoto(const BundleRoots& roots, const std::string& from, Photo* photo) {
    auto resolve = [&](std::string* url) {
        std::string rel, why;
        const bool remote = url->rfind("http://", 0) == 0 || url->rfind("https://", 0) == 0;
        if (BundlePathOf(roots, from, *url, &rel, &why)) *url = roots.Local + rel;
        else if (!remote) url->clear();
    };
    if (photo->Src.empty()) return;
    resolve(&photo->Src);
    if (photo->Src.empty()) { // refused: none of its variants is fetched in its stead either
        photo->Variants.clear();
        return;
    }
    for (ImageVariant& v : photo->Variants) resolve(&v.Url);
    photo->Variants.erase(std::remove_if(photo->Variants.begin(), photo->Variants.end(),
                                         [](const ImageVariant& v) { return v.Url.empty(); }),
                          photo->Variants.end());
}

void FeedLoader::ResolvePhotos(const std::string& url, Article* article) const {
    // Under the bundle's folder: its bundle path; an article file opened by itself: its own folder is the root.
    const bool under = !Roots_.Local.empty() && url.compare(0, Roots_.Local.size(), Roots_.Local) == 0;
    const BundleRoots roots = under ? Roots_ : BundleRoots{FolderOf(url), ""};
    const std::string from = url.substr(roots.Local.size());
    ResolvePhoto(roots, from, &article->Image);
    for (Block& b : article->Body)
        if (b.Type == BlockType::Photo) ResolvePhoto(roots, from, &b.Image);
}

// A page's references are read with BundlePathOf against the bundle's roots, which the first page sets: the folder
// the source was opened from (Local: what is fetched) and the address its feed_url declares (Public: an absolute
// URL under it is the same file under Local). An article outside them cannot be opened (the rest of the feed
// can); a next_url outside them ends the feed.
void FeedLoader::AcceptPage(const std::string& url, Feed&& page) {
    if (!Loaded_) {
        Feed_.Title = page.Title;
        Feed_.Language = page.Language; // the feed's own (its chips' and title's direction), as its first page says
        Roots_ = BundleRoots{ResolveUrl(url, "."), BundleBaseOf(page.FeedUrl)}; // FolderOf(url), "./" and ".." folded
    }
    Loaded_ = true;
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
        ResolvePhoto(Roots_, from, &item.Image);
        AddItem(std::move(item));
    }
    AddFilterChips(before);
    NextPageUrl_.clear();
    std::string rel, why;
    if (full) {
        Stop(url + ": the feed ends here: the viewer keeps at most " + std::to_string(kMaxFeedItems) + " articles of a feed");
    } else if (!page.NextUrl.empty()) {
        if (BundlePathOf(Roots_, from, page.NextUrl, &rel, &why)) NextPageUrl_ = Roots_.Local + rel;
        else Stop(Error{url, "$.next_url", "the feed ends here: " + why}.Message());
    }
    if (Events_.Grew) Events_.Grew();
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

void FeedLoader::FetchArticle(const std::string& url, ArticleReadDone done) {
    Fetch(url, [this, url, done = std::move(done)](FetchResult&& r) mutable {
        if (r.Ok) { ReadArticle(url, std::move(r.Body), std::move(done)); return; }
        ArticleRead failed;
        failed.Why = Error{url, "", r.Error};
        failed.Retryable = true;
        failed.Offline = r.Offline;
        done(std::move(failed));
    });
}

void FeedLoader::ReadArticle(const std::string& url, std::string&& text, ArticleReadDone done) {
    ArticleRead read;
    if (!IsTextFile(url)) {
        read.Ok = ParseArticle(text, url, &read.Result, &read.Why);
        if (read.Ok) ResolvePhotos(url, &read.Result);
        else read.Text = std::move(text);
        done(std::move(read));
        return;
    }
    if (!ImportText_) {
        read.Why = Error{url, "", "plain-text articles cannot be opened here; open the bundle built from it"};
        done(std::move(read));
        return;
    }
    ImportText_(std::move(text), url, [this, url, source = Source_, done = std::move(done)](ArticleRead&& r) {
        if (source != Source_) return; // its source was closed meanwhile
        if (r.Ok) ResolvePhotos(url, &r.Result);
        done(std::move(r));
    });
}

// One article file, shown as a feed of one: Back, the feed view and remembered positions work as for a bundle.
void FeedLoader::LoadArticleFile(const std::string& url) {
    PageLoading_ = true;
    PageError_ = LoadError();
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
            AddFilterChips(0); // the first items of this source: no chips yet
            Loaded_ = true;
            Feed_.Title = article.Publisher.empty() ? FileNameOf(url) : article.Publisher;
            if (Events_.FileArticle) Events_.FileArticle(std::move(article));
            if (Events_.Grew) Events_.Grew();
            return;
        }
        // Not an article: perhaps a feed page of a bundle, opened by its file.
        Feed page;
        Error feed_err;
        if (!read.Text.empty() && ParseFeed(read.Text, url, &page, &feed_err)) {
            FeedUrl_ = url;
            ArticleUrl_.clear();
            PagesSeen_.insert(url);
            AcceptPage(url, std::move(page));
            return;
        }
        PageError_ = LoadError{read.Why.Message(), read.Retryable, read.Offline};
        if (Events_.Failed) Events_.Failed();
    });
}

void FeedLoader::Stop(const std::string& why) {
    PageError_ = LoadError{why, false};
    NextPageUrl_.clear();
}

void FeedLoader::AddItem(FeedItem&& item) {
    ItemIndex_.emplace(item.Id, Feed_.Items.size()); // an id already there keeps its first place, as Feed::Find finds
    Feed_.Items.push_back(std::move(item));
}

const FeedItem* FeedLoader::FindItem(const std::string& id) const {
    auto it = ItemIndex_.find(id);
    return it == ItemIndex_.end() ? nullptr : &Feed_.Items[it->second];
}

const std::string* FeedLoader::Refusal(const std::string& id) const {
    auto it = Refused_.find(id);
    return it == Refused_.end() ? nullptr : &it->second;
}

} // namespace folio::ui
