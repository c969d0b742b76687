// An idle frame allocates nothing: the App drawn headless (ImGui frames without a renderer, the build's fonts
// served through the fake Host) on a feed with filter chips under a section route whose name is too long for a
// string's inline buffer, on an article, and with the "Saved for offline" panel open over a list of long headlines;
// once settled, a frame that nothing changed makes no heap allocation.
// Allocations are counted by replacing the global operator new for this test program and through ImGui's allocator
// functions (both counting only while armed). Drawn only when it asks for frames, as both platforms draw it, a
// feed whose index holds one item fills the first screen from its older pages and then asks for none.
#include "ui/app.h"

#include "../layout/fake_services.h"
#include "build_fonts.h"
#include "drawn_app.h"
#include "fake_host.h"
#include "fake_search.h"
#include "fake_shelf.h"
#include "headless_app.h"
#include "shaped_text.h"
#include "test_bundle.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <cmath>
#include <cstdlib>
#include <memory>
#include <new>
#include <string>
#include <vector>

namespace {
bool g_counting = false;
size_t g_allocations = 0;
float g_pixel_ratio = 1.0f; // the display's, as the platform sets it each frame
} // namespace

void* operator new(size_t n) {
    if (g_counting) ++g_allocations;
    if (void* p = std::malloc(n ? n : 1)) return p;
    throw std::bad_alloc();
}
void* operator new[](size_t n) { return operator new(n); }
// Freed through a pointer the compiler cannot see through (GCC otherwise warns that malloc's memory reaches free
// from a delete, which is what a replaced operator pair does).
static void (*volatile g_free)(void*) = std::free;
void operator delete(void* p) noexcept { g_free(p); }
void operator delete[](void* p) noexcept { operator delete(p); }
void operator delete(void* p, size_t) noexcept { operator delete(p); }
void operator delete[](void* p, size_t) noexcept { operator delete(p); }

static void* CountingImGuiAlloc(size_t n, void*) {
    if (g_counting) ++g_allocations;
    return std::malloc(n);
}
static void CountingImGuiFree(void* p, void*) { std::free(p); }

using namespace folio;
using namespace folio::test;
using namespace folio::ui;

namespace {


// Allocations made by one frame.
size_t FrameAllocations(App* app) {
    g_allocations = 0;
    g_counting = true;
    Frame(app, g_pixel_ratio);
    g_counting = false;
    return g_allocations;
}

} // namespace

TEST_CASE("app: an idle frame allocates nothing, in a feed with filter chips and in an article") {
    ImGui::SetAllocatorFunctions(CountingImGuiAlloc, CountingImGuiFree); // malloc and free, as ImGui's own
    ImGuiContextScope imgui;
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasTextures | ImGuiBackendFlags_RendererHasVtxOffset;
    FakeHost host;
    ServeBuildFonts(host);
    std::vector<TestItem> items;
    const char* sections[] = {"Folio guide to the long names", "World", "Business and economy", "Culture"};
    for (int i = 0; i < 60; ++i)
        items.push_back(TestItem{"a" + std::to_string(i), "articles/a" + std::to_string(i) + ".json", sections[i % 4],
                                 {"tag number " + std::to_string(i % 9)}});
    host.Files["/b/feed.json"] = FeedPageJson(items);
    for (const TestItem& it : items) host.Files["/b/" + it.Article] = ArticleJson(it.Id, "Story " + it.Id);
    AppOptions o;
    o.FeedUrl = "/b/feed.json";
    o.FontsUrl = "fonts/";
    o.Route = SectionRoute("Folio guide to the long names"); // longer than std::string's inline buffer
    auto app = std::make_unique<App>();
    app->Init(&host, o);
    host.Settle(20);
    REQUIRE(app->CanDraw());
    REQUIRE(app->GetPhase() == Phase::Feed);
    for (int i = 0; i < 12; ++i) { Frame(app.get(), g_pixel_ratio); host.Settle(5); } // fonts baked, documents built, settled
    CHECK(FrameAllocations(app.get()) == 0);
    CHECK(FrameAllocations(app.get()) == 0);

    app->Navigate("#/", false); // the whole feed, chips unselected but one
    host.Settle(5);
    CHECK(FrameAllocations(app.get()) > 0); // the count counts: a frame that builds a document allocates
    for (int i = 0; i < 12; ++i) { Frame(app.get(), g_pixel_ratio); host.Settle(5); }
    CHECK(FrameAllocations(app.get()) == 0);

    app->Open("a3");
    host.Settle(5);
    for (int i = 0; i < 12; ++i) { Frame(app.get(), g_pixel_ratio); host.Settle(5); }
    REQUIRE(app->GetPhase() == Phase::Article);
    CHECK(FrameAllocations(app.get()) == 0);
    // No article here has code: the monospace face was never fetched.
    for (const std::string& url : host.Fetched) CHECK(url.find("Mono") == std::string::npos);
}

