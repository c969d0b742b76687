// Document lookups and DocumentBuilder.
#include "ui/document.h"
#include "model/text_direction.h"

#include <algorithm>

namespace folio::ui {

layout::Direction DirectionOf(const std::string& language_tag) {
    switch (DirectionOfLanguage(language_tag)) {
    case TextDirection::Rtl: return layout::Direction::Rtl;
    case TextDirection::Ltr: return layout::Direction::Ltr;
    case TextDirection::Unknown: break;
    }
    return layout::Direction::Auto;
}

layout::Direction BlockDirection(layout::Direction article) {
    return article == layout::Direction::Rtl ? layout::Direction::AutoRtl : layout::Direction::Auto;
}

int Document::FirstVisible(float y) const {
    // Items start in order; step back over the few that start above y but reach below it.
    auto it = std::lower_bound(Items.begin(), Items.end(), y, [](const DocItem& item, float v) { return item.Y < v; });
    int i = (int)(it - Items.begin());
    while (i > 0 && Items[i - 1].Y + Items[i - 1].H > y) --i;
    return i;
}

int Document::EntryFor(const std::string& link) const {
    for (int i = 0; i < (int)Items.size(); ++i)
        if (!Items[i].Links.empty() && Items[i].Links[0] == link) return i;
    return -1;
}

DocItem& DocumentBuilder::Text(const layout::LayoutJob& job, float x, std::vector<std::string> links, bool selectable) {
    DocItem item;
    item.Kind = ItemKind::Text;
    item.Galley = Cache_->Get(job, *Metrics_, Scale_, Generation_);
    item.X = x;
    item.Y = Y_;
    item.W = job.Width;
    item.H = item.Galley->Height;
    item.Links = std::move(links);
    item.Selectable = selectable;
    item.Entry = Entry_;
    Y_ += item.H;
    Doc_->Items.push_back(std::move(item));
    return Doc_->Items.back();
}

void DocumentBuilder::Rule(float x, float w, Color color) {
    DocItem item;
    item.Kind = ItemKind::Rule;
    item.X = x; item.Y = Y_; item.W = w; item.H = 1.0f;
    item.Fill = color;
    item.Entry = Entry_;
    Y_ += 1.0f;
    Doc_->Items.push_back(std::move(item));
}

void DocumentBuilder::Bar(float x, float y0, float y1, Color color) {
    // A bar spans items already added; it is inserted where its top belongs, keeping the order by Y.
    DocItem item;
    item.Kind = ItemKind::Bar;
    item.X = x; item.Y = y0; item.W = kQuoteBarWidth; item.H = y1 - y0;
    item.Fill = color;
    auto it = std::upper_bound(Doc_->Items.begin(), Doc_->Items.end(), y0, [](float v, const DocItem& d) { return v < d.Y; });
    Doc_->Items.insert(it, std::move(item));
}

int DocumentBuilder::Image(const folio::Photo& photo, float x, float dy, float w, float h, bool cover, bool advance) {
    DocItem item;
    item.Kind = ItemKind::Image;
    item.X = x; item.Y = Y_ + dy; item.W = w; item.H = h;
    item.Entry = Entry_;
    item.Photo = (int)Doc_->Photos.size();
    item.Cover = cover;
    Doc_->Photos.push_back(photo);
    // Kept in order by Y: a thumbnail beside text is added before the text it sits level with.
    auto it = std::upper_bound(Doc_->Items.begin(), Doc_->Items.end(), item.Y, [](float v, const DocItem& d) { return v < d.Y; });
    const int index = (int)(it - Doc_->Items.begin());
    Doc_->Items.insert(it, std::move(item));
    if (advance) Y_ += dy + h;
    return index;
}

void DocumentBuilder::MarkAltText(int image_item) {
    DocItem& alt = Doc_->Items.back();
    alt.Photo = Doc_->Items[image_item].Photo;
    alt.Selectable = false; // the mirror and the HTML carry it; Find and copy skip a stand-in
}

void DocumentBuilder::Finish(float width, float top_inset) {
    Doc_->Height = Y_;
    Doc_->Width = width;
    Doc_->TopInset = top_inset;
    Doc_->PhotoItems.clear();
    for (int i = 0; i < (int)Doc_->Items.size(); ++i)
        if (Doc_->Items[i].Kind == ItemKind::Image) Doc_->PhotoItems.push_back(i);
}

} // namespace folio::ui
