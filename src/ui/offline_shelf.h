// What the UI asks of a platform's store of articles saved for offline reading ("Save for offline"): save one
// article's files (its JSON, its page, its photos), the list of what is saved with its size, remove one or all.
// ImGui-free; the platform implements it (Cache Storage on the web: platform/web/web_offline) and Host::Offline()
// hands it out, null where there is none. The work is asynchronous: Generation() changes (and the platform asks for
// a frame) whenever the list, what is being saved or the last failure changed.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace folio::ui {

// One article to keep: every URL as the viewer fetches it (resolved by the FeedLoader, relative to the page or
// absolute). ui/offline_saving.h makes them.
struct SaveRequest {
    std::string Id;                     // the article's id
    std::string Headline;               // shown in the list of saved articles
    std::string ArticleUrl;             // its JSON file: without it nothing is saved
    std::string PageUrl;                // its HTML page, if it has one (kept if it answers; its absence is no failure)
    std::vector<std::string> PhotoUrls; // its photos' files: a failure to fetch one fails the save
};

struct SavedArticle {
    std::string Id;
    std::string Headline;
    std::string ArticleUrl; // its JSON file as saved: it opens from there even when no feed page read names it
    uint64_t Bytes = 0;     // what its files take
    std::string SavedDate;  // when it was saved, RFC 3339 ("2026-12-03T14:40:00Z")
};

class OfflineShelf {
public:
    virtual ~OfflineShelf() = default;
    // The platform can keep files here (the web: Cache Storage, which a page served over plain http lacks). False:
    // no "Save for offline" anywhere.
    virtual bool Available() const = 0;
    // Starts saving; all the article's files or none: a file that cannot be fetched leaves the list as it was and
    // sets LastError(). Saving an article already saved saves it again.
    virtual void Save(const SaveRequest& request) = 0;
    virtual void Remove(const std::string& id) = 0;
    virtual void RemoveAll() = 0;
    // What is saved, newest first, as last read; empty until the platform has answered.
    virtual const std::vector<SavedArticle>& Saved() const = 0;
    // The ids being saved now.
    virtual const std::vector<std::string>& Saving() const = 0;
    // Why the last save failed, in words for the reader ("" none): set when one fails, cleared when one starts.
    virtual const std::string& LastError() const = 0;
    virtual uint32_t Generation() const = 0;
};

} // namespace folio::ui
