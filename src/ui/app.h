// The reader application: loads the bundle's feed pages and articles through the Host, keeps the reader's
// place (route, scroll positions, settings), and draws the feed or article view with its toolbar, Find bar
// and settings panel. Owns all UI state; the platform layer owns the window and the loop.
#pragma once
#include "layout/layout_cache.h"
#include "model/article.h"
#include "model/bundle_path.h"
#include "model/error.h"
#include "ui/faces.h"
#include "ui/feed_document.h"
#include "ui/host.h"
#include "ui/reader_view.h"
#include "ui/routes.h"
#include "ui/settings.h"
#include "ui/theme.h"

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace folio::ui {

// An article read from its file's bytes: the article, or why not.
struct ArticleRead {
    bool Ok = false;
    Article Result;    // when Ok
    Error Why;         // when not
    std::string Text;  // JSON that is no article, handed back (LoadArticleFile tries it as a feed page)
};
using ArticleReadDone = std::function<void(ArticleRead&&)>;

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
    std::function<void(std::string&& text, const std::string& file, ArticleReadDone done)> ImportText;
    // The platform types text into its own field (the web's text agent: a hidden <input> that owns focus, IME
    // composition and the on-screen keyboard) and hands it over through App::SetTextFieldText and its friends;
    // the App draws its text field from that and never lets ImGui's field take the keys. False: ImGui's field
    // (the desktop).
    bool PlatformTextEntry = false;
};

// The App's text fields, for a platform that types into its own (AppOptions::PlatformTextEntry). Find is the one
// field so far; search will be another.
enum class TextField { None, Find };
// The keys a platform's text field passes on rather than editing with: Enter, Shift+Enter (or the arrows), Escape.
enum class TextKey { Next = 0, Previous = 1, Close = 2 };
// Where the caret (or selection) and the IME composition are in a text field's text, in bytes; begin == end for
// the composition: none.
struct TextCaret {
    int Begin = 0, End = 0;
    int ComposingBegin = 0, ComposingEnd = 0;
};

enum class Phase { Loading, Feed, Article, Error };

// Caps on what one source can make the App read, so a feed that never ends (distinct next_urls, an article id never
// found) stops with a message instead of paging forever. A real archive of 100,000 articles still reads whole:
// folio-bundle writes 50 items a page by default, so 2,000 pages, and its oldest article is on page 2,000.
constexpr size_t kMaxFeedItems = 150000;   // items kept from all the feed's pages; the feed ends there
constexpr size_t kMaxFeedPages = 4000;     // pages read from one source; the feed ends there
constexpr size_t kMaxSearchPages = 2500;   // pages followed while looking for one article id

class App {
public:
    void Init(Host* host, const AppOptions& options); // starts loading; call once after ImGui::CreateContext()
    bool CanDraw() const { return Faces_.Ready(); }    // ImGui frames need the fonts in the atlas
    void Draw();                                       // between ImGui::NewFrame() and ImGui::Render()
    bool Animating() const { return Animating_; }      // the last frame wants a next one (a glide, a timer)

    void Navigate(const std::string& route, bool from_history); // "#/article/<id>", "#/", "#/section/<name>"
    void Back();                                       // the previous route (the desktop's Back)
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

    // External scrolling: the host scrolls (a page that grows the viewer to the document's height and shows the
    // part in view). The host says where the view's top is in the document; the App never scrolls by itself
    // but asks the host to, through TakeScrollRequest (keys, Find, a new article while scrolled down).
    void SetExternalScroll(bool on);
    void SetExternalScrollY(float y);
    bool TakeScrollRequest(float* y);                  // true once per request, with the document y wanted on top

    // Text entry, ImGui-free (app_host.cpp): which field takes the keys now (from the frame it opens until it
    // closes or loses the focus; None: the keys are shortcuts), its text, and the platform's own field feeding it.
    TextField WantsText() const;
    const char* TextFieldText() const { return FindQuery_; }
    void SetTextFieldText(const std::string& text, const TextCaret& caret); // the platform's field changed
    void TextFieldKey(TextKey key);
    void TextFieldFocus(bool focused);                 // the platform's field took or lost the focus

