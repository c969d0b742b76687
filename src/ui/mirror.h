// The accessibility mirror's content: what the reader shows, as semantic JSON a platform turns into its own
// accessible tree (the web build: an <article> with <h1>, <p>, <blockquote>/<cite> and links, or the feed as a
// list of links; photos, the lead one included, as figures with their alt text, caption and credit; feed
// thumbnails are left out, as decorative). Built from the model, not from the drawn document, so headings, quotes
// and lists keep their roles. Every link is a route ("#/article/<id>") or an http(s)/mailto address, as on the canvas.
#pragma once
#include "model/article.h"
#include "ui/feed_document.h"
#include "ui/search_document.h"

#include <string>
#include <vector>

namespace folio::ui {

// {"view":"article","article":{"id","lang","dir","section","sectionRoute","headline","standfirst","dateline","byline",
//  "date","datetime","readingTime","blocks":[…],"related":[{"route","title"}],"feed"}}; feed: the feed's name for
//  the link back to it (feed_name: toolbar_rules' FeedName, as the canvas's back button says).
// A block: {"type":"p"|"h"|"quote"|"pullquote"|"list"|"photo"|"divider"|"code", "text":[spans], "level", "cite",
// "ordered", "items":[[spans]], "alt", "caption", "credit", "code" (a code block's text, its lines kept: a
// <pre><code>), "lang"}; a span: {"t", "href"?, "em"?, "strong"?, "code"? (inline code: a <code>)}.
std::string ArticleMirrorJson(const Article& article, const std::vector<RelatedLink>& related, const std::string& feed_name);

// {"view":"feed","feed":{"title","label","end":"more"|"loading"|"error"|"end","endNote"?,"items":[{"route",
//  "title","lang","dir","summary","section","sectionRoute","date","datetime"}]}}; endNote: why it ended early
//  ("error"). dir: HTML's dir from the language (model/text_direction): "rtl", "ltr", or "auto" without one.
std::string FeedMirrorJson(const std::string& title, const std::string& label, FeedEnd end, const std::string& end_note,
                           const std::vector<const FeedItem*>& items);

// {"view":"search","search":{"label":"Search articles","query","summary","status":"off"|"idle"|"loading"|"ready"|
//  "failed","error"?,"feed","filters":[{"label","route","selected"}],"items":[as the feed's],"end":"more"|"loading"|
//  "end"}}: the search view (search_document.h): the query, the line above the hits, the chips as filter links (the
//  order too; "selected" for those on), the hits as links, as the canvas shows them.
std::string SearchMirrorJson(const SearchView& view, const ChipList& chips, const std::vector<unsigned char>& on,
                             const std::string& feed_name);

// Adds "searchLandmark":{"label":"Search articles","route"} to a mirror's JSON object (every view, where the viewer
// can search): the platform makes it a search landmark leading to the search view.
void AddSearchLandmark(std::string* mirror_json, const std::string& route);

// {"view":"loading"} or {"view":"error","error":message}
std::string StatusMirrorJson(bool error, const std::string& message);

} // namespace folio::ui
