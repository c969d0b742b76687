// App, part two: one frame. The document view fills the window; the toolbar, filter chips, Find bar and
// settings panel sit over it. Keys and links are handled here. What the toolbar and the settings panel decide
// (labels, tooltips, closing) is in toolbar_rules, the chips' rows in chip_rows: tested without ImGui.
#include "ui/app.h"
#include "ui/article_document.h"
#include "ui/feed_document.h"

#include <imgui.h>
#include <imgui_internal.h> // ImTextCharToUtf8, the input event queue (TakeTypedAhead)

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace folio::ui {

static constexpr float kToolbarHeight = 52.0f;
static constexpr float kChipsAbove = 2.0f, kChipsBelow = 10.0f; // the chips' band: their rows and this room
static const ChipMetrics kChipMetrics{28.0f, 8.0f, 8.0f};

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

// "812 bytes", "12.3 KB", "4.1 MB"
static std::string FormatBytes(uint64_t n) {
    char buf[32];
    if (n < 1000) snprintf(buf, sizeof buf, "%u bytes", (unsigned)n);
    else if (n < 1000 * 1000) snprintf(buf, sizeof buf, "%.1f KB", n / 1e3);
    else snprintf(buf, sizeof buf, "%.1f MB", n / 1e6);
    return buf;
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

void App::RebuildDocumentIfNeeded(float width, float inset) {
    const Theme& theme = GetTheme();
    const float scale = ImGui::GetIO().DisplayFramebufferScale.x;
    const bool unchanged = DocKey_.Valid && DocKey_.Shown == GetPhase() && DocKey_.ArticleId == Nav_.ArticleId() &&
                           DocKey_.Route == Nav_.Route() && DocKey_.Width == width && DocKey_.Scale == scale && DocKey_.Inset == inset &&
                           DocKey_.Settings == Settings_ && DocKey_.FontGeneration == Faces_.Generation() &&
                           DocKey_.Colors == &theme && DocKey_.Items == Loader().GetFeed().Items.size() &&
                           DocKey_.PageLoading == Loader().PageLoading() && DocKey_.FeedEnded == Loader().NextPageUrl().empty();
    if (unchanged) return;
    // The same content (only width, settings or fonts changed) keeps the reader's place and selection.
    const bool same = DocKey_.Built && DocKey_.Shown == GetPhase() && DocKey_.ArticleId == Nav_.ArticleId() && DocKey_.Route == Nav_.Route();
    const bool had_content = DocKey_.Built;
    DocKey_ = DocumentKey{true, true, GetPhase(), Nav_.ArticleId(), Nav_.Route(), width, scale, inset, Settings_, Faces_.Generation(),
                          &theme, Loader().GetFeed().Items.size(), Loader().PageLoading(), Loader().NextPageUrl().empty()};
    DocumentContext ctx{&Faces_, Faces_.Generation(), &Cache_, {theme.Text, theme.Muted, theme.Accent, theme.Rule, theme.Link},
                        Settings_, width, scale, inset};
    if (GetPhase() == Phase::Article) {
        const Article& a = *Nav_.ShownArticle(); // the Navigator keeps what it shows
        View_.SetDocument(BuildArticleDocument(a, RelatedLinks(a), ctx), same);
    } else if (GetPhase() == Phase::Feed) {
        const std::string& title = Loader().GetFeed().Title;
        View_.SetDocument(BuildFeedDocument(title.empty() ? "All news" : title, Nav_.FilteredItems(), FeedEndState(),
                                            Loader().PageError().Message, Nav_.FilterLabel(), ctx), same);
    } else {
        View_.SetDocument(Document(), false);
    }
    if (PendingPosition_ >= 0.0f) {
        if (!ExternalScroll_) View_.SetTopFraction(PendingPosition_);
        PendingPosition_ = -1.0f;
    }
    if (PendingCursor_ && GetPhase() == Phase::Feed) {
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
    Tooltip_ = "";
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
    // The document starts below the toolbar and, in the feed, below as many rows as the chips need at this width.
    const float inset = kToolbarHeight + (GetPhase() == Phase::Feed ? LayoutFilterChips(width) : 0.0f);

    // A press (a click, a tap) outside the open settings panel closes it and does nothing else, as a tap outside a
    // phone's popover does: the link or text under it is left alone.
    if (SettingsOpen_ && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        const ImVec2 m = ImGui::GetIO().MousePos;
        if (PressClosesPanel(m.x, m.y, SettingsBox_, SettingsToggle_)) {
            SetSettingsOpen(false);
            View_.IgnorePress();
        }
    }
    // A tap below the toolbar (pressed and released without a drag) while the platform's text agent has the keys
    // gives them back to the reader, so a phone's keyboard closes; Find stays open. A swipe keeps them. (A touch's
    // default is blocked, so the browser moves no focus itself; a mouse click moves it, and this changes nothing.)
    if (Options_.PlatformTextEntry && WantsText() == TextField::Find && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
        const ImGuiIO& io = ImGui::GetIO();
        const bool tap = io.MouseDragMaxDistanceSqr[0] < io.MouseDragThreshold * io.MouseDragThreshold;
        if (tap && io.MouseClickedPos[0].y >= vp->WorkPos.y + kToolbarHeight) TextFieldFocus(false);
    }

    if (GetPhase() == Phase::Article || GetPhase() == Phase::Feed) {
        RebuildDocumentIfNeeded(width, inset);
        // The chips scroll away with the feed: the view's own top edge is the toolbar's, or the chips' band while
        // it still shows below the toolbar.
        const float band = inset - kToolbarHeight;
        const float view_top = kToolbarHeight + std::max(0.0f, band - View_.ScrollY());
        ViewEvents ev = View_.Draw(Faces_, theme, vp->WorkPos, vp->WorkSize, view_top, ReducedMotion_);
        Animating_ |= ev.Animating;
        if (!ev.LinkClicked.empty()) FollowLink(ev.LinkClicked);
        if (ev.ContextCopy) CopySelection();
        if (ev.ContextCopyLink) CopyArticleLink();
        if (ev.ContextFind) OpenFind(1);
        if (ev.ContextSettings) SetSettingsOpen(true);
        if (!ev.Animating && GetPhase() == Phase::Article) RememberPosition();
        // More of the feed as the reader nears its end.
        if (GetPhase() == Phase::Feed && View_.ScrollY() > View_.MaxScroll() - height * 1.5f) Nav_.LoadMore();
        HandleKeys(height - kToolbarHeight);
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
        if (GetPhase() == Phase::Loading) {
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
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme.ErrorText), "%s", Nav_.Error().Message.c_str());
            ImGui::Dummy(ImVec2(0, 12));
            ImGui::SetCursorPosX(x);
            ImGui::PushFont(Faces_.Font(SansBold), 0.0f);
            PushPrimaryButtonColors(theme);
            if (ErrorRetryable()) { if (ImGui::Button("Retry")) Retry(); ImGui::SameLine(); } // only where a try can help
            PopPrimaryButtonColors();
            if (Loader().Loaded() && ImGui::Button(FeedName(Loader().GetFeed().Title).c_str())) Navigate(kFeedRoute, false);
            ImGui::PopFont();
            ImGui::PopFont();
            if (ImGui::IsKeyPressed(ImGuiKey_Escape) && Loader().Loaded()) Navigate(kFeedRoute, false);
        }
        ImGui::PopTextWrapPos();
    }
    DrawToolbar(width, kToolbarHeight);
    if (GetPhase() == Phase::Feed) DrawFilterChips();
    ImGui::End();
    if (FindOpen_) DrawFindBar(width);
    if (SettingsOpen_) DrawSettingsPanel(width);
    // ImGui takes queued input a step a frame (a tap's touch, press, release and leaving are four frames): until it
    // has taken all of it, the next frame is wanted, or the end of a tap (the panel it opened, the tooltip it ends)
    // would wait for some other event.
    if (!ImGui::GetCurrentContext()->InputEventsQueue.empty()) Animating_ = true;
    Cache_.EndFrame();
}

void App::Tooltip(const char* text) {
    const bool mouse = ImGui::GetIO().MouseSource == ImGuiMouseSource_Mouse;
    if (!ImGui::IsItemHovered() || !TooltipAllowed(mouse ? Pointer::Mouse : Pointer::Touch, SettingsOpen_ || FindOpen_)) return;
    ImGui::SetTooltip("%s", text);
    Tooltip_ = text;
}

void App::SetSettingsOpen(bool open) {
    if (open == SettingsOpen_) return;
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
    const float bw = 44.0f;
    ImGui::SetCursorScreenPos(ImVec2(p.x + 10.0f, y));
    if (GetPhase() == Phase::Article || (GetPhase() == Phase::Feed && !Nav_.Filter().empty()) || GetPhase() == Phase::Error) {
        // The feed by its name (a section may be called "All news"), cut to the room left of Find and "Aa".
        const float room = width - 10.0f - (2.0f * bw + 14.0f) - 8.0f - ImGui::GetStyle().FramePadding.x * 2.0f;
        auto measure = [](const char* text, size_t n) { return ImGui::CalcTextSize(text, text + n).x; };
        const std::string& label = BackLabel_.For(Loader().GetFeed().Title, room, ImGui::GetFontSize(), measure);
        if (IconButton("##back", label.c_str(), ImVec2(0, button_h))) Navigate(kFeedRoute, false);
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    } else {
        ImGui::PushFont(Faces_.Font(SerifBold), Faces_.ImGuiSize(SerifBold, ui * 1.3f));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme.Accent));
        ImGui::SetCursorScreenPos(ImVec2(p.x + 20.0f, p.y + (kToolbarHeight - ImGui::GetFontSize()) * 0.5f));
        ImGui::TextUnformatted("Folio");
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    if (GetPhase() == Phase::Article || GetPhase() == Phase::Feed) {
        ImGui::SetCursorScreenPos(ImVec2(p.x + width - 2.0f * bw - 14.0f, y));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (IconButton("##find", "", ImVec2(bw, button_h))) { if (FindOpen_) CloseFind(); else OpenFind(1); }
        Tooltip("Find in page (Ctrl+F)");
        // A magnifying glass.
        const ImU32 c = ImGui::GetColorU32(ImGuiCol_Text);
        const ImVec2 centre(at.x + bw * 0.5f - 2.0f, at.y + button_h * 0.5f - 2.0f);
        dl->AddCircle(centre, 6.5f, c, 0, 2.0f);
        dl->AddLine(ImVec2(centre.x + 4.6f, centre.y + 4.6f), ImVec2(centre.x + 10.0f, centre.y + 10.0f), c, 2.2f);
    }
    ImGui::SetCursorScreenPos(ImVec2(p.x + width - bw - 10.0f, y));
    if (IconButton("##settings", "Aa", ImVec2(bw, button_h))) SetSettingsOpen(!SettingsOpen_);
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    SettingsToggle_ = Box{a.x, a.y, b.x - a.x, b.y - a.y};
    Tooltip("Reader settings (S)");
    ImGui::PopFont();
}

