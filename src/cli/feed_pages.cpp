// OldestFirst, PlanPages, PageFrame, WriteFeedPage, MakeFeedItem, MakeFeedPages: the stable pages of a bundle's feed.
#include "cli/feed_pages.h"
#include "model/bundle_write.h"
#include "model/date.h"
#include "model/url.h"

#include <algorithm>

namespace folio::cli {

int64_t PublishedInstant(const std::string& date_published) {
    int64_t when = kUndated;
    if (date_published.empty() || !ParseDate(date_published, &when)) return kUndated;
    return when;
}

template <typename Less>
static std::vector<size_t> Sorted(size_t n, Less less) {
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i) order[i] = i;
    std::sort(order.begin(), order.end(), less);
    return order;
}

std::vector<size_t> OldestFirst(const std::vector<PageEntry>& entries) {
    return Sorted(entries.size(), [&](size_t a, size_t b) {
        if (entries[a].Published != entries[b].Published) return entries[a].Published < entries[b].Published;
        return entries[a].Id < entries[b].Id;
    });
}

std::vector<size_t> OldestFirst(const std::vector<Article>& articles) {
    std::vector<int64_t> when(articles.size());
    for (size_t i = 0; i < articles.size(); ++i) when[i] = PublishedInstant(articles[i].DatePublished);
    return Sorted(articles.size(), [&](size_t a, size_t b) {
        if (when[a] != when[b]) return when[a] < when[b];
        return articles[a].Id < articles[b].Id;
    });
}

Feed PageFrame(const BundleSite& site, size_t number, size_t pages) {
    const std::string self = FeedPagePath(number, pages);
    Feed f;
    f.Title = site.Title;
    f.Description = site.Description;
    f.Language = site.Language;
    if (!site.BaseUrl.empty()) {
        f.HomePageUrl = site.BaseUrl;
        f.FeedUrl = site.BaseUrl + self;
    }
    f.Page = (int)std::min<size_t>(number, INT_MAX);
    if (number > 1) f.NextUrl = Reference(site, self, ArchivePagePath(number - 1));
    if (number < pages) f.NewerUrl = Reference(site, self, ArchivePagePath(number + 1));
    return f;
}

size_t PageFrameBytes(const BundleSite& site) {
    // An archive page numbered as widely as a page can be: its feed_url, next_url and newer_url the longest.
    const size_t widest = INT_MAX;
    return WriteFeedJson(PageFrame(site, widest, widest + 1), {}).size();
}

bool PageFull(const BundleSite& site, size_t item_bytes, size_t next_item_bytes) {
    return PageFrameBytes(site) + item_bytes + next_item_bytes > kMaxJsonBytes;
}

std::vector<size_t> PlanPages(const std::vector<PageEntry>& entries, const std::vector<size_t>& order, const BundleSite& site) {
    return PlanPages(order.size(), [&](size_t k) { return entries[order[k]].ItemBytes; }, site);
}

std::vector<size_t> PlanPages(size_t count, const std::function<size_t(size_t)>& item_bytes, const BundleSite& site) {
    const size_t per_page = site.PageSize > 0 ? (size_t)site.PageSize : 50;
    const size_t frame = PageFrameBytes(site);
    std::vector<size_t> counts(1, 0);
    size_t bytes = frame;
    for (size_t k = 0; k < count; ++k) {
        const size_t item = item_bytes(k) + kPageItemSeparatorBytes;
        if (counts.back() > 0 && (counts.back() >= per_page || bytes + item > kMaxJsonBytes)) {
            counts.push_back(0);
            bytes = frame;
        }
        ++counts.back();
        bytes += item;
    }
    return counts;
}

std::string WriteFeedPage(const BundleSite& site, size_t number, size_t pages, const std::vector<std::string>& items_newest_first) {
    return WriteFeedJson(PageFrame(site, number, pages), items_newest_first);
}

