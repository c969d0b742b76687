// ParseMarkdownBody: md4c's enter/leave/text callbacks folded into Folio's blocks and spans (code spans to SpanCode,
// fenced and indented code blocks to Code blocks, their text as written).
#include "cli/markdown_body.h"
#include "model/block_json.h"
#include "model/json_read.h"

#include <md4c.h>

#include <algorithm>

namespace folio::cli {

namespace {

struct Builder {
    Builder(const std::string* source, std::string file, size_t first_line, std::vector<Error>* warnings, MarkdownBody* out)
        : Source(source), File(std::move(file)), FirstLine(first_line), Warnings(warnings), Out(out) {
        for (size_t i = 0; i < source->size(); ++i)
            if ((*source)[i] == '\n') Newlines.push_back(i);
    }
    const std::string* Source;
    std::string File;
    size_t FirstLine;
    std::vector<Error>* Warnings;
    MarkdownBody* Out;

    // Where md4c is in the source: it hands text and simple attributes as pointers into it, so each callback can
    // tell its offset, and a line is a binary search in the offsets of the newlines (searching the source for a
    // warning's text, from the start, each time, made many warnings quadratic; it also found the first copy).
    static constexpr size_t kNowhere = std::string::npos;
    std::vector<size_t> Newlines;
    size_t Pos = kNowhere;      // the offset of the latest text seen
    size_t Reached = 0;          // how far into the source the texts seen reach
    size_t CodeStart = kNowhere; // the offset of the current code block's first text
    size_t ImagePos = kNowhere;  // the offset of the current image's source
    size_t Start = kNowhere;     // the offset of the current top-level block's first text
    bool AwaitStart = false;     // a top-level block began and has shown no text yet
    std::string PendingWarning;  // said at the next text, whose line it is about

    size_t OffsetOf(const char* p) const {
        const char* begin = Source->data();
        return p >= begin && p < begin + Source->size() ? (size_t)(p - begin) : kNowhere;
    }
    void Seen(const char* p, size_t size = 0) {
        const size_t at = OffsetOf(p);
        if (at == kNowhere) return;
        Pos = at;
        if (size > 0) Reached = std::max(Reached, at + size); // texts, not attributes, which come before their text
        if (AwaitStart) { Start = at; AwaitStart = false; }
        if (InCode && CodeStart == kNowhere) CodeStart = at;
        if (!PendingWarning.empty()) { Warnings->push_back(Error{File, Where(at), PendingWarning}); PendingWarning.clear(); }
    }

    // Inline state
    RichText Para, Heading, Item, Code;
    std::string CodeLanguage; // the fenced code block's info string's first word, when it is a plain name
    bool InPara = false, InHeading = false, InCode = false, InImage = false, InItem = false;
    int HeadingLevel = 2;
    std::vector<unsigned char> Styles{SpanRegular};
    std::vector<std::string> Hrefs{""};
    bool ParaHasImage = false, ParaHasText = false;
    Photo Image;
    // Block state
    int QuoteDepth = 0, ListDepth = 0;
    std::vector<RichText> QuoteParas;
    Block List;
    bool WarnedNesting = false;

    // The line of an offset into the source (the body's first line when none is known yet), and as "line N".
    size_t LineAt(size_t at) const {
        return FirstLine + (at == kNowhere ? 0 : (size_t)(std::lower_bound(Newlines.begin(), Newlines.end(), at) - Newlines.begin()));
    }
    std::string Where(size_t at) const { return "line " + std::to_string(LineAt(at)); }
    // A block begins outside any list or quote: its line is that of its first text.
    void BeginBlock() {
        if (ListDepth > 0 || QuoteDepth > 0) return;
        Start = Pos;
        AwaitStart = true;
    }
    void Warn(size_t at, const std::string& why) { Warnings->push_back(Error{File, Where(at), why}); }
    // An image starts at the first "![" past the texts seen (md4c gives spans no position, and its source is a
    // pointer into ours only when written plainly); the image is then the latest thing seen.
    void ImageStarts() {
        const size_t at = Source->find("![", Reached);
        if (at == std::string::npos) { ImagePos = Pos; return; }
        ImagePos = Pos = at;
        Reached = at + 2;
        if (AwaitStart) { Start = at; AwaitStart = false; }
    }