// The chips' text column: in line with the list below.
static void ChipColumn(const ReaderSettings& settings, float width, float* x, float* w) {
    const TypeScale type = TypeScaleFor(settings, width);
    *w = std::max(0.0f, std::min(type.Measure, width - 2.0f * type.Margin));
    *x = std::max(type.Margin, (width - *w) * 0.5f);
}

static float ChipFontSize(const ReaderSettings& s) { return std::max(13.0f, std::min(15.0f, s.FontSize * 0.7f)); }

float App::LayoutFilterChips(float width) {
    ImGui::PushFont(Faces_.Font(SansRegular), Faces_.ImGuiSize(SansRegular, ChipFontSize(Settings_)));
    ChipWidths_.clear();
    for (const auto& chip : Loader().Chips()) ChipWidths_.push_back(ImGui::CalcTextSize(chip.first.c_str()).x + 24.0f);
    ImGui::PopFont();
    ChipColumn(Settings_, width, &ChipsX_, &ChipsWidth_);
    LayoutChipRows(ChipWidths_.data(), ChipWidths_.size(), ChipsWidth_, kChipMetrics, &ChipRows_);
    return ChipRows_.Rows > 0 ? kChipsAbove + ChipRows_.Height + kChipsBelow : 0.0f;
}

void App::DrawFilterChips() {
    const ImVec2 p = ImGui::GetMainViewport()->WorkPos;
    ImGui::PushFont(Faces_.Font(SansRegular), Faces_.ImGuiSize(SansRegular, ChipFontSize(Settings_)));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 14.0f);
    const Theme& theme = GetTheme();
    const auto& chips = Loader().Chips();
    // Above the feed's first item, scrolling with it, and hidden under the toolbar once scrolled past.
    ChipsY_ = kToolbarHeight + kChipsAbove - View_.ScrollY();
    const ImVec2 size = ImGui::GetMainViewport()->WorkSize;
    ImGui::PushClipRect(ImVec2(p.x, p.y + kToolbarHeight), ImVec2(p.x + size.x, p.y + size.y), true);
    for (size_t i = 0; i < chips.size() && i < ChipRows_.Places.size(); ++i) {
        const auto& [label, route] = chips[i];
        const ChipPlace& at = ChipRows_.Places[i];
        if (ChipsY_ + at.Y + at.H <= kToolbarHeight) continue; // scrolled away
        ImGui::SetCursorScreenPos(ImVec2(p.x + ChipsX_ + at.X, p.y + ChipsY_ + at.Y));
        const bool selected = route == RouteOrFeed(Nav_.Route());
        if (selected) PushPrimaryButtonColors(theme);
        ImGui::PushID(route.c_str());
        if (ImGui::Button(label.c_str(), ImVec2(at.W, at.H)) && !selected) Navigate(route, false);
        ImGui::PopID();
        if (selected) PopPrimaryButtonColors();
    }
    ImGui::PopClipRect();
    ImGui::PopStyleVar();
    ImGui::PopFont();
}

