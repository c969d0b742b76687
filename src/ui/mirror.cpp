// The accessibility mirror's JSON, written with RapidJSON from the model (see mirror.h for its shape).
#include "ui/mirror.h"
#include "model/date.h"
#include "model/json_write.h"
#include "model/text_direction.h"
#include "ui/routes.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace folio::ui {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void Spans(Writer& w, const RichText& text) {
    w.StartArray();
    for (const Span& s : text.Spans) {
        w.StartObject();
        WriteField(w, "t", s.Text);
        if ((s.Style & SpanLink) && !s.Href.empty()) WriteField(w, "href", s.Href);
        if (s.Style & SpanEmphasis) { w.Key("em"); w.Bool(true); }
        if (s.Style & SpanStrong) { w.Key("strong"); w.Bool(true); }
        if (s.Style & SpanCode) { w.Key("code"); w.Bool(true); }
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
    case BlockType::Code: return "code";
    }
    return "p";
}

// A photo for a screen reader: its alt text (a figure's image), caption and credit (its figcaption).
void PhotoFields(Writer& w, const Photo& p) {
    WriteField(w, "alt", p.Alt);
    WriteField(w, "caption", p.Caption);
    WriteField(w, "credit", p.Credit);
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
        WriteField(w, "cite", b.Attribution);
        break;
    case BlockType::List:
        w.Key("ordered"); w.Bool(b.Ordered);
        w.Key("items");
        w.StartArray();
        for (const RichText& item : b.Items) Spans(w, item);
        w.EndArray();
        break;
    case BlockType::Photo: PhotoFields(w, b.Image); break;
    case BlockType::Divider: break;
    case BlockType::Code: // one string, its lines kept (a <pre><code> in the mirror)
        WriteField(w, "code", b.Text.PlainText());
        WriteField(w, "lang", b.CodeLanguage);
        break;
    }
    w.EndObject();
}

