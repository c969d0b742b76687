// The search view as a document: "Search" and the query, a line saying how many articles match (or that the search
// is on its way, failed, or found nothing), then each hit as a feed card (feed_card.h) with the words matched
// marked in its title and excerpt; a line at the end while more are loading. Its links are the articles' routes and
// the sections' (the search with that section's filter), so the view follows them as the feed's.
#pragma once
#include "search/search_session.h"
#include "ui/feed_card.h"
#include "ui/search_controller.h"

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace folio::ui {

// Where the words matched stand in a text (search::MatchRanges with the platform's fold); null: none are marked.
using MarkFn = std::function<TextMarks(const std::string& text)>;

struct SearchView {
    SearchRequest Request;          // the search in force
    SearchStatus Status = SearchStatus::Idle;
    const search::SearchResults* Results = nullptr;
    std::string Error;
    bool MoreLoading = false;
    MarkFn Marks;
};

Document BuildSearchDocument(const SearchView& view, const DocumentContext& ctx);

// The search view's chips, (label, route) and whether each is on: the order ("Best match", "Newest"), then the
// facets of the matches with their counts ("World (12)", "Russian (4)", the years "2025 (7)" newest first,
// "By Ann Lee (3)", "#climate (5)"), most first, each only when there is a choice (two values or more) or its filter is on. An on chip's route turns its
// filter off. A language shows as language_name(tag) says (Host::LanguageName), its tag when that is "". None
// before anything is searched.
using ChipList = std::vector<std::pair<std::string, std::string>>;
using LanguageNames = std::function<std::string(const std::string& tag)>;
// How many values of each facet get a chip (one that is on always has its chip): all of them but the rarest, or on a
// phone's narrow column a few (the App adds a "More filters" chip that shows the rest).
struct ChipLimits {
    size_t Sections = 8, Languages = 4, Years = 6, Authors = 4, Tags = 6;
};
inline constexpr ChipLimits kCompactChipLimits{2, 2, 2, 0, 1}; // about four rows on a phone
inline constexpr const char* kMoreFiltersChip = "folio:more-filters"; // the "More filters" chip's (not a route)
// Returns how many values the limits left without a chip.
size_t SearchChips(const SearchView& view, const LanguageNames& language_name, ChipList* chips, std::vector<unsigned char>* on,
                   const ChipLimits& limits = {});

// What the view says above the hits: "12 articles match “climate”", "No articles match “xyz”.", "Searching…".
std::string SearchSummary(const SearchView& view);

} // namespace folio::ui