// Characters typed since Find opened, before its field had the focus, belong to the query (except the "/" that
// opened it): taken from ImGui's queues before anything else sees them, the ones ImGui trickles to later frames too.
void App::TakeTypedAhead() {
    ImGuiIO& io = ImGui::GetIO();
    bool skip_slash = FindFocus_ == 2;
    bool took = false;
    auto take = [&](unsigned c) {
        if (c < 0x20 || (c == '/' && skip_slash)) { skip_slash &= c != '/'; return; }
        char utf8[5];
        ImTextCharToUtf8(utf8, c);
        if (strlen(FindQuery_) + strlen(utf8) < sizeof FindQuery_) { strcat(FindQuery_, utf8); took = true; }
    };
    for (ImWchar c : io.InputQueueCharacters) take(c);
    io.InputQueueCharacters.resize(0);
    ImVector<ImGuiInputEvent>& queued = ImGui::GetCurrentContext()->InputEventsQueue;
    for (int i = 0; i < queued.Size;) {
        if (queued[i].Type != ImGuiInputEventType_Text) { ++i; continue; }
        take(queued[i].Text.Char);
        queued.erase(queued.Data + i);
    }
    if (FindFocus_ == 2) FindFocus_ = 1;
    if (took) { const int end = (int)strlen(FindQuery_); FindCaret_ = TextCaret{end, end, 0, 0}; }
}

