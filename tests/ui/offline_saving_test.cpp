// Save for offline: what a request holds for an article (its JSON, its page, its photos' files, bounded), the
// latest items of a feed view, and the App driving a fake shelf headless (fake_shelf.h): saving the article shown
// and a section's latest, the list in the state with sizes, a failed read or save reported and not listed,
// removing one and all, and nothing offered without a shelf.
#include "ui/offline_saving.h"

#include "fake_shelf.h"
#include "headless_app.h"
#include "test_bundle.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace folio;
using namespace folio::test;
using namespace folio::ui;

namespace {

// A feed of three stories in two sections, each item naming its page; "p" has a lead photo and a body photo.
const char* const kFeed = R"({"version": "https://jsonfeed.org/version/1.1", "title": "Desk", "items": [
    {"id": "p", "title": "Photos", "url": "articles/p.html", "date_published": "2024-03-03T09:00:00Z",
     "_folio": {"article": "articles/p.json", "section": "World"}},
    {"id": "q", "title": "Quiet", "url": "articles/q.html", "date_published": "2024-03-02T09:00:00Z",
     "_folio": {"article": "articles/q.json", "section": "World"}},
    {"id": "r", "title": "Rates", "date_published": "2024-03-01T09:00:00Z",
     "_folio": {"article": "articles/r.json", "section": "Money"}}]})";

const char* const kPhotoArticle = R"({"id": "p", "headline": "Photos", "datePublished": "2024-03-03T09:00:00Z",
    "image": {"src": "../media/lead.jpg", "variants": [
        {"url": "../media/lead-320.webp", "type": "image/webp", "width": 320, "height": 240, "bytes": 9},
        {"url": "../media/lead.jpg", "type": "image/jpeg", "width": 640, "height": 480, "bytes": 9}]},
    "body": [{"type": "paragraph", "text": "Text."}, {"type": "photo", "src": "../media/body.jpg"},
             {"type": "photo", "src": "../media/lead.jpg"}]})";

struct Fixture {
    ImGuiContextScope Imgui;
    FakeHost Host;
    FakeShelf Shelf;
    std::unique_ptr<App> Start(const std::string& route) {
        Host.Shelf = &Shelf;
        Host.Files["/b/feed.json"] = kFeed;
        Host.Files["/b/articles/p.json"] = kPhotoArticle;
        Host.Files["/b/articles/q.json"] = ArticleJson("q", "Quiet");
        Host.Files["/b/articles/r.json"] = ArticleJson("r", "Rates");
        auto app = folio::test::Start(&Host, "/b/feed.json", route);
        Host.Settle(10);
        return app;
    }
};

} // namespace

TEST_CASE("offline saving: an article's photo files are the variants this platform draws, each width once, bounded") {
    ImageSupport webp;
    webp.Webp = true;
    const PhotoSaveSize column{webp, 640.0f};
    Article a;
    a.Image.Src = "/b/media/lead.jpg";
    a.Image.Variants = {ImageVariant{320, 240, "image/webp", "/b/media/l.webp", 9}, ImageVariant{640, 480, "image/jpeg", "/b/media/lead.jpg", 9}};
    Block photo;
    photo.Type = BlockType::Photo;
    photo.Image.Src = "https://example.org/p.jpg"; // a remote photo without variants: its src
    a.Body.push_back(photo);
    photo.Image.Src = "/b/media/l.webp"; // the same file twice: once
    a.Body.push_back(photo);
    // The column's first (640: the JPEG), then the other widths.
    CHECK(PhotoFilesOf(a, column) == std::vector<std::string>{"/b/media/lead.jpg", "https://example.org/p.jpg", "/b/media/l.webp"});
    // Of one width in three types, the best this platform decodes; a type it cannot decode never.
    Article essay;
    essay.Image.Src = "/b/m/a.jpg";
    for (int w : {320, 640, 1280})
        for (const char* type : {"image/avif", "image/webp", "image/jpeg"})
            essay.Image.Variants.push_back(ImageVariant{w, w * 3 / 4, type, "/b/m/" + std::to_string(w) + "." + std::string(type + 6), 9});
    CHECK(PhotoFilesOf(essay, column) == std::vector<std::string>{"/b/m/640.webp", "/b/m/320.webp", "/b/m/1280.webp"});
    ImageSupport jpeg_only;
    CHECK(PhotoFilesOf(essay, PhotoSaveSize{jpeg_only, 300.0f}) == std::vector<std::string>{"/b/m/320.jpeg", "/b/m/640.jpeg", "/b/m/1280.jpeg"});

    // Too many to keep whole: every photo at the column's width first.
    for (int i = 0; i < 60; ++i) {
        Block p;
        p.Type = BlockType::Photo;
        p.Image = essay.Image;
        for (ImageVariant& v : p.Image.Variants) v.Url += "?" + std::to_string(i);
        essay.Body.push_back(p);
    }
    const std::vector<std::string> files = PhotoFilesOf(essay, column);
    CHECK(files.size() == kMaxSavedPhotoFiles);
    for (int i = 0; i < 60; ++i) CHECK(std::find(files.begin(), files.end(), "/b/m/640.webp?" + std::to_string(i)) != files.end());
}

