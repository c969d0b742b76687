// App, part two: one frame. The document view fills the window (built again only when what it shows changed); the
// toolbar, filter chips, Find bar and settings panel sit over it (app_toolbar.cpp). Keys and links are handled
// here.
#include "ui/app.h"
#include "ui/article_document.h"
#include "ui/feed_document.h"

#include <imgui.h>
#include <imgui_internal.h> // the input event queue (frames until ImGui has taken it)

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace folio::ui {

// The offline note's text (under "You are offline"): what the reader lacks, and when it comes.
static const char* const kOfflineNote =
    "This is not saved on this device, so it cannot be shown until you are back online. What you have opened before "
    "still reads offline.";

void App::RebuildDocumentIfNeeded(float width, float inset) {
    const Theme& theme = GetTheme();
    const float scale = ImGui::GetIO().DisplayFramebufferScale.x;
    const bool unchanged = DocKey_.Valid && DocKey_.Shown == GetPhase() && DocKey_.ArticleId == Nav_.ArticleId() &&
                           DocKey_.Route == Nav_.Route() && DocKey_.Width == width && DocKey_.Scale == scale && DocKey_.Inset == inset &&
                           DocKey_.Settings == Settings_ && DocKey_.FontGeneration == Faces_.Generation() &&
                           DocKey_.Colors == &theme && DocKey_.Items == Loader().GetFeed().Items.size() &&
                           DocKey_.PageLoading == Loader().PageLoading() && DocKey_.FeedEnded == Loader().NextPageUrl().empty() &&
                           DocKey_.SearchGeneration == Search_.Generation();
    if (unchanged) return;
    // The same content (only width, settings or fonts changed) keeps the reader's place and selection.
    const bool same = DocKey_.Built && DocKey_.Shown == GetPhase() && DocKey_.ArticleId == Nav_.ArticleId() && DocKey_.Route == Nav_.Route();
    const bool had_content = DocKey_.Built;
    DocKey_ = DocumentKey{true, true, GetPhase(), Nav_.ArticleId(), Nav_.Route(), width, scale, inset, Settings_, Faces_.Generation(),
                          &theme, Loader().GetFeed().Items.size(), Loader().PageLoading(), Loader().NextPageUrl().empty(),
                          Search_.Generation()};
    DocumentContext ctx{&Faces_, Faces_.Generation(), &Cache_, {theme.Text, theme.Muted, theme.Accent, theme.Rule, theme.Link, theme.Control},
                        Settings_, width, scale, inset};
    if (GetPhase() == Phase::Article) {
        const Article& a = *Nav_.ShownArticle(); // the Navigator keeps what it shows
        View_.SetDocument(BuildArticleDocument(a, RelatedLinks(a), ctx), same);
        ToolbarRtl_ = DirectionOf(a.Language) == layout::Direction::Rtl;
        Faces_.WantText(Loader().GetFeed().Title); // the back button names the feed
    } else if (GetPhase() == Phase::Feed) {
        ToolbarRtl_ = false;
        WantFeedFaces();
        const std::string& title = Loader().GetFeed().Title;
        View_.SetDocument(BuildFeedDocument(title.empty() ? "All news" : title, Nav_.FilteredItems(), FeedEndState(),
                                            Loader().PageError().Message, Nav_.FilterLabel(), ctx), same);
    } else if (GetPhase() == Phase::Search) {
        ToolbarRtl_ = false;
        for (const search::SearchHit& hit : Search_.Results().Hits) { // the faces its cards need (CJK, Arabic…)
            Faces_.WantText(hit.Meta.Title);
            Faces_.WantText(hit.Meta.Excerpt);
            Faces_.WantText(hit.Meta.Section);
        }
        View_.SetDocument(BuildSearchDocument(CurrentSearchView(), ctx), same);
    } else {
        ToolbarRtl_ = false;
        View_.SetDocument(Document(), false);
    }
    ++DocBuilds_;
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
        // The host's scroll position stands until the host moves it: other content opened while scrolled down
        // starts at its top, and the same content rebuilt (a setting, the width) asks the host to scroll to the
        // place SetDocument kept, so the text the reader was at stays at the top of the view.
        if (!same && had_content && ExternalY_ > 0.0f) ScrollRequest_ = 0.0f;
        if (same && std::fabs(View_.ScrollY() - ExternalY_) >= 0.5f) ScrollRequest_ = View_.ScrollY();
        View_.SetExternalY(ExternalY_);
    }
    if (!LastQuery_.empty() && FindOpen_ && !same) ApplyFind();
}