// The field a platform's text agent types into (AppOptions::PlatformTextEntry), drawn like ImGui's: the query or
// its hint, the caret where the agent's is while it has the keys, and the IME composition underlined. True when
// tapped or clicked (the agent takes the focus again).
bool App::DrawAgentField(float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 size(width, ImGui::GetFrameHeight());
    const ImVec2 a = ImGui::GetCursorScreenPos(), b(a.x + size.x, a.y + size.y);
    const bool pressed = ImGui::InvisibleButton("##query", size);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_FrameBg), style.FrameRounding);
    const bool focused = WantsText() == TextField::Find;
    if (focused) dl->AddRect(a, b, ImGui::GetColorU32(ImGuiCol_NavCursor), style.FrameRounding, 0, 1.5f);
    const ImVec2 text_at(a.x + style.FramePadding.x, a.y + style.FramePadding.y);
    const char* end = FindQuery_ + strlen(FindQuery_);
    dl->PushClipRect(a, b, true);
    if (FindQuery_[0]) dl->AddText(text_at, ImGui::GetColorU32(ImGuiCol_Text), FindQuery_, end);
    else dl->AddText(text_at, ImGui::GetColorU32(ImGuiCol_TextDisabled), "Find in page");
    auto x_at = [&](int byte) { return text_at.x + ImGui::CalcTextSize(FindQuery_, FindQuery_ + std::min<int>(byte, (int)(end - FindQuery_))).x; };
    const float bottom = text_at.y + ImGui::GetFontSize();
    if (FindCaret_.ComposingEnd > FindCaret_.ComposingBegin)
        dl->AddLine(ImVec2(x_at(FindCaret_.ComposingBegin), bottom), ImVec2(x_at(FindCaret_.ComposingEnd), bottom), ImGui::GetColorU32(ImGuiCol_Text));
    if (focused && FindCaret_.End > FindCaret_.Begin)
        dl->AddRectFilled(ImVec2(x_at(FindCaret_.Begin), text_at.y), ImVec2(x_at(FindCaret_.End), bottom), ImGui::GetColorU32(ImGuiCol_TextSelectedBg));
    else if (focused)
        dl->AddLine(ImVec2(x_at(FindCaret_.End), text_at.y), ImVec2(x_at(FindCaret_.End), bottom), ImGui::GetColorU32(ImGuiCol_Text), 1.0f);
    dl->PopClipRect();
    return pressed;
}

