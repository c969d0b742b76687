// FaceSet: loading faces into ImGui's atlas (shaped script faces as glyph-index fonts), stand-ins while they load,
// and the metrics the layout layer measures with. The fallback and script faces (which to fetch, which face draws a
// character, the shaper's copies) are in faces_fallback.cpp.
#include "ui/faces.h"
#include "ui/glyph_index_font.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace folio::ui {

static const char* const kFaceFiles[FaceCount] = {
    "NotoSerif-Regular.ttf", "NotoSerif-Italic.ttf", "NotoSerif-Bold.ttf", "NotoSerif-BoldItalic.ttf",
    "NotoSans-Regular.ttf",  "NotoSans-Italic.ttf",  "NotoSans-Bold.ttf",  "NotoSans-BoldItalic.ttf",
    "NotoSansMono-Regular.ttf",
};
static const bool kFirstView[FaceCount] = {true, true, true, false, true, false, true, false, false};
// While an optional face loads, text is set in the nearest face that is in.
static const Face kStandIn[FaceCount] = {SerifRegular, SerifRegular, SerifRegular, SerifBold,
                                         SansRegular,  SansRegular,  SansRegular,  SansBold, SansRegular};

Face FaceFor(bool sans, bool italic, bool bold) {
    return (Face)((sans ? SansRegular : SerifRegular) + (bold ? 2 : 0) + (italic ? 1 : 0));
}

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

void FaceSet::Start(Host* host, const std::string& base_url, std::function<void(bool, const std::string&)> ready) {
    Host_ = host;
    Text_ = host->Text();
    BaseUrl_ = base_url;
    ReadyFn_ = std::move(ready);
    Slots_.assign(FaceCount, Slot());
    for (int f = 0; f < FaceCount; ++f) {
        Slots_[f].File = kFaceFiles[f];
        if (kFirstView[f]) { ++PendingFirst_; Load((layout::FaceId)f); }
    }
}

void FaceSet::Load(layout::FaceId face) {
    Slot& slot = Slots_[face];
    if (slot.Requested) return;
    slot.Requested = true;
    Host_->Fetch(BaseUrl_ + slot.File, [this, face](FetchResult&& r) { Arrived(face, std::move(r)); });
}

void FaceSet::Arrived(layout::FaceId face, FetchResult&& r) {
    Slot& slot = Slots_[face];
    const bool first_view = face < FaceCount && kFirstView[face];
    const std::string url = BaseUrl_ + slot.File;
    ImFont* font = nullptr;
    if (r.Ok && r.Body.size() >= 12) {
        void* data = IM_ALLOC(r.Body.size()); // the atlas owns and frees it
        memcpy(data, r.Body.data(), r.Body.size());
        ImFontConfig cfg;
        cfg.FontDataOwnedByAtlas = true;
        snprintf(cfg.Name, sizeof(cfg.Name), "%s", slot.File.c_str());
        if (slot.Shaped) cfg.FontLoader = GlyphIndexFontLoader();
        font = ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data, (int)r.Body.size(), 0.0f, &cfg);
    }
    if (!font) {
        // An optional face that fails keeps its stand-in; the first view cannot do without its faces.
        if (first_view && !Failed_) {
            Failed_ = true;
            ReadyFn_(false, url + ": " + (r.Ok ? std::string("not a TrueType font") : r.Error));
        }
        return;
    }
    slot.Font = font;
    slot.EmScale = EmScaleOfTrueType((const unsigned char*)r.Body.data(), r.Body.size());
    ++Generation_;
    if (slot.Shaped) {
        slot.Bytes = std::move(r.Body);
        ForShaper_ = true;
        HandToShaper();
    }
    CachedBaked_ = nullptr;
    if (first_view && --PendingFirst_ == 0 && !Failed_) {
        Ready_ = true;
        ReadyFn_(true, "");
        if (!WantedText_.empty() && Manifest_ != Manifest::Loading) { // text that arrived before the first-view faces
            std::string wanted;
            wanted.swap(WantedText_);
            WantText(wanted);
        }
    }
    Host_->RequestFrame();
}

void FaceSet::BeginFrame() {
    CachedBaked_ = nullptr;
    CachedFace_ = 255;
    if (ForShaper_) HandToShaper(); // the web's text module may have arrived
}

bool FaceSet::Shaped(layout::FaceId face) const {
    if (face >= Slots_.size() || !Slots_[face].Shaped || !Slots_[face].Font || !Slots_[face].InShaper) return false;
    const layout::TextShaper* shaper = Text_ ? static_cast<const layout::TextServices*>(Text_)->Shaper() : nullptr;
    return shaper && shaper->HasFace(face);
}

float FaceSet::PixelEm(layout::FaceId face, float size) const {
    layout::FaceId f = face;
    if (f >= Slots_.size() || !Slots_[f].Font) f = f < FaceCount ? kStandIn[f] : SerifRegular;
    // ImGui sizes a face by its ascent-to-descent height (EmScale ems): its em is the size over that.
    return ImGuiSize(face, size) / Slots_[f].EmScale;
}

ImFont* FaceSet::Font(layout::FaceId face) const {
    if (face < Slots_.size() && Slots_[face].Font) return Slots_[face].Font;
    if (face < FaceCount) return Slots_[kStandIn[face]].Font ? Slots_[kStandIn[face]].Font : Slots_[SerifRegular].Font;
    return Slots_[SerifRegular].Font;
}

float FaceSet::ImGuiSize(layout::FaceId face, float em) const {
    layout::FaceId f = face;
    if (f >= Slots_.size() || !Slots_[f].Font) f = f < FaceCount ? kStandIn[f] : SerifRegular;
    // ImGui bakes whole sizes and scales the bitmaps of any other: a whole size keeps glyphs crisp, and keeps
    // the layout's measurements equal to what ImGui draws.
    return std::max(1.0f, std::round(em * Slots_[f].EmScale));
}

void FaceSet::Want(Face face) {
    if (face < Slots_.size() && !Slots_[face].Font) Load(face); // nothing before Start (a headless App)
}

ImFontBaked* FaceSet::Baked(layout::FaceId face, float size) const {
    if (CachedBaked_ && CachedFace_ == face && CachedSize_ == size) return CachedBaked_;
    CachedFace_ = face;
    CachedSize_ = size;
    CachedBaked_ = Font(face)->GetFontBaked(ImGuiSize(face, size));
    return CachedBaked_;
}

float FaceSet::Advance(layout::FaceId face, float size, uint32_t cp) const {
    return Baked(face, size)->GetCharAdvance((ImWchar)cp);
}
float FaceSet::Ascent(layout::FaceId face, float size) const { return Baked(face, size)->Ascent; }
float FaceSet::Descent(layout::FaceId face, float size) const { return -Baked(face, size)->Descent; }

} // namespace folio::ui
