// An idle frame allocates nothing: the App drawn headless (ImGui frames without a renderer, the build's fonts
// served through the fake Host) on a feed with filter chips under a section route whose name is too long for a
// string's inline buffer, and on an article; once settled, a frame that nothing changed makes no heap allocation.
// Allocations are counted by replacing the global operator new for this test program and through ImGui's allocator
// functions (both counting only while armed).
#include "ui/app.h"

#include "build_fonts.h"
#include "fake_host.h"
#include "test_bundle.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <cstdlib>
#include <memory>
#include <new>
#include <string>
#include <vector>

namespace {
bool g_counting = false;
size_t g_allocations = 0;
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

// One ImGui frame of the App at 390x844 (a phone's viewport); textures the atlas asks for are taken as made.
void Frame(App* app) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(390, 844);
    io.DisplayFramebufferScale = ImVec2(1, 1);
    io.DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    app->Draw();
    ImGui::Render();
    for (ImTextureData* tex : ImGui::GetPlatformIO().Textures) {
        if (tex->Status == ImTextureStatus_WantCreate) { tex->SetTexID((ImTextureID)1); tex->SetStatus(ImTextureStatus_OK); }
        else if (tex->Status == ImTextureStatus_WantUpdates) tex->SetStatus(ImTextureStatus_OK);
        else if (tex->Status == ImTextureStatus_WantDestroy) { tex->SetTexID(ImTextureID_Invalid); tex->SetStatus(ImTextureStatus_Destroyed); }
    }
}

// Allocations made by one frame.
size_t FrameAllocations(App* app) {
    g_allocations = 0;
    g_counting = true;
    Frame(app);
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
    for (int i = 0; i < 12; ++i) { Frame(app.get()); host.Settle(5); } // fonts baked, documents built, settled
    CHECK(FrameAllocations(app.get()) == 0);
    CHECK(FrameAllocations(app.get()) == 0);

    app->Navigate("#/", false); // the whole feed, chips unselected but one
    host.Settle(5);
    CHECK(FrameAllocations(app.get()) > 0); // the count counts: a frame that builds a document allocates
    for (int i = 0; i < 12; ++i) { Frame(app.get()); host.Settle(5); }
    CHECK(FrameAllocations(app.get()) == 0);

    app->Open("a3");
    host.Settle(5);
    for (int i = 0; i < 12; ++i) { Frame(app.get()); host.Settle(5); }
    REQUIRE(app->GetPhase() == Phase::Article);
    CHECK(FrameAllocations(app.get()) == 0);
}
