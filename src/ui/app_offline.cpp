// App, save for offline: the article shown or the feed view's latest articles handed to the platform's shelf
// (Host::Offline(), ui/offline_shelf.h), the toolbar's "Saved for offline" button (a tray with an arrow into it, a
// tick when the article shown is saved) and its panel (save, each saved article with its size, openable and
// removable, "Remove all"), the notice saying what a save came to, and the
// state a host or test reads. What a request holds is offline_saving's; nothing here is shown without a shelf
// that is Available().
#include "ui/app.h"
#include "ui/galley_paint.h"
#include "ui/routes.h"
#include "ui/type_scale.h"

#include <imgui.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>

namespace folio::ui {

void App::InitOffline() {
    Offline_ = Host_->Offline();
    OfflineSaver_.Init(
        Offline_, [this](const std::string& url, ArticleReadDone done) { Nav_.FetchArticle(url, std::move(done)); },
        [this] {
            if (!OfflineSaver_.Error().empty()) {
                OfflineNotice_ = OfflineSaver_.Error();
                OfflineNoticeError_ = true;
            }
            UpdateOffline();
            Publish();
        });
}

bool App::SavedForOffline(const std::string& id) const {
    if (!OfflineAvailable()) return false;
    const auto& saved = Offline_->Saved();
    return std::any_of(saved.begin(), saved.end(), [&](const SavedArticle& a) { return a.Id == id; });
}

// The photos of a save are kept for this platform's types, first at the width of the column they are shown in.
PhotoSaveSize App::PhotoSize() const {
    const ImageSupport& support = Images_.Support();
    const float width = ImGui::GetCurrentContext() ? ImGui::GetMainViewport()->WorkSize.x : 0.0f;
    const TypeScale type = TypeScaleFor(Settings_, width);
    return PhotoSaveSize{support, std::max(0.0f, type.ColumnWidth(width)) * support.PixelRatio};
}

bool App::SaveShownForOffline() {
    const Article* a = Nav_.ShownArticle();
    if (!OfflineAvailable() || !a) return false;
    const std::string url = Nav_.ArticleUrlOf(a->Id);
    if (url.empty()) { // an article file opened on its own is the source itself: nothing of a bundle to keep
        OfflineNotice_ = "This article cannot be saved for offline: it was not opened from a bundle.";
        OfflineNoticeError_ = true;
        Publish();
        return false;
    }
    Offline_->Save(SaveRequestFor(*a, url, Loader().FindItem(a->Id), Loader().FeedUrl(), PhotoSize()));
    UpdateOffline();
    Publish();
    return true;
}

const std::string& App::SaveLatestLabel() {
    const std::string& name = Nav_.Filter().empty() ? FeedName(Loader().GetFeed().Title) : Nav_.Filter();
    if (name != SaveLatestName_ || SaveLatest_.empty()) {
        SaveLatestName_ = name;
        SaveLatest_ = "Save latest " + std::to_string(kSaveLatestCount) + " of " + name;
    }
    return SaveLatest_;
}

bool App::SaveLatestForOffline() {
    if (!OfflineAvailable() || GetPhase() != Phase::Feed) return false;
    const std::vector<const FeedItem*> items = LatestItems(Nav_.FilteredItems(), kSaveLatestCount);
    if (items.empty()) return false;
    OfflineSaver_.SaveItems(items, Loader().FeedUrl(), Nav_.Filter().empty() ? FeedName(Loader().GetFeed().Title) : Nav_.Filter(),
                            PhotoSize());
    OfflineNotice_ = "Saving " + std::to_string(items.size()) + " articles for offline\xE2\x80\xA6";
    OfflineNoticeError_ = false;
    Publish();
    return true;
}

void App::RemoveFromOffline(const std::string& id) {
    if (!OfflineAvailable()) return;
    Offline_->Remove(id);
    UpdateOffline();
    Publish();
}

void App::RemoveAllFromOffline() {
    if (!OfflineAvailable()) return;
    Offline_->RemoveAll();
    UpdateOffline();
    Publish();
}

void App::OpenSaved(const std::string& id) {
    if (!OfflineAvailable()) return;
    for (const SavedArticle& a : Offline_->Saved())
        if (a.Id == id) {
            SetOfflineOpen(false);
            if (Loader().FindItem(id)) Navigate(ArticleRoute(id), false);
            else Nav_.OpenFound(id, a.ArticleUrl);
            return;
        }
}

// The shelf's answers: a save that ended listed succeeded; one that ended with LastError() failed and is not listed.
void App::UpdateOffline() {
    if (!Offline_ || Offline_->Generation() == OfflineGen_) return;
    OfflineGen_ = Offline_->Generation();
    const auto& saving = Offline_->Saving();
    if (Offline_->LastError().empty()) OfflineErrorSeen_.clear(); // a save started: its failure is news again
    for (const std::string& id : saving)
        if (std::find(OfflineWaiting_.begin(), OfflineWaiting_.end(), id) == OfflineWaiting_.end()) OfflineWaiting_.push_back(id);
    for (auto it = OfflineWaiting_.begin(); it != OfflineWaiting_.end();) {
        if (std::find(saving.begin(), saving.end(), *it) != saving.end()) { ++it; continue; }
        for (const SavedArticle& a : Offline_->Saved())
            if (a.Id == *it) { ++OfflineDone_; OfflineLast_ = a.Headline; }
        it = OfflineWaiting_.erase(it);
    }
    // A batch's saves finish one at a time: the notice counts them once all are done.
    const bool settled = !OfflineSaver_.Busy() && saving.empty();
    const std::string& error = Offline_->LastError();
    if (!error.empty() && saving.empty() && error != OfflineErrorSeen_) { // told once, not again on a later removal
        OfflineErrorSeen_ = error;
        OfflineNotice_ = error;
        OfflineNoticeError_ = true;
        OfflineDone_ = 0;
    } else if (OfflineDone_ > 0 && settled && OfflineSaver_.Error().empty()) {
        OfflineNotice_ = OfflineDone_ == 1 ? "Saved for offline: \xE2\x80\x9C" + OfflineLast_ + "\xE2\x80\x9D"
                                           : "Saved " + std::to_string(OfflineDone_) + " articles for offline";
        OfflineNoticeError_ = false;
        OfflineDone_ = 0;
    }
    if (settled && !OfflineSaver_.Error().empty()) OfflineDone_ = 0; // the saver's own message says what came of it
    Publish();
}

std::string App::OfflineStateJson() const {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    w.Key("available"); w.Bool(OfflineAvailable());
    w.Key("saved");
    w.StartArray();
    if (OfflineAvailable())
        for (const SavedArticle& a : Offline_->Saved()) {
            w.StartObject();
            w.Key("id"); w.String(a.Id.c_str());
            w.Key("headline"); w.String(a.Headline.c_str());
            w.Key("bytes"); w.Uint64(a.Bytes);
            w.Key("size"); w.String(FormatBytes(a.Bytes).c_str());
            w.Key("date"); w.String(a.SavedDate.c_str());
            w.EndObject();
        }
    w.EndArray();
    w.Key("saving");
    w.StartArray();
    if (OfflineAvailable())
        for (const std::string& id : Offline_->Saving()) w.String(id.c_str());
    w.EndArray();
    w.Key("busy"); w.Bool(OfflineSaver_.Busy() || (OfflineAvailable() && !Offline_->Saving().empty()));
    auto box = [&w](const char* key, const Box& b) {
        w.Key(key);
        w.StartObject();
        w.Key("x"); w.Double(b.X); w.Key("y"); w.Double(b.Y); w.Key("width"); w.Double(b.W); w.Key("height"); w.Double(b.H);
        w.EndObject();
    };
    w.Key("open"); w.Bool(OfflineOpen_);
    if (OfflineShown()) box("button", OfflineToggle_); // the toolbar's
    const bool drawn = OfflineOpen_ && OfflinePanelAge_ >= 2; // the panel's places, once it is laid out
    if (drawn && OfflineSaveBox_.W > 0.0f) box("saveButton", OfflineSaveBox_);
    if (drawn && OfflineRemoveAllBox_.W > 0.0f) box("removeAllButton", OfflineRemoveAllBox_);
    w.Key("rows");
    w.StartArray();
    for (size_t i = 0; drawn && i < OfflineRows_.size(); ++i) {
        const OfflineRow& r = OfflineRows_[i];
        w.StartObject();
        w.Key("id"); w.String(r.Id.c_str());
        box("open", r.Open);
        box("remove", r.Remove);
        w.EndObject();
    }
    w.EndArray();
    w.Key("notice"); w.String(OfflineNotice_.c_str());
    w.Key("noticeError"); w.Bool(OfflineNoticeError_);
    w.EndObject();
    return buf.GetString();
}

// The last item's place (CSS px), for the state.
static Box ItemBox() {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    return Box{a.x, a.y, b.x - a.x, b.y - a.y};
}

bool App::OfflineShown() const {
    const Phase phase = GetPhase();
    return OfflineAvailable() && (phase == Phase::Article || phase == Phase::Feed || (phase == Phase::Error && Nav_.Error().Offline));
}

void App::SetOfflineOpen(bool open) {
    if (open == OfflineOpen_) return;
    if (open) { SetSettingsOpen(false); NarrationOpen_ = false; } // one panel at a time under the toolbar's right end
    OfflineOpen_ = open;
    OfflinePanelAge_ = 0;
    Publish();
}

// The toolbar's button: a tray with an arrow down into it, drawn with lines (no face is needed for it); a tick in
// the accent colour instead of the arrow while the article shown is saved.
void App::DrawOfflineButton(float x, float y, float w, float h) {
    const Theme& theme = GetTheme();
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ImGui::PushStyleColor(ImGuiCol_Button, OfflineOpen_ ? ImGui::GetStyleColorVec4(ImGuiCol_ButtonHovered) : ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    if (ImGui::Button("##offline", ImVec2(w, h))) SetOfflineOpen(!OfflineOpen_);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    OfflineToggle_ = Box{a.x, a.y, b.x - a.x, b.y - a.y};
    const bool saved = GetPhase() == Phase::Article && SavedForOffline(Nav_.ArticleId());
    Tooltip(saved ? "Saved for offline (O)" : "Save for offline (O)");
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 c = ImGui::GetColorU32(ImGuiCol_Text);
    const float cx = std::floor(x + w * 0.5f) + 0.5f, cy = std::floor(y + h * 0.5f) + 0.5f;
    const ImVec2 tray[] = {ImVec2(cx - 8.0f, cy + 1.0f), ImVec2(cx - 8.0f, cy + 7.0f), ImVec2(cx + 8.0f, cy + 7.0f), ImVec2(cx + 8.0f, cy + 1.0f)};
    dl->AddPolyline(tray, 4, c, 0, 1.6f);
    if (saved) {
        const ImVec2 tick[] = {ImVec2(cx - 5.0f, cy - 3.5f), ImVec2(cx - 1.5f, cy), ImVec2(cx + 5.5f, cy - 8.0f)};
        dl->AddPolyline(tick, 3, theme.Accent, 0, 2.2f);
    } else {
        dl->AddLine(ImVec2(cx, cy - 9.0f), ImVec2(cx, cy + 2.5f), c, 1.6f);
        const ImVec2 head[] = {ImVec2(cx - 4.0f, cy - 1.5f), ImVec2(cx, cy + 2.5f), ImVec2(cx + 4.0f, cy - 1.5f)};
        dl->AddPolyline(head, 3, c, 0, 1.6f);
    }
}

// The panel: save what is shown, then every saved article (its headline opens it, its size, "Remove"), and
// "Remove all". A headline is a label: shaped, in its own direction, cut to the row with an ellipsis.
void App::DrawOfflinePanel(float width) {
    const Theme& theme = GetTheme();
    BeginPanel("Saved for offline", width, 340.0f, ImGuiWindowFlags_NoCollapse);
    if (ImGui::IsWindowAppearing()) { ImGui::SetWindowFocus(); Animating_ = true; }
    // Its first frame only measures it (ImGui fits the window to what it holds): its places count from the next.
    const bool laid_out = OfflinePanelAge_ < 2 && ++OfflinePanelAge_ == 2;
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    OfflineBox_ = Box{at.x, at.y, size.x, size.y};
    if (GetPhase() == Phase::Article) {
        const std::string& id = Nav_.ArticleId();
        const bool saved = SavedForOffline(id);
        const bool pressed = ImGui::Button(saved ? "Remove this article from offline" : "Save this article for offline");
        OfflineSaveBox_ = ItemBox();
        if (pressed && saved) RemoveFromOffline(id);
        else if (pressed) SaveShownForOffline();
    } else if (GetPhase() == Phase::Feed && !Loader().GetFeed().Items.empty()) {
        const bool pressed = ImGui::Button(SaveLatestLabel().c_str());
        OfflineSaveBox_ = ItemBox();
        if (pressed) SaveLatestForOffline();
    }
    const auto& saved = Offline_->Saved();
    if (!Offline_->Saving().empty() || OfflineSaver_.Busy()) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme.Muted), "Saving\xE2\x80\xA6");
    std::string remove, open;
    if (saved.empty()) {
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme.Muted), "Nothing is saved on this device yet.");
    } else {
        uint64_t total = 0;
        const LabelContext ctx = Labels();
        const LabelStyle style{SansRegular, 15.0f, nullptr};
        const GalleyMeasure measure(style, ctx);
        if (OfflineFits_.size() < saved.size()) OfflineFits_.resize(saved.size());
        if (OfflineLabels_.size() < saved.size()) OfflineLabels_.resize(saved.size());
        // A long list scrolls inside the panel, which stays within a phone's screen.
        const float row_h = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetFrameHeightWithSpacing();
        const float list_h = std::min(row_h * static_cast<float>(saved.size()), 4.5f * row_h) - ImGui::GetStyle().ItemSpacing.y;
        ImGui::BeginChild("##saved", ImVec2(0.0f, list_h));
        const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
        for (size_t i = 0; i < saved.size(); ++i) {
            const SavedArticle& a = saved[i];
            total += a.Bytes;
            ImGui::PushID(a.Id.c_str());
            const float avail = ImGui::GetContentRegionAvail().x;
            Label& label = OfflineLabels_[i];
            label.Set(OfflineFits_[i].For(a.Headline.empty() ? a.Id : a.Headline, avail, measure), style, ctx);
            const ImVec2 text_at = ImGui::GetCursorScreenPos(); // the row's box reaches into the spacing around it
            if (ImGui::Selectable("##open", false, 0, ImVec2(avail, ImGui::GetTextLineHeight()))) open = a.Id;
            const Box row = ItemBox();
            if (const layout::Galley* g = label.Galley()) { // a right-to-left headline from the row's right end
                const float gx = g->Rtl ? text_at.x + avail - g->InkWidth : text_at.x;
                PaintGalley(ImGui::GetWindowDrawList(), *g, Faces_, ImVec2(std::floor(gx + 0.5f), std::floor(row.Y + (row.H - g->Height) * 0.5f + 0.5f)),
                            0.0f, g->Height, text);
            }
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme.Muted), "%s", FormatBytes(a.Bytes).c_str());
            ImGui::SameLine();
            const bool gone = ImGui::SmallButton("Remove");
            if (gone) remove = a.Id;
            OfflineRows_.push_back(OfflineRow{a.Id, row, ItemBox()});
            ImGui::PopID();
        }
        ImGui::EndChild();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme.Muted), "%u saved, %s", (unsigned)saved.size(), FormatBytes(total).c_str());
        ImGui::SameLine();
        const bool all = ImGui::SmallButton("Remove all");
        OfflineRemoveAllBox_ = ItemBox();
        if (all) RemoveAllFromOffline();
    }
    ImGui::Separator();
    const bool close = ImGui::Button("Done") ||
                       (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && ImGui::IsKeyPressed(ImGuiKey_Escape, false));
    EndPanel();
    // A test presses what the state says is drawn: published once laid out, and whenever the list or the save
    // button moved.
    const Box& was = OfflinePublishedSave_;
    const bool moved = was.X != OfflineSaveBox_.X || was.Y != OfflineSaveBox_.Y || was.W != OfflineSaveBox_.W ||
                       OfflineRows_.size() != OfflinePublishedRows_;
    OfflinePublishedRows_ = OfflineRows_.size();
    OfflinePublishedSave_ = OfflineSaveBox_;
    if (OfflinePanelAge_ >= 2 && (laid_out || moved)) Publish();
    if (!remove.empty()) RemoveFromOffline(remove);
    if (!open.empty()) OpenSaved(open); // after the list: opening closes the panel
    if (close) SetOfflineOpen(false);
}

