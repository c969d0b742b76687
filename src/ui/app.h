// The reader application: the frame, the panels and the keys. It draws the feed or article view with its toolbar,
// Find bar and settings panel, and composes the ImGui-free core: a Navigator (ui/navigator.h: routes, history,
// what is shown, remembered positions) that loads through a FeedLoader (ui/feed_loader.h) into an ArticleCache
// (ui/article_cache.h). The platform layer owns the window and the loop.
#pragma once
#include "layout/layout_cache.h"
#include "model/article.h"
#include "model/error.h"
#include "ui/chip_rows.h"
#include "ui/faces.h"
#include "ui/feed_document.h"
#include "ui/host.h"
#include "ui/image_store.h"
#include "ui/label.h"
#include "ui/narration.h"
#include "ui/navigator.h"
#include "ui/offline_saving.h"
#include "ui/offline_shelf.h"
#include "ui/photo_zoom.h"
#include "ui/reader_view.h"
#include "ui/routes.h"
#include "ui/search_controller.h"
#include "ui/search_document.h"
#include "ui/settings.h"
#include "ui/theme.h"
#include "ui/toolbar_rules.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio::ui {

struct AppOptions {
    std::string FontsUrl = "fonts/";            // folder (URL or path) of the TTF files, with a trailing slash
    std::string FeedUrl = "bundle/feed.json";   // the bundle's first feed page
    std::string ArticleId;                      // open this article first (else the route, else the newest)
    std::string Route;                          // the address at start ("#/article/<id>", "#/"); may be empty
    bool RestoreScroll = true;                  // reopen articles where the reader left them
    std::string Theme;                          // "light", "dark", … : overrides the stored theme; empty: stored
    bool Headless = false;                      // no renderer: load and parse, never draw (no fonts fetched)
    // One article file to open instead of a feed (JSON, or plain text through ImportText); it is shown as a
    // feed of one. A JSON file that turns out to be a feed page is read as the feed.
    std::string ArticleUrl;
    // Reads a plain-text article (a URL ending in .txt) in the wire shape, off the UI thread: done is called later,
    // between frames (never from within the call), as a fetch's callback is, so a long import never stops the
    // frames. `file` names it in errors. Empty where the platform has no importer: such files then fail with a
    // message saying so.
    ImportTextFn ImportText;
    // The platform types text into its own field (the web's text agent: a hidden <input> that owns focus, IME
    // composition and the on-screen keyboard) and hands it over through App::SetTextFieldText and its friends;
    // the App draws its text field from that and never lets ImGui's field take the keys. False: ImGui's field
    // (the desktop).
    bool PlatformTextEntry = false;
};

// The App's text fields, for a platform that types into its own (AppOptions::PlatformTextEntry): Find in the page,
// and the search of the bundle's articles.
enum class TextField { None, Find, Search };
// The keys a platform's text field passes on rather than editing with: Enter, Shift+Enter (or the arrows), Escape.
enum class TextKey { Next = 0, Previous = 1, Close = 2 };
// Where the caret (or selection) and the IME composition are in a text field's text, in bytes; begin == end for
// the composition: none.
struct TextCaret {
    int Begin = 0, End = 0;
    int ComposingBegin = 0, ComposingEnd = 0;
};

// One of the App's text fields (Find's, the search's): its text, its caret, and whether it takes the keys.
struct FieldState {
    char Text[256] = {};
    TextCaret Caret; // from the platform's field, or after text typed ahead
    // From the frame the field is focused until it has the focus (ImGui's field active, or the platform's field
    // focused and not blurred since): 1, or 2 to leave out the "/" that focused it. Keys are the field's then.
    int Focus = 0;
    bool Active = false;                      // ImGui's field had the keys in the last frame (the desktop)
    int Cursor = 0, SelectA = 0, SelectB = 0; // ImGui's field's caret and selection, from its callback
    Label Shown;                              // the text laid out (label.h)
    bool Wants() const { return Focus > 0 || Active; }
    void SetText(std::string_view text);      // whole characters that fit; the caret at the end
};

