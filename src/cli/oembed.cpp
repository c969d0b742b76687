// WriteOEmbedJson: version, type "rich", html (an escaped blockquote card linking to the snapshot), width, height.
#include "cli/oembed.h"
#include "cli/html_snapshot.h"
#include "model/date.h"
#include "model/json_write.h"
#include "model/url.h"

namespace folio::cli {

std::string WriteOEmbedJson(const Article& a, const BundleSite& site) {
    const std::string self = OEmbedPath(a.Id);
    const std::string page = Reference(site, self, SnapshotPath(a.Id));
    std::string html = "<blockquote class=\"folio-embed\" cite=\"" + EscapeHtml(page) + "\"><p><a href=\"" + EscapeHtml(page) +
                       "\">" + EscapeHtml(a.Headline) + "</a></p>";
    if (!a.Description.empty()) html += "<p>" + EscapeHtml(a.Description) + "</p>";
    const std::string by = a.Publisher.empty() ? site.Title : a.Publisher;
    html += "<footer>" + EscapeHtml(by);
    if (!a.DatePublished.empty()) html += ", " + EscapeHtml(FormatDateLong(a.DatePublished));
    html += "</footer></blockquote>";
    // Height: the card's lines at 600 pixels wide, about 80 characters and 24 pixels a line, plus its margins.
    const size_t lines = 1 + (a.Headline.size() + 59) / 60 + (a.Description.size() + 79) / 80 + 1;
    const int height = (int)(48 + lines * 24);

    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.SetIndent(' ', 2);
    w.StartObject();
    WriteField(w, "version", "1.0");
    WriteField(w, "type", "rich");
    WriteField(w, "title", a.Headline);
    std::string authors;
    for (size_t i = 0; i < a.Authors.size(); ++i) authors += (i ? ", " : "") + a.Authors[i];
    WriteField(w, "author_name", authors.empty() ? by : authors);
    WriteField(w, "provider_name", site.Title);
    WriteField(w, "provider_url", site.BaseUrl);
    w.Key("cache_age");
    w.Int(86400);
    WriteField(w, "html", html);
    w.Key("width");
    w.Int(kOEmbedWidth);
    w.Key("height");
    w.Int(height);
    for (const Block& b : a.Body)
        if (b.Type == BlockType::Photo && b.Image.Width > 0 && b.Image.Height > 0) {
            // The photo's source is relative to the article file (media/HASH.EXT seen from articles/), or absolute.
            const bool absolute = SchemeLength(b.Image.Src) > 0;
            WriteField(w, "thumbnail_url", absolute ? b.Image.Src : Reference(site, self, ResolveUrl(ArticleJsonPath(a.Id), b.Image.Src)));
            w.Key("thumbnail_width");
            w.Int(b.Image.Width);
            w.Key("thumbnail_height");
            w.Int(b.Image.Height);
            break;
        }
    w.EndObject();
    return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

} // namespace folio::cli
