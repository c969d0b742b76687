// HtmlToBlocks and HtmlToPlainText. libxml2's HTML parser recovers the markup as a browser would and hands its
// elements and text to SAX callbacks (no tree is built, so memory follows the nesting, not the page); the
// callbacks fold them into Folio's blocks: element roles in html_elements.h, inline text in html_inline.h.
// Bounds, so that no text makes it hang or run out of stack: a text is read up to kMaxSourceBytes, with at most
// kMaxAttributes attributes a tag (html_guard.h), kMaxElements elements and kMaxDepth levels of nesting (libxml2
// compares each end tag with every open element, so depth times tags is its work); past those the rest is
// dropped with a warning. The blocks stay within model/limits.h: a text that would outgrow a span or a list goes
// on in a new block; past kMaxBodyBlocks the rest is dropped with a warning.
#include "cli/html_blocks.h"
#include "cli/html_elements.h"
#include "cli/html_guard.h"
#include "cli/html_inline.h"
#include "model/block_json.h"
#include "model/json_read.h"
#include "model/limits.h"
#include "model/url.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <climits>
#include <cstring>

namespace folio::cli {

namespace {

constexpr size_t kMaxDepth = 256;           // levels of nesting read
constexpr size_t kMaxElements = 1000000;    // elements read from one text
constexpr size_t kMaxAttributes = 100;      // attributes read from one tag
constexpr size_t kMaxWarnings = 100;        // warnings given one by one; the rest are counted
constexpr size_t kSplitBytes = kMaxStringBytes - 4096;
constexpr size_t kSplitSpans = kMaxSpans - 64;
constexpr int kIconPixels = 48;             // an image drawn smaller than this is text (an emoji, an icon)

using R = HtmlRole;

// One open element: its role here and the inline style and link inside it.
struct Frame {
    R Role;
    unsigned char Style;
    std::string Href;
    int Level;   // headings
    size_t Id;   // list items: which one it is
};

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

Block OfType(BlockType type) {
    Block b;
    b.Type = type;
    return b;
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

class Converter {
public:
    Converter(const HtmlBlocksOptions& options, std::vector<Block>* out, std::vector<Error>* warnings)
        : options_(options), out_(out), warnings_(warnings) {}

    void Run(const std::string& html);

    void Start(const char* name, const xmlChar** atts);
    void End();
    void Text(const char* s, size_t n);

private:
    unsigned char Style() const { return frames_.empty() ? (unsigned char)SpanRegular : frames_.back().Style; }
    const std::string& Href() const { static const std::string none; return frames_.empty() ? none : frames_.back().Href; }
    bool In(R role) const {
        for (const Frame& f : frames_) if (f.Role == role) return true;
        return false;
    }
    R InnermostBlock() const;
    void Warn(const std::string& why);
    void Stop() { if (ctxt_) xmlStopParser(ctxt_); stopped_ = true; }

    void Emit(Block b);
    void EmitApart(Block b); // a photo, code block or divider: an open list or quote is continued after it
    void EmitOpen();         // the open list's items and quote's lines so far, as blocks
    void Flush();            // the paragraph being read to its block
    void Boundary() {        // between blocks: a paragraph ends; in a caption or attribution, a space
        Flush();
        if (captions_ > 0 || attribution_ > 0) Text(" ", 1);
    }
    void AddItem(RichText t, size_t id);
    void AddQuoteLine(RichText t);
    void FinishList();
    void FinishQuote();
    void FinishFigure();
    void FinishCode(bool all);
    void Image(const xmlChar** atts);
    std::string Resolved(const std::string& ref) const {
        return options_.BaseUrl.empty() ? ref : ResolveUrl(options_.BaseUrl, ref);
    }
    Frame Link(const xmlChar** atts, Frame f);

    const HtmlBlocksOptions& options_;
    std::vector<Block>* out_;
    std::vector<Error>* warnings_;
    htmlParserCtxtPtr ctxt_ = nullptr;
    bool stopped_ = false, full_ = false;
    size_t warned_ = 0, unsaid_ = 0, elements_ = 0;

    std::vector<Frame> frames_;
    size_t drop_ = 0;          // open elements whose content is dropped
    InlineText para_;          // the paragraph, heading or list item being read
    // Lists: the outermost list's block; nested ones add to it.
    size_t lists_ = 0, items_ = 0, last_item_id_ = 0;
    Block list_;
    // Quotes: their paragraphs become lines of one quote; nested quotes are folded in.
    size_t quotes_ = 0, attribution_ = 0;
    std::vector<RichText> quote_lines_;
    InlineText quote_by_;
    BlockType quote_type_ = BlockType::Quote;
    // Figures: their photos wait for the caption, which may come first.
    size_t figures_ = 0, captions_ = 0, credits_ = 0, figure_start_ = 0;
    std::vector<Photo> figure_photos_;
    InlineText caption_, credit_;
    // Code blocks: the text as written.
    size_t pres_ = 0;
    std::string code_, language_;
};

R Converter::InnermostBlock() const {
    for (size_t i = frames_.size(); i-- > 0;) {
        const R r = frames_[i].Role;
        if (r == R::Heading || r == R::ListItem || r == R::List) return r;
    }
    return R::Paragraph;
}

void Converter::Warn(const std::string& why) {
    if (warned_ == kMaxWarnings) { ++unsaid_; return; }
    ++warned_;
    const long line = ctxt_ && ctxt_->input ? ctxt_->input->line : 0;
    warnings_->push_back(Error{options_.File, line > 0 ? "HTML line " + std::to_string(line) : "", why});
}

void Converter::Emit(Block b) {
    if (stopped_) return;
    if (out_->size() >= kMaxBodyBlocks) {
        if (!full_) Warn("the text holds more than " + std::to_string(kMaxBodyBlocks) + " blocks, the limit; the rest was dropped");
        full_ = true;
        Stop();
        return;
    }
    out_->push_back(std::move(b));
}

void Converter::EmitApart(Block b) {
    Flush();
    EmitOpen();
    Emit(std::move(b));
}

void Converter::EmitOpen() {
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

void Converter::Flush() {
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

void Converter::AddItem(RichText t, size_t id) {
    if (lists_ == 0) { // a list item outside any list: a list of one
        list_ = Block{};
        list_.Type = BlockType::List;
    }
    std::vector<RichText>& items = list_.Items;
    // A list item's second paragraph joins its first, unless the item would outgrow a rich text's bounds.
    if (id != 0 && id == last_item_id_ && !items.empty() && items.back().Spans.size() + t.Spans.size() < kSplitSpans &&
        items.back().PlainText().size() + t.PlainText().size() < kSplitBytes) {
        items.back().Spans.push_back(Span{" ", SpanRegular, {}});
        for (Span& s : t.Spans) items.back().Spans.push_back(std::move(s));
    } else {
        if (items.size() == kMaxListItems) { Emit(list_); items.clear(); } // the list goes on as another
        items.push_back(std::move(t));
    }
    last_item_id_ = id;
    if (lists_ == 0) FinishList();
}

void Converter::FinishList() {
    if (!list_.Items.empty()) Emit(list_);
    list_.Items.clear();
}

void Converter::AddQuoteLine(RichText t) {
    size_t spans = 0;
    for (const RichText& line : quote_lines_) spans += line.Spans.size() + 1;
    if (spans + t.Spans.size() >= kSplitSpans) EmitOpen(); // the quote goes on as another
    quote_lines_.push_back(std::move(t));
}

void Converter::FinishQuote() {
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
    if (!q.Text.Empty()) Emit(std::move(q));
    else if (!q.Attribution.empty()) Emit(Paragraph(q.Attribution));
}

void Converter::FinishFigure() {
    Flush();
    const std::string caption = CutUtf8(caption_.Take().PlainText(), kMaxStringBytes);
    const std::string credit = CutUtf8(credit_.Take().PlainText(), kMaxStringBytes);
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
        if (!text->empty()) Emit(Paragraph(*text));
}

// The code block read so far (all), or its lines up to the split bound (a code block too long for one span).
void Converter::FinishCode(bool all) {
    std::string text;
    if (all) {
        text = std::move(code_);
        code_.clear();
        if (!text.empty() && text[0] == '\n') text.erase(0, 1); // a line break right after <pre> is not content
    } else {
        size_t cut = code_.rfind('\n', kSplitBytes);
        if (cut == std::string::npos) cut = CutUtf8(code_, kSplitBytes).size();
        text = code_.substr(0, cut);
        code_.erase(0, cut);
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

void Converter::Image(const xmlChar** atts) {
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
    const bool icon = (w && std::atoi(w) > 0 && std::atoi(w) < kIconPixels) || (h && std::atoi(h) > 0 && std::atoi(h) < kIconPixels);
    if (captions_ > 0 || (icon && figures_ == 0)) { // an icon in the text, or a picture in a caption: its text
        para_.Add(alt_text.data(), alt_text.size(), Style(), Href());
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
        para_.Add(alt_text.data(), alt_text.size(), Style(), Href());
        return;
    }
    if (figures_ > 0) { figure_photos_.push_back(std::move(p)); return; }
    Block b;
    b.Type = BlockType::Photo;
    b.Image = std::move(p);
    EmitApart(std::move(b));
}

Frame Converter::Link(const xmlChar** atts, Frame f) {
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

void Converter::Start(const char* name, const xmlChar** atts) {
    if (stopped_) return;
    if (++elements_ > kMaxElements) {
        Warn("the text holds more than " + std::to_string(kMaxElements) + " elements, the limit; the rest was dropped");
        Stop();
        return;
    }
    if (frames_.size() >= kMaxDepth) {
        Warn("elements are nested deeper than " + std::to_string(kMaxDepth) + " levels, the limit; the rest was dropped");
        Stop();
        return;
    }
    Frame f{RoleOf(name), Style(), Href(), 2, 0};
    if (drop_ > 0 || f.Role == R::Drop) {
        if (drop_++ == 0 && DroppedWhat(name)) Warn(std::string(DroppedWhat(name)) + " was dropped");
        f.Role = R::Drop;
        frames_.push_back(std::move(f));
        return;
    }
    // Roles that depend on where the element is.
    if (f.Role == R::Footer) f.Role = quotes_ > 0 ? R::Footer : R::Block;
    if (f.Role == R::Cite) f.Role = quotes_ > 0 && (frames_.back().Role == R::Quote || frames_.back().Role == R::Footer) ? R::Cite : R::Emphasis;
    if (f.Role == R::Small && captions_ == 0) f.Role = R::Inline;
    if (f.Role == R::FigCaption && figures_ == 0) f.Role = R::Block;
    if (captions_ > 0 && f.Role == R::Inline && (ClassHas(atts, "credit") || ClassHas(atts, "copyright"))) f.Role = R::Small;
    if (pres_ > 0 && f.Role != R::Break && f.Role != R::Code) f.Role = R::Inline; // markup inside code: its text

    switch (f.Role) {
    case R::Block: case R::Paragraph: Boundary(); break;
    case R::Heading: Boundary(); f.Level = HeadingLevelOf(name); break;
    case R::List:
        Boundary();
        if (lists_++ == 0) { list_ = Block{}; list_.Type = BlockType::List; list_.Ordered = std::strcmp(name, "ol") == 0; }
        break;
    case R::ListItem: Boundary(); f.Id = ++items_; break;
    case R::Quote:
        Flush();
        if (quotes_++ == 0) quote_type_ = ClassHas(atts, "pullquote") || ClassHas(atts, "pull-quote") ? BlockType::Pullquote : BlockType::Quote;
        break;
    case R::Footer: Flush(); ++attribution_; break;
    case R::Cite: ++attribution_; break;
    case R::Pre:
        Flush();
        if (pres_++ == 0) { code_.clear(); language_ = CodeLanguageOf(atts); }
        break;
    case R::Code:
        if (pres_ > 0 && language_.empty()) language_ = CodeLanguageOf(atts);
        f.Style |= SpanCode;
        break;
    case R::Figure:
        Flush();
        if (figures_++ == 0) figure_start_ = out_->size();
        break;
    case R::FigCaption: Flush(); ++captions_; break;
    case R::Small: ++credits_; break;
    case R::Emphasis: f.Style |= SpanEmphasis; break;
    case R::Strong: f.Style |= SpanStrong; break;
    case R::Link: f = Link(atts, std::move(f)); break;
    case R::Image: Image(atts); break;
    case R::Break:
        if (pres_ > 0) code_ += '\n';
        else if (captions_ > 0 || attribution_ > 0) Text(" ", 1);
        else para_.Break();
        break;
    case R::Divider: EmitApart(OfType(BlockType::Divider)); break;
    case R::Inline: case R::Drop: break;
    }
    frames_.push_back(std::move(f));
}

void Converter::End() {
    if (stopped_ || frames_.empty()) return;
    const R role = frames_.back().Role;
    // The text read inside a paragraph, heading or item is its own: flushed while the element is still open.
    if (role == R::Block || role == R::Paragraph || role == R::Heading || role == R::ListItem || role == R::List ||
        role == R::Quote || role == R::Footer)
        Boundary();
    frames_.pop_back();
    switch (role) {
    case R::Drop: --drop_; break;
    case R::List: if (--lists_ == 0) FinishList(); break;
    case R::Quote: if (--quotes_ == 0) FinishQuote(); break;
    case R::Footer: case R::Cite: --attribution_; break;
    case R::Pre: if (--pres_ == 0) FinishCode(true); break;
    case R::Figure: if (--figures_ == 0) FinishFigure(); break;
    case R::FigCaption: --captions_; break;
    case R::Small: --credits_; break;
    default: break;
    }
}

void Converter::Text(const char* s, size_t n) {
    if (stopped_ || drop_ > 0) return;
    if (pres_ > 0) {
        code_.append(s, n);
        if (code_.size() > kSplitBytes) FinishCode(false);
        return;
    }
    InlineText& to = credits_ > 0 && captions_ > 0 ? credit_ : captions_ > 0 ? caption_ : attribution_ > 0 ? quote_by_ : para_;
    if (&to != &para_ && to.Bytes() > kSplitBytes) return; // a caption or attribution past its bound: cut there
    to.Add(s, n, Style(), Href());
    if (&to == &para_ && (para_.Bytes() > kSplitBytes || para_.SpanCount() > kSplitSpans)) Flush();
}

void OnStart(void* user, const xmlChar* name, const xmlChar** atts) {
    static_cast<Converter*>(user)->Start(reinterpret_cast<const char*>(name), atts);
}
void OnEnd(void* user, const xmlChar*) { static_cast<Converter*>(user)->End(); }
void OnText(void* user, const xmlChar* s, int n) {
    if (n > 0) static_cast<Converter*>(user)->Text(reinterpret_cast<const char*>(s), (size_t)n);
}

// The text libxml2 reads: at most kMaxSourceBytes, valid UTF-8 without control characters (so the parser never
// falls back to Latin-1), each tag's attributes bounded. *cut counts the tags whose attributes were cut.
std::string Prepared(const std::string& html, size_t* cut) {
    return BoundAttributes(CleanText(html.data(), html.size() < kMaxSourceBytes ? html.size() : kMaxSourceBytes), kMaxAttributes, cut);
}

// Parses the prepared text with the SAX handlers given, in one go; *ctxt_out names the parser while it runs.
void ParseHtml(const std::string& text, xmlSAXHandler* sax, void* user, htmlParserCtxtPtr* ctxt_out) {
    static const bool initialised = (xmlInitParser(), true); // once, before any thread parses
    (void)initialised;
    htmlParserCtxtPtr ctxt = htmlCreatePushParserCtxt(sax, user, nullptr, 0, nullptr, XML_CHAR_ENCODING_UTF8);
    if (!ctxt) return;
    htmlCtxtUseOptions(ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER |
                                 HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
    *ctxt_out = ctxt;
    htmlParseChunk(ctxt, text.data(), (int)text.size(), 1);
    *ctxt_out = nullptr;
    if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
    htmlFreeParserCtxt(ctxt);
}

xmlSAXHandler Handler(startElementSAXFunc start, endElementSAXFunc end, charactersSAXFunc text) {
    xmlSAXHandler sax;
    std::memset(&sax, 0, sizeof sax);
    sax.startElement = start;
    sax.endElement = end;
    sax.characters = sax.ignorableWhitespace = sax.cdataBlock = text;
    sax.initialized = 1; // SAX1: names and attributes as the HTML parser reads them
    return sax;
}

void Converter::Run(const std::string& html) {
    xmlSAXHandler sax = Handler(OnStart, OnEnd, OnText);
    size_t cut = 0;
    const std::string text = Prepared(html, &cut);
    if (html.size() > kMaxSourceBytes)
        Warn("the HTML is " + std::to_string(html.size()) + " bytes, past the limit of " + std::to_string(kMaxSourceBytes) + "; the rest was dropped");
    if (cut > 0)
        Warn(std::to_string(cut) + (cut == 1 ? " tag has" : " tags have") + " more than " + std::to_string(kMaxAttributes) + " attributes; the rest were ignored");
    ParseHtml(text, &sax, this, &ctxt_);
    stopped_ = false;
    while (!frames_.empty()) End(); // what a stopped parse left open
    if (pres_ > 0) FinishCode(true);
    Flush();
    if (figures_ > 0) FinishFigure();
    if (quotes_ > 0) FinishQuote();
    if (lists_ > 0) FinishList();
    if (unsaid_ > 0) warnings_->push_back(Error{options_.File, "", std::to_string(unsaid_) + " more warnings about this HTML were not listed"});
}

// HtmlToPlainText's reader: text outside dropped elements; blocks and line breaks part words.
struct PlainReader {
    htmlParserCtxtPtr ctxt = nullptr;
    InlineText text;
    std::vector<unsigned char> open; // per open element: 1 dropped, 2 a boundary between words
    size_t drop = 0;
};

void PlainStart(void* user, const xmlChar* name, const xmlChar**) {
    PlainReader& r = *static_cast<PlainReader*>(user);
    const R role = RoleOf(reinterpret_cast<const char*>(name));
    if (r.open.size() >= kMaxDepth && r.ctxt) xmlStopParser(r.ctxt);
    const bool drop = r.drop > 0 || role == R::Drop;
    const bool boundary = role != R::Inline && role != R::Emphasis && role != R::Strong && role != R::Code &&
                          role != R::Link && role != R::Cite && role != R::Small;
    r.open.push_back((unsigned char)((drop ? 1 : 0) | (boundary ? 2 : 0)));
    r.drop += drop;
    if (boundary && r.drop == 0) r.text.Add(" ", 1, SpanRegular, "");
}
void PlainEnd(void* user, const xmlChar*) {
    PlainReader& r = *static_cast<PlainReader*>(user);
    if (r.open.empty()) return;
    r.drop -= r.open.back() & 1;
    if ((r.open.back() & 2) && r.drop == 0) r.text.Add(" ", 1, SpanRegular, "");
    r.open.pop_back();
}
void PlainChars(void* user, const xmlChar* s, int n) {
    PlainReader& r = *static_cast<PlainReader*>(user);
    if (r.drop == 0 && n > 0 && r.text.Bytes() < kMaxStringBytes) r.text.Add(reinterpret_cast<const char*>(s), (size_t)n, SpanRegular, "");
}

} // namespace

void HtmlToBlocks(const std::string& html, const HtmlBlocksOptions& options, std::vector<Block>* out,
                  std::vector<Error>* warnings) {
    Converter(options, out, warnings).Run(html);
}

std::string HtmlToPlainText(const std::string& html) {
    PlainReader reader;
    xmlSAXHandler sax = Handler(PlainStart, PlainEnd, PlainChars);
    size_t cut = 0;
    ParseHtml(Prepared(html, &cut), &sax, &reader, &reader.ctxt);
    return CutUtf8(reader.text.Take().PlainText(), kMaxStringBytes);
}

} // namespace folio::cli
