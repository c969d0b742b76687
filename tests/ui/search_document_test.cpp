// The search view's document and chips with fake metrics: the line above the hits in each state, the hits as feed
// cards whose titles link to their articles and whose sections link to the search filtered by them, the words
// matched set in bold, "Loading more…" while more come; the chips for the order and the facets with their counts.
#include "fake_documents.h"
#include "ui/faces.h"
#include "ui/search_controller.h"
#include "ui/search_document.h"

#include <doctest/doctest.h>

#include <algorithm>

#include <string>

using namespace folio;
using namespace folio::ui;
using namespace folio::ui::test;

namespace {

search::SearchResults Results(int n, uint32_t total) {
    search::SearchResults r;
    r.Ready = true;
    r.Total = total;
    for (int i = 0; i < n; ++i) {
        search::SearchHit h;
        h.HasMeta = true;
        h.Meta.Id = "a" + std::to_string(i);
        h.Meta.Title = "Ferries resume " + std::to_string(i);
        h.Meta.Excerpt = "The ferries to the islands run again.";
        h.Meta.Section = i % 2 ? "World" : "Local";
        h.Meta.Date = "2024-03-01T09:00:00Z";
        r.Hits.push_back(h);
    }
    r.Sections = {{"Local", 3}, {"World", 9}};
    r.Languages = {{"en", 12}};
    r.Tags = {{"transport", 2}, {"islands", 1}};
    r.Terms = {"ferri"};
    return r;
}

SearchView View(const search::SearchResults* r, SearchStatus status = SearchStatus::Ready) {
    SearchView v;
    v.Request.Text = "ferries";
    v.Status = status;
    v.Results = r;
    // Marks every "ferries"/"Ferries", as MatchRanges would for the term "ferri".
    v.Marks = [](const std::string& text) {
        TextMarks out;
        for (size_t at = 0; (at = text.find("erries", at)) != std::string::npos; at += 6) out.emplace_back(at - 1, at + 6);
        return out;
    };
    return v;
}

} // namespace

TEST_CASE("search document: the line above the hits says what the search found, or why not") {
    const search::SearchResults none = Results(0, 0), one = Results(1, 1), many = Results(3, 12);
    CHECK(SearchSummary(View(&many)) == "12 articles match \xE2\x80\x9C" "ferries\xE2\x80\x9D");
    CHECK(SearchSummary(View(&one)) == "1 article matches \xE2\x80\x9C" "ferries\xE2\x80\x9D");
    CHECK(SearchSummary(View(&none)) == "No articles match \xE2\x80\x9C" "ferries\xE2\x80\x9D.");
    CHECK(SearchSummary(View(&none, SearchStatus::Loading)) == "Searching\xE2\x80\xA6");
    CHECK(SearchSummary(View(&many, SearchStatus::Loading)) == "12 articles match \xE2\x80\x9C" "ferries\xE2\x80\x9D"); // the last answer stays
    CHECK(SearchSummary(View(&none, SearchStatus::Idle)) == "Type words to look for in every article.");
    CHECK(SearchSummary(View(&none, SearchStatus::Off)) == "Search is not available for this source.");
    CHECK(SearchSummary(View(&none, SearchStatus::Failed)) == "Search could not be completed.");
}

TEST_CASE("search document: each hit is a feed card, its title a link, the words matched in bold") {
    DocFixture f;
    const search::SearchResults r = Results(3, 12);
    SearchView v = View(&r);
    v.MoreLoading = true;
    const Document doc = BuildSearchDocument(v, f.Context(900.0f));
    for (int i = 0; i < 3; ++i) {
        const int k = doc.EntryFor("#/article/a" + std::to_string(i));
        REQUIRE(k >= 0);
        CHECK(doc.Items[k].Galley->Text == "Ferries resume " + std::to_string(i));
        CHECK(doc.Items[k].Entry == i);
        // The title's matched word in the accent colour, the rest in the text's.
        CHECK(doc.Items[k].Galley->Runs.size() == 2);
        CHECK(doc.Items[k].Galley->Runs[0].Style.Color == TestColors().Accent);
    }
    const int section = ItemWithText(doc, "WORLD");
    REQUIRE(section >= 0);
    CHECK(doc.Items[section].Links == std::vector<std::string>{"#/search/ferries?section=World"});
    const int excerpt = ItemWithText(doc, "The ferries to the islands run again.");
    REQUIRE(excerpt >= 0);
    const layout::Galley& g = *doc.Items[excerpt].Galley;
    REQUIRE(g.Runs.size() == 3);
    CHECK(g.Text.substr(g.Runs[1].Begin, g.Runs[1].End - g.Runs[1].Begin) == "ferries");
    CHECK(g.Runs[1].Style.Face == (layout::FaceId)SerifBold);
    CHECK(g.Runs[0].Style.Face == (layout::FaceId)SerifRegular);
    CHECK(ItemWithText(doc, "Loading more\xE2\x80\xA6") >= 0);
    CHECK(ItemWithText(doc, "12 articles match \xE2\x80\x9C" "ferries\xE2\x80\x9D") >= 0);
    for (size_t i = 1; i < doc.Items.size(); ++i) CHECK(doc.Items[i].Y >= doc.Items[i - 1].Y);
}

