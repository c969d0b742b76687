// `folio-bundle prerender`: a bundle's newest feed page (feed.json) as plain, escaped HTML put into a page template
// at its marker, so the page (the web build's index.html) shows the feed before any script runs and the viewer
// takes it over in place. Owns the feed's HTML and the command's reading and writing; the options are main.cpp's.
#pragma once
#include "model/article.h"
#include "model/error.h"

#include <cstddef>
#include <string>

namespace folio::cli {

// What a template holds where the feed goes; its first occurrence is replaced.
constexpr const char kPrerenderMarker[] = "<!--folio:prerender-->";
// A template is a page, not a bundle: at most this many bytes.
constexpr size_t kMaxTemplateBytes = 1u << 20;

// The page as HTML: its filters as the viewer's chips (model/feed_filters.h, each linked to its route on the
// viewer's page, "#/section/World"), its title, then each item with an id that can name files (ValidArticleId; the others are
// left out) as a link to its snapshot, href + "/articles/ID.html" (href "": "articles/ID.html"), with its
// section, summary and date when it has them. Every text escaped.
std::string FeedPrerenderHtml(const Feed& page, const std::string& href);

// Reads bundle_dir/feed.json (inside the folder, no link followed, bounded, parsed as the viewers parse it) and
// the template at template_path (at most kMaxTemplateBytes), and writes out_path: the template with its first
// marker replaced by FeedPrerenderHtml. out_path is written through a fresh temporary file renamed over it, so a
// symbolic link there is replaced, never written through. False, with *err naming the file and why, when a file
// cannot be read or parsed, the template has no marker, or out_path cannot be written (then it is left as it was).
bool PrerenderFeed(const std::string& bundle_dir, const std::string& template_path, const std::string& out_path,
                   const std::string& href, Error* err);

} // namespace folio::cli