std::string CutAtWord(const std::string& s, size_t max_bytes) {
    if (s.size() <= max_bytes) return s;
    size_t cut = max_bytes;
    while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80) --cut; // not inside a UTF-8 sequence
    const size_t space = s.rfind(' ', cut);
    if (space != std::string::npos && space > max_bytes / 2) cut = space;
    std::string out = s.substr(0, cut);
    while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == ';')) out.pop_back();
    return out + "\xE2\x80\xA6";
}

// A reference from the bundle file `from` rebased to be read from `to`: absolute URLs stay as they are.
static std::string Rebased(const std::string& ref, const std::string& from, const std::string& to, const BundleSite& site) {
    if (SchemeLength(ref) > 0) return ref;
    return Reference(site, to, ResolveUrl(from, ref));
}

Photo Thumbnail(const Photo& lead, const std::string& article_path, const std::string& page, const BundleSite& site) {
    Photo t;
    if (lead.Empty()) return t;
    t.Alt = lead.Alt;
    t.Credit = lead.Credit;
    t.Width = lead.Width;
    t.Height = lead.Height;
    t.Placeholder = lead.Placeholder;
    int jpeg_width = 0;
    for (const ImageVariant& v : lead.Variants) {
        if (v.Width > kThumbnailMaxWidth) continue;
        t.Variants.push_back(v);
        t.Variants.back().Url = Rebased(v.Url, article_path, page, site);
        if (v.Type == "image/jpeg" && v.Width > jpeg_width) { jpeg_width = v.Width; t.Src = t.Variants.back().Url; }
    }
    if (t.Src.empty()) t.Src = Rebased(lead.Src, article_path, page, site); // no narrow JPEG: the photo's own default
    return t;
}

FeedItem MakeFeedItem(const Article& a, const BundleSite& site) {
    const std::string from = kFeedIndexPath;
    FeedItem item;
    item.Id = a.Id;
    item.Url = Reference(site, from, SnapshotPath(a.Id));
    item.Title = a.Headline;
    item.Summary = CutAtWord(a.Description, kFeedSummaryBytes);
    item.DatePublished = a.DatePublished;
    item.DateModified = a.DateModified;
    item.Language = a.Language;
    item.Scripts = a.Scripts;
    item.Authors = a.Authors;
    item.Section = a.Section;
    item.ArticleUrl = Reference(site, from, ArticleJsonPath(a.Id));
    item.Image = Thumbnail(a.Image, ArticleJsonPath(a.Id), from, site);
    if (!a.Section.empty()) item.Tags.push_back(a.Section);
    for (const std::string& k : a.Keywords)
        if (std::find(item.Tags.begin(), item.Tags.end(), k) == item.Tags.end()) item.Tags.push_back(k);
    return item;
}

std::vector<Feed> MakeFeedPages(const std::vector<Article>& articles, const std::vector<size_t>& order, const BundleSite& site) {
    std::vector<FeedItem> items;
    std::vector<PageEntry> entries;
    items.reserve(order.size());
    entries.reserve(order.size());
    for (size_t i : order) {
        items.push_back(MakeFeedItem(articles[i], site));
        entries.push_back(PageEntry{articles[i].Id, PublishedInstant(articles[i].DatePublished), WriteFeedItemJson(items.back()).size()});
    }
    std::vector<size_t> in_order(entries.size());
    for (size_t i = 0; i < in_order.size(); ++i) in_order[i] = i; // entries are already in `order`
    const std::vector<size_t> counts = PlanPages(entries, in_order, site);
    std::vector<Feed> pages;
    size_t first = 0;
    for (size_t p = 0; p < counts.size(); ++p) {
        pages.push_back(PageFrame(site, p + 1, counts.size()));
        for (size_t k = first + counts[p]; k-- > first;) pages.back().Items.push_back(std::move(items[k])); // newest first
        first += counts[p];
    }
    return pages;
}

} // namespace folio::cli
