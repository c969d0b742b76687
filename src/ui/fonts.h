// The reader's fonts: fetched through the Host as TTF files, then handed to ImGui's atlas, which rasterises
// each size on demand (ImGui 1.92 dynamic fonts) at the display's framebuffer scale, so text stays crisp.
#pragma once
#include "ui/host.h"

#include <string>

struct ImFont;

namespace folio::ui {

// One face in ImGui's atlas. ImGui sizes a font by its ascent-to-descent height; readers and CSS size type by
// the em. EmScale converts: ImGui size = em size * EmScale.
struct Face {
    ImFont* Font = nullptr;
    float EmScale = 1.0f;
    float ImGuiSize(float em_px) const { return em_px * EmScale; }
};

struct Fonts {
    Face Serif, SerifItalic, SerifBold, Sans, SansBold;
};

// (ascender - descender) / unitsPerEm from a TrueType file's 'hhea' and 'head' tables, as stb_truetype
// measures them; 1 when the tables cannot be read.
float EmScaleOfTrueType(const unsigned char* data, size_t size);

class FontLoader {
public:
    // Fetches every face from base_url ("fonts/"); done(ok, error) runs once all arrived or one failed.
    void Start(Host* host, const std::string& base_url, std::function<void(bool, const std::string&)> done);
    bool Ready() const { return Ready_; }
    const Fonts& Get() const { return Fonts_; }

private:
    void Arrived(int index, FetchResult&& result);
    Fonts Fonts_;
    int Pending_ = 0;
    bool Ready_ = false, Failed_ = false;
    std::string BaseUrl_;
    std::function<void(bool, const std::string&)> Done_;
};

} // namespace folio::ui