    RichText* Target() {
        if (InCode) return &Code;
        if (InHeading) return &Heading;
        if (InPara) return &Para;
        if (InItem) return &Item;
        return nullptr;
    }

    void Append(RichText* t, const std::string& s) {
        if (s.empty()) return;
        const unsigned char style = Styles.back();
        const std::string& href = Hrefs.back();
        if (!t->Spans.empty() && t->Spans.back().Style == style && t->Spans.back().Href == href) t->Spans.back().Text += s;
        else t->Spans.push_back(Span{s, style, href});
    }

    void Text(const std::string& s) {
        if (InImage) { Image.Alt += s; return; }
        RichText* t = Target();
        if (!t) return;
        if (s.find_first_not_of(" \t\n") != std::string::npos) ParaHasText = true;
        Append(t, s);
    }

    // Spans emptied on the way (an attribution line cut off, a marker removed) are dropped: a span has text.
    static void DropEmptySpans(RichText* t) {
        std::vector<Span> kept;
        for (Span& s : t->Spans) if (!s.Text.empty()) kept.push_back(std::move(s));
        t->Spans = std::move(kept);
    }

    void Push(Block b) {
        if (QuoteDepth > 0) return; // blocks inside quotes are folded into the quote's text
        Emit(std::move(b));
    }

    void Emit(Block b) {
        DropEmptySpans(&b.Text);
        for (RichText& item : b.Items) DropEmptySpans(&item);
        Out->Blocks.push_back(std::move(b));
        Out->BlockLines.push_back(LineAt(Start));
    }

    // Appends the spans of `from` to `to`, separated by `sep` when both hold text.
    static void Join(RichText* to, const RichText& from, const char* sep) {
        if (!to->Empty() && !from.Empty()) to->Spans.push_back(Span{sep, SpanRegular, {}});
        for (const Span& s : from.Spans) to->Spans.push_back(s);
    }

    void LeaveParagraph() {
        InPara = false;
        if (InItem) { Join(&Item, Para, " "); return; }
        if (QuoteDepth > 0) { QuoteParas.push_back(Para); return; }
        Block b;
        if (ParaHasImage && ParaHasText && !Image.Alt.empty()) {
            Warn(ImagePos, "an image inside text was kept as its description");
            Join(&Para, RichText::Plain(Image.Alt), " ");
        }
        if (ParaHasImage && !ParaHasText) {
            b.Type = BlockType::Photo;
            b.Image = Image;
        } else {
            b.Text = Para;
        }
        if (b.Type == BlockType::Photo || !b.Text.Empty()) Push(std::move(b));
    }

    void LeaveQuote() {
        Block b;
        b.Type = BlockType::Quote;
        std::vector<RichText> paras = std::move(QuoteParas);
        QuoteParas.clear();
        if (!paras.empty() && !paras.front().Spans.empty()) {
            std::string& first = paras.front().Spans.front().Text;
            std::string lower = first.substr(0, 12);
            for (char& c : lower) c = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            if (lower == "[!pullquote]") {
                b.Type = BlockType::Pullquote;
                first.erase(0, first.find_first_not_of(" \n", 12) == std::string::npos ? first.size() : first.find_first_not_of(" \n", 12));
                if (paras.front().Empty()) paras.erase(paras.begin());
            }
        }
        // The attribution: a last paragraph, or a last line of the last paragraph, that starts with a dash.
        if (!paras.empty() && !paras.back().Spans.empty()) {
            std::string& tail = paras.back().Spans.back().Text;
            const size_t nl = tail.rfind('\n');
            const std::string line = nl == std::string::npos ? paras.back().PlainText() : tail.substr(nl + 1);
            for (const char* dash : {"\xE2\x80\x94 ", "\xE2\x80\x95 ", "-- ", "\xE2\x80\x93 "}) {
                if (line.rfind(dash, 0) != 0 || (nl == std::string::npos && paras.size() < 2)) continue;
                b.Attribution = line.substr(std::string(dash).size());
                if (nl == std::string::npos) paras.pop_back();
                else tail.erase(nl);
                break;
            }
        }
        for (RichText& p : paras) {
            for (Span& s : p.Spans)
                for (char& c : s.Text) if (c == '\n') c = ' '; // line breaks inside a quote's paragraph
            Join(&b.Text, p, "\n");
        }
        if (!b.Text.Empty()) Emit(std::move(b));
    }
};

std::string Attribute(const MD_ATTRIBUTE& a);
std::string DecodeNumericEntity(const std::string& e);

// A code block's language as a bundle keeps it: empty, or a short name of letters, digits and + # . _ - ("c++", "f#").
bool LanguageName(const std::string& s) {
    if (s.size() > 32) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '#' || c == '.' ||
              c == '_' || c == '-'))
            return false;
    return true;
}

