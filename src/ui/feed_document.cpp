// BuildFeedDocument: the list of articles. An item in a right-to-left language (its `language`,
// model/text_direction) is set right to left, its thumbnail on the left of its text.
#include "ui/feed_document.h"
#include "model/date.h"
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
    float text_width = width; // narrower beside a thumbnail
    float text_x = x;         // right of a thumbnail on the left (a right-to-left item)
    layout::Direction dir = layout::Direction::Auto;
    std::string language;
    auto text = [&](const std::string& str, Face face, float size, float leading, Color color, const std::string& link) {
        layout::LayoutJob j;
        j.Width = text_width;
        j.Leading = leading;
        j.Dir = BlockDirection(dir);
        j.Language = language;
        j.Append(str, layout::TextStyle{(layout::FaceId)face, size, color, link.empty() ? -1 : 0});
        b.Text(j, text_x, link.empty() ? std::vector<std::string>{} : std::vector<std::string>{link});
    };

    b.Gap(ctx.TopInset + s.Body * 1.6f);
    text(title, sans ? SansBold : SerifBold, s.Headline * 0.85f, s.Headline * 0.85f * 1.2f, t.Text, {});
    if (!filter_label.empty()) {
        b.Gap(s.Body * 0.3f);
        text(filter_label, SansRegular, s.Label + 1.0f, (s.Label + 1.0f) * 1.5f, t.Muted, {});
    }
    b.Gap(s.Body * 1.0f);
    b.Rule(x, width, t.Rule);
    for (size_t n = 0; n < items.size(); ++n) {
        const FeedItem* item = items[n];
        b.Gap(s.Body * 1.1f);
        b.Entry((int)n);
        dir = DirectionOf(item->Language);
        language = item->Language;
        if (!item->Section.empty()) {
            std::string label = item->Section;
            for (char& c : label) c = (char)toupper((unsigned char)c);
            text(label, SansBold, s.Label, s.LabelLeading, t.Accent, SectionRoute(item->Section));
            b.Gap(s.Body * 0.25f);
        }
        // The lead photo's thumbnail, right of the title and summary, level with the title's top: a square on a
        // phone, 3:2 wider up, cropped to fill it.
        const float thumb_top = b.Y();
        float thumb_h = 0.0f;
        if (!item->Image.Empty()) {
            const bool narrow = width < 520.0f;
            const float thumb_w = narrow ? std::round(std::max(72.0f, width * 0.24f)) : std::round(std::min(176.0f, width * 0.28f));
            thumb_h = narrow ? thumb_w : std::round(thumb_w * 2.0f / 3.0f);
            const bool rtl = dir == layout::Direction::Rtl;
            b.Image(item->Image, rtl ? x : x + width - thumb_w, 0.0f, thumb_w, thumb_h, true, false);
            text_width = width - thumb_w - s.Body;
            if (rtl) text_x = x + thumb_w + s.Body;
        }
        text(item->Title.empty() ? item->Id : item->Title, sans ? SansBold : SerifBold, s.Body * 1.3f, s.Body * 1.3f * 1.25f,
             t.Text, ArticleRoute(item->Id));
        if (!item->Summary.empty()) {
            b.Gap(s.Body * 0.35f);
            text(item->Summary, sans ? SansRegular : SerifRegular, s.Body * 0.95f, s.Body * 0.95f * 1.5f, t.Muted, {});
        }
        const std::string date = FormatDateLong(item->DatePublished);
        if (!date.empty()) {
            b.Gap(s.Body * 0.3f);
            text(date, SansRegular, s.Label, s.LabelLeading, t.Muted, {});
        }
        if (b.Y() < thumb_top + thumb_h) b.Gap(thumb_top + thumb_h - b.Y());
        text_width = width;
        text_x = x;
        dir = layout::Direction::Auto;
        language.clear();
        b.Entry(-1);
        b.Gap(s.Body * 1.1f);
        b.Rule(x, width, t.Rule);
    }
    b.Gap(s.Body * 1.2f);
    const char* tail = end == FeedEnd::Loading ? "Loading more\xE2\x80\xA6"
                       : end == FeedEnd::Error ? "More articles could not be loaded."
                       : end == FeedEnd::More  ? ""
                       : items.empty()         ? "No articles here."
                                               : "You have reached the end.";
    if (*tail) text(tail, SansRegular, s.Label + 1.0f, (s.Label + 1.0f) * 1.5f, t.Muted, {});
    if (end == FeedEnd::Error && !end_note.empty()) {
        b.Gap(s.Body * 0.3f);
        text(end_note, SansRegular, s.Label, s.LabelLeading, t.Muted, {});
    }
    b.Gap(s.Body * 3.0f);
    b.Finish(ctx.ViewportWidth, ctx.TopInset);
    return doc;
}

} // namespace folio::ui
