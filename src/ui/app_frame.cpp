// App, part two: one frame. The document view fills the window; the toolbar, filter chips, Find bar and
// settings panel sit over it. Keys and links are handled here.
#include "ui/app.h"
#include "ui/article_document.h"
#include "ui/feed_document.h"

#include <imgui.h>
#include <imgui_internal.h> // ImTextCharToUtf8

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace folio::ui {

static constexpr float kToolbarHeight = 52.0f, kChipsHeight = 40.0f;

// A floating panel (Find, settings) under the toolbar's right end, on the theme's panel colour with a hairline
// border, in the UI face. Pair with EndPanel().
void App::BeginPanel(const char* name, float width, float max_width, int flags) {
    const ImVec2 p = ImGui::GetMainViewport()->WorkPos;
    const float w = std::min(max_width, width - 24.0f);
    ImGui::SetNextWindowPos(ImVec2(p.x + width - w - 12.0f, p.y + kToolbarHeight + 6.0f));
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

void App::CloseFind() {
    FindOpen_ = false;
    View_.ClearFind();
    LastQuery_.clear();
    FindQuery_[0] = 0;
}

// "812 bytes", "12.3 KB", "4.1 MB"
static std::string FormatBytes(uint64_t n) {
    char buf[32];
    if (n < 1000) snprintf(buf, sizeof buf, "%u bytes", (unsigned)n);
    else if (n < 1000 * 1000) snprintf(buf, sizeof buf, "%.1f KB", n / 1e3);
    else snprintf(buf, sizeof buf, "%.1f MB", n / 1e6);
    return buf;
}

static bool IconButton(const char* id, const char* label, const ImVec2& size) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    const bool pressed = ImGui::Button(label[0] ? label : id, size);
    ImGui::PopStyleColor();
    return pressed;
}

void App::RebuildDocumentIfNeeded(float width) {
    const Theme& theme = GetTheme();
    const float inset = kToolbarHeight + (Phase_ == Phase::Feed ? kChipsHeight : 0.0f);
    const float scale = ImGui::GetIO().DisplayFramebufferScale.x;
    const bool unchanged = DocKey_.Valid && DocKey_.Shown == Phase_ && DocKey_.ArticleId == ArticleId_ &&
                           DocKey_.Route == Route_ && DocKey_.Width == width && DocKey_.Scale == scale &&
                           DocKey_.Settings == Settings_ && DocKey_.FontGeneration == Faces_.Generation() &&
                           DocKey_.Colors == &theme && DocKey_.Items == Feed_.Items.size() &&
                           DocKey_.PageLoading == PageLoading_ && DocKey_.FeedEnded == NextPageUrl_.empty();
    if (unchanged) return;
    // The same content (only width, settings or fonts changed) keeps the reader's place and selection.
    const bool same = DocKey_.Built && DocKey_.Shown == Phase_ && DocKey_.ArticleId == ArticleId_ && DocKey_.Route == Route_;
    const bool had_content = DocKey_.Built;
    DocKey_ = DocumentKey{true, true, Phase_, ArticleId_, Route_, width, scale, Settings_, Faces_.Generation(), &theme,
                          Feed_.Items.size(), PageLoading_, NextPageUrl_.empty()};
    DocumentContext ctx{&Faces_, Faces_.Generation(), &Cache_, {theme.Text, theme.Muted, theme.Accent, theme.Rule, theme.Link},
                        Settings_, width, scale, inset};
    if (Phase_ == Phase::Article) {
        const Article& a = Articles_[ArticleId_];
        View_.SetDocument(BuildArticleDocument(a, RelatedLinks(a), ctx), same);
    } else if (Phase_ == Phase::Feed) {
        View_.SetDocument(BuildFeedDocument(Feed_.Title.empty() ? "All news" : Feed_.Title, FilteredItems(), FeedEndState(),
                                            PageError_, FilterLabel(), ctx), same);
    } else {
        View_.SetDocument(Document(), false);
    }
    if (PendingPosition_ >= 0.0f) {
        if (!ExternalScroll_) View_.SetTopFraction(PendingPosition_);
        LastSavedFraction_ = PendingPosition_;
        PendingPosition_ = -1.0f;
    }
    if (PendingCursor_ && Phase_ == Phase::Feed) {
        PendingCursor_ = false;
        const int i = View_.Doc().EntryFor(CursorTarget_);
        if (i >= 0) {
            View_.SetCursorItem(i);
            if (!View_.ItemInView(i)) View_.ScrollToItem(i, 0, false);
        }
    }
    if (ExternalScroll_) {
        // The host's scroll position stands; other content opened while scrolled down starts at its top.
        if (!same && had_content && ExternalY_ > 0.0f) ScrollRequest_ = 0.0f;
        View_.SetExternalY(ExternalY_);
    }
    if (!LastQuery_.empty() && FindOpen_ && !same) View_.FindText(LastQuery_);
}

void App::Draw() {
    ++Frames_;
    Faces_.BeginFrame();
    Animating_ = false;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const Theme& theme = GetTheme();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##folio", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    const float width = vp->WorkSize.x, height = vp->WorkSize.y;

    if (Phase_ == Phase::Article || Phase_ == Phase::Feed) {
        RebuildDocumentIfNeeded(width);
        const float inset = kToolbarHeight + (Phase_ == Phase::Feed ? kChipsHeight : 0.0f);
        ViewEvents ev = View_.Draw(Faces_, theme, vp->WorkPos, vp->WorkSize, inset, ReducedMotion_);
        Animating_ |= ev.Animating;
        if (!ev.LinkClicked.empty()) FollowLink(ev.LinkClicked);
        if (ev.ContextCopy) CopySelection();
        if (ev.ContextCopyLink) CopyArticleLink();
        if (ev.ContextFind) { FindOpen_ = true; FindFocus_ = 1; }
        if (ev.ContextSettings) { SettingsOpen_ = true; SettingsFocus_ = true; }
        if (!ev.Animating && Phase_ == Phase::Article) RememberPosition();
        // More of the feed as the reader nears its end.
        if (Phase_ == Phase::Feed && !PageLoading_ && PageError_.empty() && !NextPageUrl_.empty() &&
            View_.ScrollY() > View_.MaxScroll() - height * 1.5f)
            LoadFeedPage(NextPageUrl_);
        HandleKeys(height - inset);
        if (ExternalScroll_) { // what keys, Find or links asked for, the host does
            const float want = View_.ScrollTarget();
            if (std::fabs(want - ExternalY_) >= 0.5f) ScrollRequest_ = std::clamp(want, 0.0f, View_.MaxScroll());
            View_.SetExternalY(ExternalY_);
        }
        if (View_.Doc().Height != PublishedDocHeight_) Publish(); // a host sizing the viewer to it needs to know
    } else {
        // Loading and error: a calm message in the middle.
        const float col = std::min(34.0f * Settings_.FontSize, width - 40.0f);
        const float x = std::max(20.0f, (width - col) * 0.5f);
        ImGui::SetCursorPos(ImVec2(x, std::max(kToolbarHeight + 20.0f, height * 0.3f)));
        ImGui::PushTextWrapPos(x + col);
        if (Phase_ == Phase::Loading) {
            ImGui::PushFont(Faces_.Font(SansRegular), Faces_.ImGuiSize(SansRegular, Settings_.FontSize));
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme.Muted), "Loading\xE2\x80\xA6");
            ImGui::PopFont();
            if (!ProgressUrl_.empty()) { // a slow download: how far it has come
                ImGui::SetCursorPosX(x);
                ImGui::PushFont(Faces_.Font(SansRegular), Faces_.ImGuiSize(SansRegular, Settings_.FontSize * 0.7f));
                ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme.Muted), "%s \xE2\x80\x94 %s", ProgressUrl_.c_str(),
                                   FormatBytes(ProgressBytes_).c_str());
                ImGui::PopFont();
            }
        } else {
            ImGui::PushFont(Faces_.Font(SerifBold), Faces_.ImGuiSize(SerifBold, Settings_.FontSize * 1.4f));
            ImGui::TextUnformatted("This could not be loaded");
            ImGui::PopFont();
            ImGui::Dummy(ImVec2(0, 8));
            ImGui::SetCursorPosX(x);
            ImGui::PushFont(Faces_.Font(SansRegular), Faces_.ImGuiSize(SansRegular, Settings_.FontSize * 0.8f));
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme.ErrorText), "%s", Error_.c_str());
            ImGui::Dummy(ImVec2(0, 12));
            ImGui::SetCursorPosX(x);
            ImGui::PushFont(Faces_.Font(SansBold), 0.0f);
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(theme.Accent));
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme.Background));
            if (ImGui::Button("Retry")) Retry();
            ImGui::SameLine();
            ImGui::PopStyleColor(2);
            if (FeedLoaded_ && ImGui::Button("All news")) Navigate(kFeedRoute, false);
            ImGui::PopFont();
            ImGui::PopFont();
            if (ImGui::IsKeyPressed(ImGuiKey_Escape) && FeedLoaded_) Navigate(kFeedRoute, false);
        }
        ImGui::PopTextWrapPos();
    }
    DrawToolbar(width);
    if (Phase_ == Phase::Feed) DrawFilterChips(width);
    ImGui::End();
    if (FindOpen_) DrawFindBar(width);
    if (SettingsOpen_) DrawSettingsPanel(width);
    Cache_.EndFrame();
}

