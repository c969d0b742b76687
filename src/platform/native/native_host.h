// The desktop's side of ui::Host: files read from disk, http(s) downloads (HttpFetcher's worker thread),
// plain-text imports (TextImporter's) and pictures (ImageLoader's threads: read or downloaded, then decoded with
// libvips), all answered between frames (never inside one, so the UI sees the same order of events as on the
// web), pictures made OpenGL textures on the main thread, the window title, frame requests, settings as files under
// $XDG_CONFIG_HOME/folio/, downloads kept for offline reading under $XDG_CACHE_HOME/folio/ (HttpCache), the clipboard through GLFW, links handed to xdg-open, and the text services
// (NativeTextServices: bidi, line breaking and shaping for every script).
#pragma once
#include "platform/frame_budget.h"
#include "platform/native/http_fetch.h"
#include "platform/native/image_loader.h"
#include "platform/native/language_names.h"
#include "platform/native/native_text.h"
#include "platform/native/open_target.h"
#include "platform/native/speechd_speech.h"
#include "platform/native/text_article.h"
#include "search/icu/icu_text_folder.h"
#include "search/search_service.h"
#include "ui/host.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

struct GLFWwindow;

namespace folio::platform {

class NativeHost final : public ui::Host {
public:
    NativeHost(GLFWwindow* window, FrameBudget* budget);
    // Paths are read from disk; http:// and https:// URLs are downloaded; other schemes fail with a message.
    void Fetch(const std::string& url, ui::FetchCallback done) override;
    void CancelFetch(const std::string& url) override;
    void SetTitle(const std::string& title) override;
    void StateChanged(const std::string&) override {} // tests read the state per frame (WriteStateFile)
    void RequestFrame() override { Budget_->Request(); }
    std::string LoadSetting(const std::string& key) override;
    void SaveSetting(const std::string& key, const std::string& value) override;
    void SetClipboard(const std::string& text) override;
    void OpenUrl(const std::string& url) override;
    void SetRoute(const std::string&, bool) override {} // the App keeps the desktop's history
    std::string LinkTo(const std::string&) override { return {}; } // no page address: the article's own URL
    // Pictures: paths read as Fetch reads them, http(s) addresses downloaded, decoded to fit the box and the GPU's
    // largest texture (ImageLoader), then uploaded here: RGBA8, LINEAR, CLAMP_TO_EDGE.
    void LoadImage(const std::string& url, int max_width, int max_height, ui::ImageCallback done) override;
    void CancelImage(const std::string& url) override { Pictures_.Cancel(url); }
    ui::TextureId CreateTexture(const unsigned char* rgba, int width, int height) override;
    void DestroyTexture(ui::TextureId texture) override;
    ui::ImageSupport Images() override; // WebP and AVIF as this libvips loads them, kTextureBudget
    layout::TextServices* Text() override { return &Text_; } // bidi, line breaking, shaping: all linked in
    // Search: the engine in this process, its fold by ICU (the bundle tool's own), files read through Fetch.
    const search::TextFolder* Folder() override { return &Folder_; }
    search::SearchService* Search() override { return &Search_; }
    // Read aloud: speech-dispatcher, loaded at run time (none where it is absent: no voices, no button).
    ui::SpeechEngine* Speech() override { return &Speech_; }
    std::string LanguageName(const std::string& tag) override { return EnglishLanguageName(tag); } // ICU's CLDR data
    void SetPixelRatio(float ratio) { Support_.PixelRatio = ratio; } // the frame's scale (ViewScale)
    bool LoadingImages() const { return Pictures_.Busy(); } // loads not yet answered
    void SetConfigDir(const std::string& dir) { ConfigDir_ = dir; } // empty: settings are not stored
    // Downloads (articles, feeds, pictures) kept under dir for offline reading (HttpCache); empty: not kept.
    void SetCacheDir(const std::string& dir) { Cache_.SetDir(dir); }
    // The source now open (the command line's, or a drop's): paths below its Root are read without following
    // links (cli::ReadFileInside), its Named file and paths elsewhere (the fonts) as named (cli::ReadFile).
    void SetSource(const OpenTarget& source) { Source_ = source; }
    // AppOptions::ImportText: the bundle tool's importer on a worker thread, answered by DeliverPending.
    void ImportText(std::string&& text, const std::string& file, ui::ArticleReadDone done) {
        Imports_.Import(std::move(text), file, std::move(done));
    }
    // Answers finished fetches, imports and pictures; true if there were any. A picture alone asks for one frame, as
    // does what speech-dispatcher reported (the App takes it in the frame).
    bool DeliverPending();
    bool HasQueuedReads() const { return !Queue_.empty(); } // answered by the next DeliverPending
    HttpFetcher::Progress DownloadProgress() const { return Http_.Current(); }

private:
    GLFWwindow* Window_;
    FrameBudget* Budget_;
    std::string ConfigDir_;
    OpenTarget Source_;
    std::vector<std::pair<std::string, ui::FetchCallback>> Queue_; // file reads and refusals, answered next
    std::unordered_map<uint64_t, std::pair<std::string, ui::FetchCallback>> Downloads_; // id -> (url, callback), while HttpFetcher works
    uint64_t NextDownload_ = 1;
    ui::ImageSupport Support_;  // MaxTextureSize from GL at the start; Webp, Avif when first asked
    bool SupportKnown_ = false; // ... asked
    HttpCache Cache_; // before the fetchers: their threads stop before it goes
    NativeTextServices Text_;
    search::IcuTextFolder Folder_;
    search::LocalSearchService Search_{Folder_};
    ImageLoader Pictures_;
    SpeechdSpeech Speech_; // its connector thread joins before the rest goes
    TextImporter Imports_; // its thread stops before the rest goes
    HttpFetcher Http_;     // last: its thread stops first
};

// The texture memory pictures may hold at once (ImageStore evicts the least recently seen beyond it).
constexpr size_t kTextureBudget = 64u << 20;

// Files read for the App (the source's, the fonts) over this size are refused, as downloads are.
constexpr uint64_t kMaxFileBytes = HttpFetcher::kMaxBytes;

// The bytes of a file for the App, or why not ("No such file or directory", "is not a regular file …"): only
// regular files, the bound enforced while reading (so /dev/zero or a FIFO cannot exhaust memory or block), and
// below source.Root without following links (see NativeHost::SetSource).
ui::FetchResult ReadLocalFile(const OpenTarget& source, const std::string& path);

// $XDG_CONFIG_HOME/folio, else ~/.config/folio; "" when neither can be known.
std::string DefaultConfigDir();

} // namespace folio::platform
