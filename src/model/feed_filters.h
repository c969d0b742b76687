// The filters a feed offers its reader: "All", then each section and tag in the order the feed first names them,
// at most kMaxFeedFilters. The viewer draws them as chips over the list (ui/feed_loader), and a feed page rendered
// to HTML at build time (cli/feed_prerender) lists the same ones, so the page's first paint and the canvas that
// takes over from it agree.
#pragma once
#include "model/article.h"

#include <cstddef>
#include <string>
#include <vector>

namespace folio {

struct FeedFilter {
    enum class Kind { All, Section, Tag };
    Kind Type = Kind::All;
    std::string Name; // the section's or tag's name; "" for All
    // What a reader sees: "All", the section's name, or "#" and the tag's.
    std::string Label() const { return Type == Kind::All ? "All" : Type == Kind::Tag ? "#" + Name : Name; }
    bool operator==(const FeedFilter& o) const { return Type == o.Type && Name == o.Name; }
};

inline constexpr size_t kMaxFeedFilters = 12;

// Adds to filters what items from `from` on name that filters lacks ("All" first, when filters is empty): each
// item's section, then its tags but the one named like its section. A long feed's later pages add only their own.
void AddFeedFilters(std::vector<FeedFilter>* filters, const std::vector<FeedItem>& items, size_t from = 0);

} // namespace folio
