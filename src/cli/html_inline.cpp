// InlineText: white space collapsed as CSS's "white-space: normal" does, into styled spans.
#include "cli/html_inline.h"
#include "model/json_read.h"

namespace folio::cli {

namespace {

// HTML's ASCII white space (the no-break space is text).
bool Space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// White space or no-break spaces only (an editor's "<p>&nbsp;</p>" is no paragraph).
bool Blank(const std::string& s) {
    for (size_t i = 0; i < s.size(); ++i) {
        if (Space(s[i])) continue;
        if (s.compare(i, 2, "\xC2\xA0") != 0) return false;
        ++i;
    }
    return true;
}

} // namespace

void InlineText::Put(char c, unsigned char style, const std::string& href) {
    std::vector<Span>& spans = text_.Spans;
    if (spans.empty() || spans.back().Style != style || spans.back().Href != href) spans.push_back(Span{"", style, href});
    spans.back().Text += c;
    ++bytes_;
}

void InlineText::Add(const char* s, size_t n, unsigned char style, const std::string& href) {
    for (size_t i = 0; i < n; ++i) {
        if (Space(s[i])) {
            // A run of white space is one space, in the style of the element it was met in (as browsers draw it).
            if (!pending_space_) { space_style_ = style; space_href_ = href; }
            pending_space_ = true;
            continue;
        }
        if (pending_space_ && !Empty() && text_.Spans.back().Text.back() != '\n') Put(' ', space_style_, space_href_);
        pending_space_ = false;
        Put(s[i], style, href);
    }
}

void InlineText::Break() {
    pending_space_ = false;
    if (Empty()) return;
    std::string& last = text_.Spans.back().Text;
    if (last.back() == ' ') {
        last.pop_back();
        --bytes_;
        if (last.empty()) text_.Spans.pop_back();
        if (Empty()) return;
    }
    const std::string& now = text_.Spans.back().Text;
    // At most one blank line: "<br><br>" parts paragraphs within a block; more add nothing.
    if (now.size() >= 2 && now.compare(now.size() - 2, 2, "\n\n") == 0) return;
    Put('\n', SpanRegular, "");
}

RichText InlineText::Take() {
    RichText out;
    for (Span& s : text_.Spans) {
        s.Text = CleanText(s.Text);
        if (!s.Text.empty()) out.Spans.push_back(std::move(s));
    }
    // Trailing spaces and line breaks (a <br> at the end) go.
    while (!out.Spans.empty()) {
        std::string& t = out.Spans.back().Text;
        while (!t.empty() && Space(t.back())) t.pop_back();
        if (!t.empty()) break;
        out.Spans.pop_back();
    }
    // Leading line breaks likewise (a <br> after text that cleaning removed).
    while (!out.Spans.empty()) {
        std::string& t = out.Spans.front().Text;
        size_t lead = 0;
        while (lead < t.size() && Space(t[lead])) ++lead;
        t.erase(0, lead);
        if (!t.empty()) break;
        out.Spans.erase(out.Spans.begin());
    }
    bool blank = true;
    for (const Span& s : out.Spans) blank = blank && Blank(s.Text);
    if (blank) out.Spans.clear();
    text_ = RichText{};
    bytes_ = 0;
    pending_space_ = false;
    return out;
}

std::string CutUtf8(const std::string& s, size_t max) {
    if (s.size() <= max) return s;
    size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    return s.substr(0, end);
}

} // namespace folio::cli
