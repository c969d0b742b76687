// BuildArticleDocument: the vertical rhythm of an article, from the section label to the related links. A
// right-to-left article (its language's direction, model/text_direction) is mirrored: every job gets the article's
// direction and language, so its lines start at the right, and the quote's bar, the quote's and the list's indent
// and the list markers move to the right side of the column; code blocks stay left to right.
#include "ui/article_document.h"
#include "model/date.h"
#include "ui/faces.h"
#include "ui/routes.h"

#include <algorithm>
#include <cmath>

namespace folio::ui {
namespace {

using layout::Align;
using layout::LayoutJob;
using layout::TextStyle;

std::string Upper(const std::string& s) {
    std::string out = s;
    for (char& c : out) c = (char)toupper((unsigned char)c); // labels are set in capitals (ASCII letters)
    return out;
}

struct Column {
    float X, Width;
};

constexpr float kCodeScale = 0.88f; // code's size beside the text around it

class ArticleBuilder {
public:
    ArticleBuilder(const DocumentContext& ctx, Document* doc)
        : Ctx(ctx), T(ctx.Colors), S(TypeScaleFor(ctx.Settings, ctx.ViewportWidth)),
          B(doc, ctx.Cache, ctx.Metrics, ctx.FontGeneration, ctx.Scale) {
        const float width = S.ColumnWidth(ctx.ViewportWidth);
        Col = {std::max(S.Margin, (ctx.ViewportWidth - width) * 0.5f), width};
        Sans = ctx.Settings.Sans;
    }

    // The article's direction and language, for every job and for the column's mirroring.
    void SetLanguage(const std::string& language) {
        Language = language;
        Dir = DirectionOf(language);
        Rtl = Dir == layout::Direction::Rtl;
    }

    // The x of a box w wide at x in the column, mirrored about the column's centre in a right-to-left article.
    float Mx(float x, float w) const { return Rtl ? 2.0f * Col.X + Col.Width - x - w : x; }

    LayoutJob Job(float width, float leading, Align align = Align::Left) {
        LayoutJob j;
        j.Width = width;
        j.Leading = leading;
        j.Alignment = align;
        j.Dir = BlockDirection(Dir);
        j.Language = Language;
        return j;
    }

    // Rich text into a job; links get the link colour and an index into *links.
    void AppendRich(LayoutJob* job, const RichText& text, bool sans, bool italic, bool bold, float size, Color color,
                    std::vector<std::string>* links) {
        for (const Span& span : text.Spans) {
            const bool link = (span.Style & SpanLink) && !span.Href.empty();
            TextStyle st;
            st.Face = FaceFor(sans, italic != ((span.Style & SpanEmphasis) != 0), bold || (span.Style & SpanStrong));
            st.Size = size;
            if (span.Style & SpanCode) { // one face for code, a little smaller (monospace looks large), never broken
                st.Face = Mono;
                st.Size = std::round(size * kCodeScale);
                st.Unbreakable = true;
            }
            st.Color = link ? T.Link : color;
            if (link) { st.Link = (int)links->size(); links->push_back(span.Href); }
            job->Append(span.Text, st);
        }
    }

    DocItem& Plain(const std::string& text, Face face, float size, float leading, Color color, float x, float width,
                   Align align = Align::Left, bool selectable = true, const std::string& link = {}) {
        LayoutJob j = Job(width, leading, align);
        TextStyle st{(layout::FaceId)face, size, color, link.empty() ? -1 : 0};
        j.Append(text, st);
        return B.Text(j, x, link.empty() ? std::vector<std::string>{} : std::vector<std::string>{link}, selectable);
    }

    void Header(const Article& a) {
        B.Gap(Ctx.TopInset + S.Body * 2.0f);
        if (!a.Section.empty()) {
            Plain(Upper(a.Section), SansBold, S.Label, S.LabelLeading, T.Accent, Col.X, Col.Width, Align::Left, true,
                  SectionRoute(a.Section)).Aloud = false;
            B.Gap(S.Body * 0.5f);
        }
        Plain(a.Headline, Sans ? SansBold : SerifBold, S.Headline, S.HeadlineLeading, T.Text, Col.X, Col.Width);
        if (!a.Description.empty()) {
            B.Gap(S.Body * 0.8f);
            Plain(a.Description, Sans ? SansRegular : SerifRegular, S.Standfirst, S.StandfirstLeading, T.Muted, Col.X, Col.Width);
        }
        if (!a.Image.Empty()) {
            B.Gap(S.Body * 1.2f);
            Figure(a.Image);
        }
        std::string meta = a.Dateline.DisplayText();
        auto add = [&meta](const std::string& part) {
            if (!part.empty()) meta += (meta.empty() ? "" : "  \xC2\xB7  ") + part;
        };
        add(Byline(a.Authors));
        add(FormatDateLong(a.DatePublished));
        add(ReadingTime(a.WordCount()));
        B.Gap(S.Body * 1.0f);
        Plain(meta, SansRegular, S.Label, S.LabelLeading, T.Muted, Col.X, Col.Width).Aloud = false;
        B.Gap(S.Body * 0.9f);
        B.Rule(Col.X, Col.Width, T.Rule);
        B.Gap(S.Body * 1.2f);
    }

