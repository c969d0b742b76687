// ImportTextArticle: the bundle tool's importer with today's date, its warnings dropped (a reader can do
// nothing about them; folio-bundle shows them to whoever builds the bundle). TextImporter: its worker thread.
#include "platform/native/text_article.h"
#include "cli/importer.h"

#include <ctime>

namespace folio::platform {

bool ImportTextArticle(const std::string& text, const std::string& file, Article* out, Error* err) {
    cli::ImportOptions options;
    const time_t now = time(nullptr);
    tm today{};
    localtime_r(&now, &today);
    options.TodayY = today.tm_year + 1900;
    options.TodayM = today.tm_mon + 1;
    options.TodayD = today.tm_mday;
    std::vector<Error> warnings;
    return cli::ImportFile(text, file, options, out, &warnings, err);
}

void TextImporter::Import(std::string&& text, const std::string& file, ui::ArticleReadDone done) {
    const uint64_t id = NextId_++;
    Callbacks_.emplace(id, std::move(done));
    {
        std::lock_guard<std::mutex> lock(Mutex_);
        Queue_.push_back(Job{id, std::move(text), file});
    }
    if (!Thread_.joinable()) Thread_ = std::thread([this] { Run(); });
    Cv_.notify_one();
}

void TextImporter::Run() {
    for (;;) {
        Job job;
        {
            std::unique_lock<std::mutex> lock(Mutex_);
            Cv_.wait(lock, [this] { return Stop_ || !Queue_.empty(); }); // sleeps while there is nothing to do
            if (Stop_) return;
            job = std::move(Queue_.front());
            Queue_.pop_front();
        }
        ui::ArticleRead read;
        read.Ok = ImportTextArticle(job.Text, job.File, &read.Result, &read.Why);
        {
            std::lock_guard<std::mutex> lock(Mutex_);
            Finished_.emplace_back(job.Id, std::move(read));
        }
        Wake_();
    }
}

bool TextImporter::Deliver() {
    std::vector<std::pair<uint64_t, ui::ArticleRead>> finished;
    {
        std::lock_guard<std::mutex> lock(Mutex_);
        finished.swap(Finished_);
    }
    for (auto& [id, read] : finished) {
        auto it = Callbacks_.find(id);
        if (it == Callbacks_.end()) continue;
        ui::ArticleReadDone done = std::move(it->second);
        Callbacks_.erase(it); // before the call, which may import again
        done(std::move(read));
    }
    return !finished.empty();
}

TextImporter::~TextImporter() {
    {
        std::lock_guard<std::mutex> lock(Mutex_);
        Stop_ = true;
        Queue_.clear();
    }
    Cv_.notify_all();
    if (Thread_.joinable()) Thread_.join();
}

} // namespace folio::platform
