// BuildFeedDocument: the list of articles. An item in a right-to-left language (its `language`,
// model/text_direction) is set right to left, its thumbnail on the left of its text.
#include "ui/feed_document.h"
#include "ui/feed_card.h"
#include "ui/faces.h"
#include "ui/routes.h"

#include <algorithm>
#include <cmath>

namespace folio::ui {

Document BuildFeedDocument(const std::string& title, const std::vector<const FeedItem*>& items, FeedEnd end,
                           const std::string& end_note, const std::string& filter_label, const DocumentContext& ctx) {
    Document doc;
    const DocumentColors& t = ctx.Colors;
    const TypeScale s = TypeScaleFor(ctx.Settings, ctx.ViewportWidth);
    const bool sans = ctx.Settings.Sans;
    DocumentBuilder b(&doc, ctx.Cache, ctx.Metrics, ctx.FontGeneration, ctx.Scale);
    const float width = std::min(s.Measure, ctx.ViewportWidth - 2.0f * s.Margin);
    const float x = std::max(s.Margin, (ctx.ViewportWidth - width) * 0.5f);
    auto text = [&](const std::string& str, Face face, float size, float leading, Color color) {
        layout::LayoutJob j;
        j.Width = width;
        j.Leading = leading;
        j.Append(str, layout::TextStyle{(layout::FaceId)face, size, color, -1});
        b.Text(j, x);
    };

    b.Gap(ctx.TopInset + s.Body * 1.6f);
    text(title, sans ? SansBold : SerifBold, s.Headline * 0.85f, s.Headline * 0.85f * 1.2f, t.Text);
    if (!filter_label.empty()) {
        b.Gap(s.Body * 0.3f);
        text(filter_label, SansRegular, s.Label + 1.0f, (s.Label + 1.0f) * 1.5f, t.Muted);
    }
    b.Gap(s.Body * 1.0f);
    b.Rule(x, width, t.Rule);
    for (size_t n = 0; n < items.size(); ++n) {
        const FeedItem* item = items[n];
        b.Gap(s.Body * 1.1f);
        CardText card;
        card.Link = ArticleRoute(item->Id);
        card.Title = item->Title.empty() ? item->Id : item->Title;
        card.Section = item->Section;
        if (!item->Section.empty()) card.SectionLink = SectionRoute(item->Section);
        card.Summary = item->Summary;
        card.Date = item->DatePublished;
        card.Language = item->Language;
        card.Image = &item->Image;
        AddCard(b, card, (int)n, x, width, ctx);
        b.Gap(s.Body * 1.1f);
        b.Rule(x, width, t.Rule);
    }
    b.Gap(s.Body * 1.2f);
    const char* tail = end == FeedEnd::Loading ? "Loading more\xE2\x80\xA6"
                       : end == FeedEnd::Error ? "More articles could not be loaded."
                       : end == FeedEnd::More  ? ""
                       : items.empty()         ? "No articles here."
                                               : "You have reached the end.";
    if (*tail) text(tail, SansRegular, s.Label + 1.0f, (s.Label + 1.0f) * 1.5f, t.Muted);
    if (end == FeedEnd::Error && !end_note.empty()) {
        b.Gap(s.Body * 0.3f);
        text(end_note, SansRegular, s.Label, s.LabelLeading, t.Muted);
    }
    b.Gap(s.Body * 3.0f);
    b.Finish(ctx.ViewportWidth, ctx.TopInset);
    return doc;
}

} // namespace folio::ui
