// InlineText: the inline text of one HTML block as a browser lays it out, for the HTML-to-blocks converter
// (html_blocks.cpp). Runs of white space collapse to one space, none at the start or end of the block or around
// a line break (<br>); adjacent text of one style and link merges into one span. Internal to the bundle tool.
#pragma once
#include "model/article.h"

#include <cstddef>
#include <string>

namespace folio::cli {

class InlineText {
public:
    // Appends text in a style (SpanStyle flags) and link target ("" for none).
    void Add(const char* s, size_t n, unsigned char style, const std::string& href);
    // A line break (<br>): kept as '\n' between text; dropped at the start or end.
    void Break();
    // Whether it holds any text (white space alone is none).
    bool Empty() const { return text_.Spans.empty(); }
    size_t Bytes() const { return bytes_; }       // bytes held, for the converter's bounds
    size_t SpanCount() const { return text_.Spans.size(); }
    // The text, cleaned as readers require (model/json_read.h's CleanText; spans left empty dropped), and
    // trailing white space removed; empties this.
    RichText Take();

private:
    void Put(char c, unsigned char style, const std::string& href);
    RichText text_;
    size_t bytes_ = 0;
    bool pending_space_ = false; // white space seen since the last character put
    unsigned char space_style_ = SpanRegular; // where that white space began
    std::string space_href_;
};

// s cut to at most max bytes, at a UTF-8 character boundary.
std::string CutUtf8(const std::string& s, size_t max);

} // namespace folio::cli