class App {
public:
    void Init(Host* host, const AppOptions& options); // starts loading; call once after ImGui::CreateContext()
    bool CanDraw() const { return Faces_.Ready(); }    // ImGui frames need the fonts in the atlas
    void Draw();                                       // between ImGui::NewFrame() and ImGui::Render()
    // For a platform that draws nothing (no WebGL): what a frame does besides drawing, at `now` seconds. The search
    // runs once its engine arrives (its service asks for a frame then); true while a timer wants another call.
    bool Advance(double now) { UpdateOffline(); return Search_.Tick(now); }
    bool Animating() const { return Animating_; }      // the last frame wants a next one (a glide, a timer)

    void Navigate(const std::string& route, bool from_history); // "#/article/<id>", "#/", "#/section/<name>"
    void Back();                                       // the previous route (the desktop's Back)
    // The next page of the feed or of the search's results shown, as scrolling to their end asks for it (for a
    // reader of the mirror with nothing drawn: its "More" button); false when none follows or one is loading.
    bool LoadMore();
    void Open(const std::string& article_id);          // the embedder's open(id)
    void Retry();                                      // loads again whatever failed
    // Opens another source in place of the current one: a feed page URL, or (article_url non-empty) one article
    // file. Answers still on their way from the old source are dropped.
    void OpenSource(const std::string& feed_url, const std::string& article_url);
    // How far the download the loading view waits for has come: it shows "<url> — 12.3 KB" under "Loading…".
    // An empty url clears it.
    void SetProgress(const std::string& url, uint64_t bytes);
    void SetSystemPreferences(bool prefers_dark, bool reduced_motion);
    std::string CopyText() const;                      // what Ctrl+C copies now (the selection)
    // The full-screen photo view (app_photo.cpp): a photo of the article shown opens it; Esc, the close button or
    // a tap closes it. Pinch is the platform's two-finger gesture: factor the change of the fingers' distance
    // since the last call, about the point between them (view coordinates).
    void OpenPhoto(int photo);                         // an index into the shown document's photos
    void ClosePhoto();
    bool PhotoOpen() const { return PhotoOpen_; }
    void Pinch(float factor, float x, float y);
    const ImageStore& Images() const { return Images_; }
    // The finger's touch events, timed by the events themselves: a flick's speed comes from them, not from frame
    // times. The platform feeds it beside ImGui's mouse events for the same finger.
    FlickTracker& Flick() { return View_.Flick; }

    // The accessibility mirror (ui/mirror.h): what is shown, as semantic JSON. It changes when StateJson's
    // "content" counter does.
    std::string MirrorJson() const;
    // Keyboard focus reached the nth link to target in the mirror: scroll it into view and select it. In the
    // feed, an article's link also puts the keyboard cursor (j, k, Enter) on that article.
    void RevealLink(const std::string& target, int nth);
    // The page's own Find (or a selection) reached text in the mirror: block is the text of the nth mirror block
    // with that text, [begin, end) the match's bytes in it (begin == end: the match's length is unknown).
    // Scrolls the canvas to it and selects it. False if no drawn text matches the block.
    bool RevealText(const std::string& block, int nth, uint32_t begin, uint32_t end);
    // The page's HTML first paint (the same article or feed page as plain HTML) gives way to the canvas: the item
    // drawn for the nth block with that text goes where the reader had it, its top at view y (CSS px from the view's
    // top, at least the toolbar's bottom) or, for a block the reader scrolled part way past (y < 0), with that
    // fraction of it above the view's top. Applied with the next frame, once the document is built; false if the
    // shown view draws no such block (then nothing moves).
    void AnchorText(const std::string& block, int nth, float y, float fraction);

    // External scrolling: the host scrolls (a page that grows the viewer to the document's height and shows the
    // part in view). The host says where the view's top is in the document; the App never scrolls by itself
    // but asks the host to, through TakeScrollRequest (keys, Find, a new article while scrolled down).
    void SetExternalScroll(bool on);
    void SetExternalScrollY(float y);
    bool TakeScrollRequest(float* y);                  // true once per request, with the document y wanted on top

