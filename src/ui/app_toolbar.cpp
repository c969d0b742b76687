// App, part two b: the toolbar and what opens from it, over the document: the back button, the search's button
// (on a phone; its field is app_search.cpp's), Find and "Aa" with their tooltips (read aloud's and "Saved for
// offline"'s buttons and panels are app_narration.cpp's and app_offline.cpp's), the feed's filter chips, the Find bar (ImGui's field, or the field a platform's text agent types
// into) and the settings panel. What they decide without ImGui is in toolbar_rules and chip_rows. The text that
// comes from the bundle or the reader (the feed's title, section and tag names, the Find query) is laid out as
// labels (label.h) and painted from their galleys (galley_paint.h): ImGui would draw it unshaped, left to right.
#include "ui/app.h"
#include "ui/galley_paint.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace folio::ui {

static constexpr float kChipsAbove = 2.0f, kChipsBelow = 10.0f; // the chips' band: their rows and this room
static const ChipMetrics kChipMetrics{28.0f, 8.0f, 8.0f};

// A floating panel (Find, settings) under the toolbar's right end, on the theme's panel colour with a hairline
// border, in the UI face. Pair with EndPanel().
void App::BeginPanel(const char* name, float width, float max_width, int flags) {
    const ImVec2 p = ImGui::GetMainViewport()->WorkPos;
    const float w = std::min(max_width, width - 24.0f);
    ImGui::SetNextWindowPos(ImVec2(p.x + MirrorX(width - w - 12.0f, w, width, ToolbarRtl_), p.y + kToolbarHeight + 6.0f));
    ImGui::SetNextWindowSize(ImVec2(w, 0.0f));
    ImGui::PushFont(Faces_.Font(SansRegular), Faces_.ImGuiSize(SansRegular, 15.0f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(GetTheme().Panel));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    ImGui::Begin(name, nullptr, flags | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

void App::EndPanel() {
    ImGui::End();
    ImGui::PopFont();
}
// A toolbar button: its glyph on the toolbar, no fill or outline until hovered.
static bool IconButton(const char* id, const char* label, const ImVec2& size) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    const bool pressed = ImGui::Button(label[0] ? label : id, size);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    return pressed;
}
void App::Tooltip(const char* text) {
    const bool mouse = ImGui::GetIO().MouseSource == ImGuiMouseSource_Mouse;
    if (!ImGui::IsItemHovered() || !TooltipAllowed(mouse ? Pointer::Mouse : Pointer::Touch, SettingsOpen_ || FindOpen_ || NarrationOpen_ || OfflineOpen_)) return;
    ImGui::SetTooltip("%s", text);
    Tooltip_ = text;
}

// The toolbar's buttons at its right end, in slots from the right: 1 "Aa", 2 Find, 3 "Saved for offline" (where a
// shelf is), then read aloud (an article with a voice). 44 px each, 4 px apart, 10 px from the edge.
static constexpr float kButtonW = 44.0f;
static float SlotX(int slot) { return (float)slot * kButtonW + 10.0f + 4.0f * (float)(slot - 1); }

float App::RightButtonsWidth() const {
    return SlotX(2 + (OfflineShown() ? 1 : 0) + (NarrationShown() ? 1 : 0));
}

void App::SetSettingsOpen(bool open) {
    if (open == SettingsOpen_) return;
    if (open) NarrationOpen_ = OfflineOpen_ = false;
    SettingsOpen_ = open;
    SettingsFocus_ = open;
    // Tab and the arrows move between the panel's controls while it is open, and only then: with ImGui's keyboard
    // navigation off, the platform leaves Tab to the page (web_input), so focus moves on out of the viewer.
    ImGuiIO& io = ImGui::GetIO();
    if (open) io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    else io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
    Publish(); // the host hears it (a mirror's Enter belongs to the panel while it is open)
}

void App::DrawToolbar(float width, float h) {
    const Theme& theme = GetTheme();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetMainViewport()->WorkPos;
    dl->AddRectFilled(p, ImVec2(p.x + width, p.y + h), theme.Toolbar);
    if (View_.ScrollY() > 1.0f) dl->AddLine(ImVec2(p.x, p.y + h - 0.5f), ImVec2(p.x + width, p.y + h - 0.5f), theme.Rule);
    const float ui = std::max(14.0f, std::min(17.0f, Settings_.FontSize * 0.8f));
    ImGui::PushFont(Faces_.Font(SansBold), Faces_.ImGuiSize(SansBold, ui));
    const float button_h = 36.0f, y = p.y + (kToolbarHeight - button_h) * 0.5f;
    const float bw = kButtonW;
    const Phase phase = GetPhase();
    const bool view = phase == Phase::Article || phase == Phase::Feed || phase == Phase::Search;
    // The search: a field in the toolbar (its own window, DrawSearchBar), or on a phone a button that opens it.
    const float search_w = !Search_.Available() || !view ? 0.0f
                           : Narrow_ ? ImGui::CalcTextSize("Search").x + ImGui::GetStyle().FramePadding.x * 2.0f
                                     : SearchFieldWidth(width);
    if (phase == Phase::Article || (phase == Phase::Feed && !Nav_.Filter().empty()) || phase == Phase::Error || phase == Phase::Search) {
        // The feed by its name (a section may be called "All news"), cut to the room left of the search, Find and
        // "Aa"; or "Search results" for an article opened from them. The name is a label (shaped, in its own
        // direction) and the arrow ImGui's text beside it.
        const float pad = ImGui::GetStyle().FramePadding.x;
        const float room = width - 10.0f - RightButtonsWidth() - 8.0f - pad * 2.0f - (search_w > 0.0f ? search_w + 8.0f : 0.0f);
        const LabelContext ctx = Labels();
        static const std::string kResults = "Search results";
        const bool to_results = BackRoute() != kFeedRoute;
        const std::string& language = Loader().GetFeed().Language;
        const LabelStyle style{SansBold, ui, language.empty() || to_results ? nullptr : &language};
        BackLabel_.For(to_results ? kResults : Loader().GetFeed().Title, room, GalleyMeasure(style, ctx), ToolbarRtl_);
        BackName_.Set(BackLabel_.Name(), style, ctx);
        const std::string& arrow = BackLabel::Arrow(ToolbarRtl_);
        const float arrow_w = ImGui::CalcTextSize(arrow.c_str(), arrow.c_str() + arrow.size()).x;
        const float label_w = arrow_w + BackName_.Width() + pad * 2.0f;
        const ImVec2 at(p.x + MirrorX(10.0f, label_w, width, ToolbarRtl_), y);
        ImGui::SetCursorScreenPos(at);
        if (IconButton("##back", "", ImVec2(label_w, button_h))) Navigate(BackRoute(), false);
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        const ImU32 c = ImGui::GetColorU32(ImGuiCol_Text);
        const float name_x = at.x + pad + (ToolbarRtl_ ? 0.0f : arrow_w), arrow_x = ToolbarRtl_ ? name_x + BackName_.Width() : at.x + pad;
        dl->AddText(ImVec2(arrow_x, at.y + (button_h - ImGui::GetFontSize()) * 0.5f), c, arrow.c_str(), arrow.c_str() + arrow.size());
        if (const layout::Galley* g = BackName_.Galley())
            PaintGalley(dl, *g, Faces_, ImVec2(name_x, std::floor(at.y + (button_h - g->Height) * 0.5f + 0.5f)), 0.0f, g->Height, c);
    } else {
        ImGui::PushFont(Faces_.Font(SerifBold), Faces_.ImGuiSize(SerifBold, ui * 1.3f));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme.Accent));
        ImGui::SetCursorScreenPos(ImVec2(p.x + 20.0f, p.y + (kToolbarHeight - ImGui::GetFontSize()) * 0.5f));
        ImGui::TextUnformatted("Folio");
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    SearchButton_ = Box();
    if (search_w > 0.0f && Narrow_ && !SearchOpen_) {
        const ImVec2 at(p.x + MirrorX(width - RightButtonsWidth() - 6.0f - search_w, search_w, width, ToolbarRtl_), y);
        ImGui::SetCursorScreenPos(at);
        if (IconButton("##search", "Search", ImVec2(search_w, button_h))) FocusSearch(1);
        Tooltip("Search articles (/)");
        SearchButton_ = Box{at.x - p.x, at.y - p.y, search_w, button_h};
    }
    int slot = 3;
    if (OfflineShown()) DrawOfflineButton(p.x + MirrorX(width - SlotX(slot++), bw, width, ToolbarRtl_), y, bw, button_h);
    if (NarrationShown()) {
        const float nx = p.x + MirrorX(width - SlotX(slot++), bw, width, ToolbarRtl_);
        const bool was = NarrationOpen_;
        DrawNarrationButton(nx, y, bw, button_h);
        if (NarrationOpen_ && !was) { SetSettingsOpen(false); OfflineOpen_ = false; } // one panel at a time
    }
    if (view) {
        ImGui::SetCursorScreenPos(ImVec2(p.x + MirrorX(width - SlotX(2), bw, width, ToolbarRtl_), y));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (IconButton("##find", "", ImVec2(bw, button_h))) { if (FindOpen_) CloseFind(); else OpenFind(1); }
        Tooltip("Find in page (Ctrl+F)");
        // A page with a magnifying glass over its corner: find in this page, not the bundle's search (whose
        // button says "Search" beside it on a phone).
        const ImU32 c = ImGui::GetColorU32(ImGuiCol_Text);
        const float cx = at.x + bw * 0.5f, cy = at.y + button_h * 0.5f;
        const ImVec2 page_min(cx - 8.0f, cy - 9.0f), page_max(cx + 4.0f, cy + 7.0f);
        dl->AddRect(page_min, page_max, c, 1.5f, 0, 1.6f);
        for (int i = 0; i < 3; ++i) {
            const float ly = page_min.y + 4.0f + 3.5f * static_cast<float>(i);
            dl->AddLine(ImVec2(page_min.x + 3.0f, ly), ImVec2(page_max.x - (i == 2 ? 7.0f : 3.0f), ly), c, 1.4f);
        }
        const ImVec2 lens(cx + 3.0f, cy + 4.0f);
        dl->AddCircleFilled(lens, 5.2f, theme.Toolbar); // the glass hides the page behind it
        dl->AddCircle(lens, 4.2f, c, 0, 1.8f);
        dl->AddLine(ImVec2(lens.x + 3.0f, lens.y + 3.0f), ImVec2(lens.x + 6.8f, lens.y + 6.8f), c, 2.2f);
    }
    ImGui::SetCursorScreenPos(ImVec2(p.x + MirrorX(width - SlotX(1), bw, width, ToolbarRtl_), y));
    if (IconButton("##settings", "Aa", ImVec2(bw, button_h))) SetSettingsOpen(!SettingsOpen_);
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    SettingsToggle_ = Box{a.x, a.y, b.x - a.x, b.y - a.y};
    Tooltip("Reader settings (S)");
    ImGui::PopFont();
}

// The chips' text column: in line with the list below.
static void ChipColumn(const ReaderSettings& settings, float width, float* x, float* w) {
    const TypeScale type = TypeScaleFor(settings, width);
    *w = std::max(0.0f, type.ColumnWidth(width));
    *x = std::max(type.Margin, (width - *w) * 0.5f);
}

static float ChipFontSize(const ReaderSettings& s) { return std::max(13.0f, std::min(15.0f, s.FontSize * 0.7f)); }

float App::LayoutFilterChips(float width) {
    ChipColumn(Settings_, width, &ChipsX_, &ChipsWidth_);
    if (GetPhase() == Phase::Search) UpdateSearchChips(ChipsWidth_);
    const auto& chips = ShownChips();
    const LabelContext ctx = Labels();
    const std::string& language = Loader().GetFeed().Language;
    const LabelStyle style{SansRegular, ChipFontSize(Settings_), language.empty() ? nullptr : &language};
    LayOutChipLabels(chips, style, ctx, 12.0f, &ChipLabels_, &ChipWidths_);
    if (language != ChipsLanguage_) { // not parsed each frame
        ChipsLanguage_ = language;
        ChipsRtl_ = DirectionOf(language) == layout::Direction::Rtl;
    }
    LayoutChipRows(ChipWidths_.data(), ChipWidths_.size(), ChipsWidth_, kChipMetrics, &ChipRows_, ChipsRtl_);
    return ChipRows_.Rows > 0 ? kChipsAbove + ChipRows_.Height + kChipsBelow : 0.0f;
}

void App::DrawFilterChips() {
    const ImVec2 p = ImGui::GetMainViewport()->WorkPos;
    ImGui::PushFont(Faces_.Font(SansRegular), Faces_.ImGuiSize(SansRegular, ChipFontSize(Settings_)));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 14.0f);
    const Theme& theme = GetTheme();
    const auto& chips = ShownChips();
    const bool search = GetPhase() == Phase::Search; // its chips say which are on; an on one turns its filter off
    // Above the feed's first item, scrolling with it, and hidden under the toolbar once scrolled past.
    ChipsY_ = kToolbarHeight + kChipsAbove - View_.ScrollY();
    const ImVec2 size = ImGui::GetMainViewport()->WorkSize;
    ImGui::PushClipRect(ImVec2(p.x, p.y + kToolbarHeight), ImVec2(p.x + size.x, p.y + size.y), true);
    const std::string& shown = Nav_.Route().empty() ? kFeedRoute : Nav_.Route(); // no copy: a frame allocates nothing
    for (size_t i = 0; i < chips.size() && i < ChipRows_.Places.size(); ++i) {
        const std::string& route = chips[i].second;
        const ChipPlace& at = ChipRows_.Places[i];
        if (ChipsY_ + at.Y + at.H <= kToolbarHeight) continue; // scrolled away
        ImGui::SetCursorScreenPos(ImVec2(p.x + ChipsX_ + at.X, p.y + ChipsY_ + at.Y));
        const bool selected = search ? i < SearchChipOn_.size() && SearchChipOn_[i] : route == shown;
        if (selected) PushPrimaryButtonColors(theme);
        ImGui::PushID(route.c_str());
        if (ImGui::Button("##chip", ImVec2(at.W, at.H)) && route != shown) {
            if (search && route == kMoreFiltersChip) ShowAllSearchChips();
            else Navigate(route, false);
        }
        ImGui::PopID();
        if (const layout::Galley* g = i < ChipLabels_.size() ? ChipLabels_[i].Galley() : nullptr) { // its name, centred
            const ImVec2 o(std::floor(p.x + ChipsX_ + at.X + (at.W - g->InkWidth) * 0.5f + 0.5f),
                           std::floor(p.y + ChipsY_ + at.Y + (at.H - g->Height) * 0.5f + 0.5f));
            PaintGalley(ImGui::GetWindowDrawList(), *g, Faces_, o, 0.0f, g->Height, ImGui::GetColorU32(ImGuiCol_Text));
        }
        if (selected) PopPrimaryButtonColors();
    }
    ImGui::PopClipRect();
    ImGui::PopStyleVar();
    ImGui::PopFont();
}