void App::Draw() {
    ++Frames_;
    Faces_.BeginFrame();
    Images_.SetPixelRatio(ImGui::GetIO().DisplayFramebufferScale.x);
    Images_.BeginFrame(ImGui::GetTime(), ReducedMotion_);
    Animating_ = false;
    UpdateOffline();
    OfflineSaveBox_ = OfflineRemoveAllBox_ = Box();
    OfflineRows_.clear(); // drawn again by the "Saved for offline" panel, if open
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
    Narrow_ = SearchFieldWidth(width) <= 0.0f;
    // The document starts below the toolbar and, in the feed and the search, below as many rows as the chips need
    // at this width.
    const bool chips = GetPhase() == Phase::Feed || GetPhase() == Phase::Search;
    const float inset = kToolbarHeight + (chips ? LayoutFilterChips(width) : 0.0f);

    // A press (a click, a tap) outside the open settings panel closes it and does nothing else, as a tap outside a
    // phone's popover does: the link or text under it is left alone.
    if (SettingsOpen_ && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        const ImVec2 m = ImGui::GetIO().MousePos;
        if (PressClosesPanel(m.x, m.y, SettingsBox_, SettingsToggle_)) {
            SetSettingsOpen(false);
            View_.IgnorePress();
        }
    }
    // The read aloud panel, likewise (its voice menu, open, reaches below it and is its own).
    if (NarrationOpen_ && NarrationVoiceRows_.empty() && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        const ImVec2 m = ImGui::GetIO().MousePos;
        if (PressClosesPanel(m.x, m.y, NarrationBox_, NarrationToggle_)) {
            NarrationOpen_ = false;
            View_.IgnorePress();
        }
    }
    // The "Saved for offline" panel, likewise.
    if (OfflineOpen_ && OfflinePanelAge_ >= 2 && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        const ImVec2 m = ImGui::GetIO().MousePos;
        if (PressClosesPanel(m.x, m.y, OfflineBox_, OfflineToggle_)) {
            SetOfflineOpen(false);
            View_.IgnorePress();
        }
    }
    // A tap below the toolbar (pressed and released without a drag) while the platform's text agent has the keys
    // gives them back to the reader, so a phone's keyboard closes; Find stays open. A swipe keeps them. (A touch's
    // default is blocked, so the browser moves no focus itself; a mouse click moves it, and this changes nothing.)
    if (Options_.PlatformTextEntry && WantsText() != TextField::None && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
        const ImGuiIO& io = ImGui::GetIO();
        const bool tap = io.MouseDragMaxDistanceSqr[0] < io.MouseDragThreshold * io.MouseDragThreshold;
        if (tap && io.MouseClickedPos[0].y >= vp->WorkPos.y + kToolbarHeight) TextFieldFocus(false);
    }

    if (GetPhase() == Phase::Article || GetPhase() == Phase::Feed || GetPhase() == Phase::Search) {
        RebuildDocumentIfNeeded(width, inset);
        if (PendingAnchor_) ApplyAnchor();
        UpdateNarration();
        // The chips scroll away with the feed: the view's own top edge is the toolbar's, or the chips' band while
        // it still shows below the toolbar.
        const float band = inset - kToolbarHeight;
        const float view_top = kToolbarHeight + std::max(0.0f, band - View_.ScrollY());
        View_.SetOfflineMenu(GetPhase() != Phase::Article || !OfflineAvailable() ? ReaderView::OfflineMenu::None
                             : SavedForOffline(Nav_.ArticleId())                 ? ReaderView::OfflineMenu::Remove
                                                                                 : ReaderView::OfflineMenu::Save);
        ViewEvents ev = View_.Draw(Faces_, theme, vp->WorkPos, vp->WorkSize, view_top, ReducedMotion_);
        Animating_ |= ev.Animating;
        if (ev.PhotoClicked >= 0) OpenPhoto(ev.PhotoClicked);
        if (!ev.LinkClicked.empty()) FollowLink(ev.LinkClicked);
        if (ev.ContextCopy) CopySelection();
        if (ev.ContextCopyLink) CopyArticleLink();
        if (ev.ContextOffline) {
            if (SavedForOffline(Nav_.ArticleId())) RemoveFromOffline(Nav_.ArticleId());
            else SaveShownForOffline();
        }
        if (ev.ContextFind) OpenFind(1);
        if (ev.ContextSettings) SetSettingsOpen(true);
        if (!ev.Animating && GetPhase() == Phase::Article) RememberPosition();
        // More of the feed as the reader nears its end.
        const bool near_end = View_.ScrollY() > View_.MaxScroll() - height * 1.5f;
        if (GetPhase() == Phase::Feed && near_end) Nav_.LoadMore();
        if (GetPhase() == Phase::Search && near_end) Search_.LoadMore(); // more results as the reader scrolls
        if (PhotoOpen_) HandlePhotoKeys();
        else HandleKeys(height - kToolbarHeight);
        if (ExternalScroll_) { // what keys, Find or links asked for, the host does
            const float want = View_.ScrollTarget();
            if (std::fabs(want - ExternalY_) >= 0.5f) ScrollRequest_ = std::clamp(want, 0.0f, View_.MaxScroll());
            View_.SetExternalY(ExternalY_);
        }
        if (View_.Doc().Height != PublishedDocHeight_) Publish(); // a host sizing the viewer to it needs to know
    } else {
        UpdateNarration(); // nothing to read: it stops
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
            // Offline with no copy kept is no fault: a note in the reading colours, saying when it will open.
            const bool offline = Nav_.Error().Offline;
            ImGui::PushFont(Faces_.Font(SerifBold), Faces_.ImGuiSize(SerifBold, Settings_.FontSize * 1.4f));
            ImGui::TextUnformatted(offline ? "You are offline" : "This could not be loaded");
            ImGui::PopFont();
            ImGui::Dummy(ImVec2(0, 8));
            ImGui::SetCursorPosX(x);
            ImGui::PushFont(Faces_.Font(SansRegular), Faces_.ImGuiSize(SansRegular, Settings_.FontSize * 0.8f));
            if (offline)
                ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme.Muted), "%s", kOfflineNote);
            else
                ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme.ErrorText), "%s", Nav_.Error().Message.c_str());
            ImGui::Dummy(ImVec2(0, 12));
            ImGui::SetCursorPosX(x);
            ImGui::PushFont(Faces_.Font(SansBold), 0.0f);
            PushPrimaryButtonColors(theme);
            if (ErrorRetryable()) { if (ImGui::Button("Retry")) Retry(); ImGui::SameLine(); } // only where a try can help
            PopPrimaryButtonColors();
            if (offline && OfflineAvailable() && !Offline_->Saved().empty()) { // what the reader has, a tap away
                if (ImGui::Button("Saved for offline")) SetOfflineOpen(true);
                ImGui::SameLine();
            }
            if (Loader().Loaded() && ImGui::Button(FeedName(Loader().GetFeed().Title).c_str())) Navigate(kFeedRoute, false);
            ImGui::PopFont();
            ImGui::PopFont();
            if (ImGui::IsKeyPressed(ImGuiKey_Escape) && Loader().Loaded()) Navigate(kFeedRoute, false);
        }
        ImGui::PopTextWrapPos();
    }
    DrawToolbar(width, kToolbarHeight);
    if (chips) DrawFilterChips();
    ImGui::End();
    if (SearchBarShown(width)) DrawSearchBar(width);
    if (FindOpen_) DrawFindBar(width);
    FollowSearch(); // what the reader typed (here, or into a platform's field) searched after their pause
    if (SettingsOpen_) DrawSettingsPanel(width);
    if (NarrationOpen_ && !NarrationShown()) NarrationOpen_ = false;
    if (NarrationOpen_) DrawNarrationPanel(width);
    if (OfflineOpen_ && !OfflineShown()) SetOfflineOpen(false);
    if (OfflineOpen_) DrawOfflinePanel(width);
    if (!OfflineNotice_.empty() && !PhotoOpen_) DrawOfflineNotice(width, height);
    if (PhotoOpen_) DrawPhotoView(width, height);
    Animating_ |= Images_.EndFrame(); // a photo fading in
    // ImGui takes queued input a step a frame (a tap's touch, press, release and leaving are four frames): until it
    // has taken all of it, the next frame is wanted, or the end of a tap (the panel it opened, the tooltip it ends)
    // would wait for some other event.
    if (!ImGui::GetCurrentContext()->InputEventsQueue.empty()) Animating_ = true;
    Cache_.EndFrame();
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
    if (WantsText() == TextField::Search && !io.WantTextInput) { // the search's field, likewise
        if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) LeaveSearchField();
        else if (ImGui::IsKeyPressed(ImGuiKey_Enter, false)) SubmitSearch();
        return;
    }
    if (io.WantTextInput) return;
    const bool ctrl = io.KeyCtrl || io.KeySuper;
    // S opens and closes the settings panel, also while the panel's controls have the keys (it has no text field).
    if (!ctrl && !io.KeyAlt && ImGui::IsKeyPressed(ImGuiKey_S, false)) SetSettingsOpen(!SettingsOpen_);
    // O the "Saved for offline" panel, where it is offered.
    if (!ctrl && !io.KeyAlt && ImGui::IsKeyPressed(ImGuiKey_O, false) && (OfflineOpen_ || OfflineShown())) SetOfflineOpen(!OfflineOpen_);
    if ((SettingsOpen_ || OfflineOpen_) && ImGui::IsWindowFocused(ImGuiFocusedFlags_AnyWindow) && !ImGui::IsWindowFocused()) return;
    const float line = Settings_.FontSize * 3.0f;
    auto pressed = [](ImGuiKey k) { return ImGui::IsKeyPressed(k, true); };
    if (!ctrl) {
        if (!io.KeyAlt) HandleNarrationKeys(); // N; the left and right arrows while it reads
        if (pressed(ImGuiKey_DownArrow)) View_.ScrollBy(line);
        if (pressed(ImGuiKey_UpArrow)) View_.ScrollBy(-line);
        if (pressed(ImGuiKey_PageDown) || (pressed(ImGuiKey_Space) && !io.KeyShift)) View_.ScrollBy(page * 0.9f);
        if (pressed(ImGuiKey_PageUp) || (pressed(ImGuiKey_Space) && io.KeyShift)) View_.ScrollBy(-page * 0.9f);
        if (ImGui::IsKeyPressed(ImGuiKey_Home, false)) View_.ScrollTo(0.0f);
        if (ImGui::IsKeyPressed(ImGuiKey_End, false)) View_.ScrollTo(View_.MaxScroll());
        if (ImGui::IsKeyPressed(ImGuiKey_J, true)) StepArticle(1);
        if (ImGui::IsKeyPressed(ImGuiKey_K, true)) StepArticle(-1);
        if (ImGui::IsKeyPressed(ImGuiKey_Slash, false)) { // the search, where there is one and Find is not open
            if (!FindOpen_ && Search_.Available()) FocusSearch(2);
            else OpenFind(2);
        }
        const bool list = GetPhase() == Phase::Feed || GetPhase() == Phase::Search;
        if (ImGui::IsKeyPressed(ImGuiKey_Enter, false) && list && !CursorTarget_.empty())
            Navigate(CursorTarget_, false);
        if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
            if (FindOpen_) CloseFind();
            else if (SettingsOpen_) SetSettingsOpen(false);
            else if (NarrationOpen_) NarrationOpen_ = false;
            else if (OfflineOpen_) SetOfflineOpen(false);
            else if (View_.HasSelection()) View_.ClearSelection();
            else if (GetPhase() == Phase::Article || GetPhase() == Phase::Search || !Nav_.Filter().empty())
                Navigate(BackRoute(), false);
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
    if (GetPhase() == Phase::Search) { StepResult(direction); return; }
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
