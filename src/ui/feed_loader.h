// One source's loading, ImGui-free: the feed's pages through the Host (following next_url, refusing loops, within
// caps on what one feed can make the viewer read; a feed that stops early says why), or one article file shown as a
// feed of one (JSON, or plain text through an importer, answered later), and the articles of its items. Every
// reference a page makes goes through BundlePathOf against the bundle's roots, so nothing outside the bundle is
// fetched. Opening another source cancels the old one's unanswered fetches and drops what still answers.
#pragma once
#include "model/article.h"
#include "model/bundle_path.h"
#include "model/error.h"
#include "model/feed_filters.h"
#include "ui/host.h"

#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace folio::ui {

// Why something could not be loaded, and whether trying again can help: yes for a fetch that failed (a network,
// a file that may come back); no for an id in no page, a reference refused, or a file that was read but is wrong.
struct LoadError {
    std::string Message; // empty: no error
    bool Retryable = false;
    bool Offline = false; // the device is offline and keeps no copy of what failed: a note, not an error
    bool Empty() const { return Message.empty(); }
};

// An article read from its file's bytes: the article, or why not.
struct ArticleRead {
    bool Ok = false;
    Article Result;         // when Ok
    Error Why;              // when not
    std::string Text;       // JSON that is no article, handed back (an article file may be a feed page)
    bool Retryable = false; // when not: the file could not be fetched, so another try may read it
    bool Offline = false;   // when not: the device is offline and keeps no copy of it
};
using ArticleReadDone = std::function<void(ArticleRead&&)>;
// Reads a plain-text article (a URL ending in .txt) off the UI thread: done is called later, between frames.
using ImportTextFn = std::function<void(std::string&& text, const std::string& file, ArticleReadDone done)>;

// Caps on what one source can make the viewer read, so a feed that never ends stops with a message instead of
// paging forever. A real archive of 100,000 articles still reads whole: folio-bundle writes 50 items a page by
// default, so 2,000 pages.
constexpr size_t kMaxFeedItems = 150000; // items kept from all the feed's pages; the feed ends there
constexpr size_t kMaxFeedPages = 4000;   // pages read from one source; the feed ends there

class FeedLoader {
public:
    // What the loader tells its owner, always from a fetch's answer or a call the owner made.
    struct Events {
        std::function<void()> Grew;   // a page or the article file added to the feed
        std::function<void()> Ended;  // a page was not read (a cap, a loop): no page comes; PageError() says why
        std::function<void()> Failed; // the page or article file could not be fetched or read: PageError()
        std::function<void(Article&&)> FileArticle; // the article file's article (before Grew)
    };

    void Init(Host* host, ImportTextFn import_text, Events events);
    // Opens a source (a feed page, or with article_url non-empty one article file) in place of any other (Close).
    void Open(const std::string& feed_url, const std::string& article_url);
    // Forgets the source: its unanswered fetches are cancelled, and their answers (or imports) never reach anyone.
    void Close();
    // Reads a page of the feed unless one is loading; a page read before (a loop) or past kMaxFeedPages ends the
    // feed. A page whose fetch failed was not read: asking for it again fetches it again.
    void LoadPage(const std::string& url);
    // The next page, if one follows, none is loading and none failed; true if it started.
    bool LoadMore();
    // Loads again what failed: the source, if nothing of it was read, or the next page that failed.
    void Retry();
    // An article of this source, JSON or plain text: fetched, then read; done is called once, unless another
    // source opens first. A failed fetch is a failed read that may be retried.
    void FetchArticle(const std::string& url, ArticleReadDone done);

    const Feed& GetFeed() const { return Feed_; }     // all pages so far (Title from the first; NextUrl unused)
    const FeedItem* FindItem(const std::string& id) const; // through an index, so long feeds page in linear time
    const std::string* Refusal(const std::string& id) const; // why id's article cannot be opened; null: it can
    const std::string& FeedUrl() const { return FeedUrl_; }
    bool Loaded() const { return Loaded_; }           // a page (or the article file) was read
    bool PageLoading() const { return PageLoading_; }
    const std::string& NextPageUrl() const { return NextPageUrl_; } // "" when no page follows
    bool Complete() const { return Loaded_ && NextPageUrl_.empty(); }
    const LoadError& PageError() const { return PageError_; } // why the feed stopped or a page failed
    // The feed's filter chips, (label, route): "All" and each section and tag, in the order the feed first names
    // them (at most 12), made as the feed grows.
    const std::vector<std::pair<std::string, std::string>>& Chips() const { return Chips_; }

private:
    void Fetch(const std::string& url, FetchCallback done); // counted in Fetches_, dropped when the source changes
    void LoadSource();
    void LoadArticleFile(const std::string& url);
    void ReadArticle(const std::string& url, std::string&& text, ArticleReadDone done);
    void ResolvePhotos(const std::string& url, Article* article) const; // its photos' URLs, to what is fetched
    void AcceptPage(const std::string& url, Feed&& page);
    void AddItem(FeedItem&& item);
    void AddFilterChips(size_t from); // Feed_.Items' filters from `from` on, as chips
    void Stop(const std::string& why); // no page follows; PageError_ says why

    Host* Host_ = nullptr;
    ImportTextFn ImportText_;
    Events Events_;
    std::string FeedUrl_, ArticleUrl_;
    unsigned Source_ = 0;                                 // answers from a source no longer open are dropped
    std::unordered_map<std::string, int> Fetches_;        // unanswered fetches by URL: cancelled on Open
    Feed Feed_;
    std::unordered_map<std::string, size_t> ItemIndex_;   // id -> its first place in Feed_.Items
    std::vector<FeedFilter> Filters_;                        // what the chips are made from
    std::vector<std::pair<std::string, std::string>> Chips_;
    std::string NextPageUrl_;
    std::unordered_set<std::string> PagesSeen_;
    bool Loaded_ = false, PageLoading_ = false;
    LoadError PageError_;
    // Where the source's bundle is read from and the address its first page declares.
    BundleRoots Roots_;
    std::unordered_map<std::string, std::string> Refused_; // article id -> why its article file cannot be opened
};

} // namespace folio::ui
