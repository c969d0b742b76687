// The search drawn (ImGui frames without a renderer, the build's fonts): "/" moves to the toolbar's search field
// when Find is not open and what follows it is the query, searched once the reader pauses; the results are drawn
// as cards with the words matched marked; opening one opens the article with Find on the query's words; Escape
// leaves the field; on a phone a "Search" button opens the field over the toolbar.
#include "ui/app.h"
#include "ui/faces.h"

#include "build_fonts.h"
#include "drawn_app.h"
#include "fake_search.h"
#include "headless_app.h"
#include "test_bundle.h"

#include <doctest/doctest.h>
#include <imgui.h>
#include <rapidjson/document.h>

#include <memory>
#include <string>

using namespace folio;
using namespace folio::test;
using namespace folio::ui;

namespace {

constexpr float kWide = 1024.0f, kPhone = 390.0f;

struct DrawnSearch {
    FakeHost Host;
    FakeSearchService Engine;
    FakeFolder Folder;
    std::unique_ptr<App> Viewer;

    // own_sections: false, World and Science in turn; else each document's own ("Section 0", "Section 1", …).
    explicit DrawnSearch(const std::string& route = "#/", int docs = 4, bool own_sections = false) {
        ServeBuildFonts(Host);
        for (int i = 0; i < docs; ++i) {
            FakeSearchService::Doc d;
            d.Id = "doc-" + std::to_string(i);
            d.Title = "Climate talks resume " + std::to_string(i);
            d.Excerpt = "Delegates met again on the climate.";
            d.Section = own_sections ? "Section " + std::to_string(i) : i % 2 ? "World" : "Science";
            d.Date = "2024-03-" + std::string(i < 9 ? "0" : "") + std::to_string(i % 28 + 1) + "T09:00:00Z";
            Engine.Docs.push_back(d);
            Host.Files["/b/articles/" + d.Id + ".json"] = ArticleJson(d.Id, d.Title);
        }
        for (const std::string& path : Engine.AllFiles()) Host.Files["/b/" + path] = "bytes";
        Host.Files["/b/feed.json"] = FeedJson({{"doc-3", "articles/doc-3.json"}});
        Host.SearchEngine = &Engine;
        Host.TextFolder = &Folder;
        Viewer = StartDrawn(&Host, "/b/feed.json", route);
    }
    // n frames at width, answering what was fetched between them.
    void Frames(int n, float width = kWide) {
        for (int i = 0; i < n; ++i) {
            Frame(Viewer.get(), 1.0f, width, 768.0f);
            Host.Settle(5);
        }
    }
    rapidjson::Document State() const { return Json(Viewer->StateJson()); }
};

void Key(ImGuiKey key, char c = 0) {
    ImGui::GetIO().AddKeyEvent(key, true);
    if (c) ImGui::GetIO().AddInputCharacter((unsigned)c);
    ImGui::GetIO().AddKeyEvent(key, false);
}

void Type(const char* text) {
    for (const char* c = text; *c; ++c) ImGui::GetIO().AddInputCharacter((unsigned)*c);
}

// The first drawn text item whose text is text; -1 if none.
int ItemWithText(const Document& doc, const std::string& text) {
    for (int i = 0; i < (int)doc.Items.size(); ++i)
        if (doc.Items[i].Kind == ItemKind::Text && doc.Items[i].Galley->Text == text) return i;
    return -1;
}

} // namespace

