// HttpFetcher: the worker thread, and one libcurl transfer with its limits and its error messages.
#include "platform/native/http_fetch.h"

#include <curl/curl.h>

#include <chrono>
#include <cstring>

namespace folio::platform {

// One transfer's state, shared with libcurl's callbacks.
struct HttpTransfer {
    HttpFetcher* Owner = nullptr;
    std::string Body;
    std::string Reason; // the reason phrase of the last status line ("Not Found")
    bool TooLarge = false;
    uint64_t WokenAt = 0;
    std::chrono::steady_clock::time_point LastWake{};

    static size_t OnData(char* data, size_t size, size_t count, void* user) {
        auto* t = static_cast<HttpTransfer*>(user);
        const size_t n = size * count;
        if (t->Owner->CancelCurrent_) return 0; // curl stops
        if (t->Body.size() + n > HttpFetcher::kMaxBytes) { t->TooLarge = true; return 0; }
        t->Body.append(data, n);
        std::lock_guard<std::mutex> lock(t->Owner->Mutex_);
        t->Owner->Current_.Bytes = t->Body.size();
        return n;
    }
    static size_t OnHeader(char* data, size_t size, size_t count, void* user) {
        auto* t = static_cast<HttpTransfer*>(user);
        const std::string line(data, size * count);
        if (line.compare(0, 5, "HTTP/") == 0) { // "HTTP/1.1 404 Not Found": a new response (redirects have one each)
            const size_t code = line.find(' ');
            const size_t reason = code == std::string::npos ? code : line.find(' ', code + 1);
            t->Reason = reason == std::string::npos ? "" : line.substr(reason + 1);
            while (!t->Reason.empty() && (t->Reason.back() == '\r' || t->Reason.back() == '\n')) t->Reason.pop_back();
        }
        return size * count;
    }
    // Called by libcurl about once a second, and as bytes arrive: gives up when the viewer closes or the download
    // is cancelled, and wakes the main loop (at most ten times a second) so the loading view can show how much
    // has come.
    static int OnProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
        auto* t = static_cast<HttpTransfer*>(user);
        if (t->Owner->Stop_ || t->Owner->CancelCurrent_) return 1;
        const auto now = std::chrono::steady_clock::now();
        if (t->Body.size() != t->WokenAt && now - t->LastWake >= std::chrono::milliseconds(100)) {
            t->WokenAt = t->Body.size();
            t->LastWake = now;
            t->Owner->Wake_();
        }
        return 0;
    }
};

// Reason phrases for servers that send none (HTTP/2 and later have no reason phrase).
static const char* StandardReason(long status) {
    switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 410: return "Gone";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "";
    }
}

ui::FetchResult HttpFetcher::Perform(void* handle, const std::string& url, bool* unreachable) {
    *unreachable = false;
    CURL* curl = static_cast<CURL*>(handle);
    curl_easy_reset(curl); // keeps the connection cache: pages and articles of one host reuse a connection
    HttpTransfer t;
    t.Owner = this;
    char errbuf[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, kMaxRedirects);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, kConnectTimeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, kStallSeconds);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, kTotalTimeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)kMaxBytes);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, ""); // whatever this libcurl can decode
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "Folio/" FOLIO_VERSION);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &HttpTransfer::OnData);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &HttpTransfer::OnHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &HttpTransfer::OnProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &t);
    const CURLcode rc = curl_easy_perform(curl);

    ui::FetchResult r;
    if (CancelCurrent_ || rc == CURLE_ABORTED_BY_CALLBACK) { r.Error = "cancelled"; return r; }
    if (t.TooLarge || rc == CURLE_FILESIZE_EXCEEDED) { r.Error = TooLargeError(); return r; }
    if (rc != CURLE_OK) {
        *unreachable = true;
        r.Error = errbuf[0] ? errbuf : curl_easy_strerror(rc);
        long os_errno = 0; // "Couldn't connect to server" says more with the system's reason
        if (curl_easy_getinfo(curl, CURLINFO_OS_ERRNO, &os_errno) == CURLE_OK && os_errno != 0)
            r.Error += std::string(" (") + strerror((int)os_errno) + ")";
        return r;
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    if (status >= 400) {
        *unreachable = status >= 500;
        const std::string reason = t.Reason.empty() ? StandardReason(status) : t.Reason;
        r.Error = "HTTP " + std::to_string(status) + (reason.empty() ? "" : " " + reason);
        return r;
    }
    if (status >= 300) { r.Error = "HTTP " + std::to_string(status) + ": a redirect without a usable Location"; return r; }
    r.Ok = true;
    r.Body = std::move(t.Body);
    return r;
}

void HttpFetcher::Start(uint64_t id, const std::string& url) {
    {
        std::lock_guard<std::mutex> lock(Mutex_);
        Queue_.emplace_back(id, url);
    }
    if (!Thread_.joinable()) {
        curl_global_init(CURL_GLOBAL_DEFAULT); // once, on the main thread, before any transfer
        Thread_ = std::thread([this] { Run(); });
    }
    Cv_.notify_one();
}

void HttpFetcher::Cancel(uint64_t id) {
    std::lock_guard<std::mutex> lock(Mutex_);
    for (auto it = Queue_.begin(); it != Queue_.end();) it = it->first == id ? Queue_.erase(it) : std::next(it);
    if (id != 0 && id == CurrentId_) {
        CancelCurrent_ = true;
        Current_ = Progress{}; // the loading view no longer shows it
    }
}

void HttpFetcher::Run() {
    CURL* curl = curl_easy_init();
    for (;;) {
        std::pair<uint64_t, std::string> job;
        {
            std::unique_lock<std::mutex> lock(Mutex_);
            Cv_.wait(lock, [this] { return Stop_ || !Queue_.empty(); }); // sleeps while there is nothing to do
            if (Stop_) break;
            job = std::move(Queue_.front());
            Queue_.pop_front();
            Current_ = Progress{job.second, 0};
            CurrentId_ = job.first;
            CancelCurrent_ = false;
        }
        ui::FetchResult r;
        bool unreachable = false;
        if (curl) r = Perform(curl, job.second, &unreachable);
        else r.Error = "libcurl could not start a transfer";
        if (HttpCache* cache = Cache_.load(); cache && !CancelCurrent_) {
            std::string copy;
            if (r.Ok) cache->Store(job.second, r.Body); // one that cannot be kept is simply not kept
            else if (unreachable && cache->Load(job.second, &copy)) r = ui::FetchResult{true, std::move(copy), {}, false};
        }
        {
            std::lock_guard<std::mutex> lock(Mutex_);
            if (!CancelCurrent_) Finished_.emplace_back(job.first, std::move(r)); // nobody waits for a cancelled one
            Current_ = Progress{};
            CurrentId_ = 0;
        }
        Wake_();
    }
    if (curl) curl_easy_cleanup(curl);
}

HttpFetcher::~HttpFetcher() {
    {
        std::lock_guard<std::mutex> lock(Mutex_);
        Stop_ = true;
    }
    Cv_.notify_all();
    if (Thread_.joinable()) {
        Thread_.join();
        curl_global_cleanup();
    }
}

std::vector<std::pair<uint64_t, ui::FetchResult>> HttpFetcher::TakeFinished() {
    std::lock_guard<std::mutex> lock(Mutex_);
    std::vector<std::pair<uint64_t, ui::FetchResult>> out;
    out.swap(Finished_);
    return out;
}

HttpFetcher::Progress HttpFetcher::Current() const {
    std::lock_guard<std::mutex> lock(Mutex_);
    return Current_;
}

} // namespace folio::platform
