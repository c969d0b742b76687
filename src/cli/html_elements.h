// What the HTML-to-blocks converter makes of each element (html_blocks.cpp): its role, looked up by name, and
// the attributes it reads (links, image sources, code languages, class words). Internal to the bundle tool.
#pragma once
#include <libxml/xmlstring.h>

#include <string>

namespace folio::cli {

enum class HtmlRole : unsigned char {
    Inline,     // unknown or presentational (span, u, abbr, time...): its text is kept, in its parent's style
    Drop,       // script, style, forms, frames, embedded objects, page chrome: nothing inside is read
    Block,      // div, section, article, table cells...: a boundary between paragraphs
    Paragraph,  // p
    Heading,    // h1 to h6
    List,       // ul, ol
    ListItem,   // li
    Quote,      // blockquote
    Footer,     // footer: a quote's attribution inside a blockquote, else a block
    Cite,       // cite: a quote's attribution directly inside a blockquote, else emphasis
    Pre,        // pre: a code block
    Figure,     // figure
    FigCaption, // figcaption
    Small,      // small: a photo's credit inside a figcaption, else text
    Emphasis,   // em, i, dfn, var
    Strong,     // strong, b
    Code,       // code, kbd, samp, tt: inline code (in a <pre>, the code block's language)
    Link,       // a
    Image,      // img
    Break,      // br
    Divider,    // hr
};

HtmlRole RoleOf(const char* name);

// What a reader misses when an element of role Drop goes ("a video"), or nullptr when nothing (scripts, forms).
const char* DroppedWhat(const char* name);

// The value of attribute `name` in libxml2's SAX attribute list (name, value, ..., NULL), or nullptr.
const char* AttributeOf(const xmlChar** atts, const char* name);

// Whether the class attribute holds a word containing `part`, in any case ("wp-caption-credit" holds "credit").
bool ClassHas(const xmlChar** atts, const char* part);

// The language a code block's class names ("language-cpp", "lang-js"; "" when none), kept to letters, digits
// and "+#._-", and at most 64 bytes.
std::string CodeLanguageOf(const xmlChar** atts);

// A URL attribute as browsers read it: leading and trailing white space trimmed, tabs and line breaks inside
// removed (so "java\tscript:" is read as the scheme it is).
std::string UrlAttribute(const char* value);

// Heading levels: h1 and h2 are level 2 (the headline is level 1), h3 is 3, h4 to h6 are 4.
int HeadingLevelOf(const char* name);

} // namespace folio::cli
