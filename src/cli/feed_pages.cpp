// NewestFirst, MakeFeedItem, MakeFeedPages: the paginated JSON Feed of a bundle.
#include "cli/feed_pages.h"
#include "model/bundle_write.h"
#include "model/date.h"
#include "model/url.h"

#include <algorithm>
#include <climits>

namespace folio::cli {

std::vector<size_t> NewestFirst(const std::vector<Article>& articles) {
    std::vector<int64_t> when(articles.size(), INT64_MIN);
    for (size_t i = 0; i < articles.size(); ++i) ParseDate(articles[i].DatePublished, &when[i]);
    std::vector<size_t> order(articles.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (when[a] != when[b]) return when[a] > when[b];
        return articles[a].Id < articles[b].Id;
    });
    return order;
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

FeedItem MakeFeedItem(const Article& a, const BundleSite& site, size_t page) {
    const std::string from = FeedPagePath(page);
    FeedItem item;
    item.Id = a.Id;
    item.Url = Reference(site, from, SnapshotPath(a.Id));
    item.Title = a.Headline;
    item.Summary = CutAtWord(a.Description, kFeedSummaryBytes);
    item.DatePublished = a.DatePublished;
    item.DateModified = a.DateModified;
    item.Language = a.Language;
    item.Authors = a.Authors;
    item.Section = a.Section;
    item.ArticleUrl = Reference(site, from, ArticleJsonPath(a.Id));
    item.Image = Thumbnail(a.Image, ArticleJsonPath(a.Id), from, site);
    if (!a.Section.empty()) item.Tags.push_back(a.Section);
    for (const std::string& k : a.Keywords)
        if (std::find(item.Tags.begin(), item.Tags.end(), k) == item.Tags.end()) item.Tags.push_back(k);
    return item;
}

// The bytes WriteFeedJson spends on one item: as measured in an otherwise empty page, with room for the comma
// and indentation that part it from its neighbours.
static size_t ItemBytes(const FeedItem& item) {
    static const size_t empty = WriteFeedJson(Feed{}).size();
    Feed one;
    one.Items.push_back(item);
    return WriteFeedJson(one).size() - empty + 8;
}

std::vector<Feed> MakeFeedPages(const std::vector<Article>& articles, const std::vector<size_t>& order, const BundleSite& site) {
    const size_t per_page = site.PageSize > 0 ? (size_t)site.PageSize : 50;
    auto page = [&](size_t number) {
        Feed f;
        f.Title = site.Title;
        f.Description = site.Description;
        f.Language = site.Language;
        if (!site.BaseUrl.empty()) {
            f.HomePageUrl = site.BaseUrl;
            f.FeedUrl = site.BaseUrl + FeedPagePath(number);
        }
        return f;
    };
    // Everything but the items, with the longest feed_url and next_url a page of this bundle can have.
    Feed frame = page(order.size() + 1);
    frame.NextUrl = Reference(site, FeedPagePath(1), FeedPagePath(order.size() + 1));
    const size_t frame_bytes = WriteFeedJson(frame).size();
    std::vector<Feed> out(1, page(1));
    size_t bytes = frame_bytes;
    for (size_t i : order) {
        FeedItem item = MakeFeedItem(articles[i], site, out.size());
        const size_t item_bytes = ItemBytes(item);
        Feed& last = out.back();
        if (!last.Items.empty() && (last.Items.size() >= per_page || bytes + item_bytes > kMaxJsonBytes)) {
            out.push_back(page(out.size() + 1));
            item = MakeFeedItem(articles[i], site, out.size());
            bytes = frame_bytes;
        }
        out.back().Items.push_back(std::move(item));
        bytes += item_bytes;
    }
    for (size_t p = 0; p + 1 < out.size(); ++p) out[p].NextUrl = Reference(site, FeedPagePath(p + 1), FeedPagePath(p + 2));
    return out;
}

} // namespace folio::cli
