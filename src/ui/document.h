// A document is what the reader view scrolls through: laid-out text items and simple shapes at fixed positions,
// built once per (content, viewport width, settings, fonts) and then drawn a screenful at a time. The article
// and the feed are both documents (article_document.h, feed_document.h), so selection, Find, links and
// scrolling work the same in both.
#pragma once
#include "layout/galley.h"
#include "layout/layout_cache.h"

#include <imgui.h>

#include <memory>
#include <string>
#include <vector>

namespace folio::ui {

class FaceSet;

enum class ItemKind : unsigned char {
    Text,  // a galley
    Rule,  // a horizontal line
    Bar,   // a vertical bar (beside quotes)
    Box,   // a filled, rounded rectangle (photo frames)
};

struct DocItem {
    ItemKind Kind = ItemKind::Text;
    float X = 0, Y = 0, W = 0, H = 0;            // in the document: x from the viewport's left, y from the top
    std::shared_ptr<const layout::Galley> Galley; // Text
    std::vector<std::string> Links;               // Text: a link's target by index ("https://…", "#/article/id")
    ImU32 Color = 0;                              // Rule, Bar, Box
    bool Selectable = true;                       // Text: part of selections, copies and Find
    bool ParagraphBreakAfter = true;              // when copying: a blank line after it (else a newline)
};

struct Document {
    std::vector<DocItem> Items; // ordered by Y
    float Height = 0.0f;
    float Width = 0.0f;         // the viewport width it was built for
    int FirstVisible(float y) const; // the first item that reaches below y
    int EntryFor(const std::string& link) const; // the first item whose first link is link (a feed entry); -1
};

// Building a document: the next item goes below the previous, in the column.
class DocumentBuilder {
public:
    DocumentBuilder(Document* doc, layout::LayoutCache* cache, const FaceSet* faces, float scale)
        : Doc_(doc), Cache_(cache), Faces_(faces), Scale_(scale) {}
    void Gap(float h) { Y_ += h; }
    float Y() const { return Y_; }
    // Lays out job (its Width set by the caller) at x and adds it; returns the item.
    DocItem& Text(const layout::LayoutJob& job, float x, std::vector<std::string> links = {}, bool selectable = true);
    void Rule(float x, float w, ImU32 color);
    void Bar(float x, float y0, float y1, ImU32 color);
    void Box(float x, float w, float h, ImU32 color);
    void Finish(float width);

private:
    Document* Doc_;
    layout::LayoutCache* Cache_;
    const FaceSet* Faces_;
    float Scale_;
    float Y_ = 0.0f;
};

} // namespace folio::ui
