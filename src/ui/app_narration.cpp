// App, read aloud: the toolbar's button (an article, where the platform has a voice), its panel (play or pause,
// back and forward a paragraph, the speed, the voice), the keys N and, while it speaks, the left and right arrows,
// and the spoken word highlighted through the reader view, which follows it. The logic is narration.h's.
#include "ui/app.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace folio::ui {

static constexpr const char* kNarrationSetting = "narration";

void App::InitNarration() {
    Narration_.SetEngine(Host_->Speech());
    Narration_.LoadSettings(Host_->LoadSetting(kNarrationSetting));
}

bool App::NarrationShown() const {
    return GetPhase() == Phase::Article && Narration_.Available() && Narration_.ParagraphCount() > 0;
}

// The document's text read aloud: its text items marked Aloud, but code and a photo's alt text.
static std::vector<NarrationParagraph> ParagraphsOf(const Document& doc) {
    std::vector<NarrationParagraph> out;
    for (size_t i = 0; i < doc.Items.size(); ++i) {
        const DocItem& it = doc.Items[i];
        if (it.Kind != ItemKind::Text || !it.Selectable || !it.Aloud || it.Code || it.Photo >= 0 || !it.Galley) continue;
        const std::string& text = it.Galley->Text;
        if (text.find_first_not_of(" \n\t") == std::string::npos) continue;
        out.push_back({(int)i, text});
    }
    return out;
}

void App::UpdateNarration() {
    if (GetPhase() != Phase::Article) {
        if (Narration_.Active() || Narration_.ParagraphCount() > 0) {
            Narration_.SetParagraphs({}, "");
            NarrationFor_.clear();
            NarrationOpen_ = false;
            View_.SetSpoken(-1, 0, 0);
            Publish();
        }
        Narration_.Tick(); // late events of what was stopped are dropped
        return;
    }
    if (NarrationDoc_ != DocBuilds_) { // an article shown anew, or the same laid out again
        NarrationDoc_ = DocBuilds_;
        const Article* a = Nav_.ShownArticle();
        if (a && a->Id != NarrationFor_) {
            NarrationFor_ = a->Id;
            Narration_.SetParagraphs(ParagraphsOf(View_.Doc()), a->Language);
            Publish();
        } else {
            Narration_.Relink(ParagraphsOf(View_.Doc()));
        }
        const Narration::Range r = Narration_.Spoken();
        View_.SetSpoken(r.Item, r.Begin, r.End);
    }
    if (Narration_.Tick()) NarrationMoved();
    if (Narration_.SettingsChanged()) Host_->SaveSetting(kNarrationSetting, Narration_.SavedSettings());
}

// The spoken text changed: highlight it and keep it in view.
void App::NarrationMoved() {
    const Narration::Range r = Narration_.Spoken();
    View_.SetSpoken(r.Item, r.Begin, r.End);
    if (r.Item >= 0 && !View_.PlaceInView(r.Item, r.Begin)) View_.ScrollToItem(r.Item, r.Begin, !ReducedMotion_);
    Animating_ = true;
    Publish();
}

bool App::HandleNarrationKeys() {
    if (GetPhase() != Phase::Article) return false;
    bool took = false;
    if (ImGui::IsKeyPressed(ImGuiKey_N, false)) took = Narration_.HandleKey(NarrationKey::N);
    if (ImGui::IsKeyPressed(ImGuiKey_RightArrow, false)) took = Narration_.HandleKey(NarrationKey::Right) || took;
    if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow, false)) took = Narration_.HandleKey(NarrationKey::Left) || took;
    if (took) NarrationMoved();
    return took;
}

