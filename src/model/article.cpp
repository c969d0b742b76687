// Small behaviours of the article and feed model.
#include "model/article.h"
#include "model/date.h"
#include "model/error.h"

#include <cstdint>

namespace folio {

std::string WireDateline::DisplayText() const {
    if (!Text.empty()) return Text;
    std::string s = Place;
    if (!Date.empty()) s += (s.empty() ? "" : ", ") + Date;
    if (!Agency.empty()) s += (s.empty() ? "" : ". ") + std::string("/") + Agency + "/.";
    return s;
}

static size_t CountWords(const std::string& s) {
    size_t n = 0;
    bool in_word = false;
    for (unsigned char c : s) {
        bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (!space && !in_word) ++n;
        in_word = !space;
    }
    return n;
}

RichText RichText::Plain(std::string text) {
    RichText r;
    r.Spans.push_back(Span{std::move(text), SpanRegular, {}});
    return r;
}

std::string RichText::PlainText() const {
    std::string s;
    for (const Span& span : Spans) s += span.Text;
    return s;
}

bool RichText::Empty() const {
    for (const Span& span : Spans)
        if (!span.Text.empty()) return false;
    return true;
}

size_t Article::WordCount() const {
    size_t n = 0;
    for (const Block& b : Body) {
        n += CountWords(b.Text.PlainText());
        for (const RichText& item : b.Items) n += CountWords(item.PlainText());
        n += CountWords(b.Image.Caption);
    }
    return n;
}

const FeedItem* Feed::Find(const std::string& id) const {
    for (const FeedItem& item : Items)
        if (item.Id == id) return &item;
    return nullptr;
}

const FeedItem* Feed::Newest() const {
    const FeedItem* best = nullptr;
    int64_t best_time = 0;
    for (const FeedItem& item : Items) {
        int64_t t = INT64_MIN; // undated items rank last
        ParseDate(item.DatePublished, &t);
        if (!best || t > best_time) { best = &item; best_time = t; }
    }
    return best;
}

std::string Error::Message() const {
    std::string s = File;
    if (!Path.empty()) s += (s.empty() ? "" : ": ") + Path;
    if (!Reason.empty()) s += (s.empty() ? "" : ": ") + Reason;
    return s;
}

} // namespace folio
