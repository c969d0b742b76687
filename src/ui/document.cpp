// Document lookups and DocumentBuilder.
#include "ui/document.h"

#include <algorithm>

namespace folio::ui {

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
    item.X = x; item.Y = y0; item.W = 3.0f; item.H = y1 - y0;
    item.Fill = color;
    auto it = std::upper_bound(Doc_->Items.begin(), Doc_->Items.end(), y0, [](float v, const DocItem& d) { return v < d.Y; });
    Doc_->Items.insert(it, std::move(item));
}

void DocumentBuilder::Box(float x, float w, float h, Color color) {
    DocItem item;
    item.Kind = ItemKind::Box;
    item.X = x; item.Y = Y_; item.W = w; item.H = h;
    item.Fill = color;
    item.Entry = Entry_;
    Y_ += h;
    Doc_->Items.push_back(std::move(item));
}

void DocumentBuilder::Finish(float width, float top_inset) {
    Doc_->Height = Y_;
    Doc_->Width = width;
    Doc_->TopInset = top_inset;
}

} // namespace folio::ui