TEST_CASE("app: the search view, its field and its chips allocate nothing in an idle frame, wide and on a phone") {
    ImGui::SetAllocatorFunctions(CountingImGuiAlloc, CountingImGuiFree);
    ImGuiContextScope imgui;
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasTextures | ImGuiBackendFlags_RendererHasVtxOffset;
    FakeHost host;
    ServeBuildFonts(host);
    FakeSearchService engine;
    FakeFolder folder;
    for (int i = 0; i < 30; ++i) {
        const std::string n = std::to_string(i);
        engine.Docs.push_back(FakeSearchService::Doc{"doc-" + n, "Ferry timetables changed for the long summer " + n,
                                                     i % 3 ? "World news and the long names of sections" : "Local", "en",
                                                     "2024-03-01T09:00:00Z", "The ferries run again to the islands, " + n + ".",
                                                     {"Ann Lee"}, {i % 2 ? "transport" : "islands"}});
    }
    for (const std::string& path : engine.AllFiles()) host.Files["/b/" + path] = "bytes";
    host.SearchEngine = &engine;
    host.TextFolder = &folder;
    host.Files["/b/feed.json"] = FeedPageJson({TestItem{"doc-1", "articles/doc-1.json", "Local", {}}});
    AppOptions o;
    o.FeedUrl = "/b/feed.json";
    o.FontsUrl = "fonts/";
    SearchRouteOptions options;
    options.Section = "World news and the long names of sections"; // past std::string's inline buffer, as the query
    o.Route = SearchRoute("ferries timetables for the long summer", options);
    auto app = std::make_unique<App>();
    app->Init(&host, o);
    host.Settle(20);
    REQUIRE(app->GetPhase() == Phase::Search);
    for (float width : {1024.0f, 390.0f}) {
        CAPTURE(width);
        for (int i = 0; i < 30 && (i < 12 || app->Animating()); ++i) { Frame(app.get(), g_pixel_ratio, width, 768.0f); host.Settle(5); }
        REQUIRE(app->Search().Status() == SearchStatus::Ready);
        REQUIRE(app->Search().Results().Hits.size() == SearchController::kPageSize); // 20 of the 20 in the section
        CHECK(Json(app->StateJson())["chips"].Size() >= 4); // the order, the tags
        CHECK_FALSE(app->Animating());
        const int missing = engine.MissingCalls, runs = engine.RunCalls;
        g_allocations = 0;
        g_counting = true;
        Frame(app.get(), g_pixel_ratio, width, 768.0f);
        g_counting = false;
        CHECK(g_allocations == 0);
        CHECK(engine.MissingCalls == missing); // nor asks anything of the engine
        CHECK(engine.RunCalls == runs);
    }
}

