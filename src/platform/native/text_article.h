// `folio ARTICLE.txt`: a plain-text article in the wire shape of the seed (section, headline, standfirst, a
// body opening with "PLACE, Month Day. /AGENCY/.") read by the bundle tool's importer (src/cli), the same one
// folio-bundle builds bundles with, on a worker thread of its own (TextImporter) so that a long import never
// stops the window drawing or answering.
#pragma once
#include "model/article.h"
#include "model/error.h"
#include "ui/app.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

namespace folio::platform {

// The import itself. `file` (a path or URL) names the article in errors and gives its id; a year missing from
// the dateline is inferred from today's date, as folio-bundle does.
bool ImportTextArticle(const std::string& text, const std::string& file, Article* out, Error* err);

// ImportTextArticle on one worker thread with a queue, as HttpFetcher does downloads: Import hands the text over
// and returns at once; the thread wakes the main loop (`wake`: glfwPostEmptyEvent) when one is done, and the
// main loop calls Deliver between frames, which answers on the main thread.
class TextImporter {
public:
    explicit TextImporter(std::function<void()> wake) : Wake_(std::move(wake)) {}
    ~TextImporter(); // drops what is queued, waits for the import in progress, and joins the thread

    // AppOptions::ImportText. The thread starts with the first import.
    void Import(std::string&& text, const std::string& file, ui::ArticleReadDone done);
    bool Deliver(); // calls the callbacks of the finished imports; true if there were any

private:
    struct Job {
        uint64_t Id = 0;
        std::string Text, File;
    };
    void Run();

    std::function<void()> Wake_;
    std::unordered_map<uint64_t, ui::ArticleReadDone> Callbacks_; // the main thread's alone
    uint64_t NextId_ = 1;
    std::mutex Mutex_; // guards what follows, shared with the thread
    std::condition_variable Cv_;
    std::deque<Job> Queue_;
    std::vector<std::pair<uint64_t, ui::ArticleRead>> Finished_;
    bool Stop_ = false;
    std::thread Thread_; // last: it starts using the rest
};

} // namespace folio::platform