// The toolbar's button, left of Find: a speaker drawn with lines (no face is needed for it).
void App::DrawNarrationButton(float x, float y, float w, float h) {
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ImGui::PushStyleColor(ImGuiCol_Button, Narration_.Active() ? ImGui::GetStyleColorVec4(ImGuiCol_ButtonHovered) : ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    if (ImGui::Button("##narrate", ImVec2(w, h))) NarrationOpen_ = !NarrationOpen_;
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    NarrationToggle_ = Box{a.x, a.y, b.x - a.x, b.y - a.y};
    if (ImGui::IsItemClicked()) Publish();
    Tooltip("Read aloud (N)");
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 c = ImGui::GetColorU32(ImGuiCol_Text);
    const float cx = x + w * 0.5f - 4.0f, cy = y + h * 0.5f;
    dl->AddRectFilled(ImVec2(cx - 7.0f, cy - 3.5f), ImVec2(cx - 3.0f, cy + 3.5f), c);
    dl->AddTriangleFilled(ImVec2(cx - 4.0f, cy), ImVec2(cx + 3.0f, cy - 7.5f), ImVec2(cx + 3.0f, cy + 7.5f), c);
    dl->PathArcTo(ImVec2(cx + 3.0f, cy), 5.5f, -0.9f, 0.9f, 8);
    dl->PathStroke(c, 0, 1.8f);
    dl->PathArcTo(ImVec2(cx + 3.0f, cy), 9.5f, -0.9f, 0.9f, 10);
    dl->PathStroke(c, 0, 1.8f);
}

static Box ItemBox() {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax(), p = ImGui::GetMainViewport()->WorkPos;
    return Box{a.x - p.x, a.y - p.y, b.x - a.x, b.y - a.y};
}

static std::string SpeedLabel(float rate) { // "1.25×": drawn as the slider's text (no % in it)
    char buf[16];
    snprintf(buf, sizeof buf, "%g\xC3\x97", rate);
    return buf;
}

void App::DrawNarrationPanel(float width) {
    BeginPanel("Read aloud", width, 320.0f, ImGuiWindowFlags_NoCollapse);
    const Box was_speed = NarrationSpeed_, was_voice = NarrationVoice_;
    if (ImGui::IsWindowAppearing()) Animating_ = true;
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    NarrationBox_ = Box{at.x, at.y, size.x, size.y};
    const float bh = std::max(ImGui::GetFrameHeight(), 36.0f);
    const float third = (ImGui::GetContentRegionAvail().x - 2.0f * ImGui::GetStyle().ItemSpacing.x) / 3.0f;
    bool moved = false;
    if (ImGui::Button("\xE2\x80\xB9 Back##prev", ImVec2(third, bh))) { Narration_.Skip(-1); moved = true; }
    ImGui::SameLine();
    PushPrimaryButtonColors(GetTheme());
    if (ImGui::Button(Narration_.Playing() ? "Pause##play" : "Play##play", ImVec2(third, bh))) {
        if (Narration_.Playing()) Narration_.Pause(); else Narration_.Play();
        moved = true;
    }
    PopPrimaryButtonColors();
    ImGui::SameLine();
    if (ImGui::Button("Next \xE2\x80\xBA##next", ImVec2(third, bh))) { Narration_.Skip(1); moved = true; }
    ImGui::TextDisabled("Speed");
    float rate = Narration_.Rate();
    ImGui::SetNextItemWidth(-1.0f);
    const std::string shown = SpeedLabel(rate);
    if (ImGui::SliderFloat("##speed", &rate, Narration::kMinRate, Narration::kMaxRate, shown.c_str())) {
        Narration_.SetRate(std::round(rate / Narration::kRateStep) * Narration::kRateStep);
        moved = true;
    }
    NarrationSpeed_ = ItemBox();
    ImGui::TextDisabled("Voice");
    const std::vector<Voice>& voices = Narration_.Voices();
    const std::string& current = Narration_.VoiceId();
    const char* preview = "Default voice"; // the engine's choice
    for (const Voice& v : voices) if (v.Id == current) preview = v.Name.c_str();
    ImGui::SetNextItemWidth(-1.0f);
    const bool open = ImGui::BeginCombo("##voice", preview);
    NarrationVoice_ = ItemBox();
    if (!open && !NarrationVoiceRows_.empty()) { NarrationVoiceRows_.clear(); Publish(); }
    if (open) {
        const size_t had = NarrationVoiceRows_.size();
        NarrationVoiceRows_.clear();
        for (const Voice& v : voices) {
            ImGui::PushID(v.Id.c_str());
            if (ImGui::Selectable(v.Name.c_str(), v.Id == current)) { Narration_.SetVoice(v.Id); moved = true; }
            NarrationVoiceRows_.push_back(ItemBox());
            ImGui::PopID();
        }
        ImGui::EndCombo();
        if (had != NarrationVoiceRows_.size()) Publish();
    }
    const bool close = ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && ImGui::IsKeyPressed(ImGuiKey_Escape, false);
    EndPanel();
    auto same = [](const Box& a, const Box& b) { return a.X == b.X && a.Y == b.Y && a.W == b.W && a.H == b.H; };
    if (!same(was_speed, NarrationSpeed_) || !same(was_voice, NarrationVoice_)) Publish(); // a test clicks them
    if (moved) NarrationMoved();
    if (close) NarrationOpen_ = false;
}

} // namespace folio::ui