TEST_CASE("app: an article with code fetches the monospace face, mirrors its code, and idles at no cost") {
    ImGui::SetAllocatorFunctions(CountingImGuiAlloc, CountingImGuiFree);
    ImGuiContextScope imgui;
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasTextures | ImGuiBackendFlags_RendererHasVtxOffset;
    FakeHost host;
    ServeBuildFonts(host);
    host.Files["/b/feed.json"] = FeedPageJson({TestItem{"code", "articles/code.json", "Guides", {}}});
    host.Files["/b/articles/code.json"] =
        R"({"folioFormat": 1, "id": "code", "headline": "Code", "datePublished": "2024-03-01T09:00:00Z", "body": [)"
        R"({"type": "paragraph", "text": [{"text": "Run "}, {"text": "folio-bundle validate out/", "code": true}, {"text": "."}]},)"
        R"({"type": "code", "language": "sh", "text": "# a long line, wider than a phone\nfolio-bundle build assets/sources -o build/web/bundle --title \"Folio sample bundle\" --force\n\tdone"}]})";
    AppOptions o;
    o.FeedUrl = "/b/feed.json";
    o.FontsUrl = "fonts/";
    o.Route = "#/article/code";
    auto app = std::make_unique<App>();
    app->Init(&host, o);
    host.Settle(20);
    for (int i = 0; i < 12; ++i) { Frame(app.get(), g_pixel_ratio); host.Settle(5); }
    INFO(app->StateJson());
    REQUIRE(app->GetPhase() == Phase::Article);
    bool mono = false;
    for (const std::string& url : host.Fetched) mono |= url == "fonts/NotoSansMono-Regular.ttf";
    CHECK(mono);
    CHECK(FrameAllocations(app.get()) == 0);
    CHECK(FrameAllocations(app.get()) == 0);
    const std::string mirror = app->MirrorJson();
    CHECK(mirror.find(R"({"type":"code","code":"# a long line, wider than a phone\nfolio-bundle build)") != std::string::npos);
    CHECK(mirror.find(R"("lang":"sh")") != std::string::npos);
    CHECK(mirror.find(R"({"t":"folio-bundle validate out/","code":true})") != std::string::npos);
}

TEST_CASE("app: a right-to-left article with shaped text (fake bidi and shaper) is shaped and idles at no cost") {
    ImGui::SetAllocatorFunctions(CountingImGuiAlloc, CountingImGuiFree);
    ImGuiContextScope imgui;
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasTextures | ImGuiBackendFlags_RendererHasVtxOffset;
    FakeHost host;
    ServeBuildFonts(host); // the build's fonts/fallback.json lists the shaped Hebrew face
    fake::FakeBidi bidi;
    fake::FakeShaper shaper;
    fake::FakeServices services;
    services.BidiPtr = &bidi;
    services.ShaperPtr = &shaper;
    host.TextServices = &services;
    // Hebrew with a Latin name, a number and parentheses (mirrored at an odd level), in the headline and body.
    const std::string hebrew = "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D (Folio 14) \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D";
    host.Files["/b/feed.json"] = FeedPageJson({TestItem{"he", "articles/he.json", "World", {}}});
    std::string body;
    for (int i = 0; i < 30; ++i) body += std::string(i ? "," : "") + R"({"type": "paragraph", "text": ")" + hebrew + " " + hebrew + R"("})";
    host.Files["/b/articles/he.json"] = R"({"folioFormat": 1, "id": "he", "language": "he", "headline": ")" + hebrew +
                                        R"(", "datePublished": "2024-03-01T09:00:00Z", "body": [)" + body + "]}";
    AppOptions o;
    o.FeedUrl = "/b/feed.json";
    o.FontsUrl = "fonts/";
    o.Route = "#/article/he";
    auto app = std::make_unique<App>();
    app->Init(&host, o);
    host.Settle(20);
    for (int i = 0; i < 12; ++i) { Frame(app.get(), g_pixel_ratio); host.Settle(5); }
    REQUIRE(app->GetPhase() == Phase::Article);
    bool hebrew_face = false;
    for (const std::string& url : host.Fetched) hebrew_face |= url == "fonts/script-hebr.ttf";
    CHECK(hebrew_face);
    CHECK_FALSE(shaper.Faces.empty()); // the face's bytes went to the shaper
    CHECK(shaper.Calls > 0);           // and the article's Hebrew was shaped
    CHECK(FrameAllocations(app.get()) == 0);
    CHECK(FrameAllocations(app.get()) == 0);
}

