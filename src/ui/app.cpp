// App, part one: the core's events (what is shown anew, articles arriving, changes to publish), the calls that
// pass through to the Navigator, settings, and the state a host or a test reads.
#include "ui/app.h"
#include "model/url.h"

#include <imgui.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace folio::ui {

void App::Init(Host* host, const AppOptions& options) {
    Host_ = host;
    Options_ = options;
    ReaderSettings stored;
    if (SettingsFromJson(Host_->LoadSetting("settings"), &stored)) Settings_ = stored; // corrupt: the defaults
    ThemeChoice theme;
    if (ParseThemeName(Options_.Theme, &theme)) Settings_.Theme = theme;
    Navigator::Events events;
    events.Leaving = [this] {
        RememberPosition();
        if (FindOpen_) CloseFind(); // its query too: reopened, Find starts empty rather than showing a stale query
        ClosePhoto();
    };
    events.Shown = [this] { OnShown(); };
    events.Changed = [this] { DocKey_.Valid = false; Publish(); };
    events.Arrived = [this](const Article& article) { WantFacesFor(article); };
    Nav_.Init(Host_, Options_.ImportText, std::move(events));
    InitSearch();
    InitNarration();
    InitOffline();
    Images_.Init(Host_);
    View_.SetImages(&Images_);
    ApplyImGuiStyle(GetTheme());
    if (!Options_.Headless) {
        Faces_.Start(Host_, Options_.FontsUrl, [this](bool ok, const std::string& error) {
            if (!ok) { FontError_ = "Fonts could not be loaded: " + error; Nav_.FailForGood(FontError_); return; }
            ImGui::GetIO().FontDefault = Faces_.Font(SansRegular);
            if (Settings_.Sans) Faces_.Want(SansItalic);
            Publish(); // fontsReady changed
        });
    }
    std::string route = Options_.Route;
    if (!Options_.ArticleId.empty() && (route.empty() || route == "#" || route == kFeedRoute))
        route = ArticleRoute(Options_.ArticleId);
    Nav_.Start(Options_.FeedUrl, Options_.ArticleUrl, route);
}

void App::Navigate(const std::string& route, bool from_history) {
    const RouteParts parts = ParseRoute(route);
    // A result of the search view (its link, the mirror's, Enter on the cursor): opened as a result.
    if (!from_history && GetPhase() == Phase::Search && parts.Kind == RouteKind::Article) { OpenResult(parts.Name); return; }
    Nav_.Navigate(route, from_history);
    if (parts.Kind == RouteKind::Article) WantScriptsOf(parts.Name);
}
void App::Back() { Nav_.Back(); }
void App::Open(const std::string& id) {
    Nav_.Open(id);
    WantScriptsOf(id);
}

// An article the feed lists names the shaped scripts its text uses: their faces and the text module are fetched
// while the article itself is.
void App::WantScriptsOf(const std::string& article_id) {
    if (article_id.empty()) return;
    if (const FeedItem* item = Nav_.FindItem(article_id)) Faces_.WantScripts(item->Scripts);
}
void App::Retry() {
    Images_.Clear(); // photos that failed are tried again too
    Nav_.Retry();
}

void App::OpenSource(const std::string& feed_url, const std::string& article_url) {
    Options_.FeedUrl = feed_url;
    Options_.ArticleUrl = article_url;
    Options_.ArticleId.clear();
    DocKey_ = DocumentKey();
    FeedFacesAsked_ = 0;
    ProgressUrl_.clear();
    BundleFolder_ = article_url.empty() ? ResolveUrl(feed_url, ".") : std::string();
    Search_.SetBundle(BundleFolder_);
    OfflineSaver_.Forget();
    Nav_.OpenSource(feed_url, article_url);
}

void App::SetProgress(const std::string& url, uint64_t bytes) {
    if (url == ProgressUrl_ && bytes == ProgressBytes_) return;
    ProgressUrl_ = url;
    ProgressBytes_ = bytes;
    if (GetPhase() == Phase::Loading) Publish();
}

// The fallback and script faces the feed's cards need, for the items not asked yet (pages arrive as the reader
// scrolls; another source starts the count again). Done when the feed's document is built, never in an idle frame.
void App::WantFeedFaces() {
    const Feed& feed = Loader().GetFeed();
    if (feed.Items.size() < FeedFacesAsked_) FeedFacesAsked_ = 0;
    if (FeedFacesAsked_ == 0) Faces_.WantText(feed.Title);
    for (; FeedFacesAsked_ < feed.Items.size(); ++FeedFacesAsked_) {
        const FeedItem& item = feed.Items[FeedFacesAsked_]; // what its card shows (its scripts wait for the article)
        Faces_.WantText(item.Section); // also a filter chip's name, as its tags are
        for (const std::string& tag : item.Tags) Faces_.WantText(tag);
        Faces_.WantText(item.Title);
        Faces_.WantText(item.Summary);
    }
}

