// FeedPrerenderHtml and PrerenderFeed: the newest feed page as the plain HTML of a list of links, put into a
// template; the feed read as validate reads it (ReadFileInside, ParseFeed), the page written as build writes
// (WriteFileInside), every text escaped with the snapshot's EscapeHtml.
#include "cli/feed_prerender.h"
#include "cli/bundle_layout.h"
#include "cli/file_io.h"
#include "cli/html_snapshot.h"
#include "model/date.h"
#include "model/feed_filters.h"
#include "model/feed_json.h"
#include "model/limits.h"
#include "model/text_direction.h"
#include "model/url.h"

namespace folio::cli {

namespace {

// One item as a list entry; the item's language and its direction on it, so a Hebrew headline in an English
// page is laid out right to left, as the viewers lay it out.
std::string ItemHtml(const FeedItem& item, const std::string& href) {
    const std::string link = (href.empty() ? "" : href + "/") + SnapshotPath(item.Id);
    std::string h = "<li";
    if (!item.Language.empty()) {
        const TextDirection dir = DirectionOfLanguage(item.Language);
        h += " lang=\"" + EscapeHtml(item.Language) + "\"" +
             (dir == TextDirection::Rtl ? " dir=\"rtl\"" : dir == TextDirection::Ltr ? " dir=\"ltr\"" : "");
    }
    h += ">";
    if (!item.Section.empty()) h += "<p class=\"section\">" + EscapeHtml(item.Section) + "</p>";
    h += "<h2><a href=\"" + EscapeHtml(link) + "\">" + EscapeHtml(item.Title.empty() ? item.Id : item.Title) + "</a></h2>";
    if (!item.Summary.empty()) h += "<p class=\"summary\">" + EscapeHtml(item.Summary) + "</p>";
    if (!item.DatePublished.empty())
        h += "<p class=\"meta\"><time datetime=\"" + EscapeHtml(item.DatePublished) + "\">" +
             EscapeHtml(FormatDateLong(item.DatePublished)) + "</time></p>";
    return h + "</li>\n";
}

// The feed's filters as the viewer's chips: "All" (this page: the feed) first, then each section's and tag's route
// on the viewer's page ("#/section/World"), in the feed's language and direction.
std::string FiltersHtml(const Feed& page) {
    std::vector<FeedFilter> filters;
    AddFeedFilters(&filters, page.Items);
    std::string h = "<nav class=\"chips\" aria-label=\"Sections and tags\"";
    if (!page.Language.empty()) {
        const TextDirection dir = DirectionOfLanguage(page.Language);
        h += " lang=\"" + EscapeHtml(page.Language) + "\"" + (dir == TextDirection::Rtl ? " dir=\"rtl\"" : "");
    }
    h += ">";
    for (const FeedFilter& f : filters) {
        const std::string route = f.Type == FeedFilter::Kind::All       ? "#/"
                                  : f.Type == FeedFilter::Kind::Section ? "#/section/" + PercentEncode(f.Name)
                                                                        : "#/tag/" + PercentEncode(f.Name);
        h += "<a href=\"" + route + "\"" + (f.Type == FeedFilter::Kind::All ? " aria-current=\"page\"" : "") + ">" +
             EscapeHtml(f.Label()) + "</a>";
    }
    return h + "</nav>\n";
}

// out_path as the folder to write in and the file's name there ("index.html" is "." and "index.html").
void SplitPath(const std::string& path, std::string* dir, std::string* name) {
    const size_t slash = path.rfind('/');
    *dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
    *name = slash == std::string::npos ? path : path.substr(slash + 1);
}

} // namespace

std::string FeedPrerenderHtml(const Feed& page, const std::string& href) {
    std::string h = "<div class=\"folio-prerender\" data-folio-prerender=\"feed\">\n";
    h += FiltersHtml(page); // the canvas draws its chips right under the toolbar, above the title
    if (!page.Title.empty()) h += "<h1>" + EscapeHtml(page.Title) + "</h1>\n";
    h += "<ul class=\"feed\">\n";
    for (const FeedItem& item : page.Items)
        if (ValidArticleId(item.Id)) h += ItemHtml(item, href);
    return h + "</ul>\n</div>";
}

bool PrerenderFeed(const std::string& bundle_dir, const std::string& template_path, const std::string& out_path,
                   const std::string& href, Error* err) {
    std::string json, page_template;
    Feed page;
    if (!ReadFileInside(bundle_dir, kFeedIndexPath, kMaxJsonBytes, &json, err) ||
        !ParseFeed(json, bundle_dir + "/" + kFeedIndexPath, &page, err) ||
        !ReadFile(template_path, kMaxTemplateBytes, &page_template, err))
        return false;
    const size_t at = page_template.find(kPrerenderMarker);
    if (at == std::string::npos) {
        *err = Error{template_path, "", std::string("has no ") + kPrerenderMarker + " marker, where the feed goes"};
        return false;
    }
    page_template.replace(at, sizeof kPrerenderMarker - 1, FeedPrerenderHtml(page, href));
    std::string dir, name;
    SplitPath(out_path, &dir, &name);
    if (name.empty()) { *err = Error{out_path, "", "names a folder; give the page's file name"}; return false; }
    return WriteFileInside(dir, name, page_template, err);
}

} // namespace folio::cli