// The Find bar sits in the toolbar's row, between its left end and its Find and settings buttons; in a narrow
// window (a phone) it covers the whole row. So it never hides the document's text, wherever the reader is.
void App::DrawFindBar(float width) {
    const ImVec2 p = ImGui::GetMainViewport()->WorkPos;
    const bool narrow = width < 640.0f;
    const float right = narrow ? width - 6.0f : width - 2.0f * 44.0f - 14.0f - 6.0f; // left of the Find button
    const float w = narrow ? width - 12.0f : std::min(460.0f, right - 180.0f);      // right of "‹ All news"
    ImGui::PushFont(Faces_.Font(SansRegular), Faces_.ImGuiSize(SansRegular, 15.0f));
    const float pad = 5.0f, h = ImGui::GetFrameHeight() + 2.0f * pad;
    ImGui::SetNextWindowPos(ImVec2(p.x + right - w, p.y + std::max(0.0f, (kToolbarHeight - h) * 0.5f)));
    ImGui::SetNextWindowSize(ImVec2(w, h));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(GetTheme().Panel));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad + 2.0f, pad));
    ImGui::Begin("##findbar", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                                           ImGuiWindowFlags_NoResize);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    if (FindFocus_ > 0) TakeTypedAhead();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttons_w = ImGui::GetFrameHeight() * 2.0f + ImGui::CalcTextSize("Close").x + style.FramePadding.x * 2.0f + style.ItemSpacing.x * 2.0f;
    const float count_w = ImGui::CalcTextSize(narrow ? "888/888" : "888 of 888").x + style.ItemSpacing.x * 2.0f;
    const float row_right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
    const float field_w = ImGui::GetContentRegionAvail().x - buttons_w - count_w;
    bool enter = false;
    if (Options_.PlatformTextEntry) {
        ImGui::AlignTextToFramePadding(); // the count beside it sits on the field's baseline
        if (DrawAgentField(field_w) && FindFocus_ == 0) { FindFocus_ = 1; Publish(); } // the agent takes the focus
    } else {
        if (FindFocus_ > 0) {
            ImGui::SetKeyboardFocusHere();
            Animating_ = true; // frames until the field has the focus
        }
        ImGui::SetNextItemWidth(field_w);
        // A field that takes the focus selects its text, so the next key would replace what was just typed: while
        // focusing, the caret goes to the end instead.
        auto caret_to_end = [](ImGuiInputTextCallbackData* d) {
            if (*(int*)d->UserData > 0) d->SelectionStart = d->SelectionEnd = d->CursorPos = d->BufTextLen;
            return 0;
        };
        enter = ImGui::InputTextWithHint("##query", "Find in page", FindQuery_, sizeof FindQuery_,
                                         ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackAlways, caret_to_end,
                                         &FindFocus_);
        FindFieldActive_ = ImGui::IsItemActive();
        if (FindFocus_ > 0 && FindFieldActive_) FindFocus_ = 0;
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

void App::HandleKeys(float page) {
    ImGuiIO& io = ImGui::GetIO();
    // Find's field has the keys from the frame it opens, before it has the focus: a key typed right after "/" is
    // text (taken in DrawFindBar), not a shortcut. Only Escape and Enter act.
    if (WantsText() == TextField::Find && !io.WantTextInput) {
        if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) CloseFind();
        else if (ImGui::IsKeyPressed(ImGuiKey_Enter, false)) View_.FindStep(io.KeyShift ? -1 : 1);
        return;
    }
    if (io.WantTextInput) return;
    const bool ctrl = io.KeyCtrl || io.KeySuper;
    // S opens and closes the settings panel, also while the panel's controls have the keys (it has no text field).
    if (!ctrl && !io.KeyAlt && ImGui::IsKeyPressed(ImGuiKey_S, false)) SetSettingsOpen(!SettingsOpen_);
    if (SettingsOpen_ && ImGui::IsWindowFocused(ImGuiFocusedFlags_AnyWindow) && !ImGui::IsWindowFocused()) return;
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
        if (ImGui::IsKeyPressed(ImGuiKey_Slash, false)) OpenFind(2);
        if (ImGui::IsKeyPressed(ImGuiKey_Enter, false) && GetPhase() == Phase::Feed && !CursorTarget_.empty())
            Navigate(CursorTarget_, false);
        if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
            if (FindOpen_) CloseFind();
            else if (SettingsOpen_) SetSettingsOpen(false);
            else if (View_.HasSelection()) View_.ClearSelection();
            else if (GetPhase() == Phase::Article || !Nav_.Filter().empty()) Navigate(kFeedRoute, false);
        }
        if ((io.KeyAlt && ImGui::IsKeyPressed(ImGuiKey_LeftArrow, false)) || ImGui::IsKeyPressed(ImGuiKey_Backspace, false)) Back();
    } else {
        if (ImGui::IsKeyPressed(ImGuiKey_Equal, true)) { ReaderSettings n = Settings_; n.StepFontSize(1); SetSettings(n); }
        if (ImGui::IsKeyPressed(ImGuiKey_Minus, true)) { ReaderSettings n = Settings_; n.StepFontSize(-1); SetSettings(n); }
        if (ImGui::IsKeyPressed(ImGuiKey_0, false)) { ReaderSettings n = Settings_; n.FontSize = ReaderSettings().FontSize; SetSettings(n); }
        if (ImGui::IsKeyPressed(ImGuiKey_F, false)) OpenFind(1);
        if (ImGui::IsKeyPressed(ImGuiKey_C, false)) CopySelection();
        if (ImGui::IsKeyPressed(ImGuiKey_A, false)) View_.SelectAll();
    }
    if (FindOpen_ && !io.WantTextInput && ImGui::IsKeyPressed(ImGuiKey_Enter, false) && GetPhase() != Phase::Feed)
        View_.FindStep(io.KeyShift ? -1 : 1);
}

