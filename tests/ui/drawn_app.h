// What the App-level ui tests that draw share: ImGui frames of the App without a renderer (the textures the atlas
// asks for taken as made), and an App started on the fake Host with the build's fonts, ready to draw.
#pragma once
#include "fake_host.h"
#include "ui/app.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <memory>
#include <string>

namespace folio::test {

// One ImGui frame of the App at 390x844 (a phone's viewport; or width x height) and the given pixel ratio.
inline void Frame(ui::App* app, float pixel_ratio = 1.0f, float width = 390.0f, float height = 844.0f) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(width, height);
    io.DisplayFramebufferScale = ImVec2(pixel_ratio, pixel_ratio);
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

// An App on feed_url at route with the fonts host serves under "fonts/" (ServeBuildFonts), its fonts and first page
// answered, ready to draw; the ImGui context (ImGuiContextScope) is the caller's.
inline std::unique_ptr<ui::App> StartDrawn(FakeHost* host, const std::string& feed_url, const std::string& route) {
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasTextures | ImGuiBackendFlags_RendererHasVtxOffset;
    ui::AppOptions o;
    o.FeedUrl = feed_url;
    o.FontsUrl = "fonts/";
    o.Route = route;
    auto app = std::make_unique<ui::App>();
    app->Init(host, o);
    host->Settle(20);
    REQUIRE(app->CanDraw());
    return app;
}

} // namespace folio::test
