// ArticleCache: least recently used first, never what is shown or waits to open.
#include "ui/article_cache.h"

namespace folio::ui {

const Article* ArticleCache::Use(const std::string& id) {
    auto it = Entries_.find(id);
    if (it == Entries_.end()) return nullptr;
    it->second.LastUse = ++Clock_;
    return &it->second.Value;
}

const Article* ArticleCache::Find(const std::string& id) const {
    auto it = Entries_.find(id);
    return it == Entries_.end() ? nullptr : &it->second.Value;
}

void ArticleCache::Put(const std::string& id, Article&& article, const std::string& shown, const std::string& waiting) {
    Entry& e = Entries_[id];
    e.Value = std::move(article);
    e.LastUse = ++Clock_;
    while (Entries_.size() > Capacity_) {
        auto oldest = Entries_.end();
        for (auto it = Entries_.begin(); it != Entries_.end(); ++it) {
            if (it->first == shown || it->first == waiting) continue;
            if (oldest == Entries_.end() || it->second.LastUse < oldest->second.LastUse) oldest = it;
        }
        if (oldest == Entries_.end()) break; // everything here is kept (a capacity below two)
        Entries_.erase(oldest);
    }
}

} // namespace folio::ui