    Phase GetPhase() const { return Phase_; }
    bool Settled() const { return (Phase_ == Phase::Article || Phase_ == Phase::Feed || Phase_ == Phase::Error) && CanDraw() && !Animating_; }
    const std::string& FontError() const { return FontError_; } // non-empty: nothing can be drawn
    const std::string& ErrorMessage() const { return Error_; }  // what the error view says
    const Theme& GetTheme() const { return ThemeFor(Settings_.Theme, SystemDark_); }
    const ReaderSettings& Settings() const { return Settings_; }
    void SetSettings(const ReaderSettings& s);         // applies and stores them
    std::string StateJson() const;
    int FramesDrawn() const { return Frames_; }

private:
    // Loading (app.cpp)
    void LoadSource();
    // Host_->Fetch, counted in SourceFetches_: OpenSource cancels what is unanswered, and drops what still answers.
    void FetchFromSource(const std::string& url, FetchCallback done);
    void LoadFeedPage(const std::string& url);
    void AcceptFeedPage(const std::string& url, Feed&& page);
    void EndFeed(const std::string& why);          // no page follows (a cap, a loop, a bad next_url): PageError_ says why
    void AddItem(FeedItem&& item);                   // to Feed_.Items and ItemIndex_
    const FeedItem* FindItem(const std::string& id) const; // Feed_.Find through ItemIndex_, so long feeds page in linear time
    void LoadArticleFile(const std::string& url);
    // Every article the App opens, JSON or plain text, comes through here: fetched from the source, then read
    // (ReadArticle: JSON at once, plain text through ImportText, answered later); a failed fetch is a failed read.
    // done is called once, unless another source opens first.
    void FetchArticle(const std::string& url, ArticleReadDone done);
    void ReadArticle(const std::string& url, std::string&& text, ArticleReadDone done);
    void WantFacesFor(const Article& article);
    void EnsureArticle(const std::string& id);
    void ShowArticle(const std::string& id);
    void ShowFeed();
    void Fail(const std::string& message);
    void Publish();
    std::string ContentKey() const;
    void RememberPosition();
    void LoadPositions();
    std::vector<const FeedItem*> FilteredItems() const;
    static int IndexOf(const std::vector<const FeedItem*>& items, const std::string& route); // "#/article/<id>"; -1
    // What the feed view and its mirror both show: the filter's label ("Section: World"; "" unfiltered), the
    // feed's end, and an article's related links with their titles from the feed.
    std::string FilterLabel() const;
    FeedEnd FeedEndState() const;
    std::vector<RelatedLink> RelatedLinks(const Article& article) const;
    // Drawing (app_frame.cpp)
    void RebuildDocumentIfNeeded(float width);
    void DrawToolbar(float width);
    void DrawFindBar(float width);
    void BeginPanel(const char* name, float width, float max_width, int flags);
    void EndPanel();
    void OpenFind(int focus);                      // FindFocus_'s values
    void CloseFind();
    void ApplyQuery();                             // FindQuery_ searched for, if it changed
    void TakeTypedAhead();                         // characters typed before the field had the focus, to FindQuery_
    bool DrawAgentField(float width);              // the field the platform's text agent types into; true: tapped
    void DrawSettingsPanel(float width);
    void DrawFilterChips(float width);
    void HandleKeys(float page_height);
    void FollowLink(const std::string& target);
    void StepArticle(int direction);
    void CopySelection();
    void CopyArticleLink();

    Host* Host_ = nullptr;
    AppOptions Options_;
    FaceSet Faces_;
    layout::LayoutCache Cache_;
    ReaderSettings Settings_;
    bool SystemDark_ = false, ReducedMotion_ = false;