    // Text entry, ImGui-free (app_host.cpp): which field takes the keys now (from the frame it opens until it
    // closes or loses the focus; None: the keys are shortcuts), its text, and the platform's own field feeding it.
    TextField WantsText() const;
    const char* TextFieldText() const { return WantsText() == TextField::Search ? SearchField_.Text : FindField_.Text; }
    void SetTextFieldText(const std::string& text, const TextCaret& caret); // the platform's field changed
    void TextFieldKey(TextKey key);
    void TextFieldFocus(bool focused);                 // the platform's field took or lost the focus

    // The search (app_search.cpp): the toolbar's field (on a phone a button opens it), "/" to it, the results view.
    const SearchController& Search() const { return Search_; }
    const Document& ShownDocument() const { return View_.Doc(); } // what the view draws (tests look into it)
    bool SearchAvailable() const { return Search_.Available(); }
    void FocusSearch(int focus);                       // FieldState::Focus's values

    // Save for offline (app_offline.cpp), offered only where Host::Offline() is available: the article shown, the
    // feed view's latest kSaveLatestCount articles, the list of saved ones, removing one or all. What the last
    // save came to is OfflineNotice() (an error: the reader's message, nothing half saved is listed).
    bool OfflineAvailable() const { return Offline_ && Offline_->Available(); }
    bool SaveShownForOffline();                    // false: no article shown, or no shelf
    bool SaveLatestForOffline();                   // false: not a feed view, or nothing to save
    void RemoveFromOffline(const std::string& id);
    void RemoveAllFromOffline();
    bool SavedForOffline(const std::string& id) const;
    void OpenSaved(const std::string& id);         // a saved article, from its saved file if no page names it
    const std::string& OfflineNotice() const { return OfflineNotice_; }
    void DismissOfflineNotice();                   // its OK

