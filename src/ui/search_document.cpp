// BuildSearchDocument and the line above its hits.
#include "ui/search_document.h"
#include "ui/faces.h"
#include "ui/routes.h"

#include <algorithm>

namespace folio::ui {

std::string SearchSummary(const SearchView& view) {
    const std::string quoted = "\xE2\x80\x9C" + view.Request.Text + "\xE2\x80\x9D";
    const search::SearchResults* r = view.Results;
    switch (view.Status) {
    case SearchStatus::Off: return "Search is not available for this source.";
    case SearchStatus::Idle: return "Type words to look for in every article.";
    case SearchStatus::Failed: return "Search could not be completed.";
    case SearchStatus::Loading:
        if (!r || (r->Hits.empty() && !view.MoreLoading)) return "Searching\xE2\x80\xA6";
        break;
    case SearchStatus::Ready: break;
    }
    const uint32_t total = r ? r->Total : 0;
    if (total == 0) return "No articles match " + quoted + ".";
    return (total == 1 ? "1 article matches " : std::to_string(total) + " articles match ") + quoted;
}

namespace {

// The years the matches were published in, newest first ("2025 (12)"), each the range of its days; shown when
// there is a choice or a range is on. A range on that is no year of the list ("2024-03-01 – 2024-06-30", from a
// shared link) is still there to turn off.
template <typename Add>
size_t YearChips(const std::vector<search::FacetCount>& years, const SearchRouteOptions& now, size_t max, const Add& add) {
    const bool ranged = !now.From.empty() || !now.To.empty();
    if (years.size() < 2 && !ranged) return 0;
    bool listed = false;
    for (size_t i = 0; i < years.size() && i < max; ++i) {
        const std::string& y = years[i].Value;
        SearchRouteOptions next = now;
        const bool is_on = now.From == y + "-01-01" && now.To == y + "-12-31";
        listed |= is_on;
        next.From = is_on ? std::string() : y + "-01-01";
        next.To = is_on ? std::string() : y + "-12-31";
        add(y + " (" + std::to_string(years[i].Count) + ")", next, is_on);
    }
    if (ranged && !listed) {
        SearchRouteOptions next = now;
        next.From.clear();
        next.To.clear();
        add((now.From.empty() ? "\xE2\x80\xA6" : now.From) + " \xE2\x80\x93 " + (now.To.empty() ? "\xE2\x80\xA6" : now.To), next, true);
    }
    return years.size() > max ? years.size() - max : 0;
}

} // namespace

size_t SearchChips(const SearchView& view, const LanguageNames& language_name, ChipList* chips, std::vector<unsigned char>* on,
                   const ChipLimits& limits) {
    chips->clear();
    on->clear();
    const bool searched = view.Status == SearchStatus::Ready || view.Status == SearchStatus::Loading;
    if (!searched || !view.Results || view.Request.Text.find_first_not_of(' ') == std::string::npos) return 0;
    size_t left_out = 0;
    const SearchRouteOptions& now = view.Request.Options;
    auto add = [&](std::string label, const SearchRouteOptions& options, bool is_on) {
        chips->emplace_back(std::move(label), SearchRoute(view.Request.Text, options));
        on->push_back(is_on);
    };
    SearchRouteOptions best = now, newest = now;
    best.Newest = false;
    newest.Newest = true;
    add("Best match", best, !now.Newest);
    add("Newest", newest, now.Newest);
    const auto as_is = [](const std::string& value) { return value; };
    const auto language = [&](const std::string& tag) {
        std::string name = language_name ? language_name(tag) : std::string();
        return name.empty() ? tag : name;
    };
    auto facet = [&](const std::vector<search::FacetCount>& counts, std::string SearchRouteOptions::*field, const char* prefix,
                     size_t max, const std::function<std::string(const std::string&)>& shown) {
        const std::string& current = now.*field;
        std::vector<const search::FacetCount*> sorted;
        for (const search::FacetCount& c : counts)
            if (!c.Value.empty() && c.Count > 0) sorted.push_back(&c);
        std::stable_sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->Count > b->Count; });
        if (sorted.size() < 2 && current.empty()) return; // no choice to make
        if (sorted.size() > max) left_out += sorted.size() - max;
        bool listed = false;
        for (size_t i = 0; i < sorted.size() && i < max; ++i) {
            const bool is_on = sorted[i]->Value == current;
            listed |= is_on;
            SearchRouteOptions next = now;
            next.*field = is_on ? std::string() : sorted[i]->Value;
            add(prefix + shown(sorted[i]->Value) + " (" + std::to_string(sorted[i]->Count) + ")", next, is_on);
        }
        if (!current.empty() && !listed) { // on, but not among the counts shown: still there to turn off
            SearchRouteOptions next = now;
            next.*field = std::string();
            add(prefix + shown(current), next, true);
        }
    };
    const search::SearchResults& r = *view.Results;
    facet(r.Sections, &SearchRouteOptions::Section, "", limits.Sections, as_is);
    facet(r.Languages, &SearchRouteOptions::Language, "", limits.Languages, language);
    left_out += YearChips(r.Years, now, limits.Years, add);
    facet(r.Authors, &SearchRouteOptions::Author, "By ", limits.Authors, as_is);
    facet(r.Tags, &SearchRouteOptions::Tag, "#", limits.Tags, as_is);
    return left_out;
}

Document BuildSearchDocument(const SearchView& view, const DocumentContext& ctx) {
    Document doc;
    DocumentBuilder b(&doc, ctx.Cache, ctx.Metrics, ctx.FontGeneration, ctx.Scale);
    CardList list(b, ctx);
    list.Heading("Search", SearchSummary(view));
    if (view.Status == SearchStatus::Failed && !view.Error.empty()) {
        list.Gap(0.3f);
        list.Note(view.Error, true);
    }
    list.Gap(1.0f);
    list.Rule();
    const bool shown = view.Results && view.Status != SearchStatus::Idle && view.Status != SearchStatus::Off;
    const std::vector<search::SearchHit> none;
    const std::vector<search::SearchHit>& hits = shown ? view.Results->Hits : none;
    for (size_t n = 0; n < hits.size(); ++n) {
        const search::MetaRecord& m = hits[n].Meta;
        if (!hits[n].HasMeta || m.Id.empty()) continue;
        CardText card;
        card.Link = ArticleRoute(m.Id);
        card.Title = m.Title.empty() ? m.Id : m.Title;
        card.Section = m.Section;
        if (!m.Section.empty()) {
            SearchRouteOptions filtered = view.Request.Options;
            filtered.Section = m.Section;
            card.SectionLink = SearchRoute(view.Request.Text, filtered);
        }
        card.Summary = m.Excerpt;
        card.Date = m.Date;
        card.Language = m.Language;
        if (view.Marks) {
            card.TitleMarks = view.Marks(card.Title);
            card.SummaryMarks = view.Marks(card.Summary);
        }
        list.Card(card, (int)n);
    }
    list.Gap(1.2f);
    if (view.MoreLoading) list.Note("Loading more\xE2\x80\xA6");
    list.Gap(3.0f);
    b.Finish(ctx.ViewportWidth, ctx.TopInset);
    return doc;
}

} // namespace folio::ui
