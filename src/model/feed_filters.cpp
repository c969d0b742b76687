// AddFeedFilters (feed_filters.h).
#include "model/feed_filters.h"

#include <algorithm>

namespace folio {

void AddFeedFilters(std::vector<FeedFilter>* filters, const std::vector<FeedItem>& items, size_t from) {
    if (filters->empty()) filters->push_back(FeedFilter{});
    auto add = [filters](FeedFilter::Kind kind, const std::string& name) {
        if (filters->size() >= kMaxFeedFilters) return;
        FeedFilter f{kind, name};
        if (std::find(filters->begin(), filters->end(), f) == filters->end()) filters->push_back(std::move(f));
    };
    for (size_t i = from; i < items.size() && filters->size() < kMaxFeedFilters; ++i) {
        const FeedItem& item = items[i];
        if (!item.Section.empty()) add(FeedFilter::Kind::Section, item.Section);
        for (const std::string& tag : item.Tags)
            if (tag != item.Section) add(FeedFilter::Kind::Tag, tag);
    }
}

} // namespace folio