    Phase GetPhase() const { return Nav_.GetPhase(); }
    bool Settled() const { return GetPhase() != Phase::Loading && CanDraw() && !Animating_; }
    const std::string& FontError() const { return FontError_; } // non-empty: nothing can be drawn
    const std::string& ErrorMessage() const { return Nav_.Error().Message; } // what the error view says
    bool ErrorRetryable() const { return Nav_.Error().Retryable; }           // the error view offers Retry
    const Theme& GetTheme() const { return ThemeFor(Settings_.Theme, SystemDark_); }
    const ReaderSettings& Settings() const { return Settings_; }
    void SetSettings(const ReaderSettings& s);         // applies and stores them
    std::string StateJson() const;
    int FramesDrawn() const { return Frames_; }

private:
    // The core's events (app.cpp)
    void OnShown();                                // an article or feed view shown anew: where it opens, the cursor
    void WantFacesFor(const Article& article);
    void WantScriptsOf(const std::string& article_id); // its feed item's scripts' faces, before the article arrives
    void WantFeedFaces(); // the faces the feed's cards draw with (titles in Arabic, Thai, CJK…), for items not yet asked
    void Publish();
    std::string ContentKey() const;
    void RememberPosition();                       // where the view is, for the Navigator to remember
    static int IndexOf(const std::vector<const FeedItem*>& items, const std::string& route); // "#/article/<id>"; -1
    // What the feed view and its mirror both show: the feed's end, and an article's related links with their
    // titles from the feed.
    FeedEnd FeedEndState() const;
    std::vector<RelatedLink> RelatedLinks(const Article& article) const;
    const FeedLoader& Loader() const { return Nav_.Loader(); } // the feed as loaded so far
    // Drawing (app_frame.cpp: the frame; app_toolbar.cpp: the toolbar, chips, Find bar and settings panel)
    static constexpr float kToolbarHeight = 52.0f;
    void RebuildDocumentIfNeeded(float width, float inset);
    void DrawToolbar(float width, float inset);
    void Tooltip(const char* text);                  // for the item just drawn, when toolbar_rules allow it
    void DrawFindBar(float width);
    void BeginPanel(const char* name, float width, float max_width, int flags);
    void EndPanel();
    void OpenFind(int focus);                      // FieldState::Focus's values
    void CloseFind();
    void ApplyQuery();                             // Find's text searched for, if it changed
    void ApplyFind();                              // LastQuery_ (or a search's words) found in the document
    // The text fields (app_field.cpp)
    void TakeTypedAhead(FieldState& f);            // characters typed before the field had the focus, to its text
    bool DrawAgentField(FieldState& f, TextField kind, float width, const char* hint); // the agent's; true: tapped
    bool DrawImGuiField(FieldState& f, float width, const char* hint); // ImGui's; true: Enter
    void PaintFieldText(FieldState& f, const ImVec2& a, const ImVec2& b, bool focused, int begin, int end,
                        int composing_begin, int composing_end); // the text's galley in the field [a, b)
    // The search (app_search.cpp)
    void InitSearch();
    void OnSearchShown();                          // the search view shown anew: its route searched
    void FollowSearch();                           // a search started by the reader: the route follows it
    void SubmitSearch();
    void LeaveSearchField();                       // Esc: the keys go back to the reader
    void OpenResult(const std::string& id);        // an article from the results, with Find on the search's words
    void DrawSearchBar(float width);
    bool SearchBarShown(float width) const;        // the field drawn (wide: in the toolbar; a phone: when opened)
    float SearchFieldWidth(float width) const;     // its room in the toolbar (0: a button opens it)
    SearchView CurrentSearchView() const;
    const ChipList& ShownChips() const;            // the feed's chips, or the search's
    void UpdateSearchChips(float column);          // the search's, when its results, route or room changed
    LanguageNames LanguageNameOf() const;          // the host's names of languages, for the chips
    void ShowAllSearchChips();                     // "More filters": every chip from now on
    static constexpr float kCompactChipColumn = 480.0f; // a chip column narrower than this (a phone's) is compact
    const std::string& BackRoute() const;          // where the back button goes: the feed, or the search left
    void DrawSettingsPanel(float width);
    // Read aloud (app_narration.cpp)
    void InitNarration();
    bool NarrationShown() const;                     // its button: an article, and a voice to read it with
    void UpdateNarration();                          // each frame: the article's paragraphs, the engine's events
    void NarrationMoved();                           // the spoken text changed: highlighted, kept in view, published
    bool HandleNarrationKeys();                      // N; the arrows while it speaks
    void DrawNarrationButton(float x, float y, float w, float h);
    void DrawNarrationPanel(float width);
    float RightButtonsWidth() const;                 // the toolbar's buttons at its right end (read aloud, Find, "Aa")
    // Save for offline (app_offline.cpp)
    void InitOffline();
    void UpdateOffline();                            // each frame: the shelf's answers become notices, published
    bool OfflineShown() const;                       // the toolbar's "Saved for offline" button: a shelf, and a view
    void SetOfflineOpen(bool open);                  // its panel (one panel at a time under the toolbar's right end)
    void DrawOfflineButton(float x, float y, float w, float h);
    void DrawOfflinePanel(float width);              // save what is shown, the list, remove
    void DrawOfflineNotice(float width, float height);
    std::string OfflineStateJson() const;            // StateJson's "savedOffline" object
    PhotoSaveSize PhotoSize() const;                 // where a save's photos will be drawn
    const std::string& SaveLatestLabel();            // "Save latest 10 of World" (kept: a frame allocates nothing)
    void DrawPhotoView(float width, float height); // app_photo.cpp
    void HandlePhotoKeys();
    void SetSettingsOpen(bool open);                 // every way of opening or closing the panel comes here
    float LayoutFilterChips(float width);            // the chips' rows (ChipRows_) for this width: their band's height
    void DrawFilterChips();                          // where LayoutFilterChips put them
    LabelContext Labels();                           // what the toolbar's labels are laid out with this frame
    const std::string* TextLanguage() const;         // the article's (or else the feed's) language, or null
    void HandleKeys(float page_height);
    void FollowLink(const std::string& target);
    void StepArticle(int direction);
    void StepResult(int direction);                // j and k in the search's results (app_search.cpp)
    void CopySelection();
    void CopyArticleLink();