    // A photo at the column's width, as tall as its aspect ratio says (so nothing moves when its pixels arrive; a
    // tall one narrower, centred, at most 1.25 widths high), then its caption and credit. Its alt text stands in
    // while it cannot be drawn.
    void Figure(const folio::Photo& p) {
        const float aspect = p.Width > 0 && p.Height > 0 ? (float)p.Height / (float)p.Width : 2.0f / 3.0f;
        float w = Col.Width, h = std::round(Col.Width * aspect);
        const float max_h = std::round(Col.Width * 1.25f);
        if (h > max_h) { h = max_h; w = std::round(h / aspect); }
        const float top = B.Y();
        const int image = B.Image(p, Col.X + std::floor((Col.Width - w) * 0.5f), 0.0f, w, h, false, false);
        B.Gap(h * 0.5f - S.LabelLeading);
        Plain(p.Alt.empty() ? std::string("Photo") : p.Alt, SansRegular, S.Label, S.LabelLeading, T.Muted,
              Col.X + 16.0f, Col.Width - 32.0f, Align::Center, false);
        B.MarkAltText(image);
        B.Gap(top + h - B.Y());
        std::string caption = p.Caption;
        if (!p.Credit.empty()) caption += (caption.empty() ? "" : "  ") + p.Credit;
        if (!caption.empty()) {
            B.Gap(S.Body * 0.5f);
            Plain(caption, SansRegular, S.Label, S.LabelLeading, T.Muted, Col.X, Col.Width);
        }
    }

    void Paragraph(const RichText& text, float x, float width) {
        std::vector<std::string> links;
        LayoutJob j = Job(width, S.BodyLeading, Ctx.Settings.Justify ? Align::Justify : Align::Left);
        AppendRich(&j, text, Sans, false, false, S.Body, T.Text, &links);
        B.Text(j, x, std::move(links));
    }

    void Block(const folio::Block& b) {
        switch (b.Type) {
        case BlockType::Paragraph:
            Paragraph(b.Text, Col.X, Col.Width);
            B.Gap(S.ParagraphGap);
            break;
        case BlockType::Heading: {
            const float size = b.Level <= 2 ? S.Heading : b.Level == 3 ? S.Body * 1.12f : S.Body;
            B.Gap(S.Body * 0.6f);
            std::vector<std::string> links;
            LayoutJob j = Job(Col.Width, size * 1.3f);
            AppendRich(&j, b.Text, Sans, false, true, size, T.Text, &links);
            B.Text(j, Col.X, std::move(links));
            B.Gap(S.Body * 0.5f);
            break;
        }
        case BlockType::Quote: {
            const float indent = S.Body * 1.2f, top = B.Y();
            B.Gap(S.ParagraphGap * 0.2f);
            std::vector<std::string> links;
            LayoutJob j = Job(Col.Width - indent, S.QuoteLeading);
            AppendRich(&j, b.Text, Sans, true, false, S.Quote, T.Text, &links);
            B.Text(j, Mx(Col.X + indent, Col.Width - indent), std::move(links)).ParagraphBreakAfter = b.Attribution.empty();
            if (!b.Attribution.empty()) {
                B.Gap(S.Body * 0.3f);
                Plain("\xE2\x80\x94 " + b.Attribution, SansRegular, S.Label + 1.0f, (S.Label + 1.0f) * 1.5f, T.Muted,
                      Mx(Col.X + indent, Col.Width - indent), Col.Width - indent);
            }
            B.Bar(Mx(Col.X, kQuoteBarWidth), top + 4.0f, B.Y() - 2.0f, T.Accent);
            B.Gap(S.ParagraphGap * 1.2f);
            break;
        }
        case BlockType::Pullquote: {
            B.Gap(S.Body * 0.6f);
            B.Rule(Col.X + Col.Width * 0.3f, Col.Width * 0.4f, T.Accent);
            B.Gap(S.Body * 0.9f);
            std::vector<std::string> links;
            LayoutJob j = Job(Col.Width, S.PullquoteLeading, Align::Center);
            AppendRich(&j, b.Text, Sans, true, false, S.Pullquote, T.Accent, &links);
            B.Text(j, Col.X, std::move(links));
            if (!b.Attribution.empty()) {
                B.Gap(S.Body * 0.4f);
                Plain(b.Attribution, SansRegular, S.Label + 1.0f, (S.Label + 1.0f) * 1.5f, T.Muted, Col.X, Col.Width, Align::Center);
            }
            B.Gap(S.Body * 0.9f);
            B.Rule(Col.X + Col.Width * 0.3f, Col.Width * 0.4f, T.Accent);
            B.Gap(S.Body * 1.4f);
            break;
        }
        case BlockType::List: {
            const float indent = S.Body * 1.6f;
            for (size_t i = 0; i < b.Items.size(); ++i) {
                const float top = B.Y();
                const std::string marker = b.Ordered ? std::to_string(i + 1) + "." : "\xE2\x80\xA2";
                Plain(marker, Sans ? SansRegular : SerifRegular, S.Body, S.BodyLeading, T.Muted, Mx(Col.X, indent - 6.0f),
                      indent - 6.0f, Align::Left, false).Aloud = false;
                B.Gap(top - B.Y()); // the item's text starts level with its marker
                std::vector<std::string> links;
                LayoutJob j = Job(Col.Width - indent, S.BodyLeading);
                AppendRich(&j, b.Items[i], Sans, false, false, S.Body, T.Text, &links);
                B.Text(j, Mx(Col.X + indent, Col.Width - indent), std::move(links)).ParagraphBreakAfter = i + 1 == b.Items.size();
                B.Gap(S.Body * 0.3f);
            }
            B.Gap(S.ParagraphGap * 0.7f);
            break;
        }
        case BlockType::Photo:
            Figure(b.Image);
            B.Gap(S.ParagraphGap * 1.2f);
            break;
        case BlockType::Code: {
            // Its lines as written on a panel the column's width; what is wider scrolls sideways (ReaderView).
            B.Gap(S.Body * 0.2f + kCodePadY);
            const float size = std::round(S.Body * 0.85f);
            LayoutJob j = Job(Col.Width - 2.0f * kCodePadX, std::round(size * 1.5f));
            j.Wrap = false;
            j.Dir = layout::Direction::Ltr; // code reads left to right in any article
            j.Language.clear();
            TextStyle st{(layout::FaceId)Mono, size, T.Text, -1};
            j.Append(b.Text.PlainText(), st);
            DocItem& item = B.Text(j, Col.X + kCodePadX);
            item.Code = true;
            item.Fill = T.CodeBackground;
            B.Gap(kCodePadY + S.ParagraphGap);
            break;
        }
        case BlockType::Divider:
            B.Gap(S.Body * 0.4f);
            Plain("*   *   *", Sans ? SansRegular : SerifRegular, S.Body, S.BodyLeading, T.Muted, Col.X, Col.Width,
                  Align::Center, false).Aloud = false;
            B.Gap(S.ParagraphGap * 1.2f);
            break;
        }
    }