// What the last save came to, at the bottom of the view until the reader dismisses it.
void App::DrawOfflineNotice(float width, float height) {
    const Theme& theme = GetTheme();
    const ImVec2 p = ImGui::GetMainViewport()->WorkPos;
    const float w = std::min(420.0f, width - 24.0f);
    ImGui::SetNextWindowPos(ImVec2(p.x + (width - w) * 0.5f, p.y + height - 12.0f), 0, ImVec2(0.0f, 1.0f));
    ImGui::SetNextWindowSize(ImVec2(w, 0.0f));
    ImGui::PushFont(Faces_.Font(SansRegular), Faces_.ImGuiSize(SansRegular, 15.0f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(theme.Panel));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    ImGui::Begin("##offline-notice", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::PopStyleVar();
    if (ImGui::IsWindowAppearing()) Animating_ = true;
    ImGui::PushTextWrapPos(0.0f);
    if (OfflineNoticeError_) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme.ErrorText), "%s", OfflineNotice_.c_str());
    else ImGui::TextUnformatted(OfflineNotice_.c_str());
    ImGui::PopTextWrapPos();
    const bool ok = ImGui::Button("OK");
    ImGui::End();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (ok) DismissOfflineNotice();
}

void App::DismissOfflineNotice() {
    OfflineNotice_.clear();
    Publish();
}

} // namespace folio::ui
