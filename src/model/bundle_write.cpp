// WriteArticleJson, WriteFeedJson and WriteFeedItemJson: the model as bundle JSON, in a fixed member order.
#include "model/bundle_write.h"
#include "model/feed_json.h"
#include "model/json_write.h"

namespace folio {

// A string when the text is one regular span, else an array of span objects.
static void Rich(JsonWriter& w, const RichText& text) {
    if (text.Spans.size() == 1 && text.Spans[0].Style == SpanRegular) {
        WriteString(w, text.Spans[0].Text);
        return;
    }
    w.StartArray();
    for (const Span& s : text.Spans) {
        w.StartObject();
        WriteField(w, "text", s.Text, true);
        if (s.Style & SpanEmphasis) { w.Key("emphasis"); w.Bool(true); }
        if (s.Style & SpanStrong) { w.Key("strong"); w.Bool(true); }
        if (s.Style & SpanCode) { w.Key("code"); w.Bool(true); }
        if (s.Style & SpanLink) WriteField(w, "href", s.Href);
        w.EndObject();
    }
    w.EndArray();
}

// A photo object's fields (a photo block's, a lead image's, a thumbnail's), in the object open in w.
static void WritePhotoFields(JsonWriter& w, const Photo& p) {
    WriteField(w, "src", p.Src, true);
    WriteField(w, "alt", p.Alt);
    WriteField(w, "caption", p.Caption);
    WriteField(w, "credit", p.Credit);
    if (p.Width > 0) { w.Key("width"); w.Int(p.Width); }
    if (p.Height > 0) { w.Key("height"); w.Int(p.Height); }
    WriteField(w, "placeholder", p.Placeholder);
    if (!p.Variants.empty()) {
        w.Key("variants");
        w.StartArray();
        for (const ImageVariant& v : p.Variants) {
            w.StartObject();
            WriteField(w, "url", v.Url, true);
            WriteField(w, "type", v.Type, true);
            w.Key("width");
            w.Int(v.Width);
            w.Key("height");
            w.Int(v.Height);
            w.Key("bytes");
            w.Int(v.Bytes);
            w.EndObject();
        }
        w.EndArray();
    }
}

static void WriteBlock(JsonWriter& w, const Block& b) {
    static const char* const kTypes[] = {"paragraph", "heading", "quote", "pullquote", "list", "photo", "divider", "code"};
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
        WriteField(w, "attribution", b.Attribution);
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
        WritePhotoFields(w, b.Image);
        break;
    case BlockType::Divider:
        break;
    case BlockType::Code:
        WriteField(w, "language", b.CodeLanguage);
        WriteField(w, "text", b.Text.PlainText(), true);
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
    WriteField(w, "@type", "NewsArticle");
    WriteField(w, "id", a.Id, true);
    WriteField(w, "url", a.Url);
    WriteField(w, "headline", a.Headline, true);
    WriteField(w, "description", a.Description);
    WriteField(w, "articleSection", a.Section);
    WriteField(w, "datePublished", a.DatePublished);
    WriteField(w, "dateModified", a.DateModified);
    WriteField(w, "inLanguage", a.Language);
    if (!a.Dateline.Empty()) {
        w.Key("dateline");
        w.StartObject();
        WriteField(w, "text", a.Dateline.Text);
        WriteField(w, "place", a.Dateline.Place);
        WriteField(w, "date", a.Dateline.Date);
        WriteField(w, "agency", a.Dateline.Agency);
        w.EndObject();
    }
    WritePersons(w, "author", a.Authors);
    if (!a.Publisher.empty()) {
        w.Key("publisher");
        w.StartObject();
        WriteField(w, "@type", "Organization");
        WriteField(w, "name", a.Publisher);
        w.EndObject();
    }
    WriteStrings(w, "keywords", a.Keywords);
    w.Key("wordCount");
    w.Uint64(a.WordCount());
    if (!a.Image.Empty()) {
        w.Key("image");
        w.StartObject();
        WriteField(w, "@type", "ImageObject");
        WritePhotoFields(w, a.Image);
        w.EndObject();
    }
    w.Key("body");
    w.StartArray();
    for (const Block& b : a.Body) WriteBlock(w, b);
    w.EndArray();
    WriteStrings(w, "related", a.Related);
    WriteStrings(w, "scripts", a.Scripts);
    w.EndObject();
    return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

static void WriteFeedItem(JsonWriter& w, const FeedItem& item) {
    w.StartObject();
    WriteField(w, "id", item.Id, true);
    WriteField(w, "url", item.Url);
    WriteField(w, "title", item.Title);
    WriteField(w, "summary", item.Summary);
    WriteField(w, "content_text", item.Summary.empty() ? item.Title : item.Summary, true);
    WriteField(w, "date_published", item.DatePublished);
    WriteField(w, "date_modified", item.DateModified);
    if (!item.Authors.empty()) {
        w.Key("authors");
        w.StartArray();
        for (const std::string& name : item.Authors) {
            w.StartObject();
            WriteField(w, "name", name, true);
            w.EndObject();
        }
        w.EndArray();
    }
    WriteStrings(w, "tags", item.Tags);
    WriteField(w, "language", item.Language);
    WriteField(w, "image", item.Image.Src);
    w.Key("_folio");
    w.StartObject();
    WriteField(w, "article", item.ArticleUrl, true);
    WriteField(w, "section", item.Section);
    WriteStrings(w, "scripts", item.Scripts);
    if (!item.Image.Empty()) {
        w.Key("image");
        w.StartObject();
        WritePhotoFields(w, item.Image);
        w.EndObject();
    }
    w.EndObject();
    w.EndObject();
}

std::string WriteFeedItemJson(const FeedItem& item) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.SetIndent(' ', 2);
    WriteFeedItem(w, item);
    // Indented as an element of a page's "items" array, two levels down (JSON strings hold no raw line breaks).
    std::string out;
    for (const char* c = buf.GetString(); *c; ++c) {
        out += *c;
        if (*c == '\n') out += "    ";
    }
    return out;
}

std::string WriteFeedJson(const Feed& frame, const std::vector<std::string>& items) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.SetIndent(' ', 2);
    w.StartObject();
    WriteField(w, "version", kJsonFeedVersion);
    WriteField(w, "title", frame.Title, true);
    WriteField(w, "description", frame.Description);
    WriteField(w, "home_page_url", frame.HomePageUrl);
    WriteField(w, "feed_url", frame.FeedUrl);
    WriteField(w, "language", frame.Language);
    WriteField(w, "next_url", frame.NextUrl);
    w.Key("_folio");
    w.StartObject();
    w.Key("format");
    w.Int(kBundleFormatVersion);
    if (frame.Page > 0) { w.Key("page"); w.Int(frame.Page); }
    WriteField(w, "newer_url", frame.NewerUrl);
    w.EndObject();
    w.Key("items");
    w.StartArray();
    for (const std::string& item : items) w.RawValue(item.data(), item.size(), rapidjson::kObjectType);
    w.EndArray();
    w.EndObject();
    return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

std::string WriteFeedJson(const Feed& page) {
    std::vector<std::string> items;
    items.reserve(page.Items.size());
    for (const FeedItem& item : page.Items) items.push_back(WriteFeedItemJson(item));
    return WriteFeedJson(page, items);
}

} // namespace folio
