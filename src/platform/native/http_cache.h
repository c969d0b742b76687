// The desktop viewer's offline copies of what it downloads (issue 16: a URL bundle opens offline). Every answer of
// HTTP 200 is kept under the cache folder ($XDG_CACHE_HOME/folio, else ~/.cache/folio) in http/<SHA-256 of the
// URL>, a file that starts with its URL (so a name can only ever answer for its own URL) and holds the bytes.
// Downloads stay network-first: a copy answers only when the network does not (no connection, a timeout, a server
// error of 5xx), never for an answer the server gave (a 404 stays a 404). Files are written the one safe way
// (cli::WriteFileInside: a fresh temporary name, then rename; no link followed) and read within a size bound; past
// MaxBytes the least recently written are removed. Thread-safe: both download threads (articles, pictures) use it.
#pragma once
#include <cstdint>
#include <mutex>
#include <string>

namespace folio::platform {

class HttpCache {
public:
    static constexpr uint64_t kDefaultMaxBytes = 512ull << 20;
    // An empty dir: nothing is kept or found (screenshots, tests that must not touch the reader's cache).
    void SetDir(const std::string& dir, uint64_t max_bytes = kDefaultMaxBytes);
    // Keeps body as the copy of url; false (with *why) when it could not be written. Past MaxBytes, trims.
    bool Store(const std::string& url, const std::string& body, std::string* why = nullptr);
    // The copy of url, if one is kept and whole.
    bool Load(const std::string& url, std::string* body) const;
    // The file that holds url's copy, relative to the dir ("http/<64 hex digits>").
    static std::string NameOf(const std::string& url);
    uint64_t Bytes() const; // what the copies take, as last counted (after a Store)

private:
    void TrimLocked(); // the oldest copies out until the rest take at most three quarters of MaxBytes
    mutable std::mutex Mutex_;
    std::string Dir_;
    uint64_t MaxBytes_ = kDefaultMaxBytes;
    uint64_t Bytes_ = 0;
    bool Counted_ = false; // Bytes_ was counted from the folder in this run
};

// $XDG_CACHE_HOME/folio when XDG_CACHE_HOME is an absolute path, else $HOME/.cache/folio; empty when neither.
std::string DefaultCacheDir();

} // namespace folio::platform