TEST_CASE("search drawn: \"/\" moves to the search field, and what is typed is searched once the reader pauses") {
    ImGuiContextScope imgui;
    DrawnSearch s;
    s.Frames(3);
    REQUIRE(s.Viewer->GetPhase() == Phase::Feed);
    CHECK(s.State()["search"]["fieldShown"].GetBool()); // wide: the field is in the toolbar
    Key(ImGuiKey_Slash, '/');
    Type("clim");
    s.Frames(3);
    rapidjson::Document state = s.State();
    CHECK(std::string(state["textEntry"]["field"].GetString()) == "search");
    CHECK(std::string(state["textEntry"]["text"].GetString()) == "clim"); // not the "/"
    CHECK_FALSE(state["find"]["open"].GetBool());
    s.Frames(15); // the pause, the index's files fetched
    state = s.State();
    REQUIRE(s.Viewer->GetPhase() == Phase::Search);
    CHECK(std::string(state["route"].GetString()) == "#/search/clim");
    CHECK(s.Engine.LastTyping); // "clim" as a prefix
    CHECK(state["search"]["total"].GetUint() == 4);
    // The results drawn as cards: each title a link to its article, the count above them.
    const Document& doc = s.Viewer->ShownDocument();
    const int title = ItemWithText(doc, "Climate talks resume 2");
    REQUIRE(title >= 0);
    CHECK(doc.Items[title].Links == std::vector<std::string>{"#/article/doc-2"});
    CHECK(ItemWithText(doc, "4 articles match \xE2\x80\x9C" "clim\xE2\x80\x9D") >= 0);
    // The excerpt's matched word is marked: set in bold (search::MatchRanges with the platform's fold).
    const int excerpt = ItemWithText(doc, "Delegates met again on the climate.");
    REQUIRE(excerpt >= 0);
    const layout::Galley& g = *doc.Items[excerpt].Galley;
    std::string bold;
    for (const layout::Run& run : g.Runs)
        if (run.Style.Face == (layout::FaceId)SerifBold) bold += g.Text.substr(run.Begin, run.End - run.Begin);
    CHECK(bold == "climate");
    // The chips: the order and the sections.
    CHECK(state["chips"].Size() >= 4);

    // Typed on: the route follows, replaced (one history entry for the search).
    const size_t pushes = s.Host.Routes.size();
    Type("ate");
    s.Frames(15);
    CHECK(std::string(s.State()["route"].GetString()) == "#/search/climate");
    REQUIRE(s.Host.Routes.size() > pushes);
    CHECK(s.Host.Routes.back() == std::make_pair(std::string("#/search/climate"), false));
    // Escape leaves the field: the keys are the reader's again; the query and its results stay (ImGui's field would
    // put back the text it had when it took the focus).
    Key(ImGuiKey_Escape);
    s.Frames(15);
    state = s.State();
    CHECK(std::string(state["textEntry"]["field"].GetString()) == "");
    CHECK(s.Viewer->GetPhase() == Phase::Search);
    CHECK(std::string(state["route"].GetString()) == "#/search/climate");
}

TEST_CASE("search drawn: Ctrl+F stays Find in the page, and \"/\" goes to Find while Find is open") {
    ImGuiContextScope imgui;
    DrawnSearch s;
    s.Frames(3);
    ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, true);
    Key(ImGuiKey_F);
    ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, false);
    s.Frames(3);
    rapidjson::Document state = s.State();
    CHECK(state["find"]["open"].GetBool());
    CHECK(std::string(state["textEntry"]["field"].GetString()) == "find");
    Key(ImGuiKey_Slash, '/'); // Find's field has the keys: "/" is its text
    s.Frames(2);
    state = s.State();
    CHECK(std::string(state["textEntry"]["field"].GetString()) == "find");
    CHECK(std::string(state["find"]["query"].GetString()) == "/");
}

TEST_CASE("search drawn: opening a result opens the article with Find on the query's words, highlighted") {
    ImGuiContextScope imgui;
    DrawnSearch s("#/search/climate%20talks");
    s.Frames(6);
    REQUIRE(s.Viewer->Search().Status() == SearchStatus::Ready);
    s.Viewer->Navigate("#/article/doc-1", false); // the result's link, as a click follows it
    s.Frames(6);
    REQUIRE(s.Viewer->GetPhase() == Phase::Article);
    rapidjson::Document state = s.State();
    CHECK(state["find"]["open"].GetBool());
    CHECK(std::string(state["find"]["query"].GetString()) == "climate talks");
    CHECK(state["find"]["count"].GetInt() >= 2); // "Climate" and "talks" in the headline, word by word
    // Escape closes Find; Escape again goes back to the results.
    Key(ImGuiKey_Escape);
    s.Frames(2);
    CHECK_FALSE(s.State()["find"]["open"].GetBool());
    Key(ImGuiKey_Escape);
    s.Frames(2);
    CHECK(s.Viewer->GetPhase() == Phase::Search);
    CHECK(std::string(s.State()["route"].GetString()) == "#/search/climate%20talks");
}