TEST_CASE("app: a feed with Arabic chip names and an Arabic title (fake bidi and shaper) shapes its labels and idles at no cost") {
    ImGui::SetAllocatorFunctions(CountingImGuiAlloc, CountingImGuiFree);
    ImGuiContextScope imgui;
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasTextures | ImGuiBackendFlags_RendererHasVtxOffset;
    FakeHost host;
    ServeShapedFonts(host); // the build's fonts, and Debian's Noto Naskh Arabic as the shaped Arabic face
    fake::FakeBidi bidi;
    fake::FakeShaper shaper;
    fake::FakeServices services;
    services.BidiPtr = &bidi;
    services.ShaperPtr = &shaper;
    host.TextServices = &services;
    const std::string title = "أخبار المدينة اليومية"; // the feed's title: the back button names it
    const char* sections[] = {"سياسة", "اقتصاد", "ثقافة"};
    std::vector<TestItem> items;
    for (int i = 0; i < 30; ++i)
        items.push_back(TestItem{"a" + std::to_string(i), "articles/a" + std::to_string(i) + ".json", sections[i % 3],
                                 {std::string("وسم ") + sections[(i + 1) % 3]}});
    std::string feed = FeedPageJson(items);
    feed.replace(feed.find("\"title\":\"Desk\""), 14, "\"title\":\"" + title + "\"");
    host.Files["/b/feed.json"] = feed;
    for (const TestItem& it : items) host.Files["/b/" + it.Article] = ArticleJson(it.Id, "Story " + it.Id);
    AppOptions o;
    o.FeedUrl = "/b/feed.json";
    o.FontsUrl = "fonts/";
    o.Route = SectionRoute(sections[0]); // a section: the back button shows, naming the feed
    auto app = std::make_unique<App>();
    app->Init(&host, o);
    host.Settle(20);
    REQUIRE(app->CanDraw());
    for (int i = 0; i < 12; ++i) { Frame(app.get(), g_pixel_ratio); host.Settle(5); }
    REQUIRE(app->GetPhase() == Phase::Feed);
    bool arabic_face = false;
    for (const std::string& url : host.Fetched) arabic_face |= url == "fonts/script-arab.ttf";
    CHECK(arabic_face);          // asked for by the feed's text (its title, sections and tags)
    CHECK_FALSE(shaper.Faces.empty()); // its bytes went to the shaper
    const int calls = shaper.Calls;
    CHECK(calls > 0);            // the cards, chips and back label were shaped
    CHECK(FrameAllocations(app.get()) == 0);
    CHECK(FrameAllocations(app.get()) == 0);
    CHECK(shaper.Calls == calls); // an idle frame lays nothing out again
}

namespace {

// A photo object's JSON: name's ladder up to 1280 wide (WebP and JPEG), 3:2.
std::string PhotoJson(const std::string& name) {
    std::string v;
    for (int w : {320, 640, 960, 1280})
        for (const char* type : {"webp", "jpeg"})
            v += std::string(v.empty() ? "" : ",") + "{\"url\": \"../media/" + name + "-" + std::to_string(w) + "." +
                 (type[0] == 'w' ? "webp" : "jpg") + "\", \"type\": \"image/" + type + "\", \"width\": " + std::to_string(w) +
                 ", \"height\": " + std::to_string(w * 2 / 3) + ", \"bytes\": 1000}";
    return "{\"src\": \"../media/" + name + "-1280.jpg\", \"alt\": \"Alt " + name + "\", \"caption\": \"Caption " + name +
           "\", \"width\": 1920, \"height\": 1280, \"placeholder\": \"1QcSHQRnh493V4dIh4eXh1h4kJUI\", \"variants\": [" + v + "]}";
}

// Answers every image load waiting with a picture of the size asked for.
void AnswerImages(FakeHost& host) {
    while (!host.ImageLoads.empty()) {
        const FakeHost::ImageLoad& l = host.ImageLoads.front();
        host.AnswerImage(l.Url, l.MaxWidth, l.MaxHeight);
    }
}

} // namespace

