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
    DocumentBuilder b(&doc, ctx.Cache, ctx.Metrics, ctx.FontGeneration, ctx.Scale);
    CardList list(b, ctx);
    list.Heading(title, filter_label);
    list.Gap(1.0f);
    list.Rule();
    for (size_t n = 0; n < items.size(); ++n) {
        const FeedItem* item = items[n];
        CardText card;
        card.Link = ArticleRoute(item->Id);
        card.Title = item->Title.empty() ? item->Id : item->Title;
        card.Section = item->Section;
        if (!item->Section.empty()) card.SectionLink = SectionRoute(item->Section);
        card.Summary = item->Summary;
        card.Date = item->DatePublished;
        card.Language = item->Language;
        card.Image = &item->Image;
        list.Card(card, (int)n);
    }
    list.Gap(1.2f);
    const char* tail = end == FeedEnd::Loading ? "Loading more\xE2\x80\xA6"
                       : end == FeedEnd::Error ? "More articles could not be loaded."
                       : end == FeedEnd::More  ? ""
                       : items.empty()         ? "No articles here."
                                               : "You have reached the end.";
    if (*tail) list.Note(tail);
    if (end == FeedEnd::Error && !end_note.empty()) {
        list.Gap(0.3f);
        list.Note(end_note, true);
    }
    list.Gap(3.0f);
    b.Finish(ctx.ViewportWidth, ctx.TopInset);
    return doc;
}

} // namespace folio::ui
