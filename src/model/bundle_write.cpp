// WriteArticleJson and WriteFeedJson: the model as bundle JSON, in a fixed member order.
#include "model/bundle_write.h"
#include "model/feed_json.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

namespace folio {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

static void Str(JsonWriter& w, const char* key, const std::string& value, bool always = false) {
    if (value.empty() && !always) return;
    w.Key(key);
    w.String(value.data(), (rapidjson::SizeType)value.size());
}

static void StrArray(JsonWriter& w, const char* key, const std::vector<std::string>& values) {
    if (values.empty()) return;
    w.Key(key);
    w.StartArray();
    for (const std::string& v : values) w.String(v.data(), (rapidjson::SizeType)v.size());
    w.EndArray();
}

// A string when the text is one regular span, else an array of span objects.
static void Rich(JsonWriter& w, const RichText& text) {
    if (text.Spans.size() == 1 && text.Spans[0].Style == SpanRegular) {
        w.String(text.Spans[0].Text.data(), (rapidjson::SizeType)text.Spans[0].Text.size());
        return;
    }
    w.StartArray();
    for (const Span& s : text.Spans) {
        w.StartObject();
        Str(w, "text", s.Text, true);
        if (s.Style & SpanEmphasis) { w.Key("emphasis"); w.Bool(true); }
        if (s.Style & SpanStrong) { w.Key("strong"); w.Bool(true); }
        if (s.Style & SpanLink) Str(w, "href", s.Href);
        w.EndObject();
    }
    w.EndArray();
}

static void WriteBlock(JsonWriter& w, const Block& b) {
    static const char* const kTypes[] = {"paragraph", "heading", "quote", "pullquote", "list", "photo", "divider"};
    w.StartObject();
    w.Key("type");
    w.String(kTypes[(int)b.Type]);
    switch (b.Type) {
    case BlockType::Heading:
        w.Key("level");
        w.Int(b.Level);
        [[fallthrough]];
    case BlockType::Paragraph:
        w.Key("text");
        Rich(w, b.Text);
        break;
    case BlockType::Quote:
    case BlockType::Pullquote:
        w.Key("text");
        Rich(w, b.Text);
        Str(w, "attribution", b.Attribution);
        break;
    case BlockType::List:
        w.Key("ordered");
        w.Bool(b.Ordered);
        w.Key("items");
        w.StartArray();
        for (const RichText& item : b.Items) Rich(w, item);
        w.EndArray();
        break;
    case BlockType::Photo:
        Str(w, "src", b.Image.Src, true);
        Str(w, "alt", b.Image.Alt);
        Str(w, "caption", b.Image.Caption);
        Str(w, "credit", b.Image.Credit);
        if (b.Image.Width > 0) { w.Key("width"); w.Int(b.Image.Width); }
        if (b.Image.Height > 0) { w.Key("height"); w.Int(b.Image.Height); }
        break;
    case BlockType::Divider:
        break;
    }
    w.EndObject();
}

std::string WriteArticleJson(const Article& a) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.SetIndent(' ', 2);
    w.StartObject();
    w.Key("folioFormat");
    w.Int(kBundleFormatVersion);
    Str(w, "@type", "NewsArticle");
    Str(w, "id", a.Id, true);
    Str(w, "url", a.Url);
    Str(w, "headline", a.Headline, true);
    Str(w, "description", a.Description);
    Str(w, "articleSection", a.Section);
    Str(w, "datePublished", a.DatePublished);
    Str(w, "dateModified", a.DateModified);
    Str(w, "inLanguage", a.Language);
    if (!a.Dateline.Empty()) {
        w.Key("dateline");
        w.StartObject();
        Str(w, "text", a.Dateline.Text);
        Str(w, "place", a.Dateline.Place);
        Str(w, "date", a.Dateline.Date);
        Str(w, "agency", a.Dateline.Agency);
        w.EndObject();
    }
    if (!a.Authors.empty()) {
        w.Key("author");
        w.StartArray();
        for (const std::string& name : a.Authors) {
            w.StartObject();
            Str(w, "@type", "Person");
            Str(w, "name", name, true);
            w.EndObject();
        }
        w.EndArray();
    }
    if (!a.Publisher.empty()) {
        w.Key("publisher");
        w.StartObject();
        Str(w, "@type", "Organization");
        Str(w, "name", a.Publisher);
        w.EndObject();
    }
    StrArray(w, "keywords", a.Keywords);
    w.Key("wordCount");
    w.Uint64(a.WordCount());
    w.Key("body");
    w.StartArray();
    for (const Block& b : a.Body) WriteBlock(w, b);
    w.EndArray();
    StrArray(w, "related", a.Related);
    w.EndObject();
    return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

std::string WriteFeedJson(const Feed& page) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.SetIndent(' ', 2);
    w.StartObject();
    Str(w, "version", kJsonFeedVersion);
    Str(w, "title", page.Title, true);
    Str(w, "description", page.Description);
    Str(w, "home_page_url", page.HomePageUrl);
    Str(w, "feed_url", page.FeedUrl);
    Str(w, "language", page.Language);
    Str(w, "next_url", page.NextUrl);
    w.Key("_folio");
    w.StartObject();
    w.Key("format");
    w.Int(kBundleFormatVersion);
    w.EndObject();
    w.Key("items");
    w.StartArray();
    for (const FeedItem& item : page.Items) {
        w.StartObject();
        Str(w, "id", item.Id, true);
        Str(w, "url", item.Url);
        Str(w, "title", item.Title);
        Str(w, "summary", item.Summary);
        Str(w, "content_text", item.Summary.empty() ? item.Title : item.Summary, true);
        Str(w, "date_published", item.DatePublished);
        Str(w, "date_modified", item.DateModified);
        if (!item.Authors.empty()) {
            w.Key("authors");
            w.StartArray();
            for (const std::string& name : item.Authors) {
                w.StartObject();
                Str(w, "name", name, true);
                w.EndObject();
            }
            w.EndArray();
        }
        StrArray(w, "tags", item.Tags);
        Str(w, "language", item.Language);
        w.Key("_folio");
        w.StartObject();
        Str(w, "article", item.ArticleUrl, true);
        Str(w, "section", item.Section);
        w.EndObject();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

} // namespace folio
