// FaceSet's fallback and script faces: fonts/fallback.json read (slices by Unicode range; shaped script faces with
// their script and bold file), the faces a text or an article's scripts want fetched, a character resolved to the
// face that draws it (a shaped face only once the platform's shaper has its bytes), and shaped faces' bytes handed
// to the shaper (late, when the web's text module arrives; asked for again after a failed load).
#include "ui/faces.h"
#include "ui/glyph_index_font.h"
#include "layout/text_services.h"
#include "layout/utf8.h"
#include "model/json_read.h"

#include <imgui.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <cstdint>

namespace folio::ui {

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
    if (Manifest_ == Manifest::Failed) return;
    if (!Ready_) { // the reading faces are not in to ask: kept (past what every face has) until they are
        for (size_t i = 0, next; i < text.size() && Host_; i = next) {
            uint32_t cp;
            next = layout::DecodeUtf8(text.data(), i, text.size(), &cp);
            if (cp >= 0x180) WantedText_.append(text, i, next - i);
        }
        return;
    }
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