void App::DrawToolbar(float width) {
    const Theme& theme = GetTheme();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetMainViewport()->WorkPos;
    const float h = kToolbarHeight + (Phase_ == Phase::Feed ? kChipsHeight : 0.0f);
    dl->AddRectFilled(p, ImVec2(p.x + width, p.y + h), theme.Background);
    if (View_.ScrollY() > 1.0f) dl->AddLine(ImVec2(p.x, p.y + h - 0.5f), ImVec2(p.x + width, p.y + h - 0.5f), theme.Rule);
    const float ui = std::max(14.0f, std::min(17.0f, Settings_.FontSize * 0.8f));
    ImGui::PushFont(Faces_.Font(SansBold), Faces_.ImGuiSize(SansBold, ui));
    const float button_h = 36.0f, y = p.y + (kToolbarHeight - button_h) * 0.5f;
    ImGui::SetCursorScreenPos(ImVec2(p.x + 10.0f, y));
    if (Phase_ == Phase::Article || (Phase_ == Phase::Feed && !Filter_.empty()) || Phase_ == Phase::Error) {
        if (IconButton("##back", "\xE2\x80\xB9  All news", ImVec2(0, button_h))) Navigate(kFeedRoute, false);
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    } else {
        ImGui::PushFont(Faces_.Font(SerifBold), Faces_.ImGuiSize(SerifBold, ui * 1.3f));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme.Accent));
        ImGui::SetCursorScreenPos(ImVec2(p.x + 20.0f, p.y + (kToolbarHeight - ImGui::GetFontSize()) * 0.5f));
        ImGui::TextUnformatted("Folio");
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    const float bw = 44.0f;
    if (Phase_ == Phase::Article || Phase_ == Phase::Feed) {
        ImGui::SetCursorScreenPos(ImVec2(p.x + width - 2.0f * bw - 14.0f, y));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (IconButton("##find", "", ImVec2(bw, button_h))) { FindOpen_ = !FindOpen_; FindFocus_ = FindOpen_ ? 1 : 0; }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Find in page (Ctrl+F)");
        // A magnifying glass.
        const ImU32 c = ImGui::GetColorU32(ImGuiCol_Text);
        const ImVec2 centre(at.x + bw * 0.5f - 2.0f, at.y + button_h * 0.5f - 2.0f);
        dl->AddCircle(centre, 6.5f, c, 0, 2.0f);
        dl->AddLine(ImVec2(centre.x + 4.6f, centre.y + 4.6f), ImVec2(centre.x + 10.0f, centre.y + 10.0f), c, 2.2f);
    }
    ImGui::SetCursorScreenPos(ImVec2(p.x + width - bw - 10.0f, y));
    if (IconButton("##settings", "Aa", ImVec2(bw, button_h))) { SettingsOpen_ = !SettingsOpen_; SettingsFocus_ = SettingsOpen_; }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Reader settings (S)");
    ImGui::PopFont();
}

