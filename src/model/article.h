// Folio's article and feed model: what a news article is, independent of JSON and of drawing.
// Parsing lives in article_json.h and feed_json.h; errors are values (model/error.h), never exceptions.
#pragma once
#include <string>
#include <vector>

namespace folio {

// Where and from whom a wire story was filed: "MOSCOW, March 22. /TASS/."
struct WireDateline {
    std::string Text;    // as printed at the head of the story
    std::string Place;   // "MOSCOW"
    std::string Date;    // "March 22"
    std::string Agency;  // "TASS"
    bool Empty() const { return Text.empty() && Place.empty(); }
    std::string DisplayText() const; // Text, or one composed from the parts
};

// Inline styles of a run of text; they combine (a link may be emphasised).
enum SpanStyle : unsigned char {
    SpanRegular = 0,
    SpanEmphasis = 1 << 0,
    SpanStrong = 1 << 1,
    SpanLink = 1 << 2,
    SpanCode = 1 << 3,       // inline code: drawn in the monospace face, never broken inside
};

// A run of text in one inline style.
struct Span {
    std::string Text;
    unsigned char Style = SpanRegular; // SpanStyle flags
    std::string Href;                  // links: http, https or mailto only (the parser refuses the rest)
};

// Text with inline styles: a paragraph, a heading, a quote, a list item.
struct RichText {
    std::vector<Span> Spans;
    static RichText Plain(std::string text);  // one regular span
    std::string PlainText() const;            // the spans' text joined
    bool Empty() const;
};

// Code blocks keep their text as written: line breaks kept, lines never wrapped (a viewer scrolls them sideways).
enum class BlockType { Paragraph, Heading, Quote, Pullquote, List, Photo, Divider, Code };

// One encoded size of a photo (a rung of the bundle tool's ladder), for a viewer to choose from.
struct ImageVariant {
    int Width = 0, Height = 0;
    std::string Type;     // "image/webp", "image/jpeg" or "image/avif"
    std::string Url;      // relative to the article file (like Photo::Src), or absolute
    int Bytes = 0;        // the file's size
};

struct Photo {
    std::string Src;      // relative to the article file, or absolute; with variants, the default one (a JPEG)
    std::string Alt;      // for readers who cannot see it
    std::string Caption;
    std::string Credit;
    int Width = 0, Height = 0; // pixels as shown (upright), when the bundle knows them (lets the layout reserve the space)
    std::string Placeholder;   // its ThumbHash (model/thumbhash.h) in base64 (model/base64.h), or ""
    std::vector<ImageVariant> Variants; // narrowest first; empty for a photo the bundle does not hold (http)
    bool Empty() const { return Src.empty(); } // no photo (an article without a lead image)
};

// One block of an article's body (roles after Apple News Format).
struct Block {
    BlockType Type = BlockType::Paragraph;
    RichText Text;               // paragraph, heading, quote and pullquote text (quotes without quotation marks);
                                 // code blocks: one regular span, lines parted by '\n'
    int Level = 2;               // headings: 2 to 4 (the headline is level 1)
    std::string Attribution;     // quotes and pullquotes: who said it ("Mikhail Galuzin")
    bool Ordered = false;        // lists: numbered or bulleted
    std::vector<RichText> Items; // lists
    Photo Image;                 // photos
    std::string CodeLanguage;    // code blocks: the language named by the source ("cpp", "json"), or ""
};

struct Article {
    std::string Id;
    std::string Url;             // the article's canonical address, when the bundle has one
    std::string Headline;
    std::string Description;     // the standfirst
    std::string Section;         // "All news"
    std::string DatePublished;   // RFC 3339 / ISO 8601, as in the file
    std::string DateModified;
    std::string Language;        // BCP 47, e.g. "en"
    std::vector<std::string> Authors;
    std::string Publisher;
    std::vector<std::string> Keywords;
    WireDateline Dateline;
    Photo Image;                 // the lead photo (schema.org image), shown under the headline; Empty(): none
    std::vector<Block> Body;
    std::vector<std::string> Related; // ids of related articles in the same bundle
    // ISO 15924 codes ("Arab", "Deva") of the scripts its text uses that are drawn by shaping (every script but
    // Latin, Greek, Cyrillic, Han, kana, Hangul and the shared Common and Inherited), sorted: a viewer can start
    // fetching those scripts' faces and its text module before it has the article. Set by folio-bundle.
    std::vector<std::string> Scripts;
    size_t WordCount() const;    // words of the body (headline and standfirst not counted)
};

// The version of the bundle format this code reads and writes (article files' "folioFormat", feed pages'
// "_folio.format"). Files of a greater version are refused; additions within a version are ignored by older readers.
constexpr int kBundleFormatVersion = 1;

// One entry of a feed page: enough to list an article and to find its file.
struct FeedItem {
    std::string Id;
    std::string Title;
    std::string Summary;
    std::string DatePublished;
    std::string Section;
    std::string ArticleUrl;      // the article's JSON file, relative to the feed page
    std::vector<std::string> Tags;
    std::string Url;             // the article's page for people (the HTML snapshot), relative or absolute
    std::string DateModified;
    std::string Language;
    std::vector<std::string> Authors;
    std::vector<std::string> Scripts; // the article's (Article::Scripts), "_folio.scripts" in the feed page
    // The article's lead photo as a thumbnail: its URLs relative to the feed page, its variants only the narrow
    // ones a card needs. Empty(): none.
    Photo Image;
};

// One page of a bundle's feed (JSON Feed 1.1).
struct Feed {
    std::string Title;
    std::string Description;
    std::string Language;
    std::string HomePageUrl;     // absolute, when the bundle knows its address
    std::string FeedUrl;         // this page's own absolute address, likewise
    std::string NextUrl;         // the next (older) page, relative to this one; empty on the last page
    // Folio's stable numbering (_folio.page, _folio.newer_url): pages are numbered from the oldest (1), the index
    // one past the newest archive page; an archive page names its newer neighbour. 0 and "": not said.
    int Page = 0;
    std::string NewerUrl;
    std::vector<FeedItem> Items;
    const FeedItem* Find(const std::string& id) const; // nullptr when absent
    const FeedItem* Newest() const;                    // greatest DatePublished; nullptr when empty
};

} // namespace folio