    void Related(const std::vector<RelatedLink>& related) {
        if (related.empty()) return;
        B.Gap(S.Body * 1.0f);
        B.Rule(Col.X, Col.Width, T.Rule);
        B.Gap(S.Body * 1.0f);
        Plain("RELATED", SansBold, S.Label, S.LabelLeading, T.Muted, Col.X, Col.Width).Aloud = false;
        B.Gap(S.Body * 0.4f);
        for (const RelatedLink& r : related) {
            Plain(r.Title.empty() ? r.Id : r.Title, Sans ? SansBold : SerifBold, S.Body * 1.05f, S.Body * 1.45f, T.Link,
                  Col.X, Col.Width, Align::Left, true, ArticleRoute(r.Id)).Aloud = false;
            B.Gap(S.Body * 0.5f);
        }
    }

    const DocumentContext& Ctx;
    const DocumentColors& T;
    TypeScale S;
    DocumentBuilder B;
    Column Col;
    bool Sans = false;
    layout::Direction Dir = layout::Direction::Auto;
    std::string Language;
    bool Rtl = false;
};

} // namespace

std::string ReadingTime(size_t words) {
    const int fast = std::max(1, (int)std::lround(words / 260.0)), slow = std::max(1, (int)std::ceil(words / 200.0));
    const char* nbsp = "\xC2\xA0";                      // U+00A0
    const char* dash = "\xE2\x81\xA0\xE2\x80\x93\xE2\x81\xA0"; // U+2060 U+2013 U+2060: word joiners either side
    const std::string unit = std::string(nbsp) + "min" + nbsp + "read";
    if (fast >= slow) return std::to_string(slow) + unit;
    return std::to_string(fast) + dash + std::to_string(slow) + unit;
}

std::string Byline(const std::vector<std::string>& authors) {
    if (authors.empty()) return {};
    std::string by = "By " + authors[0];
    for (size_t i = 1; i < authors.size(); ++i) by += (i + 1 == authors.size() ? " and " : ", ") + authors[i];
    return by;
}

Document BuildArticleDocument(const Article& article, const std::vector<RelatedLink>& related, const DocumentContext& ctx) {
    Document doc;
    ArticleBuilder b(ctx, &doc);
    b.SetLanguage(article.Language);
    b.Header(article);
    for (const folio::Block& block : article.Body) b.Block(block);
    b.Related(related);
    b.B.Gap(b.S.Body * 3.0f);
    b.B.Finish(ctx.ViewportWidth, ctx.TopInset);
    return doc;
}

} // namespace folio::ui
