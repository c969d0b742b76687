// A document is what the reader view scrolls through: laid-out text items and simple shapes at fixed positions,
// built once per (content, viewport width, settings, fonts) and then drawn a screenful at a time. The article
// and the feed are both documents (article_document.h, feed_document.h), so selection, Find, links and
// scrolling work the same in both. Documents know fonts only as layout::FontMetrics and colours only as
// packed RGBA numbers, so they are built and tested without ImGui.
#pragma once
#include "layout/font_metrics.h"
#include "layout/galley.h"
#include "layout/layout_cache.h"
#include "model/article.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace folio::ui {

using Color = uint32_t; // packed RGBA, as ImGui's IM_COL32 packs it (the theme's colours)

enum class ItemKind : unsigned char {
    Text,  // a galley
    Rule,  // a horizontal line
    Bar,   // a vertical bar (beside quotes)
    Image, // a photo (Document::Photos[Photo]), drawn into its box: fitted, or cropped to fill it (Cover)
};

struct DocItem {
    ItemKind Kind = ItemKind::Text;
    float X = 0, Y = 0, W = 0, H = 0;            // in the document: x from the viewport's left, y from the top
    std::shared_ptr<const layout::Galley> Galley; // Text
    std::vector<std::string> Links;               // Text: a link's target by index ("https://…", "#/article/id")
    Color Fill = 0;                               // Rule, Bar
    bool Selectable = true;                       // Text: part of selections, copies and Find
    bool ParagraphBreakAfter = true;              // when copying: a blank line after it (else a newline)
    int Entry = -1;                               // the feed entry it is part of (its index); -1 outside entries
    int Photo = -1;                               // Image: its photo; Text: the photo whose alt text it is, drawn
                                                  // only while the photo cannot be (no pictures here, or it failed)
    bool Cover = false;                           // Image: cropped to fill the box (a feed card's thumbnail)
    bool Aloud = true;                            // Text: read aloud (the article's words, not its section label,
                                                  // meta line, list markers or related links)
    bool Code = false;                            // Text: a code block, drawn on a panel of Fill reaching kCodePadX
                                                  // and kCodePadY beyond its box; its lines never wrap, and when the
                                                  // galley is wider than W the view scrolls it sideways
};

// How wide a Bar item is (beside a quote).
constexpr float kQuoteBarWidth = 3.0f;

// A code block's panel: how far it reaches beyond the text's box.
constexpr float kCodePadX = 12.0f, kCodePadY = 10.0f;
// How far a code block's galley reaches past its box (0: it fits and never scrolls sideways).
inline float SidewaysRoom(const DocItem& item) {
    return item.Code && item.Galley ? std::max(0.0f, item.Galley->InkWidth - item.W) : 0.0f;
}

struct Document {
    std::vector<DocItem> Items; // ordered by Y
    std::vector<Photo> Photos;  // the photos Image items show, their URLs resolved (FeedLoader) to what is fetched
    std::vector<int> PhotoItems; // the Image items' indices, in order (the view loads those near it)
    float Height = 0.0f;
    float Width = 0.0f;         // the viewport width it was built for
    float TopInset = 0.0f;      // room it left for the toolbar above its first item
    int FirstVisible(float y) const; // the first item that reaches below y
    int EntryFor(const std::string& link) const; // the first item whose first link is link (a feed entry); -1
};

// The base direction of text in a language (model/text_direction: "ar" Rtl, "en" Ltr, "" Auto: the text decides).
layout::Direction DirectionOf(const std::string& language_tag);
// A text block's own direction in an article or card of that direction: its first strong character, else the
// article's (so a Persian paragraph in an English article reads right to left, as the snapshot's dir="auto" has it).
layout::Direction BlockDirection(layout::Direction article);

// Building a document: the next item goes below the previous, in the column.
class DocumentBuilder {
public:
    // metrics measure the text; font_generation changes when they do (a face arrived), so the cache re-lays out.
    DocumentBuilder(Document* doc, layout::LayoutCache* cache, const layout::FontMetrics* metrics, uint32_t font_generation,
                    float scale)
        : Doc_(doc), Cache_(cache), Metrics_(metrics), Generation_(font_generation), Scale_(scale) {}
    void Gap(float h) { Y_ += h; }
    void Entry(int index) { Entry_ = index; } // the items added from now on belong to this feed entry (-1: none)
    float Y() const { return Y_; }
    // Lays out job (its Width set by the caller) at x and adds it; returns the item.
    DocItem& Text(const layout::LayoutJob& job, float x, std::vector<std::string> links = {}, bool selectable = true);
    void Rule(float x, float w, Color color);
    void Bar(float x, float y0, float y1, Color color);
    // A photo in the box (x, Y() + dy, w, h); advances below it when advance. Returns its item's index.
    int Image(const folio::Photo& photo, float x, float dy, float w, float h, bool cover, bool advance);
    // The last item added stands for photo item's alt text (DocItem::Photo).
    void MarkAltText(int image_item);
    void Finish(float width, float top_inset);

private:
    Document* Doc_;
    layout::LayoutCache* Cache_;
    const layout::FontMetrics* Metrics_;
    uint32_t Generation_;
    float Scale_;
    float Y_ = 0.0f;
    int Entry_ = -1;
};

} // namespace folio::ui