LabelContext App::Labels() {
    return LabelContext{&Faces_, &Cache_, ImGui::GetIO().DisplayFramebufferScale.x, Faces_.Generation()};
}

const std::string* App::TextLanguage() const {
    const Article* shown = GetPhase() == Phase::Article ? Nav_.ShownArticle() : nullptr;
    if (shown && !shown->Language.empty()) return &shown->Language;
    const std::string& feed = Loader().GetFeed().Language;
    return feed.empty() ? nullptr : &feed;
}

// The Find bar sits in the toolbar's row, between its left end and its Find and settings buttons (mirrored for a
// right-to-left article); in a narrow window (a phone) it covers the whole row. So it never hides the document's text, wherever the reader is.
void App::DrawFindBar(float width) {
    const ImVec2 p = ImGui::GetMainViewport()->WorkPos;
    const bool narrow = width < 640.0f;
    const float right = narrow ? width - 6.0f : width - RightButtonsWidth() - 6.0f; // left of the Find button
    const float w = narrow ? width - 12.0f : std::min(460.0f, right - 180.0f);      // right of "‹ All news"
    ImGui::PushFont(Faces_.Font(SansRegular), Faces_.ImGuiSize(SansRegular, 15.0f));
    const float pad = 5.0f, h = ImGui::GetFrameHeight() + 2.0f * pad;
    ImGui::SetNextWindowPos(ImVec2(p.x + MirrorX(right - w, w, width, ToolbarRtl_), p.y + std::max(0.0f, (kToolbarHeight - h) * 0.5f)));
    ImGui::SetNextWindowSize(ImVec2(w, h));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(GetTheme().Panel));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad + 2.0f, pad));
    ImGui::Begin("##findbar", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                                           ImGuiWindowFlags_NoResize);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    if (FindField_.Focus > 0) TakeTypedAhead(FindField_);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttons_w = ImGui::GetFrameHeight() * 2.0f + ImGui::CalcTextSize("Close").x + style.FramePadding.x * 2.0f + style.ItemSpacing.x * 2.0f;
    const float count_w = ImGui::CalcTextSize(narrow ? "888/888" : "888 of 888").x + style.ItemSpacing.x * 2.0f;
    const float row_right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
    const float field_w = ImGui::GetContentRegionAvail().x - buttons_w - count_w;
    bool enter = false;
    if (Options_.PlatformTextEntry) {
        ImGui::AlignTextToFramePadding(); // the count beside it sits on the field's baseline
        if (DrawAgentField(FindField_, TextField::Find, field_w, "Find in page") && FindField_.Focus == 0) {
            FindField_.Focus = 1; // the agent takes the focus
            Publish();
        }
    } else {
        enter = DrawImGuiField(FindField_, field_w, "Find in page");
    }
    ApplyQuery();
    if (enter) {
        View_.FindStep(ImGui::GetIO().KeyShift ? -1 : 1);
        ImGui::SetKeyboardFocusHere(-1); // stay in the field for the next Enter
    }
    ImGui::SameLine();
    if (LastQuery_.empty()) ImGui::TextDisabled(" ");
    else if (View_.FindCount() == 0) ImGui::TextDisabled(narrow ? "None" : "No matches");
    else ImGui::Text(narrow ? "%d/%d" : "%d of %d", View_.FindCurrent() + 1, View_.FindCount());
    ImGui::SameLine(row_right - buttons_w + style.ItemSpacing.x);
    if (ImGui::ArrowButton("##prev", ImGuiDir_Up)) View_.FindStep(-1);
    ImGui::SameLine();
    if (ImGui::ArrowButton("##next", ImGuiDir_Down)) View_.FindStep(1);
    ImGui::SameLine();
    if (ImGui::Button("Close") || (ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows) && ImGui::IsKeyPressed(ImGuiKey_Escape, false)))
        CloseFind();
    ImGui::End();
    ImGui::PopFont();
}