TEST_CASE("search drawn: on a phone a Search button opens the field over the toolbar") {
    ImGuiContextScope imgui;
    DrawnSearch s;
    s.Frames(3, kPhone);
    rapidjson::Document state = s.State();
    CHECK_FALSE(state["search"]["fieldShown"].GetBool());
    REQUIRE(state["search"].HasMember("button"));
    const rapidjson::Value& b = state["search"]["button"];
    const float x = (float)(b["x"].GetDouble() + b["width"].GetDouble() * 0.5), y = (float)(b["y"].GetDouble() + b["height"].GetDouble() * 0.5);
    CHECK(x + b["width"].GetDouble() * 0.5 <= kPhone);
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(x, y);
    s.Frames(1, kPhone);
    io.AddMouseButtonEvent(0, true);
    s.Frames(1, kPhone);
    io.AddMouseButtonEvent(0, false);
    s.Frames(4, kPhone);
    state = s.State();
    CHECK(state["search"]["fieldShown"].GetBool());
    CHECK(std::string(state["textEntry"]["field"].GetString()) == "search");
    CHECK_FALSE(state["search"].HasMember("button"));
    Type("ferry");
    s.Frames(3, kPhone);
    CHECK(std::string(s.State()["textEntry"]["text"].GetString()) == "ferry");
}

TEST_CASE("search drawn: j and k move the cursor down the results, Enter opens the one it is on") {
    ImGuiContextScope imgui;
    DrawnSearch s("#/search/climate");
    s.Frames(6);
    REQUIRE(s.Viewer->Search().Results().Hits.size() == 4);
    const std::string second = "#/article/" + s.Viewer->Search().Results().Hits[1].Meta.Id;
    Key(ImGuiKey_J);
    s.Frames(2);
    Key(ImGuiKey_J);
    s.Frames(2);
    CHECK(std::string(s.State()["cursor"]["target"].GetString()) == second);
    Key(ImGuiKey_Enter);
    s.Frames(6);
    REQUIRE(s.Viewer->GetPhase() == Phase::Article);
    CHECK("#/article/" + std::string(s.State()["articleId"].GetString()) == second);
    CHECK(s.State()["find"]["open"].GetBool()); // opened as a result
}

TEST_CASE("search drawn: more results as the reader scrolls to the end of the list") {
    ImGuiContextScope imgui;
    DrawnSearch s("#/search/climate", 45);
    s.Frames(6);
    REQUIRE(s.Viewer->Search().Status() == SearchStatus::Ready);
    CHECK(s.State()["search"]["shown"].GetUint() == SearchController::kPageSize);
    CHECK(s.State()["search"]["total"].GetUint() == 45);
    for (int round = 0; round < 3; ++round) {
        Key(ImGuiKey_End);
        s.Frames(40); // the glide to the end, the next page's cards fetched and drawn
    }
    CHECK(s.State()["search"]["shown"].GetUint() == 45);
    CHECK(s.Viewer->ShownDocument().EntryFor("#/article/doc-44") >= 0);
}

TEST_CASE("search drawn: on a phone a few chips of each facet and \"More filters\", which shows the rest; wide, all") {
    ImGuiContextScope imgui;
    DrawnSearch s("#/search/climate", 8, true); // eight sections
    const auto routes = [&] {
        std::vector<std::string> out;
        const rapidjson::Document state = s.State();
        for (const auto& c : state["chips"].GetArray()) out.push_back(c["route"].GetString());
        return out;
    };
    const auto sections = [](const std::vector<std::string>& r) {
        return std::count_if(r.begin(), r.end(), [](const std::string& x) { return x.find("section=") != std::string::npos; });
    };
    s.Frames(6, kWide);
    REQUIRE(s.Viewer->Search().Status() == SearchStatus::Ready);
    std::vector<std::string> wide = routes();
    CHECK(sections(wide) == 8);
    CHECK(std::find(wide.begin(), wide.end(), std::string(kMoreFiltersChip)) == wide.end());

    s.Frames(4, kPhone);
    std::vector<std::string> phone = routes();
    CHECK(sections(phone) == (long)kCompactChipLimits.Sections);
    REQUIRE(phone.back() == kMoreFiltersChip);
    const rapidjson::Document state = s.State();
    const rapidjson::Value& more = state["chips"][state["chips"].Size() - 1];
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent((float)(more["x"].GetDouble() + more["width"].GetDouble() * 0.5),
                        (float)(more["y"].GetDouble() + more["height"].GetDouble() * 0.5));
    s.Frames(1, kPhone);
    io.AddMouseButtonEvent(0, true);
    s.Frames(1, kPhone);
    io.AddMouseButtonEvent(0, false);
    s.Frames(4, kPhone);
    phone = routes();
    CHECK(sections(phone) == 8);
    CHECK(std::find(phone.begin(), phone.end(), std::string(kMoreFiltersChip)) == phone.end());
    CHECK(std::string(s.State()["route"].GetString()) == "#/search/climate"); // not a route: nothing navigated
}
