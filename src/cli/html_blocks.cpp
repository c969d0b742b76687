// HtmlToBlocks and HtmlToPlainText. libxml2's HTML parser recovers the markup as a browser would and hands its
// elements and text to SAX callbacks (no tree is built, so memory follows the nesting, not the page); the
// callbacks (here) fold them into Folio's blocks (html_assembly.cpp): element roles in html_elements.h, inline text
// in html_inline.h.
// Bounds, so that no text makes it hang or run out of stack: a text is read up to kMaxSourceBytes, with at most
// kHtmlMaxAttributes attributes a tag (html_guard.h), kHtmlMaxElements elements and kHtmlMaxDepth levels of nesting (libxml2
// compares each end tag with every open element, so depth times tags is its work); past those the rest is
// dropped with a warning. The blocks stay within model/limits.h: a text that would outgrow a span or a list goes
// on in a new block; past kMaxBodyBlocks the rest is dropped with a warning.
#include "cli/html_blocks.h"
#include "cli/html_converter.h"
#include "cli/html_guard.h"
#include "model/json_read.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <climits>
#include <cstring>

namespace folio::cli {

using R = HtmlRole;

void HtmlConverter::Start(const char* name, const xmlChar** atts) {
    if (stopped_) return;
    if (++elements_ > kHtmlMaxElements) {
        Warn("the text holds more than " + std::to_string(kHtmlMaxElements) + " elements, the limit; the rest was dropped");
        Stop();
        return;
    }
    if (frames_.size() >= kHtmlMaxDepth) {
        Warn("elements are nested deeper than " + std::to_string(kHtmlMaxDepth) + " levels, the limit; the rest was dropped");
        Stop();
        return;
    }
    HtmlFrame f{RoleOf(name), Style(), Href(), 2, 0};
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
        if (pres_++ == 0) { code_.clear(); code_cut_ = false; language_ = CodeLanguageOf(atts); }
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
    case R::Divider: {
        Block divider;
        divider.Type = BlockType::Divider;
        EmitApart(std::move(divider));
        break;
    }
    case R::Inline: case R::Drop: break;
    }
    frames_.push_back(std::move(f));
}

void HtmlConverter::End() {
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

void HtmlConverter::Text(const char* s, size_t n) {
    if (stopped_ || drop_ > 0) return;
    if (pres_ > 0) {
        code_.append(s, n);
        if (code_.size() > kHtmlSplitBytes) FinishCode(false);
        return;
    }
    InlineText& to = credits_ > 0 && captions_ > 0 ? credit_ : captions_ > 0 ? caption_ : attribution_ > 0 ? quote_by_ : para_;
    if (&to != &para_ && to.Bytes() > kHtmlSplitBytes) return; // a caption or attribution past its bound: cut there
    to.Add(s, n, Style(), Href());
    if (&to == &para_ && (para_.Bytes() > kHtmlSplitBytes || para_.SpanCount() > kHtmlSplitSpans)) Flush();
}

namespace {

void OnStart(void* user, const xmlChar* name, const xmlChar** atts) {
    static_cast<HtmlConverter*>(user)->Start(reinterpret_cast<const char*>(name), atts);
}
void OnEnd(void* user, const xmlChar*) { static_cast<HtmlConverter*>(user)->End(); }
void OnText(void* user, const xmlChar* s, int n) {
    if (n > 0) static_cast<HtmlConverter*>(user)->Text(reinterpret_cast<const char*>(s), (size_t)n);
}

// The text libxml2 reads: at most kMaxSourceBytes, valid UTF-8 without control characters (so the parser never
// falls back to Latin-1), each tag's attributes bounded. *cut counts the tags whose attributes were cut.
std::string Prepared(const std::string& html, size_t* cut) {
    return BoundAttributes(CleanText(html.data(), html.size() < kMaxSourceBytes ? html.size() : kMaxSourceBytes), kHtmlMaxAttributes, cut);
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
    if (r.open.size() >= kHtmlMaxDepth && r.ctxt) xmlStopParser(r.ctxt);
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

void HtmlConverter::Run(const std::string& html) {
    xmlSAXHandler sax = Handler(OnStart, OnEnd, OnText);
    size_t cut = 0;
    const std::string text = Prepared(html, &cut);
    if (html.size() > kMaxSourceBytes)
        Warn("the HTML is " + std::to_string(html.size()) + " bytes, past the limit of " + std::to_string(kMaxSourceBytes) + "; the rest was dropped");
    if (cut > 0)
        Warn(std::to_string(cut) + (cut == 1 ? " tag has" : " tags have") + " more than " + std::to_string(kHtmlMaxAttributes) + " attributes; the rest were ignored");
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

void HtmlToBlocks(const std::string& html, const HtmlBlocksOptions& options, std::vector<Block>* out,
                  std::vector<Error>* warnings) {
    HtmlConverter(options, out, warnings).Run(html);
}

std::string HtmlToPlainText(const std::string& html) {
    PlainReader reader;
    xmlSAXHandler sax = Handler(PlainStart, PlainEnd, PlainChars);
    size_t cut = 0;
    ParseHtml(Prepared(html, &cut), &sax, &reader, &reader.ctxt);
    return CutUtf8(reader.text.Take().PlainText(), kMaxStringBytes);
}

} // namespace folio::cli