// HTML's dir for text in a language: "rtl", "ltr", or "auto" (no language: the text's first strong character).
const char* DirName(const std::string& language) {
    switch (DirectionOfLanguage(language)) {
    case TextDirection::Rtl: return "rtl";
    case TextDirection::Ltr: return "ltr";
    case TextDirection::Unknown: break;
    }
    return "auto";
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

std::string ArticleMirrorJson(const Article& a, const std::vector<RelatedLink>& related, const std::string& feed_name) {
    rapidjson::StringBuffer buf;
    Writer w(buf);
    w.StartObject();
    w.Key("view"); w.String("article");
    w.Key("article");
    w.StartObject();
    WriteField(w, "id", a.Id);
    WriteField(w, "lang", a.Language);
    w.Key("dir"); w.String(DirName(a.Language));
    WriteField(w, "section", a.Section);
    if (!a.Section.empty()) WriteField(w, "sectionRoute", SectionRoute(a.Section));
    WriteField(w, "headline", a.Headline);
    WriteField(w, "standfirst", a.Description);
    if (!a.Image.Empty()) { // the lead photo, under the standfirst as drawn
        w.Key("image");
        w.StartObject();
        PhotoFields(w, a.Image);
        w.EndObject();
    }
    WriteField(w, "dateline", a.Dateline.DisplayText());
    WriteField(w, "byline", Byline(a.Authors));
    WriteField(w, "date", FormatDateLong(a.DatePublished));
    WriteField(w, "datetime", a.DatePublished);
    WriteField(w, "readingTime", ReadingTime(a.WordCount()));
    w.Key("blocks");
    w.StartArray();
    for (const Block& b : a.Body) WriteBlock(w, b);
    w.EndArray();
    w.Key("related");
    w.StartArray();
    for (const RelatedLink& r : related) {
        w.StartObject();
        WriteField(w, "route", ArticleRoute(r.Id));
        WriteField(w, "title", r.Title.empty() ? r.Id : r.Title);
        w.EndObject();
    }
    w.EndArray();
    WriteField(w, "feed", feed_name);
    w.EndObject();
    w.EndObject();
    return buf.GetString();
}

std::string FeedMirrorJson(const std::string& title, const std::string& label, FeedEnd end, const std::string& end_note,
                           const std::vector<const FeedItem*>& items) {
    rapidjson::StringBuffer buf;
    Writer w(buf);
    w.StartObject();
    w.Key("view"); w.String("feed");
    w.Key("feed");
    w.StartObject();
    WriteField(w, "title", title);
    WriteField(w, "label", label);
    w.Key("end"); w.String(EndName(end));
    if (end == FeedEnd::Error) WriteField(w, "endNote", end_note);
    w.Key("items");
    w.StartArray();
    for (const FeedItem* it : items) {
        w.StartObject();
        WriteField(w, "route", ArticleRoute(it->Id));
        WriteField(w, "title", it->Title.empty() ? it->Id : it->Title);
        WriteField(w, "lang", it->Language);
        w.Key("dir"); w.String(DirName(it->Language));
        WriteField(w, "summary", it->Summary);
        WriteField(w, "section", it->Section);
        if (!it->Section.empty()) WriteField(w, "sectionRoute", SectionRoute(it->Section));
        WriteField(w, "date", FormatDateLong(it->DatePublished));
        WriteField(w, "datetime", it->DatePublished);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    w.EndObject();
    return buf.GetString();
}

std::string SearchMirrorJson(const SearchView& view, const ChipList& chips, const std::vector<unsigned char>& on,
                             const std::string& feed_name) {
    static const char* const kStatus[] = {"off", "idle", "loading", "ready", "failed"};
    rapidjson::StringBuffer buf;
    Writer w(buf);
    w.StartObject();
    w.Key("view"); w.String("search");
    w.Key("search");
    w.StartObject();
    WriteField(w, "label", std::string("Search articles"));
    WriteField(w, "query", view.Request.Text);
    WriteField(w, "summary", SearchSummary(view));
    w.Key("status"); w.String(kStatus[(int)view.Status]);
    if (view.Status == SearchStatus::Failed) WriteField(w, "error", view.Error);
    WriteField(w, "feed", feed_name);
    w.Key("filters");
    w.StartArray();
    for (size_t i = 0; i < chips.size(); ++i) {
        w.StartObject();
        WriteField(w, "label", chips[i].first);
        WriteField(w, "route", chips[i].second);
        w.Key("selected"); w.Bool(i < on.size() && on[i]);
        w.EndObject();
    }
    w.EndArray();
    w.Key("items");
    w.StartArray();
    const bool shown = view.Results && (view.Status == SearchStatus::Ready || view.Status == SearchStatus::Loading ||
                                        view.Status == SearchStatus::Failed);
    for (size_t n = 0; shown && n < view.Results->Hits.size(); ++n) {
        const search::MetaRecord& m = view.Results->Hits[n].Meta;
        if (!view.Results->Hits[n].HasMeta || m.Id.empty()) continue;
        w.StartObject();
        WriteField(w, "route", ArticleRoute(m.Id));
        WriteField(w, "title", m.Title.empty() ? m.Id : m.Title);
        WriteField(w, "lang", m.Language);
        w.Key("dir"); w.String(DirName(m.Language));
        WriteField(w, "summary", m.Excerpt);
        WriteField(w, "section", m.Section);
        if (!m.Section.empty()) {
            SearchRouteOptions filtered = view.Request.Options;
            filtered.Section = m.Section;
            WriteField(w, "sectionRoute", SearchRoute(view.Request.Text, filtered));
        }
        WriteField(w, "date", FormatDateLong(m.Date));
        WriteField(w, "datetime", m.Date);
        w.EndObject();
    }
    w.EndArray();
    const bool more = view.Status == SearchStatus::Ready && view.Results && view.Results->Hits.size() < view.Results->Total;
    w.Key("end"); w.String(view.MoreLoading ? "loading" : more ? "more" : "end");
    w.EndObject();
    w.EndObject();
    return buf.GetString();
}

void AddSearchLandmark(std::string* json, const std::string& route) {
    if (json->empty() || json->back() != '}') return;
    rapidjson::StringBuffer buf;
    Writer w(buf);
    w.StartObject();
    WriteField(w, "label", std::string("Search articles"));
    WriteField(w, "route", route);
    w.EndObject();
    json->insert(json->size() - 1, std::string(",\"searchLandmark\":") + buf.GetString());
}

std::string StatusMirrorJson(bool error, const std::string& message) {
    rapidjson::StringBuffer buf;
    Writer w(buf);
    w.StartObject();
    w.Key("view"); w.String(error ? "error" : "loading");
    if (error) WriteField(w, "error", message, true);
    w.EndObject();
    return buf.GetString();
}

} // namespace folio::ui