TEST_CASE("app: photos load only near the view at the screen's pixels, fade in, open full screen, and idle at no cost") {
    ImGui::SetAllocatorFunctions(CountingImGuiAlloc, CountingImGuiFree);
    ImGuiContextScope imgui;
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasTextures | ImGuiBackendFlags_RendererHasVtxOffset;
    FakeHost host;
    g_pixel_ratio = 3.0f; // a phone
    struct Restore { ~Restore() { g_pixel_ratio = 1.0f; } } restore;
    ServeBuildFonts(host);
    host.Files["/b/feed.json"] = FeedPageJson({TestItem{"essay", "articles/essay.json", "Guides", {}}});
    std::string body;
    for (int i = 0; i < 30; ++i)
        body += std::string(i ? "," : "") + "{\"type\": \"paragraph\", \"text\": \"Paragraph " + std::to_string(i) +
                " of the essay.\"}, {\"type\": \"photo\", " + PhotoJson("p" + std::to_string(i)).substr(1);
    host.Files["/b/articles/essay.json"] = "{\"folioFormat\": 1, \"id\": \"essay\", \"headline\": \"Essay\", \"image\": " +
                                           PhotoJson("lead") + ", \"body\": [" + body + "]}";
    AppOptions o;
    o.FeedUrl = "/b/feed.json";
    o.Route = "#/article/essay";
    auto app = std::make_unique<App>();
    app->Init(&host, o);
    host.Settle(20);
    for (int i = 0; i < 6; ++i) { Frame(app.get(), g_pixel_ratio); host.Settle(5); }
    REQUIRE(app->GetPhase() == Phase::Article);
    // In view and within 1.5 screens: the lead and the first few photos, not the thirty. 390 px at DPR 3 = 1170
    // device pixels: the 1280 rung.
    REQUIRE_FALSE(host.ImageLoads.empty());
    CHECK(host.ImageLoads.front().Url == "/b/media/lead-1280.webp");
    CHECK(host.ImageLoads.front().MaxWidth > 2 * 390);  // the column's width in device pixels
    CHECK(host.ImageLoads.front().MaxWidth <= 3 * 390);
    for (int i = 0; i < 4; ++i) { AnswerImages(host); Frame(app.get(), g_pixel_ratio); }
    AnswerImages(host);
    CHECK(host.ImagesLoaded.size() >= 2);
    CHECK(host.ImagesLoaded.size() <= 8);                // not the thirty: only those within reach
    for (const std::string& url : host.ImagesLoaded) CHECK(url.find("p29") == std::string::npos);
    const auto state = Json(app->StateJson());
    CHECK(state["images"]["textureBytes"].GetUint64() > 0);
    CHECK(state["images"]["textureBytes"].GetUint64() <= state["images"]["budget"].GetUint64());
    // The fade ends; then the viewer is settled and a frame allocates nothing.
    for (int i = 0; i < 30 && app->Animating(); ++i) { ImGui::GetIO().DeltaTime = 0.05f; Frame(app.get(), g_pixel_ratio); }
    Frame(app.get(), g_pixel_ratio);
    CHECK_FALSE(app->Animating());
    CHECK(FrameAllocations(app.get()) == 0);
    CHECK(host.ImageLoads.empty());

    // The lead photo full screen: open, idle without cost, closed by Escape.
    app->OpenPhoto(0);
    for (int i = 0; i < 4; ++i) { Frame(app.get(), g_pixel_ratio); AnswerImages(host); }
    CHECK(Json(app->StateJson())["photoOpen"].GetBool());
    CHECK(FrameAllocations(app.get()) == 0);
    ImGui::GetIO().AddKeyEvent(ImGuiKey_Escape, true);
    Frame(app.get(), g_pixel_ratio);
    ImGui::GetIO().AddKeyEvent(ImGuiKey_Escape, false);
    Frame(app.get(), g_pixel_ratio);
    CHECK_FALSE(app->PhotoOpen());
}

// An article with one long-captioned lead photo, opened full screen; its loads answered, or all failed.
void OpenLongCaptionedPhoto(FakeHost& host, App* app, bool fail) {
    ServeBuildFonts(host);
    host.Files["/b/feed.json"] = FeedPageJson({TestItem{"essay", "articles/essay.json", "Guides", {}}});
    // Its caption, credit and alt text are longer than std::string's inline buffer.
    std::string photo = PhotoJson("harbour-at-dawn-from-the-north-quay");
    photo.insert(1, "\"credit\": \"Photo: A. Photographer, CC BY-SA 4.0\", ");
    host.Files["/b/articles/essay.json"] = "{\"folioFormat\": 1, \"id\": \"essay\", \"headline\": \"Essay\", \"image\": " +
                                           photo + ", \"body\": [{\"type\": \"paragraph\", \"text\": \"Text.\"}]}";
    AppOptions o;
    o.FeedUrl = "/b/feed.json";
    o.Route = "#/article/essay";
    app->Init(&host, o);
    host.Settle(20);
    auto answer = [&] {
        while (!host.ImageLoads.empty()) {
            const FakeHost::ImageLoad& l = host.ImageLoads.front();
            host.AnswerImage(l.Url, l.MaxWidth, l.MaxHeight, fail ? "404" : "");
        }
    };
    for (int i = 0; i < 6; ++i) { Frame(app, g_pixel_ratio); host.Settle(5); answer(); }
    REQUIRE(app->GetPhase() == Phase::Article);
    app->OpenPhoto(0);
    for (int i = 0; i < 40 && (app->Animating() || !host.ImageLoads.empty()); ++i) { answer(); Frame(app, g_pixel_ratio); }
    Frame(app, g_pixel_ratio);
    REQUIRE(app->PhotoOpen());
    CHECK_FALSE(app->Animating());
}

