// What `folio INPUT` (or a drop onto the window) opens: a bundle folder, a bundle's http(s) address, a feed
// page's file, or one article file (JSON or plain text), and for a folder or a file, the folder its files are
// read from (NativeHost reads below it without following links). The App then loads it through the host.
#pragma once
#include <string>

namespace folio::platform {

struct OpenTarget {
    std::string FeedUrl;     // a feed page (a path or an http(s) URL) ...
    std::string ArticleUrl;  // ... or, when set, one article file
    // On disk: the source's folder (the folder named, or the named file's folder; "." for a bare file name). Its
    // files are read without following a link anywhere below it. Empty for an http(s) address.
    std::string Root;
    // The file named (a feed page or an article): read as named, following links like the folder named itself.
    // Empty for a folder or an address.
    std::string Named;
};

// Decides by the input's form only (nothing is read yet, so a missing file still reaches the App, whose error
// view then says why). A folder means its feed.json; a URL ending in "/" or in a segment without an extension
// means .../feed.json; "feed.json" is a feed page; another .json or .txt file is one article.
OpenTarget ResolveOpenTarget(const std::string& input);

bool IsHttpUrl(const std::string& s); // http:// or https://, in any case

// Whether path lies below root as written ("b/articles/x.json" below "b"; any relative path below "."), and
// then *rel, the rest ("articles/x.json"). Dot segments are not resolved here: reading rel refuses them.
bool PathBelow(const std::string& root, const std::string& path, std::string* rel);

} // namespace folio::platform
