// The static HTML page of an article: readable without JavaScript, with schema.org NewsArticle JSON-LD and an
// oEmbed discovery link in its head (for search engines, link previews and readers without WebGL). With a viewer
// (BundleSite::Viewer, --viewer) it is also the article's address in the web viewer: the same HTML inside a full-page
// <folio-viewer>, its first paint, which the viewer loaded from the head takes over in place.
#pragma once
#include "cli/bundle_layout.h"
#include "model/article.h"

#include <map>
#include <string>

namespace folio::cli {

// `related_titles` maps related ids to their headlines (ids missing from it are left out of the page).
std::string WriteHtmlSnapshot(const Article& a, const BundleSite& site, const std::map<std::string, std::string>& related_titles);

// The NewsArticle JSON-LD the snapshot carries, as JSON (before escaping for a script element).
std::string WriteJsonLd(const Article& a, const BundleSite& site);
// The same as the snapshot's script element holds it ("<", ">" and "&" as \u escapes).
std::string JsonLdForScript(const Article& a, const BundleSite& site);

// Text escaped for HTML element content and attribute values.
std::string EscapeHtml(const std::string& s);

} // namespace folio::cli
