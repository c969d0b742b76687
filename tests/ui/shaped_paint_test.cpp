// The reader view's painting of shaped and right-to-left pieces, read back from ImGui's draw data: a shaped
// piece's glyphs are the glyph-index face's glyphs of those indices, each at the piece's pen plus its offsets (to
// the device pixel at a pixel ratio of 2), and a character at an odd level is drawn as its mirror (Substitute).
#include "fake_host.h"
#include "fake_shaping_services.h"
#include "shaped_text.h"
#include "ui/faces.h"
#include "ui/glyph_index_font.h"
#include "ui/reader_view.h"
#include "ui/settings.h"
#include "ui/theme.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <cmath>
#include <vector>

using namespace folio;
using namespace folio::ui;

namespace {

// One frame of the view alone, 320x200 at a pixel ratio of 2; textures the atlas asks for are taken as made.
void DrawFrame(ReaderView* view, FaceSet* faces) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(320, 200);
    io.DisplayFramebufferScale = ImVec2(2, 2);
    io.DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    faces->BeginFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("view", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground);
    view->Draw(*faces, ThemeFor(ThemeChoice::Light, false), ImVec2(0, 0), io.DisplaySize, 0.0f, true);
    ImGui::End();
    ImGui::Render();
    for (ImTextureData* tex : ImGui::GetPlatformIO().Textures) {
        if (tex->Status == ImTextureStatus_WantCreate) { tex->SetTexID((ImTextureID)1); tex->SetStatus(ImTextureStatus_OK); }
        else if (tex->Status == ImTextureStatus_WantUpdates) tex->SetStatus(ImTextureStatus_OK);
    }
}

// Whether some drawn vertex has this texture coordinate at this position.
bool DrawnAt(ImVec2 uv, ImVec2 pos) {
    const ImDrawData* data = ImGui::GetDrawData();
    for (const ImDrawList* list : data->CmdLists)
        for (const ImDrawVert& v : list->VtxBuffer)
            if (v.uv.x == uv.x && v.uv.y == uv.y && std::fabs(v.pos.x - pos.x) < 0.01f && std::fabs(v.pos.y - pos.y) < 0.01f) return true;
    return false;
}

bool DrawnAnywhere(ImVec2 uv) {
    for (const ImDrawList* list : ImGui::GetDrawData()->CmdLists)
        for (const ImDrawVert& v : list->VtxBuffer)
            if (v.uv.x == uv.x && v.uv.y == uv.y) return true;
    return false;
}

} // namespace

TEST_CASE("reader view: a shaped piece is drawn glyph by glyph by index, a mirrored character by its Substitute") {
    test::ImGuiContextScope imgui;
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasTextures | ImGuiBackendFlags_RendererHasVtxOffset;
    test::FakeHost host;
    test::FakeShapingServices services;
    host.TextServices = &services;
    test::ServeShapedFonts(host);
    FaceSet faces;
    bool ready = false;
    faces.Start(&host, "fonts/", [&](bool ok, const std::string&) { ready = ok; });
    host.Settle(10);
    REQUIRE(ready);
    faces.WantText(test::kArabicWord);
    host.Settle(10);
    const layout::FaceId arabic = faces.Resolve(SerifRegular, 0x0628);
    REQUIRE(faces.Shaped(arabic));

    // Glyph indices far from the word's code points (U+0628...), so drawing its text by code point would differ.
    const std::vector<uint32_t> glyphs = {400, 123, 250};
    const auto galley = test::ShapedLine(SerifRegular, arabic, glyphs, 0xFF202020);
    ReaderView view;
    view.SetDocument(test::OneItem(galley), false);
    DrawFrame(&view, &faces); // bakes the glyphs
    DrawFrame(&view, &faces);

    const float size = faces.ImGuiSize(arabic, 20.0f);
    ImFontBaked* baked = faces.Font(arabic)->GetFontBaked(size);
    const layout::Piece& word = galley->Pieces[1];
    const float pen_x = std::floor(10.0f + word.X + 0.5f), pen_y = std::floor(10.0f + word.Top + 0.5f);
    for (size_t i = 0; i < glyphs.size(); ++i) {
        CAPTURE(i);
        const ImFontGlyph* g = baked->FindGlyphNoFallback((ImWchar)GlyphChar(glyphs[i]));
        REQUIRE(g != nullptr);
        REQUIRE(g->Visible);
        const layout::PlacedGlyph& placed = galley->Glyphs[i];
        const float x = pen_x + std::round(placed.X * 2.0f) / 2.0f, y = pen_y + std::round(placed.Y * 2.0f) / 2.0f;
        CHECK(DrawnAt(ImVec2(g->U0, g->V0), ImVec2(x + g->X0, y + g->Y0)));
        CHECK(DrawnAt(ImVec2(g->U1, g->V1), ImVec2(x + g->X1, y + g->Y1)));
    }
    // The word's characters as glyph indices (what drawing its bytes through the face would give) are not drawn.
    for (uint32_t cp : {0x0628u, 0x064Au, 0x062Au})
        if (const ImFontGlyph* g = baked->FindGlyphNoFallback((ImWchar)cp); g && g->Visible) CHECK_FALSE(DrawnAnywhere(ImVec2(g->U0, g->V0)));

    // ")" at level 1 is drawn as "(": the serif's "(" at the piece's place, and no ")".
    ImFontBaked* serif = faces.Font(SerifRegular)->GetFontBaked(faces.ImGuiSize(SerifRegular, 20.0f));
    const ImFontGlyph* open = serif->FindGlyph('(');
    const ImFontGlyph* close = serif->FindGlyph(')');
    const layout::Piece& paren = galley->Pieces[2];
    const float px = std::floor(10.0f + paren.X + 0.5f), py = std::floor(10.0f + paren.Top + 0.5f);
    CHECK(DrawnAt(ImVec2(open->U0, open->V0), ImVec2(px + open->X0, py + open->Y0)));
    CHECK_FALSE(DrawnAnywhere(ImVec2(close->U0, close->V0)));
    // The Latin piece is drawn from its text as before.
    const ImFontGlyph* a = serif->FindGlyph('a');
    CHECK(DrawnAt(ImVec2(a->U0, a->V0), ImVec2(std::floor(10.0f + 0.5f) + a->X0, std::floor(10.0f + 0.5f) + a->Y0)));
}