void App::StepArticle(int direction) {
    const auto items = Nav_.FilteredItems();
    if (items.empty()) return;
    if (GetPhase() == Phase::Feed) { // move the cursor down the list; Enter opens
        const int at = std::clamp(IndexOf(items, CursorTarget_) + direction, 0, (int)items.size() - 1);
        const std::string link = ArticleRoute(items[at]->Id);
        const int i = View_.Doc().EntryFor(link);
        if (i >= 0) { View_.ScrollToItem(i, 0, true); View_.SetCursorItem(i); }
        CursorTarget_ = link;
        ++CursorMoves_;
        if (at == (int)items.size() - 1) Nav_.LoadMore();
        Publish(); // the host moves its focus with the cursor
        return;
    }
    const int next = IndexOf(items, ArticleRoute(Nav_.ArticleId())) + direction;
    if (next >= 0 && next < (int)items.size()) Navigate(ArticleRoute(items[next]->Id), false);
    else if (next >= (int)items.size()) Nav_.LoadMore();
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
    if (GetPhase() != Phase::Article) return;
    std::string link = Host_->LinkTo(Nav_.Route());
    if (link.empty()) link = Nav_.ShownArticle()->Url;
    if (!link.empty()) Host_->SetClipboard(link);
}

} // namespace folio::ui