TEST_CASE("offline saving: a request names the JSON, the page resolved against the feed, the photos") {
    Article a;
    a.Id = "x";
    a.Headline = "Headline";
    a.Url = "https://news.example/x.html";
    FeedItem item;
    item.Url = "articles/x.html";
    SaveRequest r = SaveRequestFor(a, "/b/articles/x.json", &item, "/b/feed.json", {});
    CHECK(r.Id == "x");
    CHECK(r.Headline == "Headline");
    CHECK(r.ArticleUrl == "/b/articles/x.json");
    CHECK(r.PageUrl == "/b/articles/x.html");
    CHECK(SaveRequestFor(a, "/b/articles/x.json", nullptr, "/b/feed.json", {}).PageUrl == "https://news.example/x.html");
    a.Url = "javascript:alert(1)";
    CHECK(SaveRequestFor(a, "/b/articles/x.json", nullptr, "/b/feed.json", {}).PageUrl.empty());
}

TEST_CASE("offline saving: the latest items are the first that name an article file") {
    FeedItem a, b, c;
    a.ArticleUrl = "/b/a.json";
    c.ArticleUrl = "/b/c.json"; // b has none (refused by the loader)
    const std::vector<const FeedItem*> items{&a, &b, &c};
    CHECK(LatestItems(items, 10) == std::vector<const FeedItem*>{&a, &c});
    CHECK(LatestItems(items, 1) == std::vector<const FeedItem*>{&a});
    CHECK(FormatBytes(812) == "812 bytes");
    CHECK(FormatBytes(12345) == "12.3 KB");
}

TEST_CASE("app: saving the article shown hands the shelf its JSON, page and photos, and lists it with its size") {
    Fixture f;
    f.Host.Support.Webp = true; // a platform that decodes WebP keeps the WebP variant
    auto app = f.Start("#/article/p");
    REQUIRE(app->GetPhase() == Phase::Article);
    REQUIRE(app->OfflineAvailable());
    CHECK_FALSE(app->SavedForOffline("p"));
    REQUIRE(app->SaveShownForOffline());
    REQUIRE(f.Shelf.Requests.size() == 1);
    const SaveRequest& r = f.Shelf.Requests[0];
    CHECK(r.Id == "p");
    CHECK(r.Headline == "Photos");
    CHECK(r.ArticleUrl == "/b/articles/p.json");
    CHECK(r.PageUrl == "/b/articles/p.html");
    // Each photo as the column shows it (no window here: the narrowest), then the lead's other width.
    CHECK(r.PhotoUrls == std::vector<std::string>{"/b/media/lead-320.webp", "/b/media/body.jpg", "/b/media/lead.jpg"});
    {
        const auto state = Json(app->StateJson());
        CHECK(state["savedOffline"]["available"].GetBool());
        REQUIRE(state["savedOffline"]["saving"].Size() == 1);
        CHECK(state["savedOffline"]["busy"].GetBool());
    }

    f.Shelf.Finish("p", 12345);
    app->Advance(0.0);
    CHECK(app->SavedForOffline("p"));
    const auto state = Json(app->StateJson());
    const auto& saved = state["savedOffline"]["saved"];
    REQUIRE(saved.Size() == 1);
    CHECK(std::string(saved[0]["id"].GetString()) == "p");
    CHECK(std::string(saved[0]["headline"].GetString()) == "Photos");
    CHECK(saved[0]["bytes"].GetUint64() == 12345);
    CHECK(std::string(saved[0]["size"].GetString()) == "12.3 KB");
    CHECK(std::string(state["savedOffline"]["notice"].GetString()) == "Saved for offline: \xE2\x80\x9CPhotos\xE2\x80\x9D");
    CHECK_FALSE(state["savedOffline"]["noticeError"].GetBool());
}

