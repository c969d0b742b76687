// The accessibility mirror's JSON, written with RapidJSON from the model (see mirror.h for its shape).
#include "ui/mirror.h"
#include "model/date.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace folio::ui {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void Field(Writer& w, const char* key, const std::string& value) {
    if (value.empty()) return;
    w.Key(key);
    w.String(value.c_str(), (rapidjson::SizeType)value.size());
}

void Spans(Writer& w, const RichText& text) {
    w.StartArray();
    for (const Span& s : text.Spans) {
        w.StartObject();
        Field(w, "t", s.Text);
        if ((s.Style & SpanLink) && !s.Href.empty()) Field(w, "href", s.Href);
        if (s.Style & SpanEmphasis) { w.Key("em"); w.Bool(true); }
        if (s.Style & SpanStrong) { w.Key("strong"); w.Bool(true); }
        w.EndObject();
    }
    w.EndArray();
}

const char* BlockTypeName(BlockType t) {
    switch (t) {
    case BlockType::Paragraph: return "p";
    case BlockType::Heading: return "h";
    case BlockType::Quote: return "quote";
    case BlockType::Pullquote: return "pullquote";
    case BlockType::List: return "list";
    case BlockType::Photo: return "photo";
    case BlockType::Divider: return "divider";
    }
    return "p";
}

void WriteBlock(Writer& w, const Block& b) {
    w.StartObject();
    w.Key("type"); w.String(BlockTypeName(b.Type));
    switch (b.Type) {
    case BlockType::Heading:
        w.Key("level"); w.Int(b.Level);
        w.Key("text"); Spans(w, b.Text);
        break;
    case BlockType::Paragraph:
    case BlockType::Quote:
    case BlockType::Pullquote:
        w.Key("text"); Spans(w, b.Text);
        Field(w, "cite", b.Attribution);
        break;
    case BlockType::List:
        w.Key("ordered"); w.Bool(b.Ordered);
        w.Key("items");
        w.StartArray();
        for (const RichText& item : b.Items) Spans(w, item);
        w.EndArray();
        break;
    case BlockType::Photo:
        Field(w, "alt", b.Image.Alt);
        Field(w, "caption", b.Image.Caption);
        Field(w, "credit", b.Image.Credit);
        break;
    case BlockType::Divider: break;
    }
    w.EndObject();
}

const char* EndName(FeedEnd end) {
    switch (end) {
    case FeedEnd::More: return "more";
    case FeedEnd::Loading: return "loading";
    case FeedEnd::Error: return "error";
    case FeedEnd::End: return "end";
    }
    return "end";
}

} // namespace

std::string ArticleMirrorJson(const Article& a, const std::vector<RelatedLink>& related) {
    rapidjson::StringBuffer buf;
    Writer w(buf);
    w.StartObject();
    w.Key("view"); w.String("article");
    w.Key("article");
    w.StartObject();
    Field(w, "id", a.Id);
    Field(w, "lang", a.Language);
    Field(w, "section", a.Section);
    if (!a.Section.empty()) Field(w, "sectionRoute", "#/section/" + a.Section);
    Field(w, "headline", a.Headline);
    Field(w, "standfirst", a.Description);
    Field(w, "dateline", a.Dateline.DisplayText());
    Field(w, "byline", Byline(a.Authors));
    Field(w, "date", FormatDateLong(a.DatePublished));
    Field(w, "datetime", a.DatePublished);
    Field(w, "readingTime", ReadingTime(a.WordCount()));
    w.Key("blocks");
    w.StartArray();
    for (const Block& b : a.Body) WriteBlock(w, b);
    w.EndArray();
    w.Key("related");
    w.StartArray();
    for (const RelatedLink& r : related) {
        w.StartObject();
        Field(w, "route", "#/article/" + r.Id);
        Field(w, "title", r.Title.empty() ? r.Id : r.Title);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    w.EndObject();
    return buf.GetString();
}

std::string FeedMirrorJson(const std::string& title, const std::string& label, FeedEnd end,
                           const std::vector<const FeedItem*>& items) {
    rapidjson::StringBuffer buf;
    Writer w(buf);
    w.StartObject();
    w.Key("view"); w.String("feed");
    w.Key("feed");
    w.StartObject();
    Field(w, "title", title);
    Field(w, "label", label);
    w.Key("end"); w.String(EndName(end));
    w.Key("items");
    w.StartArray();
    for (const FeedItem* it : items) {
        w.StartObject();
        Field(w, "route", "#/article/" + it->Id);
        Field(w, "title", it->Title.empty() ? it->Id : it->Title);
        Field(w, "summary", it->Summary);
        Field(w, "section", it->Section);
        if (!it->Section.empty()) Field(w, "sectionRoute", "#/section/" + it->Section);
        Field(w, "date", FormatDateLong(it->DatePublished));
        Field(w, "datetime", it->DatePublished);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    w.EndObject();
    return buf.GetString();
}

std::string StatusMirrorJson(bool error, const std::string& message) {
    rapidjson::StringBuffer buf;
    Writer w(buf);
    w.StartObject();
    w.Key("view"); w.String(error ? "error" : "loading");
    if (error) { w.Key("error"); w.String(message.c_str(), (rapidjson::SizeType)message.size()); }
    w.EndObject();
    return buf.GetString();
}

} // namespace folio::ui