void App::DrawSettingsPanel(float width) {
    if (SettingsFocus_) { ImGui::SetNextWindowFocus(); SettingsFocus_ = false; }
    BeginPanel("Reader settings", width, 340.0f, ImGuiWindowFlags_NoCollapse);
    // Measured in its first frame and drawn in the next: a panel that appears wants that frame.
    if (ImGui::IsWindowAppearing()) Animating_ = true;
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    SettingsBox_ = Box{at.x, at.y, size.x, size.y};
    ReaderSettings s = Settings_;
    ImGui::TextDisabled("Text size");
    if (ImGui::Button(" A\xE2\x80\x93 ")) s.StepFontSize(-1);
    ImGui::SameLine();
    ImGui::Text("%.0f px", s.FontSize);
    ImGui::SameLine();
    if (ImGui::Button(" A+ ")) s.StepFontSize(1);
    ImGui::TextDisabled("Typeface");
    if (ImGui::RadioButton("Serif", !s.Sans)) s.Sans = false;
    ImGui::SameLine();
    if (ImGui::RadioButton("Sans", s.Sans)) s.Sans = true;
    ImGui::TextDisabled("Width");
    const char* widths[] = {"Narrow", "Medium", "Wide"};
    for (int i = 0; i < 3; ++i) {
        if (i) ImGui::SameLine();
        if (ImGui::RadioButton(widths[i], (int)s.Width == i)) s.Width = (Measure)i;
    }
    ImGui::TextDisabled("Line spacing");
    const char* spacings[] = {"Tight", "Normal", "Loose"};
    for (int i = 0; i < 3; ++i) {
        if (i) ImGui::SameLine();
        if (ImGui::RadioButton(spacings[i], (int)s.LineSpacing == i)) s.LineSpacing = (Spacing)i;
    }
    ImGui::TextDisabled("Theme");
    const char* themes[] = {"Auto", "Light", "Dark", "Sepia", "High contrast"};
    for (int i = 0; i < 5; ++i) {
        if (i && i != 3) ImGui::SameLine();
        if (ImGui::RadioButton(themes[i], (int)s.Theme == i)) s.Theme = (ThemeChoice)i;
    }
    ImGui::Checkbox("Justify paragraphs", &s.Justify);
    ImGui::Separator();
    const bool close = ImGui::Button("Done") ||
                       (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && ImGui::IsKeyPressed(ImGuiKey_Escape, false));
    EndPanel();
    SetSettings(s);
    if (close) SetSettingsOpen(false);
}

} // namespace folio::ui
