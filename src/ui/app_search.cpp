// App, the search: the toolbar's search field (wide: in the toolbar, left of Find; on a phone a "Search" button
// opens it over the toolbar's row), "/" to it, what the reader types handed to the SearchController (which waits
// for a pause), the route following the search in force (pushed when the search view opens, replaced as the reader
// types on), the search view's document and chips, and a result opened with Find on the query's words.
#include "ui/app.h"
#include "model/limits.h"
#include "model/url.h"
#include "search/fold.h"

#include <imgui.h>
#include <imgui_internal.h> // ClearActiveID: Escape leaves ImGui's field

#include <algorithm>
#include <cstring>

namespace folio::ui {

static const std::string kSearchHint = "Search articles";

void App::InitSearch() {
    Search_.Init(Host_, [this] {
        DocKey_.Valid = false;
        Publish();
    });
    BundleFolder_ = Options_.ArticleUrl.empty() ? ResolveUrl(Options_.FeedUrl, ".") : std::string();
    Search_.SetBundle(BundleFolder_);
}

bool App::LoadMore() {
    if (GetPhase() == Phase::Feed) return Nav_.LoadMore();
    if (GetPhase() == Phase::Search) return Search_.LoadMore();
    return false;
}

void App::FocusSearch(int focus) {
    if (!Search_.Available()) return;
    if (FindOpen_) CloseFind();
    SearchOpen_ = true;
    SearchField_.Focus = focus;
    const int end = (int)strlen(SearchField_.Text);
    SearchField_.Caret = TextCaret{end, end, 0, 0};
    AgentField_ = TextField::Search;
    Publish(); // a platform's text field takes the focus now
}

void App::LeaveSearchField() {
    SearchField_.Focus = 0;
    SearchField_.Active = false;
    SearchDrop_ = true; // ImGui's field lets go in the next frame
    if (Narrow_ && GetPhase() != Phase::Search) SearchOpen_ = false;
    Publish();
}

void App::SubmitSearch() {
    LastTyped_ = SearchField_.Text;
    Search_.Type(LastTyped_, 0.0);
    Search_.Submit(); // at once, every word whole
    LeaveSearchField(); // the keys go to the results (a phone's keyboard closes)
}

// Once a frame: the field's text to the controller, its clock, and the route after the search in force.
void App::FollowSearch() {
    if (!Search_.Available()) return;
    if (LastTyped_ != SearchField_.Text) { // compared in place: an idle frame allocates nothing
        LastTyped_ = SearchField_.Text;
        Search_.Type(LastTyped_, ImGui::GetTime());
    }
    if (Search_.Tick(ImGui::GetTime())) Animating_ = true; // until the reader's pause ends
    if (Search_.Starts() == SearchStartsSeen_) return;
    SearchStartsSeen_ = Search_.Starts();
    const SearchRequest& active = Search_.Active();
    const std::string route = SearchRoute(active.Text, active.Options);
    if (GetPhase() == Phase::Search) Nav_.ReplaceSearch(route);
    else if (active.Text.find_first_not_of(' ') != std::string::npos) Navigate(route, false);
}

// The search view shown anew (a route: typed, reloaded, shared, Back): its search, its text in the field.
void App::OnSearchShown() {
    const RouteParts& parts = Nav_.SearchParts();
    Search_.Show(SearchRequest{parts.Name, parts.Search});
    SearchStartsSeen_ = Search_.Starts(); // the route is the search's already
    if (!SearchField_.Wants()) { // the reader is not typing ahead of it
        SearchField_.SetText(parts.Name);
        LastTyped_ = SearchField_.Text;
    }
    SearchOpen_ = true;
    if (parts.Name.empty() && !SearchField_.Wants()) FocusSearch(1);
    PendingPosition_ = Nav_.FeedPosition();
    CursorTarget_.clear();
    PendingCursor_ = false;
    SearchReturn_.clear();
}

void App::OpenResult(const std::string& id) {
    PendingFindFor_ = id;
    PendingTerms_ = Search_.Results().Terms;
    PendingFindText_ = FindWordsOf(Search_.Active().Text);
    SearchReturn_ = Nav_.Route();
    // An article the feed pages read so far may not list: its file, by the bundle's layout (articles/<id>.json).
    const std::string url = ValidArticleId(id) && !BundleFolder_.empty() ? BundleFolder_ + "articles/" + id + ".json" : std::string();
    Nav_.OpenFound(id, url);
    WantScriptsOf(id);
}

// The keyboard cursor down (+1) or up (-1) the results, as in the feed; Enter opens the one it is on. More are
// asked for at the last.
void App::StepResult(int direction) {
    const std::vector<search::SearchHit>& hits = Search_.Results().Hits;
    if (hits.empty()) return;
    int at = -1;
    for (int i = 0; i < (int)hits.size() && at < 0; ++i)
        if (CursorTarget_ == ArticleRoute(hits[i].Meta.Id)) at = i;
    at = std::clamp(at + direction, 0, (int)hits.size() - 1);
    CursorTarget_ = ArticleRoute(hits[at].Meta.Id);
    const int item = View_.Doc().EntryFor(CursorTarget_);
    if (item >= 0) {
        View_.ScrollToItem(item, 0, true);
        View_.SetCursorItem(item);
    }
    ++CursorMoves_;
    if (at == (int)hits.size() - 1) Search_.LoadMore();
    Publish(); // the host moves its focus with the cursor
}

// Find on the search's words in the article opened from the results (search::MatchRanges, as the results mark
// them), or on the text typed into Find.
void App::ApplyFind() {
    const search::TextFolder* folder = Host_->Folder();
    if (FindTerms_.empty() || !folder) { View_.FindText(LastQuery_); return; }
    View_.FindWith(LastQuery_, [terms = FindTerms_, folder](const std::string& text) { return search::MatchRanges(text, terms, *folder); });
}

SearchView App::CurrentSearchView() const {
    SearchView view;
    view.Request = Search_.Active();
    view.Status = Search_.Status();
    view.Results = &Search_.Results();
    view.Error = Search_.Error();
    view.MoreLoading = Search_.MoreLoading();
    if (const search::TextFolder* folder = Host_->Folder()) {
        const std::vector<std::string>* terms = &Search_.Results().Terms;
        view.Marks = [terms, folder](const std::string& text) { return search::MatchRanges(text, *terms, *folder); };
    }
    return view;
}

const std::string& App::BackRoute() const {
    return GetPhase() == Phase::Article && !SearchReturn_.empty() ? SearchReturn_ : kFeedRoute;
}

const ChipList& App::ShownChips() const { return GetPhase() == Phase::Search ? SearchChips_ : Loader().Chips(); }

LanguageNames App::LanguageNameOf() const {
    Host* host = Host_;
    return [host](const std::string& tag) { return host ? host->LanguageName(tag) : std::string(); };
}

// On a phone's narrow column a few chips of each facet and a "More filters" chip for the rest (every chip would
// push the results a screen down); the reader's choice lasts while the viewer runs.
void App::UpdateSearchChips(float column) {
    const bool compact = column < kCompactChipColumn && !SearchChipsAll_;
    if (SearchChipsFor_ == Search_.Generation() && SearchChipsRoute_ == Nav_.Route() && SearchChipsCompact_ == compact) return;
    SearchChipsFor_ = Search_.Generation();
    SearchChipsRoute_ = Nav_.Route();
    SearchChipsCompact_ = compact;
    const size_t left_out = SearchChips(CurrentSearchView(), LanguageNameOf(), &SearchChips_, &SearchChipOn_,
                                        compact ? kCompactChipLimits : ChipLimits{});
    if (compact && left_out > 0) {
        SearchChips_.emplace_back("More filters", kMoreFiltersChip);
        SearchChipOn_.push_back(0);
    }
}

void App::ShowAllSearchChips() {
    SearchChipsAll_ = true;
    SearchChipsFor_ = ~0u;
    Host_->RequestFrame();
}

// The field's room in the toolbar; 0 on a narrow window (a phone), where a button opens it over the row.
float App::SearchFieldWidth(float width) const {
    if (width < 640.0f) return 0.0f;
    return std::clamp(width * 0.28f, 180.0f, 300.0f);
}

bool App::SearchBarShown(float width) const {
    const Phase phase = GetPhase();
    const bool view = phase == Phase::Feed || phase == Phase::Article || phase == Phase::Search;
    return Search_.Available() && view && !FindOpen_ && !PhotoOpen_ && (SearchFieldWidth(width) > 0.0f || SearchOpen_);
}

// The field in a window of its own over the toolbar: wide, left of the Find button; on a phone across the row
// with a Cancel button (Find's bar sits there too; they are never open together).
void App::DrawSearchBar(float width) {
    const ImVec2 p = ImGui::GetMainViewport()->WorkPos;
    const float room = SearchFieldWidth(width);
    const bool narrow = room <= 0.0f;
    ImGui::PushFont(Faces_.Font(SansRegular), Faces_.ImGuiSize(SansRegular, 15.0f));
    const float pad = 5.0f, h = ImGui::GetFrameHeight() + 2.0f * pad;
    const float w = narrow ? width - 12.0f : room;
    const float x = narrow ? 6.0f : width - RightButtonsWidth() - 8.0f - w;
    ImGui::SetNextWindowPos(ImVec2(p.x + MirrorX(x, w, width, ToolbarRtl_), p.y + std::max(0.0f, (kToolbarHeight - h) * 0.5f)));
    ImGui::SetNextWindowSize(ImVec2(w, h));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(GetTheme().Toolbar));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(narrow ? pad + 2.0f : 0.0f, pad));
    ImGui::Begin("##searchbar", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                                             ImGuiWindowFlags_NoResize);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    if (SearchField_.Focus > 0) TakeTypedAhead(SearchField_);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float cancel_w = narrow ? ImGui::CalcTextSize("Cancel").x + style.FramePadding.x * 2.0f + style.ItemSpacing.x : 0.0f;
    const float field_w = ImGui::GetContentRegionAvail().x - cancel_w;
    bool enter = false, leave = false;
    if (Options_.PlatformTextEntry) {
        if (DrawAgentField(SearchField_, TextField::Search, field_w, kSearchHint.c_str()) && SearchField_.Focus == 0) FocusSearch(1);
    } else {
        if (SearchDrop_ && SearchField_.Focus == 0) ImGui::ClearActiveID(); // Escape or Enter: the keys go back
        char before[sizeof SearchField_.Text];
        memcpy(before, SearchField_.Text, sizeof before);
        const bool was_active = SearchField_.Active;
        enter = DrawImGuiField(SearchField_, field_w, kSearchHint.c_str());
        if (was_active && !SearchField_.Active && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
            memcpy(SearchField_.Text, before, sizeof before); // ImGui puts back the text it had when focused
            leave = true;
        }
    }
    SearchDrop_ = false;
    if (narrow) {
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) {
            leave = true;
            SearchOpen_ = false;
        }
    }
    ImGui::End();
    ImGui::PopFont();
    if (enter) SubmitSearch();
    else if (leave) LeaveSearchField();
}

} // namespace folio::ui
