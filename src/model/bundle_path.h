// Where a reference met inside a bundle leads: the one check every reader of a bundle makes (folio-bundle
// validate, the desktop and web viewers) before it turns a reference into a file path or a URL to fetch. A
// reference is resolved against the file that holds it (ResolveUrl, dot segments folded); an absolute URL under
// one of the bundle's addresses is the file it names there; and what is left must be a plain path inside the
// bundle: relative, no "..", no empty or "." segment, no "\", no control character, no percent-encoded dot,
// slash or backslash (which a web server could decode into a way out).
#pragma once
#include <string>

namespace folio {

// The addresses a bundle is known by, each "" or ending in "/".
struct BundleRoots {
    std::string Local;  // where it is read from: "/srv/bundle/", "https://cdn.example/b/", or "" (bundle paths
                        // themselves, as validate uses them)
    std::string Public; // the public address its first feed page declares (BundleBaseOf(feed_url)), or ""
};

// The bundle path ("articles/x.json") that `ref` names, met in the bundle file at bundle path `from`
// ("feed-2.json"). A query stays on the result; a fragment is dropped. False, with *why, when the reference
// leaves the bundle or is not a plain path.
bool BundlePathOf(const BundleRoots& roots, const std::string& from, const std::string& ref, std::string* out,
                  std::string* why);

// Whether rel is a plain path inside a bundle (the checks above, on a path already resolved).
bool IsBundlePath(const std::string& rel, std::string* why);

// The public address a feed page's feed_url declares: "https://h/b/feed.json" gives "https://h/b/"; "" when
// feed_url is not an http(s) URL of a file.
std::string BundleBaseOf(const std::string& feed_url);

// The folder part of a URL or path, with its "/": "https://h/b/feed.json?x" gives "https://h/b/", "feed.json" "".
std::string FolderOf(const std::string& url);

} // namespace folio
