// Documents built headless for the ui tests: the layout tests' fake metrics (every character 1 em wide, a space
// half an em), a layout cache, plain colours, and feeds and articles made up to size.
#pragma once
#include "../layout/fake_metrics.h"
#include "model/article.h"
#include "ui/article_document.h"
#include "ui/feed_document.h"
#include "ui/routes.h"

#include <string>
#include <vector>

namespace folio::ui::test {

// Colours the tests can tell apart.
inline DocumentColors TestColors() { return DocumentColors{0xFF000001, 0xFF000002, 0xFF000003, 0xFF000004, 0xFF000005, 0xFF000006}; }

struct DocFixture {
    FakeMetrics Metrics;
    layout::LayoutCache Cache;
    ReaderSettings Settings;
    float TopInset = 52.0f;

    DocumentContext Context(float width) {
        return DocumentContext{&Metrics, 0, &Cache, TestColors(), Settings, width, 1.0f, TopInset};
    }
};

// n feed items, "Story 0" … "Story n-1", each with a section, a summary and a date.
inline std::vector<FeedItem> MakeFeedItems(int n) {
    std::vector<FeedItem> items(n);
    for (int i = 0; i < n; ++i) {
        items[i].Id = "story-" + std::to_string(i);
        items[i].Title = "Story " + std::to_string(i);
        items[i].Summary = "What happened in story " + std::to_string(i) + ", told in one sentence.";
        items[i].Section = i % 2 ? "World" : "Business";
        items[i].DatePublished = "2026-03-22T10:00:00Z";
    }
    return items;
}

inline std::vector<const FeedItem*> Pointers(const std::vector<FeedItem>& items, size_t n) {
    std::vector<const FeedItem*> out;
    for (size_t i = 0; i < n && i < items.size(); ++i) out.push_back(&items[i]);
    return out;
}

// The items whose text is exactly text; -1 when none.
inline int ItemWithText(const Document& doc, const std::string& text) {
    for (int i = 0; i < (int)doc.Items.size(); ++i)
        if (doc.Items[i].Kind == ItemKind::Text && doc.Items[i].Galley->Text == text) return i;
    return -1;
}

} // namespace folio::ui::test
