// FontLoader: the five faces of the reader, fetched in parallel and added to ImGui's atlas as they arrive.
#include "ui/fonts.h"

#include <imgui.h>

#include <cstdint>
#include <cstring>

namespace folio::ui {

struct FaceFile {
    const char* File;
    Face Fonts::*Slot;
};
static const FaceFile kFaces[] = {
    {"NotoSerif-Regular.ttf", &Fonts::Serif},
    {"NotoSerif-Italic.ttf", &Fonts::SerifItalic},
    {"NotoSerif-Bold.ttf", &Fonts::SerifBold},
    {"NotoSans-Regular.ttf", &Fonts::Sans},
    {"NotoSans-Bold.ttf", &Fonts::SansBold},
};
constexpr int kFaceCount = sizeof(kFaces) / sizeof(kFaces[0]);

static uint32_t U32(const unsigned char* p) { return (uint32_t)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3]; }
static int U16(const unsigned char* p) { return p[0] << 8 | p[1]; }
static int S16(const unsigned char* p) { return (int16_t)(uint16_t)U16(p); }

float EmScaleOfTrueType(const unsigned char* data, size_t size) {
    if (size < 12) return 1.0f;
    const int tables = U16(data + 4);
    const unsigned char *head = nullptr, *hhea = nullptr;
    for (int i = 0; i < tables && 12 + (size_t)i * 16 + 16 <= size; ++i) {
        const unsigned char* rec = data + 12 + i * 16;
        const uint32_t offset = U32(rec + 8), length = U32(rec + 12);
        if ((size_t)offset + length > size) continue;
        if (!memcmp(rec, "head", 4) && length >= 54) head = data + offset;
        if (!memcmp(rec, "hhea", 4) && length >= 36) hhea = data + offset;
    }
    if (!head || !hhea) return 1.0f;
    const int units_per_em = U16(head + 18), ascender = S16(hhea + 4), descender = S16(hhea + 6);
    if (units_per_em <= 0 || ascender - descender <= 0) return 1.0f;
    return (float)(ascender - descender) / (float)units_per_em;
}

void FontLoader::Start(Host* host, const std::string& base_url, std::function<void(bool, const std::string&)> done) {
    Done_ = std::move(done);
    BaseUrl_ = base_url;
    Pending_ = kFaceCount;
    for (int i = 0; i < kFaceCount; ++i)
        host->Fetch(base_url + kFaces[i].File, [this, i](FetchResult&& r) { Arrived(i, std::move(r)); });
}

void FontLoader::Arrived(int index, FetchResult&& result) {
    if (Failed_) return;
    const std::string url = BaseUrl_ + kFaces[index].File;
    if (!result.Ok || result.Body.size() < 12) {
        Failed_ = true;
        Done_(false, url + ": " + (result.Ok ? std::string("not a font file") : result.Error));
        return;
    }
    // The atlas owns and frees the data, so it must come from ImGui's allocator.
    void* data = IM_ALLOC(result.Body.size());
    memcpy(data, result.Body.data(), result.Body.size());
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = true;
    snprintf(cfg.Name, sizeof(cfg.Name), "%s", kFaces[index].File);
    ImFont* font = ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data, (int)result.Body.size(), 0.0f, &cfg);
    if (!font) {
        Failed_ = true;
        Done_(false, url + ": not a TrueType font ImGui can read");
        return;
    }
    Face& face = Fonts_.*(kFaces[index].Slot);
    face.Font = font;
    face.EmScale = EmScaleOfTrueType((const unsigned char*)result.Body.data(), result.Body.size());
    if (--Pending_ == 0) {
        Ready_ = true;
        Done_(true, "");
    }
}

} // namespace folio::ui
