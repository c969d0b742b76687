// The HTML-to-blocks converter's reader, internal to html_blocks.cpp (the parser's events: elements opened and
// closed, text) and html_assembly.cpp (blocks made of them: paragraphs, lists, quotes, figures, code, photos,
// links). One HtmlConverter reads one text.
#pragma once
#include "cli/html_blocks.h"
#include "cli/html_elements.h"
#include "cli/html_inline.h"
#include "model/limits.h"

#include <libxml/HTMLparser.h>

#include <string>
#include <vector>

namespace folio::cli {

inline constexpr size_t kHtmlMaxDepth = 256;         // levels of nesting read
inline constexpr size_t kHtmlMaxElements = 1000000;  // elements read from one text
inline constexpr size_t kHtmlMaxAttributes = 100;    // attributes read from one tag
inline constexpr size_t kHtmlMaxWarnings = 100;      // warnings given one by one; the rest are counted
inline constexpr size_t kHtmlSplitBytes = kMaxStringBytes - 4096; // a text this long goes on in a new block
inline constexpr size_t kHtmlSplitSpans = kMaxSpans - 64;         // likewise a text of this many spans
inline constexpr int kHtmlIconPixels = 48;           // an image drawn smaller than this is text (an emoji, an icon)

// One open element: its role here and the inline style and link inside it.
struct HtmlFrame {
    HtmlRole Role;
    unsigned char Style;
    std::string Href;
    int Level;   // headings
    size_t Id;   // list items: which one it is
};

class HtmlConverter {
public:
    HtmlConverter(const HtmlBlocksOptions& options, std::vector<Block>* out, std::vector<Error>* warnings)
        : options_(options), out_(out), warnings_(warnings) {}

    // Reads html, appending its blocks (html_blocks.cpp).
    void Run(const std::string& html);
    // The parser's SAX events (html_blocks.cpp).
    void Start(const char* name, const xmlChar** atts);
    void End();
    void Text(const char* s, size_t n);

private:
    unsigned char Style() const { return frames_.empty() ? (unsigned char)SpanRegular : frames_.back().Style; }
    const std::string& Href() const { static const std::string none; return frames_.empty() ? none : frames_.back().Href; }
    HtmlRole InnermostBlock() const;
    void Warn(const std::string& why);
    void Stop() { if (ctxt_) xmlStopParser(ctxt_); stopped_ = true; }

    // Blocks made of what was read (html_assembly.cpp).
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
    std::string Resolved(const std::string& ref) const; // against the base URL, when there is one
    HtmlFrame Link(const xmlChar** atts, HtmlFrame f);

    // The state of the reading.
    const HtmlBlocksOptions& options_;
    std::vector<Block>* out_;
    std::vector<Error>* warnings_;
    htmlParserCtxtPtr ctxt_ = nullptr;
    bool stopped_ = false, full_ = false;
    size_t warned_ = 0, unsaid_ = 0, elements_ = 0;

    std::vector<HtmlFrame> frames_;
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
    bool code_cut_ = false; // a first part of it was given as a block of its own
};

} // namespace folio::cli
