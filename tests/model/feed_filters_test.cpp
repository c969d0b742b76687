// Tests of model/feed_filters (AddFeedFilters): "All", sections and tags in the order the feed first names them,
// each once, a tag named like its item's section left out, at most kMaxFeedFilters, later pages adding their own.
#include "model/feed_filters.h"

#include <doctest/doctest.h>

using namespace folio;

namespace {
FeedItem Item(const std::string& section, std::vector<std::string> tags = {}) {
    FeedItem it;
    it.Id = "x";
    it.Section = section;
    it.Tags = std::move(tags);
    return it;
}
std::vector<std::string> Labels(const std::vector<FeedFilter>& filters) {
    std::vector<std::string> out;
    for (const FeedFilter& f : filters) out.push_back(f.Label());
    return out;
}
} // namespace

TEST_CASE("feed filters: All, then sections and tags in the feed's order, each once") {
    std::vector<FeedFilter> filters;
    AddFeedFilters(&filters, {Item("World", {"ports", "World"}), Item("Money"), Item("World", {"ports", "rates"}), Item("")});
    CHECK(Labels(filters) == std::vector<std::string>{"All", "World", "#ports", "Money", "#rates"});
    CHECK(filters[0].Type == FeedFilter::Kind::All);
    CHECK(filters[2].Type == FeedFilter::Kind::Tag);
    CHECK(filters[2].Name == "ports");
    // A tag and a section of the same name are two filters.
    std::vector<FeedFilter> both;
    AddFeedFilters(&both, {Item("Money", {"World"}), Item("World")});
    CHECK(Labels(both) == std::vector<std::string>{"All", "Money", "#World", "World"});
}

TEST_CASE("feed filters: at most twelve; a later page adds only what it names anew") {
    std::vector<FeedItem> items;
    for (int i = 0; i < 30; ++i) items.push_back(Item("S" + std::to_string(i)));
    std::vector<FeedFilter> filters;
    AddFeedFilters(&filters, items);
    CHECK(filters.size() == kMaxFeedFilters);
    CHECK(filters.back().Label() == "S10");

    std::vector<FeedFilter> grown;
    std::vector<FeedItem> page{Item("World")};
    AddFeedFilters(&grown, page);
    page.push_back(Item("World", {"late"}));
    page.push_back(Item("Money"));
    AddFeedFilters(&grown, page, 1);
    CHECK(Labels(grown) == std::vector<std::string>{"All", "World", "#late", "Money"});
    // Nothing: an empty feed has "All" alone.
    std::vector<FeedFilter> none;
    AddFeedFilters(&none, {});
    CHECK(Labels(none) == std::vector<std::string>{"All"});
}