    // The feed, all pages loaded so far (its Title from the first page; NextUrl unused: see NextPageUrl_)
    Feed Feed_;
    std::vector<std::pair<std::string, std::string>> Chips_; // its filter chips (label, route), made as it grows
    std::string NextPageUrl_;
    std::unordered_set<std::string> PagesSeen_;
    bool FeedLoaded_ = false, PageLoading_ = false;
    std::string PageError_;
    // Articles
    std::unordered_map<std::string, Article> Articles_;
    std::unordered_set<std::string> ArticlesLoading_;

    // What is shown
    Phase Phase_ = Phase::Loading;
    std::string Route_, ArticleId_, Filter_, Error_, FontError_;
    std::string PendingArticle_;       // waiting for its feed page or file
    std::vector<std::string> History_; // routes, for Back where the platform keeps no history
    ReaderView View_;
    // What View_'s document was built from, compared each frame without allocating. Valid false: rebuild (the
    // feed grew, an article arrived); Built false: nothing was shown yet (a new source).
    struct DocumentKey {
        bool Valid = false, Built = false;
        Phase Shown = Phase::Loading;
        std::string ArticleId, Route;  // what it shows (the rest is how wide, in which style, how much feed)
        float Width = 0.0f, Scale = 0.0f;
        ReaderSettings Settings;
        uint32_t FontGeneration = 0;
        const Theme* Colors = nullptr;
        size_t Items = 0;
        bool PageLoading = false, FeedEnded = false;
    };
    DocumentKey DocKey_;
    ReadingPositions Positions_;      // where the reader left each article (positions.json)
    float PendingPosition_ = -1.0f;
    // The feed's keyboard cursor: the link of the article it is on ("#/article/<id>"; empty: none), which
    // StateJson reports with a counter bumped each time a key moves it, so a host can move its own focus (the
    // mirror's) there. Its place in the list is looked up, so pages arriving later cannot shift it.
    std::string CursorTarget_;
    unsigned CursorMoves_ = 0;
    bool PendingCursor_ = false;   // select the cursor's item once the feed's document is built
    std::string ReturnTo_;         // the article the reader left for the feed: the cursor starts on it
    std::unordered_map<std::string, float> FeedPositions_; // feed route -> how far down, 0..1 (this session)

    // Panels
    bool FindOpen_ = false, SettingsOpen_ = false, SettingsFocus_ = false;
    // From the frame Find opens until its field has the focus (ImGui's field active, or the platform's field
    // focused and not blurred since): 1, or 2 to leave out the "/" that opened it. Keys are the field's then.
    int FindFocus_ = 0;
    bool FindFieldActive_ = false; // ImGui's field had the keys in the last frame (the desktop)
    char FindQuery_[256] = {};
    TextCaret FindCaret_;          // from the platform's field
    std::string LastQuery_;
    bool Animating_ = false;
    int Frames_ = 0;
    // Mirror and host-driven layout
    unsigned Content_ = 0;         // StateJson's "content": bumped when what is shown changes
    std::string LastContentKey_;
    float PublishedDocHeight_ = -1.0f;
    bool ExternalScroll_ = false;
    float ExternalY_ = 0.0f;
    float ScrollRequest_ = -1.0f;  // < 0: none
    unsigned Generation_ = 0; // answers to superseded loads are dropped
    unsigned Source_ = 0;     // ... and answers from a source no longer open
    std::unordered_map<std::string, int> SourceFetches_; // the source's fetches not yet answered, by URL: cancelled
                                                         // when another source opens
    // Where the source's bundle is read from and the address its first page declares: every article and
    // next_url reference goes through BundlePathOf with them, so nothing outside the bundle is ever fetched.
    BundleRoots Roots_;
    std::unordered_map<std::string, std::string> Refused_; // article id -> why its article file cannot be opened
    std::string SearchId_;   // the article id pages are being followed for, and how many so far (kMaxSearchPages)
    size_t SearchPages_ = 0;
    std::unordered_map<std::string, size_t> ItemIndex_; // id -> its first place in Feed_.Items (AddItem keeps it)
    std::string ProgressUrl_;
    uint64_t ProgressBytes_ = 0;
    float LastSavedFraction_ = -1.0f;
};

} // namespace folio::ui