void App::DrawFilterChips(float width) {
    const ImVec2 p = ImGui::GetMainViewport()->WorkPos;
    const float ui = std::max(13.0f, std::min(15.0f, Settings_.FontSize * 0.7f));
    ImGui::PushFont(Faces_.Font(SansRegular), Faces_.ImGuiSize(SansRegular, ui));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 14.0f);
    const TypeScale type = TypeScaleFor(Settings_, width);
    const float column = std::min(type.Measure, width - 2.0f * type.Margin);
    float x = p.x + std::max(type.Margin, (width - column) * 0.5f); // in line with the list below
    const float y = p.y + kToolbarHeight + 2.0f;
    const Theme& theme = GetTheme();
    for (const auto& [label, route] : Chips_) {
        const float w = ImGui::CalcTextSize(label.c_str()).x + 24.0f;
        if (x + w > p.x + width - type.Margin) break;
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        const bool selected = route == RouteOrFeed(Route_);
        if (selected) {
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(theme.Accent));
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme.Background));
        }
        ImGui::PushID(route.c_str());
        if (ImGui::Button(label.c_str(), ImVec2(w, 28.0f)) && !selected) Navigate(route, false);
        ImGui::PopID();
        if (selected) ImGui::PopStyleColor(2);
        x += w + 8.0f;
    }
    ImGui::PopStyleVar();
    ImGui::PopFont();
}

