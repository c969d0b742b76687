// Where each file of a bundle lives (and which paths a build may write), and how one file addresses another:
// relative references (resolved against the referring file, as ResolveUrl does) unless the bundle is given its
// public base URL; and where the web viewer a bundle's snapshots load (--viewer) is, as they address it.
#pragma once
#include <string>

namespace folio::cli {

// What a bundle says about itself.
struct BundleSite {
    std::string Title = "Folio bundle";
    std::string Description;
    std::string BaseUrl;   // "https://news.example.org/bundle/" or "" (then every reference is relative)
    std::string Language;  // the feed's language (--language), or "" (a feed of articles in many languages)
    int PageSize = 50;     // items per feed page
    // The web viewer's folder (--viewer: its folio-embed.js, main.js, folio.wasm, fonts/), relative to the bundle's
    // folder ("..", "../app") or an http(s) URL, without a trailing '/'; "" (the default): snapshots load no viewer.
    std::string Viewer = "";
};

inline std::string ArticleJsonPath(const std::string& id) { return "articles/" + id + ".json"; }
inline std::string SnapshotPath(const std::string& id) { return "articles/" + id + ".html"; }
inline std::string OEmbedPath(const std::string& id) { return "oembed/" + id + ".json"; }
// The feed's pages (cli/feed_pages.h), numbered from the oldest (1): the newest is the index, feed.json, which readers
// open first; each older one is an archive page, feed-N.json, which keeps its name and bytes as the feed grows.
constexpr const char kFeedIndexPath[] = "feed.json";
inline std::string ArchivePagePath(size_t number) { return "feed-" + std::to_string(number) + ".json"; }
// Page `number` of a feed of `pages` pages: the last is the index.
inline std::string FeedPagePath(size_t number, size_t pages) { return number >= pages ? kFeedIndexPath : ArchivePagePath(number); }
// Photos copied into the bundle live in media/ under names made of their bytes' hash (cli/media.h).
constexpr const char kMediaFolder[] = "media/";
// The record of what the build wrote (cli/bundle_manifest.h).
constexpr const char kManifestPath[] = "folio-manifest.json";

// Whether rel has the shape of a file `build` writes: feed.json, feed-N.json, articles/ID.json, articles/ID.html,
// oembed/ID.json, media/HASH.EXT, and the .gz and .br copies of those JSON and HTML files (precompress.h). The
// manifest itself is not one. The only files a build ever removes.
bool IsBuildOutputPath(const std::string& rel);

// How the file at bundle path `from` addresses the file at bundle path `to` (both like "articles/x.json").
std::string Reference(const BundleSite& site, const std::string& from, const std::string& to);

// Whether a URL an option gives (--base-url, --viewer, prerender's --bundle-href) goes into a bundle's files as it
// is: printable ASCII without spaces, quotes, <, >, \, ^, `, {, | or }, under kMaxUrlBytes.
bool IsPlainUrl(const std::string& url);
// What IsPlainUrl asks, for the message refusing an option's URL.
std::string PlainUrlRule();

// A folder an option names, to which file names are added after a '/' (--viewer, prerender's --bundle-href):
// a relative path (not starting with '/') or an http(s) URL, a plain URL (IsPlainUrl) without '?' or '#'. Into
// *folder without its one trailing '/'; false (and *why, not naming the option) when it is not such a folder.
bool FolderUrl(const std::string& url, std::string* folder, std::string* why);

// The viewer's folder (site.Viewer) as the snapshots in articles/ address it: "../" + a relative one, an absolute
// one as it is; "" when the bundle names none.
std::string ViewerFromSnapshots(const BundleSite& site);

} // namespace folio::cli
