// AddCard: a feed entry's items, for the feed's document and the search's.
#include "ui/feed_card.h"
#include "model/date.h"
#include "ui/faces.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace folio::ui {

void AddCard(DocumentBuilder& b, const CardText& card, int entry, float x, float width, const DocumentContext& ctx) {
    const DocumentColors& t = ctx.Colors;
    const TypeScale s = TypeScaleFor(ctx.Settings, ctx.ViewportWidth);
    const bool sans = ctx.Settings.Sans;
    const layout::Direction dir = DirectionOf(card.Language);
    float text_width = width; // narrower beside a thumbnail
    float text_x = x;         // right of a thumbnail on the left (a right-to-left item)
    // Text in a style, its marked ranges in another.
    auto text = [&](const std::string& str, const TextMarks& marks, layout::TextStyle plain, layout::TextStyle marked,
                    float leading, const std::string& link) {
        layout::LayoutJob j;
        j.Width = text_width;
        j.Leading = leading;
        j.Dir = BlockDirection(dir);
        j.Language = card.Language;
        plain.Link = marked.Link = link.empty() ? -1 : 0;
        size_t at = 0;
        for (const auto& [begin, end] : marks) {
            if (begin < at || end <= begin || end > str.size()) continue; // out of order or outside: not marked
            if (begin > at) j.Append(str.substr(at, begin - at), plain);
            j.Append(str.substr(begin, end - begin), marked);
            at = end;
        }
        if (at < str.size() || str.empty()) j.Append(str.substr(at), plain);
        b.Text(j, text_x, link.empty() ? std::vector<std::string>{} : std::vector<std::string>{link});
    };
    auto style = [](Face face, float size, Color color) { return layout::TextStyle{(layout::FaceId)face, size, color, -1}; };

    b.Entry(entry);
    if (!card.Section.empty()) {
        std::string label = card.Section;
        for (char& c : label) c = (char)toupper((unsigned char)c);
        const layout::TextStyle st = style(SansBold, s.Label, t.Accent);
        text(label, {}, st, st, s.LabelLeading, card.SectionLink);
        b.Gap(s.Body * 0.25f);
    }
    // The lead photo's thumbnail, right of the title and summary, level with the title's top: a square on a
    // phone, 3:2 wider up, cropped to fill it.
    const float thumb_top = b.Y();
    float thumb_h = 0.0f;
    if (card.Image && !card.Image->Empty()) {
        const bool narrow = width < 520.0f;
        const float thumb_w = narrow ? std::round(std::max(72.0f, width * 0.24f)) : std::round(std::min(176.0f, width * 0.28f));
        thumb_h = narrow ? thumb_w : std::round(thumb_w * 2.0f / 3.0f);
        const bool rtl = dir == layout::Direction::Rtl;
        b.Image(*card.Image, rtl ? x : x + width - thumb_w, 0.0f, thumb_w, thumb_h, true, false);
        text_width = width - thumb_w - s.Body;
        if (rtl) text_x = x + thumb_w + s.Body;
    }
    const Face title_face = sans ? SansBold : SerifBold;
    text(card.Title, card.TitleMarks, style(title_face, s.Body * 1.3f, t.Text), style(title_face, s.Body * 1.3f, t.Accent),
         s.Body * 1.3f * 1.25f, card.Link);
    if (!card.Summary.empty()) {
        b.Gap(s.Body * 0.35f);
        text(card.Summary, card.SummaryMarks, style(sans ? SansRegular : SerifRegular, s.Body * 0.95f, t.Muted),
             style(sans ? SansBold : SerifBold, s.Body * 0.95f, t.Text), s.Body * 0.95f * 1.5f, {});
    }
    const std::string date = FormatDateLong(card.Date);
    if (!date.empty()) {
        b.Gap(s.Body * 0.3f);
        const layout::TextStyle st = style(SansRegular, s.Label, t.Muted);
        text(date, {}, st, st, s.LabelLeading, {});
    }
    if (b.Y() < thumb_top + thumb_h) b.Gap(thumb_top + thumb_h - b.Y());
    b.Entry(-1);
}

CardList::CardList(DocumentBuilder& b, const DocumentContext& ctx)
    : B_(b), Ctx_(ctx), S_(TypeScaleFor(ctx.Settings, ctx.ViewportWidth)) {
    Width_ = S_.ColumnWidth(ctx.ViewportWidth);
    X_ = std::max(S_.Margin, (ctx.ViewportWidth - Width_) * 0.5f);
}

void CardList::Text(const std::string& text, Face face, float size, float leading, Color color) {
    layout::LayoutJob j;
    j.Width = Width_;
    j.Leading = leading;
    j.Append(text, layout::TextStyle{(layout::FaceId)face, size, color, -1});
    B_.Text(j, X_);
}

void CardList::Heading(const std::string& title, const std::string& note) {
    B_.Gap(Ctx_.TopInset + S_.Body * 1.6f);
    Text(title, Ctx_.Settings.Sans ? SansBold : SerifBold, S_.Headline * 0.85f, S_.Headline * 0.85f * 1.2f, Ctx_.Colors.Text);
    if (note.empty()) return;
    B_.Gap(S_.Body * 0.3f);
    Note(note);
}

void CardList::Note(const std::string& text, bool small) {
    if (small) Text(text, SansRegular, S_.Label, S_.LabelLeading, Ctx_.Colors.Muted);
    else Text(text, SansRegular, S_.Label + 1.0f, (S_.Label + 1.0f) * 1.5f, Ctx_.Colors.Muted);
}

void CardList::Gap(float body_lines) { B_.Gap(S_.Body * body_lines); }

void CardList::Rule() { B_.Rule(X_, Width_, Ctx_.Colors.Rule); }

void CardList::Card(const CardText& card, int entry) {
    Gap(1.1f);
    AddCard(B_, card, entry, X_, Width_, Ctx_);
    Gap(1.1f);
    Rule();
}

} // namespace folio::ui
