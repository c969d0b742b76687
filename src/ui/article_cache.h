// The articles read so far, by id, at most kMaxCachedArticles of them: the least recently used goes first when
// another arrives, but never the article on screen nor the one waiting to open (an article fetched for a navigation
// since superseded can arrive at any time, and must not take the place of what the reader is looking at).
#pragma once
#include "model/article.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace folio::ui {

constexpr size_t kMaxCachedArticles = 32;

class ArticleCache {
public:
    explicit ArticleCache(size_t capacity = kMaxCachedArticles) : Capacity_(capacity) {}

    // The article, made the most recently used; null if not here.
    const Article* Use(const std::string& id);
    // The article, its use unchanged (for what only reads what is shown); null if not here.
    const Article* Find(const std::string& id) const;
    bool Has(const std::string& id) const { return Entries_.count(id) != 0; }
    // Adds (or replaces) id's article as the most recently used. Over capacity, drops the least recently used
    // article that is neither `shown` nor `waiting` (ids; empty: none).
    void Put(const std::string& id, Article&& article, const std::string& shown, const std::string& waiting);
    void Clear() { Entries_.clear(); }
    size_t Size() const { return Entries_.size(); }

private:
    struct Entry {
        Article Value;
        uint64_t LastUse = 0;
    };
    size_t Capacity_;
    uint64_t Clock_ = 0;
    std::unordered_map<std::string, Entry> Entries_;
};

} // namespace folio::ui