// The character an HTML entity stands for, as UTF-8; the entity itself when it is not one Folio knows.
std::string DecodeEntity(const std::string& e) {
    static const std::pair<const char*, const char*> named[] = {
        {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&nbsp;", "\xC2\xA0"},
        {"&mdash;", "\xE2\x80\x94"}, {"&ndash;", "\xE2\x80\x93"}, {"&hellip;", "\xE2\x80\xA6"}, {"&copy;", "\xC2\xA9"},
        {"&laquo;", "\xC2\xAB"}, {"&raquo;", "\xC2\xBB"}, {"&rsquo;", "\xE2\x80\x99"}, {"&lsquo;", "\xE2\x80\x98"},
        {"&ldquo;", "\xE2\x80\x9C"}, {"&rdquo;", "\xE2\x80\x9D"}};
    for (const auto& n : named) if (e == n.first) return n.second;
    return CleanText(DecodeNumericEntity(e)); // &#1; or &#x202E; must not smuggle a control character in
}

std::string DecodeNumericEntity(const std::string& e) {
    if (e.size() < 4 || e[1] != '#') return e;
    const bool hex = e[2] == 'x' || e[2] == 'X';
    unsigned long cp = 0;
    for (size_t i = hex ? 3 : 2; i + 1 < e.size(); ++i) {
        const char c = e[i];
        const int d = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0 || cp > 0x10FFFF) return e;
        cp = cp * (hex ? 16 : 10) + (unsigned long)d;
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return "\xEF\xBF\xBD";
    std::string out;
    if (cp < 0x80) out += (char)cp;
    else if (cp < 0x800) { out += (char)(0xC0 | (cp >> 6)); out += (char)(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) { out += (char)(0xE0 | (cp >> 12)); out += (char)(0x80 | ((cp >> 6) & 0x3F)); out += (char)(0x80 | (cp & 0x3F)); }
    else { out += (char)(0xF0 | (cp >> 18)); out += (char)(0x80 | ((cp >> 12) & 0x3F)); out += (char)(0x80 | ((cp >> 6) & 0x3F)); out += (char)(0x80 | (cp & 0x3F)); }
    return out;
}

std::string Attribute(const MD_ATTRIBUTE& a) {
    std::string out;
    for (int i = 0; a.substr_offsets && a.substr_offsets[i] < a.size; ++i) {
        const std::string part(a.text + a.substr_offsets[i], a.substr_offsets[i + 1] - a.substr_offsets[i]);
        out += a.substr_types[i] == MD_TEXT_ENTITY ? DecodeEntity(part) : part;
    }
    return CleanText(out);
}

int EnterBlock(MD_BLOCKTYPE type, void* detail, void* user) {
    Builder& b = *static_cast<Builder*>(user);
    if (type != MD_BLOCK_DOC) b.BeginBlock();
    switch (type) {
    case MD_BLOCK_P:
        b.InPara = true;
        b.Para = RichText{};
        b.ParaHasImage = b.ParaHasText = false;
        break;
    case MD_BLOCK_H:
        b.InHeading = true;
        b.Heading = RichText{};
        b.HeadingLevel = (int)static_cast<MD_BLOCK_H_DETAIL*>(detail)->level;
        break;
    case MD_BLOCK_QUOTE:
        if (b.QuoteDepth++ == 0) b.QuoteParas.clear();
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        if (b.ListDepth++ == 0) {
            b.List = Block{};
            b.List.Type = BlockType::List;
            b.List.Ordered = type == MD_BLOCK_OL;
        } else if (!b.WarnedNesting) {
            b.WarnedNesting = true;
            b.PendingWarning = "a nested list was flattened into its parent list"; // at its first item's line
        }
        break;
    case MD_BLOCK_LI:
        if (b.InItem && !b.Item.Empty()) b.List.Items.push_back(b.Item);
        b.InItem = true;
        b.Item = RichText{};
        break;
    case MD_BLOCK_CODE: {
        b.InCode = true;
        b.CodeStart = Builder::kNowhere;
        b.Code = RichText{};
        const MD_BLOCK_CODE_DETAIL* d = static_cast<MD_BLOCK_CODE_DETAIL*>(detail);
        b.CodeLanguage = d ? Attribute(d->lang) : std::string();
        if (!LanguageName(b.CodeLanguage)) { // said at the fence's line, where the info string is
            const size_t at = d ? b.OffsetOf(d->lang.text) : Builder::kNowhere;
            b.Warn(at == Builder::kNowhere ? b.Pos : at,
                   "the code block's language \"" + Printable(b.CodeLanguage) + "\" is not a plain name; it was left out");
            b.CodeLanguage.clear();
        }
        break;
    }
    case MD_BLOCK_HR: {
        Block d;
        d.Type = BlockType::Divider;
        b.Push(std::move(d));
        break;
    }
    default:
        break;
    }
    return 0;
}

int LeaveBlock(MD_BLOCKTYPE type, void*, void* user) {
    Builder& b = *static_cast<Builder*>(user);
    switch (type) {
    case MD_BLOCK_P:
        b.LeaveParagraph();
        break;
    case MD_BLOCK_H: {
        b.InHeading = false;
        if (b.HeadingLevel == 1 && b.Out->H1.empty() && b.Out->Blocks.empty()) {
            b.Out->H1 = b.Heading.PlainText();
            b.Out->H1Line = b.LineAt(b.Start);
            break;
        }
        Block h;
        h.Type = BlockType::Heading;
        h.Level = b.HeadingLevel < 2 ? 2 : b.HeadingLevel > 4 ? 4 : b.HeadingLevel;
        h.Text = b.Heading;
        if (!h.Text.Empty()) b.Push(std::move(h));
        break;
    }
    case MD_BLOCK_QUOTE:
        if (--b.QuoteDepth == 0) b.LeaveQuote();
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        if (--b.ListDepth == 0) {
            if (b.InItem && !b.Item.Empty()) b.List.Items.push_back(b.Item);
            b.InItem = false;
            b.Item = RichText{};
            if (!b.List.Items.empty()) b.Push(b.List);
        }
        break;
    case MD_BLOCK_LI:
        if (!b.Item.Empty()) b.List.Items.push_back(b.Item);
        b.Item = RichText{};
        b.InItem = b.ListDepth > 1; // still inside an outer item
        break;
    case MD_BLOCK_CODE: {
        b.InCode = false;
        std::string code = b.Code.PlainText();
        while (!code.empty() && code.back() == '\n') code.pop_back();
        if (code.empty()) break;
        if (b.InItem || b.QuoteDepth > 0) {
            // Items and quotes hold inline text only: the block becomes inline code, its lines joined by spaces.
            b.Warn(b.CodeStart == Builder::kNowhere ? b.Pos : b.CodeStart,
                   std::string("a code block inside a ") + (b.InItem ? "list item" : "quote") + " was kept as inline code");
            for (char& c : code) if (c == '\n') c = ' ';
            RichText inline_code;
            inline_code.Spans.push_back(Span{code, SpanCode, {}});
            if (b.InItem) Builder::Join(&b.Item, inline_code, " ");
            else b.QuoteParas.push_back(inline_code);
            break;
        }
        Block c;
        c.Type = BlockType::Code;
        c.Text = RichText::Plain(code);
        c.CodeLanguage = b.CodeLanguage;
        b.Push(std::move(c));
        break;
    }
    default:
        break;
    }
    return 0;
}

int EnterSpan(MD_SPANTYPE type, void* detail, void* user) {
    Builder& b = *static_cast<Builder*>(user);
    unsigned char style = b.Styles.back();
    std::string href = b.Hrefs.back();
    if (type == MD_SPAN_EM) style |= SpanEmphasis;
    else if (type == MD_SPAN_STRONG) style |= SpanStrong;
    else if (type == MD_SPAN_CODE) style |= SpanCode;
    else if (type == MD_SPAN_A) {
        const MD_ATTRIBUTE& attr = static_cast<MD_SPAN_A_DETAIL*>(detail)->href;
        b.Seen(attr.text);
        const std::string target = Attribute(attr);
        std::string why;
        if (LinkAllowed(target, &why)) {
            style |= SpanLink;
            href = target;
        } else {
            b.Warn(b.Pos, why + "; the link was dropped and its text kept");
        }
    } else if (type == MD_SPAN_IMG) {
        const MD_SPAN_IMG_DETAIL* d = static_cast<MD_SPAN_IMG_DETAIL*>(detail);
        b.ImageStarts();
        b.InImage = true;
        b.Image = Photo{};
        b.Image.Src = Attribute(d->src);
        const std::string title = Attribute(d->title);
        const size_t bar = title.find(" | ");
        b.Image.Caption = title.substr(0, bar);
        if (bar != std::string::npos) b.Image.Credit = title.substr(bar + 3);
    }
    b.Styles.push_back(style);
    b.Hrefs.push_back(href);
    return 0;
}

int LeaveSpan(MD_SPANTYPE type, void*, void* user) {
    Builder& b = *static_cast<Builder*>(user);
    b.Styles.pop_back();
    b.Hrefs.pop_back();
    if (type == MD_SPAN_IMG) {
        b.InImage = false;
        std::string why;
        if (b.Image.Src.empty()) why = "an image without a source";
        if (!why.empty() || !PhotoSourceAllowed(b.Image.Src, &why)) {
            b.Warn(b.ImagePos, why + "; the image was dropped and its description kept");
            b.Text(b.Image.Alt);
        } else if (b.InPara && !b.InItem && b.QuoteDepth == 0 && !b.ParaHasImage) {
            b.ParaHasImage = true;
        } else {
            b.Warn(b.ImagePos, "an image inside text was kept as its description");
            b.Text(b.Image.Alt);
        }
    }
    return 0;
}

int OnText(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* user) {
    Builder& b = *static_cast<Builder*>(user);
    b.Seen(text, size);
    const std::string s(text, size);
    switch (type) {
    case MD_TEXT_BR: b.Text("\n"); break;
    case MD_TEXT_SOFTBR: // quotes: see LeaveQuote; a code span's line break is a space (CommonMark)
        b.Text(b.InCode || (b.QuoteDepth > 0 && !(b.Styles.back() & SpanCode)) ? "\n" : " ");
        break;
    case MD_TEXT_ENTITY: b.Text(DecodeEntity(s)); break;
    case MD_TEXT_NULLCHAR: b.Text("\xEF\xBF\xBD"); break;
    default: b.Text(s); break;
    }
    return 0;
}

} // namespace

bool ParseMarkdownBody(const std::string& body, const std::string& file, size_t first_line, MarkdownBody* out,
                       std::vector<Error>* warnings, Error* err) {
    MarkdownBody result;
    Builder b(&body, file, first_line, warnings, &result);
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_NOHTML;
    parser.enter_block = EnterBlock;
    parser.leave_block = LeaveBlock;
    parser.enter_span = EnterSpan;
    parser.leave_span = LeaveSpan;
    parser.text = OnText;
    if (md_parse(body.data(), (MD_SIZE)body.size(), &parser, &b) != 0) {
        *err = Error{file, "", "the Markdown could not be parsed"};
        return false;
    }
    if (!b.PendingWarning.empty()) b.Warn(b.Pos, b.PendingWarning);
    *out = std::move(result);
    return true;
}

} // namespace folio::cli
