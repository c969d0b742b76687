// What `folio INPUT` (or a drop onto the window) opens: a bundle folder, a bundle's http(s) address, a feed
// page's file, or one article file (JSON or plain text). The App then loads it through the host.
#pragma once
#include <string>

namespace folio::platform {

struct OpenTarget {
    std::string FeedUrl;     // a feed page (a path or an http(s) URL) ...
    std::string ArticleUrl;  // ... or, when set, one article file
};

// Decides by the input's form only (nothing is read yet, so a missing file still reaches the App, whose error
// view then says why). A folder means its feed.json; a URL ending in "/" or in a segment without an extension
// means .../feed.json; "feed.json" is a feed page; another .json or .txt file is one article.
OpenTarget ResolveOpenTarget(const std::string& input);

bool IsHttpUrl(const std::string& s); // http:// or https://, in any case

} // namespace folio::platform
