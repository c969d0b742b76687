// The viewer's addresses (the URL fragment the host shows and Back walks): the feed "#/", an article
// "#/article/<id>", a section "#/section/<name>", a tag "#/tag/<name>". Made and taken apart only here.
#pragma once
#include <string>

namespace folio::ui {

inline const std::string kFeedRoute = "#/";
inline const std::string kArticlePrefix = "#/article/", kSectionPrefix = "#/section/", kTagPrefix = "#/tag/";

inline std::string ArticleRoute(const std::string& id) { return kArticlePrefix + id; }
inline std::string SectionRoute(const std::string& name) { return kSectionPrefix + name; }
inline std::string TagRoute(const std::string& name) { return kTagPrefix + name; }
inline bool HasRoutePrefix(const std::string& route, const std::string& prefix) { return route.compare(0, prefix.size(), prefix) == 0; }
inline std::string RouteOrFeed(const std::string& route) { return route.empty() ? kFeedRoute : route; } // "" (the start) is shown as the feed's

} // namespace folio::ui