    Host* Host_ = nullptr;
    AppOptions Options_;
    FaceSet Faces_;
    layout::LayoutCache Cache_;
    ReaderSettings Settings_;
    bool SystemDark_ = false, ReducedMotion_ = false;

    Navigator Nav_;                    // routes, what is shown, loading, history, positions
    ImageStore Images_;                // the photos' textures, for the view and the full-screen photo
    bool PhotoOpen_ = false;
    bool Pinched_ = false;             // a pinch happened during this press: its end is no tap, its moves no pan
    Photo OpenPhoto_;                  // what the full-screen view shows (a copy: documents are rebuilt under it)
    std::string OpenPhotoCaption_;     // its caption and credit as drawn below it
    PhotoZoom Zoom_;
    std::string FontError_;
    ReaderView View_;
    // What View_'s document was built from, compared each frame without allocating. Valid false: rebuild (the
    // feed grew, an article arrived); Built false: nothing was shown yet (a new source).
    struct DocumentKey {
        bool Valid = false, Built = false;
        Phase Shown = Phase::Loading;
        std::string ArticleId, Route;  // what it shows (the rest is how wide, in which style, how much feed)
        float Width = 0.0f, Scale = 0.0f, Inset = 0.0f;
        ReaderSettings Settings;
        uint32_t FontGeneration = 0;
        const Theme* Colors = nullptr;
        size_t Items = 0;
        bool PageLoading = false, FeedEnded = false;
        unsigned SearchGeneration = 0;
    };
    DocumentKey DocKey_;
    float PendingPosition_ = -1.0f;   // where the document shown anew opens, once built
    struct Anchor {
        std::string Block;
        int Nth = 0;
        float Y = 0.0f, Fraction = 0.0f;
    };
    std::optional<Anchor> PendingAnchor_; // AnchorText's, applied after the next build
    void ApplyAnchor();
    int ItemForBlock(const std::string& block, int nth, uint32_t begin, uint32_t end, int64_t* shift) const;
    // The feed's keyboard cursor: the link of the article it is on ("#/article/<id>"; empty: none), which
    // StateJson reports with a counter bumped each time a key moves it, so a host can move its own focus (the
    // mirror's) there. Its place in the list is looked up, so pages arriving later cannot shift it.
    std::string CursorTarget_;
    unsigned CursorMoves_ = 0;
    bool PendingCursor_ = false;   // select the cursor's item once the feed's document is built

