// Making and taking apart routes (routes.h): a search route's options, and the cleaning of a
// name taken from a route.
#include "ui/routes.h"
#include "model/json_read.h"

namespace folio::ui {

namespace {

// A search's text from a route: cleaned, on one line (a newline or tab is a space).
std::string SearchText(const std::string& encoded) {
    std::string text = CleanText(PercentDecode(encoded));
    for (char& c : text)
        if (c == '\n' || c == '\t') c = ' ';
    return text;
}

// The search options a route names after its "?": false if tail is not "key=value" pairs of the known keys (then
// the "?" belongs to the query, as in a route the host handed over decoded).
bool ParseSearchOptions(const std::string& tail, SearchRouteOptions* out) {
    SearchRouteOptions o;
    size_t at = 0;
    while (at <= tail.size()) {
        size_t end = tail.find('&', at);
        if (end == std::string::npos) end = tail.size();
        const std::string pair = tail.substr(at, end - at);
        const size_t eq = pair.find('=');
        if (eq == std::string::npos) return false;
        const std::string key = pair.substr(0, eq), value = SearchText(pair.substr(eq + 1));
        if (key == "order") o.Newest = value == "newest";
        else if (key == "section") o.Section = value;
        else if (key == "language") o.Language = value;
        else if (key == "author") o.Author = value;
        else if (key == "tag") o.Tag = value;
        else if (key == "from") o.From = value;
        else if (key == "to") o.To = value;
        else return false;
        at = end + 1;
    }
    *out = std::move(o);
    return true;
}

RouteParts ParseSearch(const std::string& rest) {
    RouteParts parts{RouteKind::Search, {}};
    std::string query = rest;
    const size_t q = rest.rfind('?');
    if (q != std::string::npos && ParseSearchOptions(rest.substr(q + 1), &parts.Search)) query = rest.substr(0, q);
    parts.Name = SearchText(query);
    return parts;
}

} // namespace

std::string SearchRoute(const std::string& query, const SearchRouteOptions& o) {
    std::string route = kSearchPrefix + PercentEncode(query);
    char sep = '?';
    auto add = [&](const char* key, const std::string& value) {
        if (value.empty()) return;
        route += sep;
        route += key;
        route += '=';
        route += PercentEncode(value);
        sep = '&';
    };
    add("order", o.Newest ? "newest" : "");
    add("section", o.Section);
    add("language", o.Language);
    add("author", o.Author);
    add("tag", o.Tag);
    add("from", o.From);
    add("to", o.To);
    return route;
}

RouteParts ParseRoute(const std::string& route) {
    if (route.empty() || route == "#") return {RouteKind::Start, {}};
    if (HasRoutePrefix(route, kSearchPrefix)) return ParseSearch(route.substr(kSearchPrefix.size()));
    for (auto [prefix, kind] : {std::make_pair(&kArticlePrefix, RouteKind::Article), std::make_pair(&kSectionPrefix, RouteKind::Section),
                                std::make_pair(&kTagPrefix, RouteKind::Tag)}) {
        if (!HasRoutePrefix(route, *prefix)) continue;
        std::string name = CleanText(PercentDecode(route.substr(prefix->size())));
        if (name.empty()) break; // nothing to open or filter by
        return {kind, std::move(name)};
    }
    return {RouteKind::Feed, {}};
}

std::string MakeRoute(const RouteParts& parts) {
    switch (parts.Kind) {
    case RouteKind::Start: return {};
    case RouteKind::Feed: return kFeedRoute;
    case RouteKind::Article: return ArticleRoute(parts.Name);
    case RouteKind::Section: return SectionRoute(parts.Name);
    case RouteKind::Tag: return TagRoute(parts.Name);
    case RouteKind::Search: return SearchRoute(parts.Name, parts.Search);
    }
    return kFeedRoute;
}

} // namespace folio::ui
