// The viewer's addresses (the URL fragment the host shows and Back walks): the feed "#/", an article
// "#/article/<id>", a section "#/section/<name>", a tag "#/tag/<name>", a search "#/search/<query>" with its order
// and filters after a "?" ("#/search/climate%20talks?order=newest&section=World"). Made and taken apart only here, so they
// round-trip: a name is percent-encoded when a route is made (all but ASCII letters, digits and "-._~", so a
// space, "%", "/", "#", "?" and non-ASCII survive a reload, a shared link and the host's address bar) and decoded
// when one is taken apart, then cleaned as a feed's own text is (the model's CleanText: no control characters but
// newline and tab, no bidi overrides, valid UTF-8), so a hostile address puts nothing into a title, label or message
// that a feed could not. A route whose name is empty (or nothing once cleaned) is the feed's.
#pragma once
#include "model/url.h"

#include <string>
#include <utility>

namespace folio::ui {

inline const std::string kFeedRoute = "#/";
inline const std::string kArticlePrefix = "#/article/", kSectionPrefix = "#/section/", kTagPrefix = "#/tag/";
inline const std::string kSearchPrefix = "#/search/";

// A name in a route is percent-encoded (model/url.h's PercentEncode, PercentDecode).
inline std::string ArticleRoute(const std::string& id) { return kArticlePrefix + PercentEncode(id); }
inline std::string SectionRoute(const std::string& name) { return kSectionPrefix + PercentEncode(name); }
inline std::string TagRoute(const std::string& name) { return kTagPrefix + PercentEncode(name); }
inline bool HasRoutePrefix(const std::string& route, const std::string& prefix) { return route.compare(0, prefix.size(), prefix) == 0; }
inline std::string RouteOrFeed(const std::string& route) { return route.empty() ? kFeedRoute : route; } // "" (the start) is shown as the feed's

// A route taken apart: what it shows and the name (decoded) it shows it for.
enum class RouteKind {
    Start,   // "" or "#": the newest article
    Feed,    // "#/", and any route of no other kind (an article, section or tag route without a name too)
    Article, // Name: the article's id (never empty)
    Section, // Name: the section (never empty)
    Tag,     // Name: the tag (never empty)
    Search,  // Name: the query as typed (may be empty: the search view before anything is typed); Search: the rest
};
// A search route's order and filters ("" for any): the reader's choices beside the query.
struct SearchRouteOptions {
    bool Newest = false; // newest first, else best match first
    std::string Section, Language, Author, Tag;
    std::string From, To; // a date range, inclusive, as "YYYY-MM-DD" ("" or not such a day: open at that end)
    bool operator==(const SearchRouteOptions& o) const {
        return Newest == o.Newest && Section == o.Section && Language == o.Language && Author == o.Author && Tag == o.Tag &&
               From == o.From && To == o.To;
    }
    bool operator!=(const SearchRouteOptions& o) const { return !(*this == o); }
};
struct RouteParts {
    RouteKind Kind = RouteKind::Start;
    std::string Name;
    SearchRouteOptions Search = {}; // RouteKind::Search only
};

// "#/search/<query>?order=newest&section=…&language=…&author=…&tag=…&from=…&to=…", each part percent-encoded, the
// defaults left out.
std::string SearchRoute(const std::string& query, const SearchRouteOptions& options = {});

RouteParts ParseRoute(const std::string& route);

// The one spelling of a route: ParseRoute(MakeRoute(p)) == p (for a name CleanText leaves as it is), and
// MakeRoute(ParseRoute(r)) is r with its name's encoding made canonical ("" for the start, "#/" for the feed).
std::string MakeRoute(const RouteParts& parts);

} // namespace folio::ui
