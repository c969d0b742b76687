// DrawArticle: the article's vertical rhythm, from the section label down to the last paragraph.
#include "ui/article_view.h"
#include "model/date.h"
#include "ui/text_block.h"

#include <algorithm>
#include <cctype>

namespace folio::ui {

static std::string Upper(const std::string& s) {
    std::string out = s;
    for (char& c : out) c = (char)toupper((unsigned char)c); // ASCII only: labels are set in capitals
    return out;
}

static void Gap(float h) { ImGui::Dummy(ImVec2(0.0f, h)); }

static void DrawQuote(const Block& b, const Fonts& f, const Theme& t, const TypeScale& s, float x, float width) {
    const float indent = s.Body * 1.2f;
    ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::SetCursorPosX(x + indent);
    WrappedText({&f.SerifItalic, s.Quote, s.QuoteLeading, t.Text}, b.Text.PlainText(), width - indent);
    if (!b.Attribution.empty()) {
        Gap(s.Body * 0.35f);
        ImGui::SetCursorPosX(x + indent);
        WrappedText({&f.Sans, s.Label + 1.0f, (s.Label + 1.0f) * 1.5f, t.Muted}, "\xE2\x80\x94 " + b.Attribution, width - indent);
    }
    float bottom = ImGui::GetCursorScreenPos().y;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(top.x + x, top.y + 4.0f), ImVec2(top.x + x + 3.0f, bottom - 4.0f), t.QuoteRule);
}

void DrawArticle(const Article& a, const Fonts& f, const Theme& t, const TypeScale& s) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(s.Measure, avail - 2.0f * s.Margin);
    const float x = std::max(s.Margin, (avail - width) * 0.5f);
    auto at_column = [&] { ImGui::SetCursorPosX(x); };

    Gap(s.Body * 2.4f);
    if (!a.Section.empty()) {
        at_column();
        WrappedText({&f.SansBold, s.Label, s.Label * 1.4f, t.Accent}, Upper(a.Section), width);
        Gap(s.Body * 0.6f);
    }
    at_column();
    WrappedText({&f.SerifBold, s.Headline, s.HeadlineLeading, t.Text}, a.Headline, width);
    if (!a.Description.empty()) {
        Gap(s.Body * 0.8f);
        at_column();
        WrappedText({&f.Serif, s.Standfirst, s.StandfirstLeading, t.Muted}, a.Description, width);
    }
    std::string meta = a.Dateline.DisplayText();
    const std::string date = FormatDateLong(a.DatePublished);
    if (!date.empty()) meta += (meta.empty() ? "" : "  \xC2\xB7  ") + date;
    if (!meta.empty()) {
        Gap(s.Body * 1.1f);
        at_column();
        WrappedText({&f.Sans, s.Label, s.Label * 1.5f, t.Muted}, meta, width);
    }
    Gap(s.Body * 0.9f);
    ImVec2 rule = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(rule.x + x, rule.y), ImVec2(rule.x + x + width, rule.y), t.Rule, 1.0f);
    Gap(s.Body * 1.2f);

    for (const Block& b : a.Body) {
        if (b.Type == BlockType::Quote) {
            Gap(s.ParagraphGap * 0.3f);
            DrawQuote(b, f, t, s, x, width);
            Gap(s.ParagraphGap * 1.3f);
        } else {
            at_column();
            WrappedText({&f.Serif, s.Body, s.BodyLeading, t.Text}, b.Text.PlainText(), width);
            Gap(s.ParagraphGap);
        }
    }
    Gap(s.Body * 3.0f);
}

} // namespace folio::ui
