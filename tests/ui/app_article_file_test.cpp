// App's loading of article files through a fake Host: a plain-text article goes to AppOptions::ImportText and
// the App keeps going (loading, answering, opening another source) until the import answers, between frames;
// an answer for a source no longer open is dropped; JSON takes the same path, and a feed page opened as a file
// is still read as the feed.
#include "ui/app.h"

#include "fake_host.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using namespace folio;
using namespace folio::test;
using namespace folio::ui;

namespace {

struct Import {
    std::string Text, File;
    ArticleReadDone Done;
};

// An App loading one article file through the fake Host; the imports it hands over are kept here, and the test
// answers them when it chooses, as a platform does between frames.
struct Fixture {
    ImGuiContextScope Imgui;
    FakeHost Host;
    std::vector<Import> Imports;
    App Viewer;

    void Open(const std::string& article_url) {
        AppOptions options;
        options.Headless = true; // no fonts, no frames: loading only
        options.ArticleUrl = article_url;
        options.ImportText = [this](std::string&& text, const std::string& file, ArticleReadDone done) {
            Imports.push_back(Import{std::move(text), file, std::move(done)});
        };
        Viewer.Init(&Host, options);
    }
};

ArticleRead Imported(const std::string& id, const std::string& headline) {
    ArticleRead read;
    read.Ok = true;
    read.Result.Id = id;
    read.Result.Headline = headline;
    read.Result.Body.push_back(Block{});
    read.Result.Body.back().Text = RichText::Plain("A paragraph.");
    return read;
}

const char* kJsonArticle = R"({"id": "j", "headline": "A JSON story", "body": [{"type": "paragraph", "text": "Text."}]})";

} // namespace

TEST_CASE("app: a plain-text article is handed to ImportText and the App goes on until it answers") {
    Fixture f;
    f.Open("news/story.txt");
    REQUIRE(f.Host.Fetches.size() == 1);
    f.Host.Answer("news/story.txt", "World\n\nHeadline\n\nStandfirst\n\nOSLO, March 3. /NTB/. Text.\n");
    REQUIRE(f.Imports.size() == 1);
    CHECK(f.Imports[0].File == "news/story.txt");
    CHECK(f.Imports[0].Text.find("OSLO, March 3.") != std::string::npos); // the bytes, handed over whole
    CHECK(f.Viewer.GetPhase() == Phase::Loading); // nothing waited for the import
    f.Viewer.Navigate("#/", false);               // and the App still answers
    CHECK(f.Viewer.GetPhase() == Phase::Loading);
    f.Imports[0].Done(Imported("story", "Ferries return"));
    CHECK(f.Viewer.GetPhase() == Phase::Feed); // the route asked for meanwhile: the feed of one
    CHECK(f.Viewer.StateJson().find("\"feedItems\":1") != std::string::npos);
    f.Viewer.Open("story");
    CHECK(f.Viewer.GetPhase() == Phase::Article);
    CHECK(f.Host.Title == "Ferries return");
}

TEST_CASE("app: a failed import shows the error view with its message") {
    Fixture f;
    f.Open("story.txt");
    f.Host.Answer("story.txt", "no dateline");
    REQUIRE(f.Imports.size() == 1);
    ArticleRead failed;
    failed.Why = Error{"story.txt", "", "line 7: no dateline"};
    f.Imports[0].Done(std::move(failed));
    CHECK(f.Viewer.GetPhase() == Phase::Error);
    CHECK(f.Viewer.ErrorMessage() == "story.txt: line 7: no dateline");
}

TEST_CASE("app: an import answered after another source opened is dropped") {
    Fixture f;
    f.Open("old.txt");
    f.Host.Answer("old.txt", "the old story");
    REQUIRE(f.Imports.size() == 1);
    f.Viewer.OpenSource("", "new.json");
    f.Host.Answer("new.json", kJsonArticle);
    REQUIRE(f.Viewer.GetPhase() == Phase::Article);
    CHECK(f.Host.Title == "A JSON story");
    f.Imports[0].Done(Imported("old", "The old story")); // late: its source is closed
    CHECK(f.Viewer.GetPhase() == Phase::Article);
    CHECK(f.Host.Title == "A JSON story");
    CHECK(f.Viewer.StateJson().find("\"articleId\":\"j\"") != std::string::npos);
    CHECK(f.Viewer.StateJson().find("\"feedItems\":1,") != std::string::npos); // not the old story added
}

TEST_CASE("app: JSON articles take the same path, without an import") {
    Fixture f;
    f.Open("a.json");
    f.Host.Answer("a.json", kJsonArticle);
    CHECK(f.Imports.empty());
    CHECK(f.Viewer.GetPhase() == Phase::Article);
    CHECK(f.Host.Title == "A JSON story");
}

TEST_CASE("app: a feed page opened as an article file is read as the feed") {
    Fixture f;
    f.Open("b/front-page.json");
    f.Host.Answer("b/front-page.json", R"({"version": "https://jsonfeed.org/version/1.1", "title": "Desk", "items": [
        {"id": "j", "title": "A JSON story", "date_published": "2024-03-01T09:00:00Z", "_folio": {"article": "articles/j.json"}}]})");
    REQUIRE(f.Host.Fetches.size() == 1); // the newest article, from the feed
    CHECK(f.Host.Fetches[0].first == "b/articles/j.json");
    f.Host.Answer("b/articles/j.json", kJsonArticle);
    CHECK(f.Viewer.GetPhase() == Phase::Article);
}

TEST_CASE("app: a file that is neither an article nor a feed page names the article's error") {
    Fixture f;
    f.Open("x.json");
    f.Host.Answer("x.json", R"({"id": "x", "headline": 5})");
    CHECK(f.Viewer.GetPhase() == Phase::Error);
    CHECK(f.Viewer.ErrorMessage().find("x.json: $.headline") == 0);
}
