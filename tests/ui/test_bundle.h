// Bundle files for the ui tests, as text: feed pages (items with their article reference, section and tags, the
// page's next_url and feed_url) and articles. What the fake Host answers fetches with.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace folio::test {

inline std::string Quoted(const std::string& s) { return "\"" + s + "\""; }

struct TestItem {
    std::string Id, Article;          // the item's id and its _folio.article reference
    std::string Section = {};         // none when empty
    std::vector<std::string> Tags = {};
    std::string Date = "2024-03-01T09:00:00Z";
};

// A feed page titled "Desk"; feed_url and next_url are left out when empty.
inline std::string FeedPageJson(const std::vector<TestItem>& items, const std::string& next_url = "",
                                const std::string& feed_url = "") {
    std::string json = R"({"version":"https://jsonfeed.org/version/1.1","title":"Desk")";
    if (!feed_url.empty()) json += ",\"feed_url\":" + Quoted(feed_url);
    if (!next_url.empty()) json += ",\"next_url\":" + Quoted(next_url);
    json += ",\"items\":[";
    for (size_t i = 0; i < items.size(); ++i) {
        const TestItem& it = items[i];
        json += (i ? "," : "") + std::string("{\"id\":") + Quoted(it.Id) + ",\"title\":" + Quoted("Story " + it.Id) +
                ",\"date_published\":" + Quoted(it.Date);
        if (!it.Tags.empty()) {
            json += ",\"tags\":[";
            for (size_t t = 0; t < it.Tags.size(); ++t) json += (t ? "," : "") + Quoted(it.Tags[t]);
            json += "]";
        }
        json += ",\"_folio\":{\"article\":" + Quoted(it.Article);
        if (!it.Section.empty()) json += ",\"section\":" + Quoted(it.Section);
        json += "}}";
    }
    return json + "]}";
}

// A feed page of items given as (id, article reference) only.
inline std::string FeedJson(const std::vector<std::pair<std::string, std::string>>& items, const std::string& next_url = "",
                            const std::string& feed_url = "") {
    std::vector<TestItem> full;
    for (const auto& [id, article] : items) full.push_back(TestItem{id, article});
    return FeedPageJson(full, next_url, feed_url);
}

inline std::string ArticleJson(const std::string& id, const std::string& headline) {
    return "{\"id\":" + Quoted(id) + ",\"headline\":" + Quoted(headline) +
           R"(,"datePublished":"2024-03-01T09:00:00Z","body":[{"type":"paragraph","text":"Text."}]})";
}

} // namespace folio::test
