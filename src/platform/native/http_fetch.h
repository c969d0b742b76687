// HTTP(S) downloads for the desktop viewer: libcurl on one worker thread with a queue, so the window never
// waits on the network. Finished downloads are collected by the main thread (TakeFinished) between frames;
// the thread wakes the main loop (the `wake` function: glfwPostEmptyEvent) when one finishes and, at most ten
// times a second, while bytes arrive (Progress). Bounded: kMaxBytes a response, 5 redirects, timeouts. A
// download cancelled (its source closed) leaves the queue, or, in flight, is stopped by libcurl's callbacks at
// the next byte or within a second, so what is fetched next waits for none of it. With a cache (SetCache), every
// download is kept for offline reading and a copy answers when the network cannot.
#pragma once
#include "platform/native/http_cache.h"
#include "ui/host.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace folio::platform {

class HttpFetcher {
public:
    static constexpr uint64_t kMaxBytes = 64u << 20; // a response larger than this is refused
    static constexpr long kMaxRedirects = 5;
    static constexpr long kConnectTimeoutSeconds = 15;
    static constexpr long kStallSeconds = 30;        // no byte for this long: given up
    static constexpr long kTotalTimeoutSeconds = 300;

    explicit HttpFetcher(std::function<void()> wake) : Wake_(std::move(wake)) {}
    ~HttpFetcher(); // abandons what is in flight and joins the thread

    // Keeps every answer in cache and answers from it when the network does not (HttpCache); null: none. Set it
    // before the first Start.
    void SetCache(HttpCache* cache) { Cache_ = cache; }
    void Start(uint64_t id, const std::string& url); // the thread starts with the first download
    void Cancel(uint64_t id); // dropped from the queue or stopped in flight; it is never answered
    std::vector<std::pair<uint64_t, ui::FetchResult>> TakeFinished();
    struct Progress {
        std::string Url;    // the download in flight; empty when none
        uint64_t Bytes = 0; // received so far (after decompression)
    };
    Progress Current() const;
    // The error for a response (or, in NativeHost, a file) over kMaxBytes.
    static std::string TooLargeError() { return "larger than the limit of " + std::to_string(kMaxBytes >> 20) + " MB, refused"; }

private:
    void Run();
    // *unreachable: no answer from the server (no connection, a timeout, a transfer cut) or a server error (5xx).
    ui::FetchResult Perform(void* curl, const std::string& url, bool* unreachable);

    std::function<void()> Wake_;
    std::atomic<HttpCache*> Cache_{nullptr};
    mutable std::mutex Mutex_;
    std::condition_variable Cv_;
    std::deque<std::pair<uint64_t, std::string>> Queue_;
    uint64_t CurrentId_ = 0;                 // the download in flight; 0 when none
    std::atomic<bool> CancelCurrent_{false}; // ... is cancelled: the transfer's callbacks stop it
    std::vector<std::pair<uint64_t, ui::FetchResult>> Finished_;
    Progress Current_;
    std::atomic<bool> Stop_{false};
    std::thread Thread_;
    friend struct HttpTransfer;
};

} // namespace folio::platform