void App::DrawFindBar(float width) {
    BeginPanel("##findbar", width, 460.0f, ImGuiWindowFlags_NoDecoration);
    if (FindFocus_ > 0) {
        // Characters typed while the bar opens, until the field has the focus, belong to the query (except the
        // "/" that opened it): taken here, before the field would drop them.
        ImGuiIO& io = ImGui::GetIO();
        bool skip_slash = FindFocus_ == 2;
        for (ImWchar c : io.InputQueueCharacters) {
            if (c < 0x20 || (c == '/' && skip_slash)) { skip_slash &= c != '/'; continue; }
            char utf8[5];
            ImTextCharToUtf8(utf8, c);
            if (strlen(FindQuery_) + strlen(utf8) < sizeof FindQuery_) strcat(FindQuery_, utf8);
        }
        io.InputQueueCharacters.resize(0);
        if (FindFocus_ == 2) FindFocus_ = 1;
        ImGui::SetKeyboardFocusHere();
        Animating_ = true; // frames until the field has the focus
    }
    const float buttons_w = ImGui::GetFrameHeight() * 2.0f + ImGui::CalcTextSize("Close").x + ImGui::GetStyle().FramePadding.x * 2.0f +
                            ImGui::GetStyle().ItemSpacing.x * 2.0f;
    const float count_w = ImGui::CalcTextSize("888 of 888").x + ImGui::GetStyle().ItemSpacing.x * 2.0f;
    const float row_right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - buttons_w - count_w);
    // A field that takes the focus selects its text, so the next key would replace what was just typed: while
    // focusing, the caret goes to the end instead.
    auto caret_to_end = [](ImGuiInputTextCallbackData* d) {
        if (*(int*)d->UserData > 0) d->SelectionStart = d->SelectionEnd = d->CursorPos = d->BufTextLen;
        return 0;
    };
    const bool enter = ImGui::InputTextWithHint("##query", "Find in page", FindQuery_, sizeof FindQuery_,
                                                ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackAlways,
                                                caret_to_end, &FindFocus_);
    if (FindFocus_ > 0 && ImGui::IsItemActive()) FindFocus_ = 0;
    if (LastQuery_ != FindQuery_) { LastQuery_ = FindQuery_; View_.FindText(LastQuery_); Publish(); }
    if (enter) {
        View_.FindStep(ImGui::GetIO().KeyShift ? -1 : 1);
        ImGui::SetKeyboardFocusHere(-1); // stay in the field for the next Enter
    }
    ImGui::SameLine();
    if (LastQuery_.empty()) ImGui::TextDisabled(" ");
    else if (View_.FindCount() == 0) ImGui::TextDisabled("No matches");
    else ImGui::Text("%d of %d", View_.FindCurrent() + 1, View_.FindCount());
    ImGui::SameLine(row_right - buttons_w + ImGui::GetStyle().ItemSpacing.x);
    if (ImGui::ArrowButton("##prev", ImGuiDir_Up)) View_.FindStep(-1);
    ImGui::SameLine();
    if (ImGui::ArrowButton("##next", ImGuiDir_Down)) View_.FindStep(1);
    ImGui::SameLine();
    if (ImGui::Button("Close") || (ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows) && ImGui::IsKeyPressed(ImGuiKey_Escape, false)))
        CloseFind();
    EndPanel();
}

void App::DrawSettingsPanel(float width) {
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard; // Tab and arrows move between the panel's controls
    if (SettingsFocus_) { ImGui::SetNextWindowFocus(); SettingsFocus_ = false; }
    BeginPanel("Reader settings", width, 340.0f, ImGuiWindowFlags_NoCollapse);
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
    if (close) { SettingsOpen_ = false; io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard; }
}