// The optional and fallback faces an article's text needs (the monospace face only when it has code).
void App::WantFacesFor(const Article& article) {
    Faces_.WantScripts(article.Scripts);
    Faces_.WantText(article.Headline + article.Description);
    for (const Block& b : article.Body) {
        Faces_.WantText(b.Text.PlainText());
        for (const RichText& it : b.Items) Faces_.WantText(it.PlainText());
        if (b.Type == BlockType::Code) Faces_.Want(Mono);
        for (const Span& s : b.Text.Spans) {
            if ((s.Style & SpanEmphasis) && (s.Style & SpanStrong)) Faces_.Want(Settings_.Sans ? SansBoldItalic : SerifBoldItalic);
            if (s.Style & SpanCode) Faces_.Want(Mono);
        }
        for (const RichText& it : b.Items)
            for (const Span& s : it.Spans)
                if (s.Style & SpanCode) Faces_.Want(Mono);
    }
}

// An article or a feed view shown anew opens where the reader left it; back in a feed, the cursor is on the
// article they come from.
void App::OnShown() {
    DocKey_.Valid = false;
    if (GetPhase() == Phase::Article) {
        PendingPosition_ = Options_.RestoreScroll ? Nav_.ArticlePosition(Nav_.ArticleId()) : 0.0f;
        if (!PendingFindFor_.empty()) { // opened from the search's results: Find on its words, from the top
            if (Nav_.ArticleId() == PendingFindFor_ && !PendingFindText_.empty()) {
                FindOpen_ = true;
                FindField_.Focus = 0;
                FindField_.SetText(PendingFindText_);
                LastQuery_ = FindField_.Text;
                FindTerms_ = std::move(PendingTerms_);
                PendingPosition_ = 0.0f;
            }
            PendingFindFor_.clear();
            PendingTerms_.clear();
        }
        return;
    }
    if (GetPhase() == Phase::Search) { OnSearchShown(); return; }
    SearchReturn_.clear();
    PendingPosition_ = Nav_.FeedPosition();
    CursorTarget_.clear();
    PendingCursor_ = false;
    if (!Nav_.ReturnTo().empty()) {
        const std::string route = ArticleRoute(Nav_.ReturnTo());
        if (IndexOf(Nav_.FilteredItems(), route) >= 0) {
            CursorTarget_ = route;
            ++CursorMoves_;
            PendingCursor_ = true;
        }
    }
}

int App::IndexOf(const std::vector<const FeedItem*>& items, const std::string& route) {
    const RouteParts parts = ParseRoute(route);
    if (parts.Kind != RouteKind::Article) return -1;
    for (int i = 0; i < (int)items.size(); ++i)
        if (items[i]->Id == parts.Name) return i;
    return -1;
}

FeedEnd App::FeedEndState() const {
    const FeedLoader& feed = Nav_.Loader();
    if (feed.PageLoading()) return FeedEnd::Loading;
    if (!feed.PageError().Empty()) return FeedEnd::Error;
    return feed.NextPageUrl().empty() ? FeedEnd::End : FeedEnd::More;
}

std::vector<RelatedLink> App::RelatedLinks(const Article& article) const {
    std::vector<RelatedLink> related;
    for (const std::string& id : article.Related) {
        const FeedItem* item = Nav_.FindItem(id);
        related.push_back(RelatedLink{id, item ? item->Title : std::string()});
    }
    return related;
}

// ---- settings and positions --------------------------------------------------------------------------------

void App::SetSettings(const ReaderSettings& s) {
    if (s == Settings_) return;
    Settings_ = s;
    if (s.Sans) Faces_.Want(SansItalic);
    ApplyImGuiStyle(GetTheme());
    Host_->SaveSetting("settings", SettingsToJson(Settings_));
    Publish();
}

void App::SetSystemPreferences(bool prefers_dark, bool reduced_motion) {
    if (prefers_dark == SystemDark_ && reduced_motion == ReducedMotion_) return;
    SystemDark_ = prefers_dark;
    ReducedMotion_ = reduced_motion;
    ApplyImGuiStyle(GetTheme());
    Publish();
}

void App::RememberPosition() { Nav_.RememberPosition(View_.TopFraction()); }

// ---- state -------------------------------------------------------------------------------------------------

std::string App::CopyText() const { return View_.SelectedText(); }

void App::Publish() {
    const std::string key = ContentKey();
    if (key != LastContentKey_) { LastContentKey_ = key; ++Content_; }
    PublishedDocHeight_ = View_.Doc().Height;
    Host_->StateChanged(StateJson());
    Host_->RequestFrame();
}

