// SerializeFeedItem, PlanFeedPages, FeedPageJson: WriteFeedJson's pages, cut and written from item texts.
#include "cli/feed_stream.h"
#include "model/bundle_write.h"
#include "model/limits.h"

namespace folio::cli {

namespace {

// PrettyWriter (indent 2) puts each item of "items" on its own line at depth 2, parted by commas, and closes the
// array on a line of its own; an empty array is "[]".
constexpr const char kItemIndent[] = "\n    ";
constexpr const char kItemsEnd[] = "\n  ]\n}\n";
constexpr const char kNoItems[] = "[]\n}\n";

Feed Frame(const BundleSite& site, size_t number) {
    Feed f;
    f.Title = site.Title;
    f.Description = site.Description;
    f.Language = site.Language;
    if (!site.BaseUrl.empty()) {
        f.HomePageUrl = site.BaseUrl;
        f.FeedUrl = site.BaseUrl + FeedPagePath(number);
    }
    return f;
}

} // namespace

FeedItemText SerializeFeedItem(const FeedItem& item) {
    static const size_t empty = WriteFeedJson(Feed{}).size();
    Feed one;
    one.Items.push_back(item);
    const std::string page = WriteFeedJson(one);
    const size_t end = page.size() - (sizeof kItemsEnd - 1);
    const size_t start = page.rfind("\"items\": [") + 10 + (sizeof kItemIndent - 1);
    return FeedItemText{page.substr(start, end - start), page.size() - empty + 8};
}

std::vector<size_t> PlanFeedPages(const std::vector<size_t>& item_bytes, const BundleSite& site) {
    const size_t per_page = site.PageSize > 0 ? (size_t)site.PageSize : 50;
    const size_t n = item_bytes.size();
    Feed frame = Frame(site, n + 1); // the longest feed_url and next_url a page of this bundle can have
    frame.NextUrl = Reference(site, FeedPagePath(1), FeedPagePath(n + 1));
    const size_t frame_bytes = WriteFeedJson(frame).size();
    std::vector<size_t> counts(1, 0);
    size_t bytes = frame_bytes;
    for (size_t b : item_bytes) {
        if (counts.back() > 0 && (counts.back() >= per_page || bytes + b > kMaxJsonBytes)) {
            counts.push_back(0);
            bytes = frame_bytes;
        }
        ++counts.back();
        bytes += b;
    }
    return counts;
}

std::string FeedPageJson(const BundleSite& site, size_t number, size_t pages, const std::vector<std::string>& item_texts) {
    Feed f = Frame(site, number);
    if (number < pages) f.NextUrl = Reference(site, FeedPagePath(number), FeedPagePath(number + 1));
    std::string out = WriteFeedJson(f);
    if (item_texts.empty()) return out;
    out.resize(out.size() - (sizeof kNoItems - 1));
    out += '[';
    for (size_t i = 0; i < item_texts.size(); ++i) {
        if (i) out += ',';
        out += kItemIndent;
        out += item_texts[i];
    }
    return out + kItemsEnd;
}

} // namespace folio::cli