TEST_CASE("app: the full-screen photo view allocates nothing in an idle frame, with a long caption or a photo that failed") {
    ImGui::SetAllocatorFunctions(CountingImGuiAlloc, CountingImGuiFree);
    for (bool fail : {false, true}) {
        CAPTURE(fail);
        ImGuiContextScope imgui;
        ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasTextures | ImGuiBackendFlags_RendererHasVtxOffset;
        FakeHost host;
        auto app = std::make_unique<App>();
        OpenLongCaptionedPhoto(host, app.get(), fail);
        CHECK(FrameAllocations(app.get()) == 0);
        CHECK(FrameAllocations(app.get()) == 0);
    }
}

TEST_CASE("app: an index of one item fills the first screen from the older pages, drawing only the frames it asks for") {
    // Stable pages: feed.json (page 5) holds only the newest story; feed-4.json to feed-1.json hold 20 each, newest
    // first, s80 down to s1. The host draws a frame only when asked, and answers fetches between frames.
    ImGuiContextScope imgui;
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasTextures | ImGuiBackendFlags_RendererHasVtxOffset;
    FakeHost host;
    ServeBuildFonts(host);
    const auto story = [](int k) { return TestItem{"s" + std::to_string(k), "articles/s" + std::to_string(k) + ".json"}; };
    host.Files["/b/feed.json"] = FeedPageJson({story(81)}, "feed-4.json");
    for (int page = 4; page >= 1; --page) {
        std::vector<TestItem> items;
        for (int k = page * 20; k > (page - 1) * 20; --k) items.push_back(story(k));
        host.Files["/b/feed-" + std::to_string(page) + ".json"] = FeedPageJson(items, page > 1 ? "feed-" + std::to_string(page - 1) + ".json" : "");
    }
    AppOptions o;
    o.FeedUrl = "/b/feed.json";
    o.FontsUrl = "fonts/";
    o.Route = "#/";
    auto app = std::make_unique<App>();
    app->Init(&host, o);
    host.Settle(20);
    REQUIRE(app->GetPhase() == Phase::Feed);
    size_t frames = 0;
    for (size_t drawn = 0; frames < 200 && (host.FrameRequests > drawn || host.Waiting() > 0); ++frames) {
        drawn = host.FrameRequests;
        Frame(app.get(), g_pixel_ratio);
        host.Settle(5);
    }
    CHECK(frames < 200); // it settled: no frame asked for once the screen is full
    const rapidjson::Document state = Json(app->StateJson());
    const unsigned items = state["feedItems"].GetUint();
    CHECK(items > 1);
    CHECK(items < 81);                 // not the whole feed: the rest comes as the reader scrolls
    CHECK((items - 1) % 20 == 0);      // whole pages, newest first
    CHECK(state["scrollMax"].GetDouble() > 844); // more than a screen below the first
    CHECK_FALSE(state["feedComplete"].GetBool());
    std::vector<std::string> pages; // the feed pages fetched, in order (the fonts were fetched too)
    for (const std::string& url : host.Fetched)
        if (url.rfind("/b/feed", 0) == 0) pages.push_back(url);
    REQUIRE(pages.size() == 1 + (items - 1) / 20);
    CHECK(pages[0] == "/b/feed.json");
    CHECK(pages[1] == "/b/feed-4.json"); // next_url: the next older page
}

namespace {
void PressKey(App* app, ImGuiKey key) {
    ImGui::GetIO().AddKeyEvent(key, true);
    Frame(app, g_pixel_ratio);
    ImGui::GetIO().AddKeyEvent(key, false);
    Frame(app, g_pixel_ratio);
}
} // namespace

