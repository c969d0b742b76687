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

enum class BlockType { Paragraph, Quote };

// One block of an article's body.
struct Block {
    BlockType Type = BlockType::Paragraph;
    std::string Text;         // the paragraph, or the quoted words without quotation marks
    std::string Attribution;  // quotes: who said it ("Mikhail Galuzin"); empty otherwise
};

struct Article {
    std::string Id;
    std::string Headline;
    std::string Description;     // the standfirst
    std::string Section;         // "All news"
    std::string DatePublished;   // RFC 3339 / ISO 8601, as in the file
    std::string Language;        // BCP 47, e.g. "en"
    WireDateline Dateline;
    std::vector<Block> Body;
    size_t WordCount() const;    // words in headline-less body text
};

// One entry of a feed page: enough to list an article and to find its file.
struct FeedItem {
    std::string Id;
    std::string Title;
    std::string Summary;
    std::string DatePublished;
    std::string Section;
    std::string ArticleUrl;      // the article's JSON file, relative to the feed page
    std::vector<std::string> Tags;
};

// One page of a bundle's feed (JSON Feed 1.1).
struct Feed {
    std::string Title;
    std::string NextUrl;         // the next page, relative to this one; empty on the last page
    std::vector<FeedItem> Items;
    const FeedItem* Find(const std::string& id) const; // nullptr when absent
    const FeedItem* Newest() const;                    // greatest DatePublished; nullptr when empty
};

} // namespace folio