std::string App::StateJson() const {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    const Phase shown = GetPhase();
    const char* phase = shown == Phase::Article ? "article" : shown == Phase::Feed ? "feed" : shown == Phase::Error ? "error"
                        : shown == Phase::Search ? "search" : "loading";
    w.StartObject();
    w.Key("state"); w.String(phase);
    w.Key("route"); w.String(Nav_.Route().c_str());
    w.Key("articleId"); w.String(shown == Phase::Article ? Nav_.ArticleId().c_str() : "");
    const Article* article = Nav_.ShownArticle();
    w.Key("title"); w.String(article ? article->Headline.c_str() : "");
    w.Key("error"); w.String(shown == Phase::Error ? Nav_.Error().Message.c_str() : "");
    w.Key("retryable"); w.Bool(shown == Phase::Error && Nav_.Error().Retryable); // the error view offers Retry
    w.Key("offline"); w.Bool(shown == Phase::Error && Nav_.Error().Offline); // it is the offline note
    w.Key("fontsReady"); w.Bool(Faces_.Ready());
    w.Key("filter"); w.String(Nav_.Filter().c_str());
    w.Key("feedItems"); w.Uint((unsigned)Nav_.Loader().GetFeed().Items.size());
    w.Key("feedComplete"); w.Bool(Nav_.Loader().Complete());
    w.Key("scrollY"); w.Double(std::round(View_.ScrollY()));
    w.Key("scrollMax"); w.Double(std::round(View_.MaxScroll()));
    w.Key("find");
    w.StartObject();
    w.Key("open"); w.Bool(FindOpen_);
    w.Key("query"); w.String(LastQuery_.c_str());
    w.Key("count"); w.Int(View_.FindCount());
    w.Key("current"); w.Int(View_.FindCurrent() + 1);
    w.EndObject();
    w.Key("textEntry"); // the field a platform's own text field types into now, and its text
    w.StartObject();
    w.Key("field"); w.String(WantsText() == TextField::Find ? "find" : WantsText() == TextField::Search ? "search" : "");
    w.Key("text"); w.String(TextFieldText());
    w.EndObject();
    w.Key("search"); // the search: its field, the search in force, and what it found so far
    w.StartObject();
    static const char* const kStatus[] = {"off", "idle", "loading", "ready", "failed"};
    w.Key("status"); w.String(kStatus[(int)Search_.Status()]);
    w.Key("fieldShown"); w.Bool(Search_.Available() && (SearchOpen_ || !Narrow_));
    w.Key("query"); w.String(Search_.Active().Text.c_str());
    w.Key("typing"); w.Bool(Search_.Pending());
    w.Key("total"); w.Uint(Search_.Results().Total);
    w.Key("shown"); w.Uint((unsigned)Search_.Results().Hits.size());
    w.Key("error"); w.String(Search_.Error().c_str());
    if (SearchButton_.W > 0.0f) { // the phone's button that opens the field (CSS px from the top left)
        w.Key("button");
        w.StartObject();
        w.Key("x"); w.Double(SearchButton_.X); w.Key("y"); w.Double(SearchButton_.Y);
        w.Key("width"); w.Double(SearchButton_.W); w.Key("height"); w.Double(SearchButton_.H);
        w.EndObject();
    }
    w.EndObject();
    w.Key("narration"); // read aloud: offered, its panel, playing, the paragraph and word spoken, speed and voice
    w.StartObject();
    {
        const Narration::Range r = Narration_.Spoken();
        w.Key("available"); w.Bool(NarrationShown());
        w.Key("open"); w.Bool(NarrationOpen_);
        w.Key("playing"); w.Bool(Narration_.Playing());
        w.Key("paused"); w.Bool(Narration_.Paused());
        w.Key("paragraph"); w.Int(r.Paragraph);
        w.Key("paragraphs"); w.Uint((unsigned)Narration_.ParagraphCount());
        w.Key("engineGeneration"); w.Uint(Narration_.EngineGeneration()); // the engine's voices settled
        w.Key("heard"); w.Int(Narration_.Heard()); // utterances heard to their end, and words reported
        w.Key("wordsHeard"); w.Int(Narration_.WordsReported());
        w.Key("item"); w.Int(View_.Spoken().Item);
        const DocItem* it = r.Item >= 0 && r.Item < (int)View_.Doc().Items.size() ? &View_.Doc().Items[r.Item] : nullptr;
        const bool word = it && it->Galley && r.End > r.Begin && r.End <= it->Galley->Text.size();
        w.Key("word"); w.String(word ? it->Galley->Text.c_str() + r.Begin : "", word ? r.End - r.Begin : 0);
        w.Key("wordStart"); w.Uint(word ? r.Begin : 0);
        w.Key("rate"); w.Double(Narration_.Rate());
        w.Key("voice"); w.String(Narration_.CurrentVoice().c_str());
        w.Key("language"); w.String(Narration_.Language().c_str());
        w.Key("voices");
        w.StartArray();
        for (const Voice& v : Narration_.ShownVoices()) w.String(v.Id.c_str());
        w.EndArray();
        // Where its button, and in its open panel the speed slider, the voice menu and its rows were drawn (CSS px).
        auto box = [&w](const char* key, const Box& b) {
            w.Key(key);
            w.StartObject();
            w.Key("x"); w.Double(b.X); w.Key("y"); w.Double(b.Y); w.Key("width"); w.Double(b.W); w.Key("height"); w.Double(b.H);
            w.EndObject();
        };
        if (NarrationShown()) box("button", NarrationToggle_);
        if (NarrationOpen_) { box("speed", NarrationSpeed_); box("voiceMenu", NarrationVoice_); }
        w.Key("voiceRows");
        w.StartArray();
        for (const Box& b : NarrationVoiceRows_) {
            w.StartObject();
            w.Key("x"); w.Double(b.X); w.Key("y"); w.Double(b.Y); w.Key("width"); w.Double(b.W); w.Key("height"); w.Double(b.H);
            w.EndObject();
        }
        w.EndArray();
    }
    w.EndObject();
    w.Key("savedOffline"); // save for offline: offered, what is saved with its size, what is being saved, the notice
    {
        const std::string offline = OfflineStateJson();
        w.RawValue(offline.c_str(), offline.size(), rapidjson::kObjectType);
    }
    w.Key("selectionLength"); w.Uint((unsigned)View_.SelectedText().size());
    w.Key("settingsOpen"); w.Bool(SettingsOpen_);
    w.Key("photoOpen"); w.Bool(PhotoOpen_);
    w.Key("photoZoom"); w.Double(PhotoOpen_ ? std::round(Zoom_.Zoom() * 100.0) / 100.0 : 0.0); // 1: fitted
    w.Key("images"); // the photos' textures: what is held now, the most ever held, the budget, loads under way
    w.StartObject();
    w.Key("textureBytes"); w.Uint64(Images_.TextureBytes());
    w.Key("peakTextureBytes"); w.Uint64(Images_.PeakTextureBytes());
    w.Key("budget"); w.Uint64(Images_.Support().TextureBudget);
    w.Key("loading"); w.Uint((unsigned)Images_.LoadsInFlight());
    w.EndObject();
    w.Key("settings");
    const std::string settings = SettingsToJson(Settings_);
    w.RawValue(settings.data(), settings.size(), rapidjson::kObjectType); // already JSON: no parse to embed it
    w.Key("theme"); w.String(GetTheme().Name);
    w.Key("progress");
    w.StartObject();
    w.Key("url"); w.String(ProgressUrl_.c_str());
    w.Key("bytes"); w.Uint64(ProgressBytes_);
    w.EndObject();
    w.Key("frames"); w.Int(Frames_);
    w.Key("content"); w.Uint(Content_);
    w.Key("cursor");
    w.StartObject();
    w.Key("target"); w.String(shown == Phase::Feed || shown == Phase::Search ? CursorTarget_.c_str() : "");
    w.Key("moves"); w.Uint(CursorMoves_);
    w.EndObject();
    w.Key("docHeight"); w.Double(std::ceil(View_.Doc().Height));
    w.Key("externalScroll"); w.Bool(ExternalScroll_);
    w.Key("tooltip"); w.String(Tooltip_); // the toolbar's tooltip the last frame showed; "" none
    // Where the last feed frame put the filter chips, and the text column they wrap in (CSS px from the top left).
    w.Key("chipColumn");
    w.StartObject();
    w.Key("x"); w.Double(ChipsX_); w.Key("width"); w.Double(ChipsWidth_);
    w.EndObject();
    w.Key("chips");
    w.StartArray();
    const bool chips = GetPhase() == Phase::Feed || GetPhase() == Phase::Search;
    for (size_t i = 0; chips && i < ShownChips().size() && i < ChipRows_.Places.size(); ++i) {
        const ChipPlace& c = ChipRows_.Places[i];
        w.StartObject();
        w.Key("route"); w.String(ShownChips()[i].second.c_str());
        w.Key("x"); w.Double(ChipsX_ + c.X); w.Key("y"); w.Double(ChipsY_ + c.Y);
        w.Key("width"); w.Double(c.W); w.Key("height"); w.Double(c.H);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return buf.GetString();
}

} // namespace folio::ui
