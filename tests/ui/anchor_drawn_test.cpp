// AnchorText (the page's HTML first paint giving way to the canvas): the item drawn for a block goes where the reader
// had the block, by its text; a block scrolled part way past keeps that part above the view's top; text the view
// does not draw moves nothing.
#include "ui/app.h"

#include "build_fonts.h"
#include "drawn_app.h"
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

std::string Paragraph(int i) {
    return "Paragraph " + std::to_string(i) + " of the long article, with enough words in it to wrap over a few lines "
           "of the column on a phone and on a wide window alike.";
}

std::string LongArticle() {
    std::string body;
    for (int i = 0; i < 40; ++i) body += std::string(i ? "," : "") + R"({"type":"paragraph","text":")" + Paragraph(i) + "\"}";
    return R"({"id":"long","headline":"A long article","datePublished":"2024-03-01T09:00:00Z","body":[)" + body + "]}";
}

float ScrollY(const App& app) {
    rapidjson::Document d;
    d.Parse(app.StateJson().c_str());
    REQUIRE(d.HasMember("scrollY"));
    return (float)d["scrollY"].GetDouble();
}

struct Drawn {
    FakeHost Host;
    std::unique_ptr<App> Viewer;
    Drawn() {
        ServeBuildFonts(Host);
        Host.Files["/b/articles/long.json"] = LongArticle();
        Host.Files["/b/feed.json"] = FeedJson({{"long", "articles/long.json"}});
        Viewer = StartDrawn(&Host, "/b/feed.json", "#/article/long");
        Frames(3);
    }
    void Frames(int n) {
        for (int i = 0; i < n; ++i) {
            Frame(Viewer.get(), 1.0f, 390.0f, 844.0f);
            Host.Settle(5);
        }
    }
    float AnchorAt(const std::string& text, float y, float fraction = 0.0f) {
        Viewer->AnchorText(text, 0, y, fraction);
        Frames(1);
        return ScrollY(*Viewer);
    }
};

} // namespace

TEST_CASE("anchor: the block's item goes to the y the HTML had it at, by its text") {
    ImGuiContextScope imgui;
    Drawn d;
    REQUIRE(ScrollY(*d.Viewer) == 0.0f);
    const float at300 = d.AnchorAt(Paragraph(20), 300.0f);
    CHECK(at300 > 0.0f);
    const float at400 = d.AnchorAt(Paragraph(20), 400.0f);
    CHECK(at300 - at400 == doctest::Approx(100.0f).epsilon(0.02));
    const float later = d.AnchorAt(Paragraph(21), 300.0f);
    CHECK(later > at300);
    // Part way past the view's top: half of it above, so further down than its top at the toolbar's bottom.
    const float top = d.AnchorAt(Paragraph(20), 0.0f);
    const float half = d.AnchorAt(Paragraph(20), -40.0f, 0.5f);
    CHECK(half > top);
    CHECK(half < d.AnchorAt(Paragraph(21), 0.0f)); // less than all of it
    // Above the toolbar's bottom is the toolbar's bottom.
    CHECK(d.AnchorAt(Paragraph(20), 10.0f) == top);
}

TEST_CASE("anchor: text the view does not draw moves nothing; the first block stays at the top") {
    ImGuiContextScope imgui;
    Drawn d;
    const float at = d.AnchorAt(Paragraph(10), 200.0f);
    CHECK(d.AnchorAt("Nothing like this is in the article at all, anywhere.", 200.0f) == at);
    CHECK(d.AnchorAt("A long article", 400.0f) == 0.0f); // the headline cannot go below where it is at the top
}