void App::HandleKeys(float page) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || (SettingsOpen_ && ImGui::IsWindowFocused(ImGuiFocusedFlags_AnyWindow) && !ImGui::IsWindowFocused())) return;
    const bool ctrl = io.KeyCtrl || io.KeySuper;
    const float line = Settings_.FontSize * 3.0f;
    auto pressed = [](ImGuiKey k) { return ImGui::IsKeyPressed(k, true); };
    if (!ctrl) {
        if (pressed(ImGuiKey_DownArrow)) View_.ScrollBy(line);
        if (pressed(ImGuiKey_UpArrow)) View_.ScrollBy(-line);
        if (pressed(ImGuiKey_PageDown) || (pressed(ImGuiKey_Space) && !io.KeyShift)) View_.ScrollBy(page * 0.9f);
        if (pressed(ImGuiKey_PageUp) || (pressed(ImGuiKey_Space) && io.KeyShift)) View_.ScrollBy(-page * 0.9f);
        if (ImGui::IsKeyPressed(ImGuiKey_Home, false)) View_.ScrollTo(0.0f);
        if (ImGui::IsKeyPressed(ImGuiKey_End, false)) View_.ScrollTo(View_.MaxScroll());
        if (ImGui::IsKeyPressed(ImGuiKey_J, true)) StepArticle(1);
        if (ImGui::IsKeyPressed(ImGuiKey_K, true)) StepArticle(-1);
        if (ImGui::IsKeyPressed(ImGuiKey_S, false)) { SettingsOpen_ = !SettingsOpen_; SettingsFocus_ = SettingsOpen_; }
        if (ImGui::IsKeyPressed(ImGuiKey_Slash, false)) { FindOpen_ = true; FindFocus_ = 2; }
        if (ImGui::IsKeyPressed(ImGuiKey_Enter, false) && Phase_ == Phase::Feed && !CursorTarget_.empty())
            Navigate(CursorTarget_, false);
        if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
            if (FindOpen_) CloseFind();
            else if (SettingsOpen_) SettingsOpen_ = false;
            else if (View_.HasSelection()) View_.ClearSelection();
            else if (Phase_ == Phase::Article || !Filter_.empty()) Navigate(kFeedRoute, false);
        }
        if ((io.KeyAlt && ImGui::IsKeyPressed(ImGuiKey_LeftArrow, false)) || ImGui::IsKeyPressed(ImGuiKey_Backspace, false)) Back();
    } else {
        if (ImGui::IsKeyPressed(ImGuiKey_Equal, true)) { ReaderSettings n = Settings_; n.StepFontSize(1); SetSettings(n); }
        if (ImGui::IsKeyPressed(ImGuiKey_Minus, true)) { ReaderSettings n = Settings_; n.StepFontSize(-1); SetSettings(n); }
        if (ImGui::IsKeyPressed(ImGuiKey_0, false)) { ReaderSettings n = Settings_; n.FontSize = ReaderSettings().FontSize; SetSettings(n); }
        if (ImGui::IsKeyPressed(ImGuiKey_F, false)) { FindOpen_ = true; FindFocus_ = 1; }
        if (ImGui::IsKeyPressed(ImGuiKey_C, false)) CopySelection();
        if (ImGui::IsKeyPressed(ImGuiKey_A, false)) View_.SelectAll();
    }
    if (FindOpen_ && !io.WantTextInput && ImGui::IsKeyPressed(ImGuiKey_Enter, false) && Phase_ != Phase::Feed)
        View_.FindStep(io.KeyShift ? -1 : 1);
}

void App::StepArticle(int direction) {
    const auto items = FilteredItems();
    if (items.empty()) return;
    if (Phase_ == Phase::Feed) { // move the cursor down the list; Enter opens
        const int at = std::clamp(IndexOf(items, CursorTarget_) + direction, 0, (int)items.size() - 1);
        const std::string link = ArticleRoute(items[at]->Id);
        const int i = View_.Doc().EntryFor(link);
        if (i >= 0) { View_.ScrollToItem(i, 0, true); View_.SetCursorItem(i); }
        CursorTarget_ = link;
        ++CursorMoves_;
        if (at == (int)items.size() - 1 && !NextPageUrl_.empty() && !PageLoading_) LoadFeedPage(NextPageUrl_);
        Publish(); // the host moves its focus with the cursor
        return;
    }
    const int next = IndexOf(items, ArticleRoute(ArticleId_)) + direction;
    if (next >= 0 && next < (int)items.size()) Navigate(ArticleRoute(items[next]->Id), false);
    else if (next >= (int)items.size() && !NextPageUrl_.empty()) LoadFeedPage(NextPageUrl_);
}

void App::FollowLink(const std::string& target) {
    if (HasRoutePrefix(target, kFeedRoute)) { Navigate(target, false); return; }
    // Only the web's own schemes leave the reader; javascript:, data:, file: and the rest are refused.
    for (const char* scheme : {"http://", "https://", "mailto:"}) {
        if (target.size() > strlen(scheme) && strncasecmp(target.c_str(), scheme, strlen(scheme)) == 0) {
            Host_->OpenUrl(target);
            return;
        }
    }
}

void App::CopySelection() {
    const std::string text = View_.SelectedText();
    if (!text.empty()) Host_->SetClipboard(text);
}

void App::CopyArticleLink() {
    if (Phase_ != Phase::Article) return;
    std::string link = Host_->LinkTo(Route_);
    const Article& a = Articles_[ArticleId_];
    if (link.empty()) link = a.Url;
    if (!link.empty()) Host_->SetClipboard(link);
}

} // namespace folio::ui
