// What the HTML-to-blocks converter makes of what it read (html_converter.h): paragraphs to paragraphs, headings,
// list items or quote lines by where they were read; lists (nested ones flattened), quotes (their attribution
// from <cite>, <footer>, a figure's caption or a last line that starts with a dash), figures (photos with their
// caption and credit), code blocks, photos and links checked as readers check them. A list or quote interrupted
// by a photo, a code block or a divider goes on after it.
#include "cli/html_converter.h"
#include "model/block_json.h"
#include "model/json_read.h"
#include "model/url.h"

#include <cstring>

namespace folio::cli {

namespace {

using R = HtmlRole;

bool StartsWithDash(const std::string& s, size_t* after) {
    for (const char* dash : {"\xE2\x80\x94", "\xE2\x80\x95", "\xE2\x80\x93", "--"}) {
        const size_t n = std::strlen(dash);
        if (s.compare(0, n, dash) != 0) continue;
        *after = s.find_first_not_of(" \xC2\xA0", n) == std::string::npos ? s.size() : s.find_first_not_of(' ', n);
        return true;
    }
    return false;
}

std::string WithoutDash(std::string s) {
    size_t after = 0;
    if (StartsWithDash(s, &after)) s.erase(0, after);
    return s;
}

Block Paragraph(const std::string& text) {
    Block b;
    b.Text = RichText::Plain(text);
    return b;
}

// Cuts rich text to its first `bytes` bytes of text.
void CutRich(RichText* t, size_t bytes) {
    size_t seen = 0;
    for (size_t i = 0; i < t->Spans.size(); ++i) {
        std::string& s = t->Spans[i].Text;
        if (seen + s.size() >= bytes) {
            s.erase(bytes - seen);
            t->Spans.resize(s.empty() ? i : i + 1);
            return;
        }
        seen += s.size();
    }
}

// A width or height attribute in pixels ("48", "48px"); 0 when it is none or past a photo's bound.
int Pixels(const char* value) {
    int n = 0;
    for (const char* p = value; p && *p >= '0' && *p <= '9'; ++p) {
        n = n * 10 + (*p - '0');
        if (n > kMaxPhotoPixels) return 0;
    }
    return n;
}

// A caption that names its photographer in its text ("The port. Photo: A. Person"): the credit parted from it, the
// label dropped. The last label met wins; one inside a word ("Telephoto:") is none.
void SplitCredit(std::string* caption, std::string* credit) {
    size_t best = std::string::npos, label = 0;
    for (const char* l : {"Photo: ", "Photograph: ", "Photos: ", "Picture: ", "Image: ", "Credit: ", "Foto: ",
                          "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE: "}) {
        const size_t at = caption->rfind(l);
        if (at == std::string::npos || (at > 0 && (*caption)[at - 1] != ' ' && (*caption)[at - 1] != '(')) continue;
        if (best == std::string::npos || at > best) { best = at; label = std::strlen(l); }
    }
    if (best == std::string::npos) return;
    *credit = caption->substr(best + label);
    size_t end = best;
    if (end > 0 && (*caption)[end - 1] == '(') {
        --end;
        if (!credit->empty() && credit->back() == ')') credit->pop_back();
    }
    while (end > 0 && (*caption)[end - 1] == ' ') --end;
    caption->erase(end);
}

} // namespace

HtmlRole HtmlConverter::InnermostBlock() const {
    for (size_t i = frames_.size(); i-- > 0;) {
        const R r = frames_[i].Role;
        if (r == R::Heading || r == R::ListItem || r == R::List) return r;
    }
    return R::Paragraph;
}

void HtmlConverter::Warn(const std::string& why) {
    if (warned_ == kHtmlMaxWarnings) { ++unsaid_; return; }
    ++warned_;
    const long line = ctxt_ && ctxt_->input ? ctxt_->input->line : 0;
    warnings_->push_back(Error{options_.File, line > 0 ? "HTML line " + std::to_string(line) : "", why});
}

void HtmlConverter::Emit(Block b) {
    if (stopped_) return;
    if (out_->size() >= kMaxBodyBlocks) {
        if (!full_) Warn("the text holds more than " + std::to_string(kMaxBodyBlocks) + " blocks, the limit; the rest was dropped");
        full_ = true;
        Stop();
        return;
    }
    out_->push_back(std::move(b));
}

void HtmlConverter::EmitApart(Block b) {
    Flush();
    EmitOpen();
    Emit(std::move(b));
}

void HtmlConverter::EmitOpen() {
    if (!list_.Items.empty()) { Emit(list_); list_.Items.clear(); }
    if (!quote_lines_.empty()) {
        Block q;
        q.Type = quote_type_;
        for (RichText& line : quote_lines_) {
            if (!q.Text.Empty()) q.Text.Spans.push_back(Span{"\n", SpanRegular, {}});
            for (Span& s : line.Spans) q.Text.Spans.push_back(std::move(s));
        }
        quote_lines_.clear();
        Emit(std::move(q));
    }
}

void HtmlConverter::Flush() {
    RichText t = para_.Take();
    if (t.Empty()) return;
    if (quotes_ > 0) { AddQuoteLine(std::move(t)); return; }
    const R in = InnermostBlock();
    if (in == R::ListItem || in == R::List) {
        size_t id = 0;
        for (size_t i = frames_.size(); i-- > 0;) if (frames_[i].Role == R::ListItem) { id = frames_[i].Id; break; }
        AddItem(std::move(t), id);
        return;
    }
    Block b;
    b.Text = std::move(t);
    if (in == R::Heading) {
        b.Type = BlockType::Heading;
        for (size_t i = frames_.size(); i-- > 0;) if (frames_[i].Role == R::Heading) { b.Level = frames_[i].Level; break; }
    }
    Emit(std::move(b));
}

void HtmlConverter::AddItem(RichText t, size_t id) {
    if (lists_ == 0) { // a list item outside any list: a list of one
        list_ = Block{};
        list_.Type = BlockType::List;
    }
    std::vector<RichText>& items = list_.Items;
    // A list item's second paragraph joins its first, unless the item would outgrow a rich text's bounds.
    if (id != 0 && id == last_item_id_ && !items.empty() && items.back().Spans.size() + t.Spans.size() < kHtmlSplitSpans &&
        items.back().PlainText().size() + t.PlainText().size() < kHtmlSplitBytes) {
        items.back().Spans.push_back(Span{" ", SpanRegular, {}});
        for (Span& s : t.Spans) items.back().Spans.push_back(std::move(s));
    } else {
        if (items.size() == kMaxListItems) { Emit(list_); items.clear(); } // the list goes on as another
        items.push_back(std::move(t));
    }
    last_item_id_ = id;
    if (lists_ == 0) FinishList();
}

void HtmlConverter::FinishList() {
    if (!list_.Items.empty()) Emit(list_);
    list_.Items.clear();
}

void HtmlConverter::AddQuoteLine(RichText t) {
    size_t spans = 0;
    for (const RichText& line : quote_lines_) spans += line.Spans.size() + 1;
    if (spans + t.Spans.size() >= kHtmlSplitSpans) EmitOpen(); // the quote goes on as another
    quote_lines_.push_back(std::move(t));
}

void HtmlConverter::FinishQuote() {
    Flush();
    Block q;
    q.Type = quote_type_;
    q.Attribution = WithoutDash(quote_by_.Take().PlainText());
    // No <cite> or <footer>: a last line that starts with a dash names who said it.
    if (q.Attribution.empty() && !quote_lines_.empty()) {
        RichText& last = quote_lines_.back();
        const std::string plain = last.PlainText();
        const size_t nl = plain.rfind('\n');
        const size_t start = nl == std::string::npos ? 0 : nl + 1;
        size_t after = 0;
        if ((nl != std::string::npos || quote_lines_.size() > 1) && StartsWithDash(plain.substr(start), &after)) {
            q.Attribution = plain.substr(start + after);
            if (nl == std::string::npos) quote_lines_.pop_back();
            else CutRich(&last, nl);
        }
    }
    q.Attribution = CutUtf8(q.Attribution, kMaxStringBytes);
    for (RichText& line : quote_lines_) {
        if (line.Empty()) continue;
        if (!q.Text.Empty()) q.Text.Spans.push_back(Span{"\n", SpanRegular, {}});
        for (Span& s : line.Spans) q.Text.Spans.push_back(std::move(s));
    }
    quote_lines_.clear();
    if (!q.Text.Empty()) EmitApart(std::move(q));
    else if (!q.Attribution.empty()) Emit(Paragraph(q.Attribution));
}

void HtmlConverter::FinishFigure() {
    Flush();
    std::string caption = CutUtf8(caption_.Take().PlainText(), kMaxStringBytes);
    std::string credit = CutUtf8(credit_.Take().PlainText(), kMaxStringBytes);
    if (credit.empty()) SplitCredit(&caption, &credit);
    if (!figure_photos_.empty()) {
        figure_photos_.back().Caption = caption;
        figure_photos_.back().Credit = credit;
        for (Photo& p : figure_photos_) {
            Block b;
            b.Type = BlockType::Photo;
            b.Image = std::move(p);
            EmitApart(std::move(b));
        }
        figure_photos_.clear();
        return;
    }
    // A figure of a quote: its caption says who said it.
    for (size_t i = out_->size(); i-- > figure_start_;) {
        Block& b = (*out_)[i];
        if ((b.Type != BlockType::Quote && b.Type != BlockType::Pullquote) || !b.Attribution.empty()) continue;
        b.Attribution = WithoutDash(credit.empty() ? caption : caption.empty() ? credit : caption + " " + credit);
        return;
    }
    for (const std::string* text : {&caption, &credit})
        if (!text->empty()) EmitApart(Paragraph(*text));
}

// The code block read so far (all), or its lines up to the split bound (a code block too long for one span).
void HtmlConverter::FinishCode(bool all) {
    std::string text;
    if (!code_cut_ && !code_.empty() && code_[0] == '\n') code_.erase(0, 1); // a line break right after <pre> is not content
    if (all) {
        text = std::move(code_);
        code_.clear();
    } else { // at the last line break within the bound, or within a line too long for one
        size_t cut = code_.rfind('\n', kHtmlSplitBytes);
        if (cut == std::string::npos || cut < kHtmlSplitBytes / 2) cut = CutUtf8(code_, kHtmlSplitBytes).size();
        text = code_.substr(0, cut);
        code_.erase(0, cut < code_.size() && code_[cut] == '\n' ? cut + 1 : cut);
        code_cut_ = true;
    }
    text = CleanText(text);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ' || text.back() == '\t')) text.pop_back();
    if (text.find_first_not_of(" \t\n") == std::string::npos) return;
    Block b;
    b.Type = BlockType::Code;
    b.Text = RichText::Plain(text);
    b.CodeLanguage = language_;
    EmitApart(std::move(b));
}

void HtmlConverter::Image(const xmlChar** atts) {
    std::string src = UrlAttribute(AttributeOf(atts, "src"));
    // Lazy loading puts the real source elsewhere and a placeholder (often data:) in src.
    for (const char* lazy : {"data-src", "data-lazy-src", "data-original"})
        if ((src.empty() || SchemeOf(src) == "data") && AttributeOf(atts, lazy)) src = UrlAttribute(AttributeOf(atts, lazy));
    if (src.empty() || SchemeOf(src) == "data") {
        const std::string set = UrlAttribute(AttributeOf(atts, "srcset"));
        if (!set.empty()) src = set.substr(0, set.find_first_of(" ,"));
    }
    const char* alt = AttributeOf(atts, "alt");
    const std::string alt_text = CleanText(alt ? alt : "");
    const char* w = AttributeOf(atts, "width");
    const char* h = AttributeOf(atts, "height");
    const int width = Pixels(w), height = Pixels(h);
    const bool icon = (width > 0 && width < kHtmlIconPixels) || (height > 0 && height < kHtmlIconPixels);
    if (captions_ > 0 || (icon && figures_ == 0)) { // an icon in the text, or a picture in a caption: its text
        Text(alt_text.data(), alt_text.size());
        return;
    }
    Photo p;
    p.Src = Resolved(src);
    p.Alt = CutUtf8(alt_text, kMaxStringBytes);
    std::string why;
    if (src.empty()) why = "an image without a source";
    else if (p.Src.size() > kMaxUrlBytes) why = "an image source of " + std::to_string(p.Src.size()) + " bytes (the limit is " + std::to_string(kMaxUrlBytes) + ")";
    else PhotoSourceAllowed(p.Src, &why);
    if (!why.empty()) {
        Warn(CutUtf8(why, 300) + "; the image was dropped" + (alt_text.empty() ? "" : " and its description kept"));
        Text(alt_text.data(), alt_text.size());
        return;
    }
    if (figures_ > 0) { figure_photos_.push_back(std::move(p)); return; }
    Block b;
    b.Type = BlockType::Photo;
    b.Image = std::move(p);
    EmitApart(std::move(b));
}

std::string HtmlConverter::Resolved(const std::string& ref) const {
    return options_.BaseUrl.empty() ? ref : ResolveUrl(options_.BaseUrl, ref);
}

HtmlFrame HtmlConverter::Link(const xmlChar** atts, HtmlFrame f) {
    const char* raw = AttributeOf(atts, "href");
    if (!raw) return f;
    const std::string ref = UrlAttribute(raw);
    if (ref.empty() || (ref[0] == '#' && options_.BaseUrl.empty())) return f; // a place in the same page
    const std::string href = Resolved(ref);
    std::string why;
    if (href.size() > kMaxStringBytes) why = "a link of " + std::to_string(href.size()) + " bytes";
    else if (LinkAllowed(href, &why)) {
        f.Style |= SpanLink;
        f.Href = href;
        return f;
    }
    Warn(CutUtf8(why, 300) + "; the link was dropped and its text kept");
    return f;
}

} // namespace folio::cli
