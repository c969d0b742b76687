// FaceSet: loading faces into ImGui's atlas, stand-ins while they load, fallback faces for what the reading faces
// lack (CJK, rarer Latin, arrows, mathematical signs, symbols), shaped script faces drawn by glyph index, and the
// metrics the layout layer measures with.
#include "ui/faces.h"
#include "ui/glyph_index_font.h"
#include "layout/utf8.h"
#include "model/json_read.h"

#include <imgui.h>
#include <rapidjson/document.h>

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
    }
    Host_->RequestFrame();
}

void FaceSet::BeginFrame() {
    CachedBaked_ = nullptr;
    CachedFace_ = 255;
    if (ForShaper_) HandToShaper(); // the web's text module may have arrived
}

// Shaped faces that are in go to the shaper once it is there (natively at once; on the web when the module loads).
void FaceSet::HandToShaper() {
    layout::TextShaper* shaper = Text_ ? Text_->Shaper() : nullptr;
    if (!shaper) return;
    for (size_t f = FirstFallback; f < Slots_.size(); ++f) {
        Slot& slot = Slots_[f];
        if (!slot.Shaped || !slot.Font || slot.InShaper) continue;
        shaper->AddFace((layout::FaceId)f, slot.Bytes); // a face it refuses stays unshaped (Shaped() asks it)
        slot.InShaper = true;
        std::string().swap(slot.Bytes);
        ++Generation_;
    }
    ForShaper_ = false;
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

// A slice's ranges may hold characters its font lacks (a symbols block is never whole): ask the face, by its
// character map for a shaped face (its ImGui font looks up glyph indices); a shaped face only once it shapes.
bool FaceSet::Usable(layout::FaceId face, uint32_t cp) const {
    const Slot& slot = Slots_[face];
    if (!slot.Font) return false;
    bool in_ranges = false;
    for (const auto& r : slot.Ranges) in_ranges |= cp >= r.first && cp <= r.second;
    if (!in_ranges) return false;
    return slot.Shaped ? Shaped(face) && GlyphIndexFontMaps(slot.Font, cp) : slot.Font->IsGlyphInFont((ImWchar)cp);
}

layout::FaceId FaceSet::Resolve(layout::FaceId face, uint32_t cp) const {
    if (face < Slots_.size() && Slots_[face].Shaped) {
        if (Usable(face, cp)) return face;
    } else if (Font(face)->IsGlyphInFont((ImWchar)cp)) {
        return face;
    }
    const bool bold = face == SerifBold || face == SerifBoldItalic || face == SansBold || face == SansBoldItalic;
    for (size_t f = FirstFallback; f < Slots_.size(); ++f) {
        const Slot& slot = Slots_[f];
        if (!slot.Regular || !Usable((layout::FaceId)f, cp)) continue;
        if (bold && slot.Bold >= 0 && Usable((layout::FaceId)slot.Bold, cp)) return (layout::FaceId)slot.Bold;
        return (layout::FaceId)f;
    }
    return face;
}

void FaceSet::LoadShaped(layout::FaceId face) {
    Load(face);
    if (Slots_[face].Bold >= 0) Load((layout::FaceId)Slots_[face].Bold); // headlines are bold
    if (Text_) Text_->Need();
}

void FaceSet::WantScripts(const std::vector<std::string>& scripts) {
    if (!Host_ || scripts.empty() || Manifest_ == Manifest::Failed) return;
    if (Manifest_ != Manifest::Loaded) {
        WantedScripts_.insert(WantedScripts_.end(), scripts.begin(), scripts.end());
        FetchManifest();
        return;
    }
    for (size_t f = FirstFallback; f < Slots_.size(); ++f) {
        const Slot& slot = Slots_[f];
        if (slot.Shaped && slot.Regular && std::find(scripts.begin(), scripts.end(), slot.Script) != scripts.end())
            LoadShaped((layout::FaceId)f);
    }
}

void FaceSet::FetchManifest() {
    if (Manifest_ != Manifest::None) return;
    Manifest_ = Manifest::Loading;
    Host_->Fetch(BaseUrl_ + "fallback.json", [this](FetchResult&& r) {
        if (!r.Ok) { Manifest_ = Manifest::Failed; return; }
        LoadManifest(r.Body);
        std::string wanted;
        wanted.swap(WantedText_);
        WantText(wanted);
        std::vector<std::string> scripts;
        scripts.swap(WantedScripts_);
        WantScripts(scripts);
    });
}

void FaceSet::WantText(const std::string& text) {
    if (!Ready_ || Manifest_ == Manifest::Failed) return;
    // Characters the serif lacks (its subset covers Latin, Greek, Cyrillic and punctuation) need a fallback face.
    std::string missing;
    for (size_t i = 0, next; i < text.size(); i = next) {
        uint32_t cp;
        next = layout::DecodeUtf8(text.data(), i, text.size(), &cp);
        // U+0180 and above: past what every face has
        if (cp >= 0x180 && !Slots_[SerifRegular].Font->IsGlyphInFont((ImWchar)cp)) missing.append(text, i, next - i);
    }
    if (missing.empty()) return;
    FetchManifest();
    if (Manifest_ == Manifest::Loading) { WantedText_ += missing; return; }
    for (size_t f = FirstFallback; f < Slots_.size(); ++f) {
        if (!Slots_[f].Regular || (Slots_[f].Requested && !Slots_[f].Shaped)) continue;
        bool needed = false;
        for (size_t i = 0; i < missing.size() && !needed;) {
            uint32_t cp;
            i = layout::DecodeUtf8(missing.data(), i, missing.size(), &cp);
            for (const auto& r : Slots_[f].Ranges) needed |= cp >= r.first && cp <= r.second;
        }
        if (!needed) continue;
        if (!Slots_[f].Shaped) Load((layout::FaceId)f);
        else if (!Slots_[f].Requested) LoadShaped((layout::FaceId)f);
        else if (Text_ && !Text_->Shaper()) Text_->Need(); // its shaper is not there (a failed load): ask again
    }
}

void FaceSet::LoadManifest(const std::string& text) {
    rapidjson::Document doc;
    Error ignored; // any failure: the fallback faces are not used, and the reason is the same for the reader
    if (!JsonReader("fonts/fallback.json", &ignored).Parse(text, &doc) || !doc.IsObject() || !doc.HasMember("faces") ||
        !doc["faces"].IsArray()) {
        Manifest_ = Manifest::Failed;
        return;
    }
    // A face's file is a plain name in the fonts folder ("fallback-symbols.ttf"): nothing that climbs out of it,
    // names another host or folder, or hides in a query; an entry naming anything else is skipped.
    auto plain_name = [](const std::string& name) {
        if (name.empty() || name.size() > 100 || name[0] == '.') return false;
        for (char c : name)
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
                return false;
        return true;
    };
    // A shaped entry ("shaped": true) names its script (ISO 15924, four letters) and may name a bold file; one that
    // does not say its script is skipped (it could never be asked for by WantScripts, nor drawn unshaped).
    auto string_of = [](const rapidjson::Value& f, const char* key) {
        return f.HasMember(key) && f[key].IsString() ? std::string(f[key].GetString(), f[key].GetStringLength()) : std::string();
    };
    auto script_code = [](const std::string& s) {
        return s.size() == 4 && std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
    };
    for (const auto& f : doc["faces"].GetArray()) {
        if (!f.IsObject() || !f.HasMember("file") || !f["file"].IsString() || !f.HasMember("ranges") || !f["ranges"].IsArray()) continue;
        Slot slot;
        slot.File = f["file"].GetString();
        if (!plain_name(slot.File)) continue;
        for (const auto& r : f["ranges"].GetArray())
            if (r.IsArray() && r.Size() == 2 && r[0].IsUint() && r[1].IsUint()) slot.Ranges.emplace_back(r[0].GetUint(), r[1].GetUint());
        if (slot.Ranges.empty() || Slots_.size() >= 248) continue; // face ids stay below 250
        slot.Shaped = f.HasMember("shaped") && f["shaped"].IsBool() && f["shaped"].GetBool();
        if (!slot.Shaped) { Slots_.push_back(std::move(slot)); continue; }
        slot.Script = string_of(f, "script");
        if (!script_code(slot.Script)) continue;
        const std::string bold = string_of(f, "bold");
        if (plain_name(bold)) {
            Slot bold_slot = slot;
            bold_slot.File = bold;
            bold_slot.Regular = false;
            slot.Bold = (int)Slots_.size() + 1;
            Slots_.push_back(std::move(slot));
            Slots_.push_back(std::move(bold_slot));
        } else {
            Slots_.push_back(std::move(slot));
        }
    }
    Manifest_ = Manifest::Loaded;
}

} // namespace folio::ui