TEST_CASE("app: \"Saved for offline\" on a phone's toolbar, its panel (key O) listing long headlines, idle at no cost") {
    ImGui::SetAllocatorFunctions(CountingImGuiAlloc, CountingImGuiFree);
    ImGuiContextScope imgui;
    FakeHost host;
    ServeBuildFonts(host);
    FakeShelf shelf;
    host.Shelf = &shelf;
    std::vector<TestItem> items;
    for (int i = 0; i < 12; ++i) items.push_back(TestItem{"s" + std::to_string(i), "articles/s" + std::to_string(i) + ".json", "World", {}});
    host.Files["/b/feed.json"] = FeedPageJson(items);
    for (const TestItem& it : items)
        host.Files["/b/" + it.Article] = ArticleJson(it.Id, "A headline long enough to be cut in the panel's list, story " + it.Id);
    auto app = StartDrawn(&host, "/b/feed.json", "#/article/s1");
    for (int i = 0; i < 12; ++i) { Frame(app.get(), g_pixel_ratio); host.Settle(5); }
    REQUIRE(app->GetPhase() == Phase::Article);
    REQUIRE(app->OfflineAvailable());

    // The button sits in the toolbar, right of the back button and left of Find, within a phone's width.
    auto state = Json(app->StateJson());
    REQUIRE(state["savedOffline"].HasMember("button"));
    const auto& button = state["savedOffline"]["button"];
    CHECK(button["y"].GetDouble() >= 0.0);
    CHECK(button["x"].GetDouble() + button["width"].GetDouble() <= 390.0 - 2 * 44.0);
    CHECK(button["width"].GetDouble() == doctest::Approx(44.0));
    CHECK_FALSE(state["savedOffline"]["open"].GetBool());

    PressKey(app.get(), ImGuiKey_O);
    CHECK(Json(app->StateJson())["savedOffline"]["open"].GetBool());
    for (int i = 0; i < 4; ++i) Frame(app.get(), g_pixel_ratio);
    state = Json(app->StateJson());
    REQUIRE(state["savedOffline"].HasMember("saveButton"));
    // The panel's save button, pressed where the state says it is: the shelf is asked.
    const auto& save = state["savedOffline"]["saveButton"];
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent((float)(save["x"].GetDouble() + 10.0), (float)(save["y"].GetDouble() + 5.0));
    Frame(app.get(), g_pixel_ratio);
    io.AddMouseButtonEvent(0, true);
    Frame(app.get(), g_pixel_ratio);
    io.AddMouseButtonEvent(0, false);
    Frame(app.get(), g_pixel_ratio);
    REQUIRE(shelf.Requests.size() == 1);
    CHECK(shelf.Requests[0].Id == "s1");
    shelf.Finish("s1", 4321);
    for (int i = 2; i < 12; ++i) {
        shelf.Requests.push_back(SaveRequest{"s" + std::to_string(i), "A headline long enough to be cut in the panel's list, story s" + std::to_string(i)});
        shelf.Finish("s" + std::to_string(i), 1000 + i);
    }
    app->DismissOfflineNotice();
    io.AddMousePosEvent(-1.0f, -1.0f);
    for (int i = 0; i < 12; ++i) { Frame(app.get(), g_pixel_ratio); host.Settle(5); }
    state = Json(app->StateJson());
    CHECK(state["savedOffline"]["open"].GetBool());
    CHECK(state["savedOffline"]["rows"].Size() == 11);
    CHECK(FrameAllocations(app.get()) == 0);
    CHECK(FrameAllocations(app.get()) == 0);

    PressKey(app.get(), ImGuiKey_Escape); // closes the panel, and nothing else
    state = Json(app->StateJson());
    CHECK_FALSE(state["savedOffline"]["open"].GetBool());
    CHECK(std::string(state["state"].GetString()) == "article");

    // A feed view: the button stays; its panel offers the latest of the view, and idles at no cost.
    app->Navigate("#/", false);
    host.Settle(5);
    for (int i = 0; i < 12; ++i) { Frame(app.get(), g_pixel_ratio); host.Settle(5); }
    REQUIRE(app->GetPhase() == Phase::Feed);
    PressKey(app.get(), ImGuiKey_O);
    for (int i = 0; i < 6; ++i) Frame(app.get(), g_pixel_ratio);
    state = Json(app->StateJson());
    CHECK(state["savedOffline"]["open"].GetBool());
    CHECK(state["savedOffline"].HasMember("saveButton"));
    CHECK(FrameAllocations(app.get()) == 0);
}