TEST_CASE("search document: marks out of order or past the text are not marked, and a failure shows its message") {
    DocFixture f;
    const search::SearchResults r = Results(1, 1);
    SearchView v = View(&r);
    v.Marks = [](const std::string& text) { return TextMarks{{5, 3}, {2, 4}, {1, 2}, {0, text.size() + 10}}; };
    const Document doc = BuildSearchDocument(v, f.Context(600.0f));
    const int title = doc.EntryFor("#/article/a0");
    REQUIRE(title >= 0);
    const layout::Galley& g = *doc.Items[title].Galley;
    CHECK(g.Text == "Ferries resume 0");
    CHECK(g.Runs.size() == 3); // only [2, 4) marked

    SearchView failed = View(&r, SearchStatus::Failed);
    failed.Error = "/b/search/index.json: HTTP 404 Not Found";
    const Document error = BuildSearchDocument(failed, f.Context(600.0f));
    CHECK(ItemWithText(error, "Search could not be completed.") >= 0);
    CHECK(ItemWithText(error, "/b/search/index.json: HTTP 404 Not Found") >= 0);
    SearchView idle = View(&r, SearchStatus::Idle);
    CHECK(BuildSearchDocument(idle, f.Context(600.0f)).EntryFor("#/article/a0") < 0); // nothing listed
}

TEST_CASE("search chips: the order, then each facet with a choice, most first; an on chip turns its filter off") {
    const search::SearchResults r = Results(2, 12);
    SearchView v = View(&r);
    v.Request.Options.Tag = "transport";
    ChipList chips;
    std::vector<unsigned char> on;
    SearchChips(v, nullptr, &chips, &on);
    REQUIRE(chips.size() == 6);
    CHECK(chips[0] == ChipList::value_type{"Best match", "#/search/ferries?tag=transport"});
    CHECK(on[0]);
    CHECK(chips[1] == ChipList::value_type{"Newest", "#/search/ferries?order=newest&tag=transport"});
    CHECK_FALSE(on[1]);
    CHECK(chips[2] == ChipList::value_type{"World (9)", "#/search/ferries?section=World&tag=transport"}); // most first
    CHECK(chips[3] == ChipList::value_type{"Local (3)", "#/search/ferries?section=Local&tag=transport"});
    // One language: no choice, no chip. The tag that is on turns off.
    CHECK(chips[4] == ChipList::value_type{"#transport (2)", "#/search/ferries"});
    CHECK(on[4]);
    CHECK(chips[5] == ChipList::value_type{"#islands (1)", "#/search/ferries?tag=islands"});
    // A filter on that the counts do not list is still there to turn off.
    v.Request.Options.Language = "fr";
    SearchChips(v, nullptr, &chips, &on);
    bool fr = false;
    for (size_t i = 0; i < chips.size(); ++i) fr |= chips[i].first == "fr" && on[i] && chips[i].second == "#/search/ferries?tag=transport";
    CHECK(fr);
    // Shown by the host's name for it, routed by its tag; a tag without a name shows as itself.
    const LanguageNames names = [](const std::string& tag) { return tag == "fr" ? std::string("French") : std::string(); };
    SearchChips(v, names, &chips, &on);
    bool french = false;
    for (size_t i = 0; i < chips.size(); ++i) french |= chips[i].first == "French" && on[i] && chips[i].second == "#/search/ferries?tag=transport";
    CHECK(french);
    search::SearchResults two = Results(2, 12);
    two.Languages = {{"en", 8}, {"fr", 4}, {"x-klingon", 2}};
    v = View(&two);
    SearchChips(v, names, &chips, &on);
    std::vector<std::string> labels;
    for (const auto& c : chips) labels.push_back(c.first);
    CHECK(std::find(labels.begin(), labels.end(), "en (8)") != labels.end());
    CHECK(std::find(labels.begin(), labels.end(), "French (4)") != labels.end());
    CHECK(std::find(labels.begin(), labels.end(), "x-klingon (2)") != labels.end());
    // The years, newest first, each its days' range; the one on turns off; a range that is no year still shows.
    search::SearchResults dated = Results(2, 12);
    dated.Years = {{"2025", 3}, {"2024", 2}};
    v = View(&dated);
    SearchChips(v, nullptr, &chips, &on);
    const auto chip = [&](const std::string& label) {
        for (size_t i = 0; i < chips.size(); ++i)
            if (chips[i].first == label) return std::make_pair(chips[i].second, bool(on[i]));
        return std::make_pair(std::string("(none)"), false);
    };
    CHECK(chip("2025 (3)") == std::make_pair(std::string("#/search/ferries?from=2025-01-01&to=2025-12-31"), false));
    CHECK(chip("2024 (2)").first == "#/search/ferries?from=2024-01-01&to=2024-12-31");
    v.Request.Options.From = "2024-01-01", v.Request.Options.To = "2024-12-31";
    SearchChips(v, nullptr, &chips, &on);
    CHECK(chip("2024 (2)") == std::make_pair(std::string("#/search/ferries"), true));
    CHECK(chip("2025 (3)").first == "#/search/ferries?from=2025-01-01&to=2025-12-31");
    v.Request.Options.From = "2024-03-01", v.Request.Options.To = "";
    SearchChips(v, nullptr, &chips, &on);
    CHECK(chip("2024-03-01 \xE2\x80\x93 \xE2\x80\xA6") == std::make_pair(std::string("#/search/ferries"), true));
    dated.Years = {{"2025", 3}}; // one year, no range: no choice
    v = View(&dated);
    SearchChips(v, nullptr, &chips, &on);
    CHECK(chip("2025 (3)").first == "(none)");
    // Nothing searched: no chips.
    SearchChips(View(&r, SearchStatus::Idle), nullptr, &chips, &on);
    CHECK(chips.empty());
}

TEST_CASE("search: Find's words leave out excluded words and phrases, and quotes") {
    CHECK(FindWordsOf("climate talks") == "climate talks");
    CHECK(FindWordsOf("\"climate talks\" -paris") == "climate talks");
    CHECK(FindWordsOf("-\"a b\" c") == "c");
    CHECK(FindWordsOf("wi-fi  router") == "wi-fi router");
    CHECK(FindWordsOf("-") == "");
    CHECK(FindWordsOf("  ") == "");
}
