// Where each file of a bundle lives, and how one file addresses another: relative references (resolved against
// the referring file, as ResolveUrl does) unless the bundle is given its public base URL.
#pragma once
#include <string>

namespace folio::cli {

// What a bundle says about itself.
struct BundleSite {
    std::string Title = "Folio bundle";
    std::string Description;
    std::string BaseUrl;   // "https://news.example.org/bundle/" or "" (then every reference is relative)
    std::string Language = "en";
    int PageSize = 50;     // items per feed page
};

inline std::string ArticleJsonPath(const std::string& id) { return "articles/" + id + ".json"; }
inline std::string SnapshotPath(const std::string& id) { return "articles/" + id + ".html"; }
inline std::string OEmbedPath(const std::string& id) { return "oembed/" + id + ".json"; }
inline std::string FeedPagePath(size_t page) { return page <= 1 ? "feed.json" : "feed-" + std::to_string(page) + ".json"; }

// How the file at bundle path `from` addresses the file at bundle path `to` (both like "articles/x.json").
std::string Reference(const BundleSite& site, const std::string& from, const std::string& to);

} // namespace folio::cli