TEST_CASE("app: a save that fails is the reader's message and is not listed") {
    Fixture f;
    auto app = f.Start("#/article/q");
    REQUIRE(app->SaveShownForOffline());
    f.Shelf.Fail("q", "\xE2\x80\x9CQuiet\xE2\x80\x9D was not saved: /b/media/x.jpg could not be fetched (HTTP 404).");
    app->Advance(0.0);
    CHECK_FALSE(app->SavedForOffline("q"));
    const auto state = Json(app->StateJson());
    CHECK(state["savedOffline"]["saved"].Size() == 0);
    CHECK(state["savedOffline"]["noticeError"].GetBool());
    CHECK(std::string(state["savedOffline"]["notice"].GetString()).find("could not be fetched") != std::string::npos);

    // Dismissed (as its OK does), the failure is not told again when something else changes.
    app->DismissOfflineNotice();
    app->RemoveFromOffline("p");
    app->Advance(0.0);
    CHECK(app->OfflineNotice().empty());
}

TEST_CASE("app: a section's latest are read and saved; one that cannot be read is reported") {
    Fixture f;
    auto app = f.Start("#/section/World");
    REQUIRE(app->GetPhase() == Phase::Feed);
    CHECK_FALSE(app->SaveShownForOffline()); // no article shown
    f.Host.Files.erase("/b/articles/q.json");
    REQUIRE(app->SaveLatestForOffline());
    f.Host.Settle(4);
    REQUIRE(f.Shelf.Requests.size() == 1); // "q" could not be read; "r" is another section's
    CHECK(f.Shelf.Requests[0].Id == "p");
    CHECK(f.Shelf.Requests[0].PhotoUrls.size() == 3);
    f.Shelf.Finish("p", 2000);
    app->Advance(0.0);
    const auto state = Json(app->StateJson());
    CHECK(state["savedOffline"]["saved"].Size() == 1);
    CHECK(state["savedOffline"]["noticeError"].GetBool());
    const std::string notice = state["savedOffline"]["notice"].GetString();
    CHECK(notice.find("Quiet") != std::string::npos);
    CHECK(notice.find("not saved") != std::string::npos);
}

TEST_CASE("app: a batch's saves finish one at a time; the notice counts them once all are done") {
    Fixture f;
    auto app = f.Start("#/section/World");
    REQUIRE(app->SaveLatestForOffline());
    f.Host.Settle(4);
    REQUIRE(f.Shelf.Requests.size() == 2);
    f.Shelf.Finish("p", 2000);
    app->Advance(0.0);
    CHECK(app->OfflineNotice().find("Saving 2 articles") == 0); // not yet "Saved for offline: “Photos”"
    f.Shelf.Finish("q", 1000);
    app->Advance(0.0);
    CHECK(app->OfflineNotice() == "Saved 2 articles for offline");
    // A single save afterwards is named on its own.
    app->Open("r");
    f.Host.Settle(4);
    REQUIRE(app->SaveShownForOffline());
    f.Shelf.Finish("r", 500);
    app->Advance(0.0);
    CHECK(app->OfflineNotice() == "Saved for offline: \xE2\x80\x9CRates\xE2\x80\x9D");
}

TEST_CASE("app: removing one and all; a saved article opens from its file") {
    Fixture f;
    auto app = f.Start("#/article/p");
    REQUIRE(app->SaveShownForOffline());
    f.Shelf.Finish("p", 100);
    app->Open("q");
    f.Host.Settle(4);
    REQUIRE(app->SaveShownForOffline());
    f.Shelf.Finish("q", 200);
    app->Advance(0.0);
    CHECK(Json(app->StateJson())["savedOffline"]["saved"].Size() == 2);
    app->OpenSaved("p");
    f.Host.Settle(4);
    CHECK(std::string(Json(app->StateJson())["articleId"].GetString()) == "p");
    app->RemoveFromOffline("q");
    CHECK(f.Shelf.Removed == std::vector<std::string>{"q"});
    CHECK(Json(app->StateJson())["savedOffline"]["saved"].Size() == 1);
    app->RemoveAllFromOffline();
    CHECK(f.Shelf.RemoveAlls == 1);
    CHECK(Json(app->StateJson())["savedOffline"]["saved"].Size() == 0);
}

TEST_CASE("app: without a shelf, or one not available, nothing is offered") {
    Fixture f;
    f.Shelf.Works = false;
    auto app = f.Start("#/article/p");
    CHECK_FALSE(app->OfflineAvailable());
    CHECK_FALSE(app->SaveShownForOffline());
    CHECK(f.Shelf.Requests.empty());
    CHECK_FALSE(Json(app->StateJson())["savedOffline"]["available"].GetBool());

    ImGuiContextScope imgui;
    FakeHost host;
    host.Files["/b/feed.json"] = kFeed;
    auto bare = folio::test::Start(&host, "/b/feed.json", "#/");
    host.Settle(4);
    CHECK_FALSE(bare->OfflineAvailable());
    CHECK_FALSE(bare->SaveLatestForOffline());
}
