// One entry of a list of articles as the feed draws it, shared by the feed and the search's results: its section
// (in capitals, a link), its title (a link to the article), its summary or excerpt, its date, and the lead photo's
// thumbnail right of the text (left of it for a right-to-left item: its language's direction, model/text_direction).
// A search's matched words are marked: set in bold in the summary, in the accent colour in the title.
#pragma once
#include "model/article.h"
#include "ui/article_document.h"
#include "ui/faces.h"

#include <string>
#include <utility>
#include <vector>

namespace folio::ui {

using TextMarks = std::vector<std::pair<size_t, size_t>>; // byte ranges, ascending and disjoint

struct CardText {
    std::string Link;          // the article's route
    std::string Title;         // (the id when it has none)
    std::string Section, SectionLink;
    std::string Summary;
    std::string Date;          // as written (RFC 3339); shown long
    std::string Language;
    const Photo* Image = nullptr; // the thumbnail, or null
    TextMarks TitleMarks, SummaryMarks;
};

// Adds the card as feed entry `entry` to the column [x, x + width) of b.
void AddCard(DocumentBuilder& b, const CardText& card, int entry, float x, float width, const DocumentContext& ctx);

// A list of cards as the feed and the search's results set it: the centred column, a heading (the title and a
// line under it), the cards between rules, and notes in the muted label style (a status, the list's end).
class CardList {
public:
    CardList(DocumentBuilder& b, const DocumentContext& ctx);
    // The title, and note under it unless empty; the rule under the heading is Rule()'s.
    void Heading(const std::string& title, const std::string& note);
    // A muted line: the label size, or a size smaller (small) for a detail under another note.
    void Note(const std::string& text, bool small = false);
    void Gap(float body_lines); // in lines of body text
    void Rule();
    // The card as entry `entry`, a gap before and after it, and the rule under it.
    void Card(const CardText& card, int entry);

private:
    void Text(const std::string& text, Face face, float size, float leading, Color color);
    DocumentBuilder& B_;
    const DocumentContext& Ctx_;
    TypeScale S_;
    float Width_, X_;
};

} // namespace folio::ui