    // Panels
    bool FindOpen_ = false, SettingsOpen_ = false, SettingsFocus_ = false;
    Box SettingsBox_, SettingsToggle_; // where the panel and its "Aa" button were drawn last (a press outside closes it)
    FieldState FindField_;
    std::string LastQuery_;
    std::vector<std::string> FindTerms_; // Find on a search's words (search::MatchRanges), not on LastQuery_ as typed
    // The search: the controller, the bundle's folder it fetches from, the toolbar's field (SearchOpen_: opened on
    // a phone), what was typed into it last (handed to the controller), the searches seen started (the route
    // follows), the search view's chips (label, route) and which are on, the result opened (Find is pre-filled
    // when it shows) and the search it was opened from (the back button returns there).
    SearchController Search_;
    std::string BundleFolder_;
    FieldState SearchField_;
    bool SearchOpen_ = false, Narrow_ = false, SearchDrop_ = false;
    Box SearchButton_; // where the phone's "Search" button was drawn last (W 0: none)
    TextField AgentField_ = TextField::Find; // the field the platform's text agent typed into last
    std::string LastTyped_;
    unsigned SearchStartsSeen_ = 0;
    ChipList SearchChips_;
    std::vector<unsigned char> SearchChipOn_;
    unsigned SearchChipsFor_ = ~0u;
    std::string SearchChipsRoute_;
    bool SearchChipsCompact_ = false; // the last chips were a narrow column's few, with "More filters" when some were left out
    bool SearchChipsAll_ = false;     // the reader asked for every filter ("More filters"): no longer compact
    std::string PendingFindFor_, PendingFindText_;
    std::vector<std::string> PendingTerms_;
    std::string SearchReturn_;
    // Read aloud: the logic, its panel (and where it and its button were drawn), the article it was given and the
    // document build it was given from (DocBuilds_ counts them: a rebuild relinks its paragraphs to the new items).
    Narration Narration_;
    bool NarrationOpen_ = false;
    Box NarrationBox_, NarrationToggle_;
    Box NarrationSpeed_, NarrationVoice_;        // the panel's speed slider and voice menu, as last drawn (tests click them)
    std::vector<Box> NarrationVoiceRows_;        // the voice menu's rows while it is open
    std::string NarrationFor_;
    unsigned DocBuilds_ = 0, NarrationDoc_ = ~0u;
    // Save for offline: the platform's shelf (null: none), the batches read from the feed, the shelf's generation
    // seen, the ids seen saving (a save that ends listed is a success), and the notice the reader sees.
    OfflineShelf* Offline_ = nullptr;
    OfflineSaver OfflineSaver_;
    uint32_t OfflineGen_ = 0;
    std::vector<std::string> OfflineWaiting_;
    int OfflineDone_ = 0;           // saves finished since the last notice (a batch's come one at a time)
    std::string OfflineLast_;       // the headline of the last of them
    int OfflinePanelAge_ = 0;       // frames the panel was drawn since it opened (its first is only measured)
    size_t OfflinePublishedRows_ = 0; // the list and save button as last published
    Box OfflinePublishedSave_;
    std::string OfflineNotice_;
    std::string OfflineErrorSeen_; // the shelf's LastError() already shown
    bool OfflineNoticeError_ = false;
    // Where the settings panel's offline controls were drawn this frame (W 0: not drawn; StateJson reports them, so
    // tests can press them): save or remove the article shown (or save the latest), each saved row's headline and
    // its "Remove", "Remove all".
    bool OfflineOpen_ = false;
    std::string SaveLatestName_, SaveLatest_;    // SaveLatestLabel(), made for that section's name
    Box OfflineBox_, OfflineToggle_;             // the panel and its toolbar button, as last drawn
    Box OfflineSaveBox_, OfflineRemoveAllBox_;
    std::vector<FittedText> OfflineFits_;        // the list's headlines, cut to the panel's width
    std::vector<Label> OfflineLabels_;           // and laid out (shaped, in their own direction), one a row
    struct OfflineRow { std::string Id; Box Open, Remove; };
    std::vector<OfflineRow> OfflineRows_;
    bool Animating_ = false;
    int Frames_ = 0;
    // The toolbar: the back button's label, the filter chips' rows (widths measured each frame into ChipWidths_)
    // and the tooltip the last frame showed ("" none; StateJson reports it). Their text and the Find query are
    // laid out as galleys (label.h): shaped, in their own direction.
    BackLabel BackLabel_;
    Label BackName_;
    std::vector<Label> ChipLabels_;
    std::vector<std::pair<float, float>> LabelSpans_; // a field's selection extents (a frame reuses it)
    bool ToolbarRtl_ = false; // the article shown is right to left: the toolbar is mirrored (set with its document)
    size_t FeedFacesAsked_ = 0; // the feed's items whose text has asked for its faces (WantFeedFaces)
    std::vector<float> ChipWidths_;
    std::string ChipsLanguage_; // the feed language ChipsRtl_ was read from (read again only when it changes)
    bool ChipsRtl_ = false;     // the chips fill their rows from the right (a right-to-left feed)
    ChipRows ChipRows_;
    float ChipsX_ = 0.0f, ChipsWidth_ = 0.0f, ChipsY_ = 0.0f; // the text column the chips wrap in, and their top
    const char* Tooltip_ = "";
    // Mirror and host-driven layout
    unsigned Content_ = 0;         // StateJson's "content": bumped when what is shown changes
    std::string LastContentKey_;
    float PublishedDocHeight_ = -1.0f;
    bool ExternalScroll_ = false;
    float ExternalY_ = 0.0f;
    float ScrollRequest_ = -1.0f;  // < 0: none
    std::string ProgressUrl_;
    uint64_t ProgressBytes_ = 0;
};

} // namespace folio::ui
