// The desktop's side of ui::Host: files read from disk, http(s) downloads (HttpFetcher's worker thread) and
// plain-text imports (TextImporter's), all answered between frames (never inside one, so the UI sees the same
// order of events as on the web), the window title, frame requests, settings as files under
// $XDG_CONFIG_HOME/folio/, the clipboard through GLFW, and links handed to xdg-open.
#pragma once
#include "platform/frame_budget.h"
#include "platform/native/http_fetch.h"
#include "platform/native/open_target.h"
#include "platform/native/text_article.h"
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
    // Pictures: none yet (Images() reports MaxTextureSize 0, so the App asks for none). Issue 12's platform work
    // replaces these.
    void LoadImage(const std::string&, int, int, ui::ImageCallback) override {}
    void CancelImage(const std::string&) override {}
    ui::TextureId CreateTexture(const unsigned char*, int, int) override { return 0; }
    void DestroyTexture(ui::TextureId) override {}
    ui::ImageSupport Images() override { return {}; }
    void SetConfigDir(const std::string& dir) { ConfigDir_ = dir; } // empty: settings are not stored
    // The source now open (the command line's, or a drop's): paths below its Root are read without following
    // links (cli::ReadFileInside), its Named file and paths elsewhere (the fonts) as named (cli::ReadFile).
    void SetSource(const OpenTarget& source) { Source_ = source; }
    // AppOptions::ImportText: the bundle tool's importer on a worker thread, answered by DeliverPending.
    void ImportText(std::string&& text, const std::string& file, ui::ArticleReadDone done) {
        Imports_.Import(std::move(text), file, std::move(done));
    }
    bool DeliverPending();                    // answers finished fetches and imports; true if there were any
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
    TextImporter Imports_; // its thread stops before the rest goes
    HttpFetcher Http_;     // last: its thread stops first
};

// Files read for the App (the source's, the fonts) over this size are refused, as downloads are.
constexpr uint64_t kMaxFileBytes = HttpFetcher::kMaxBytes;

// The bytes of a file for the App, or why not ("No such file or directory", "is not a regular file …"): only
// regular files, the bound enforced while reading (so /dev/zero or a FIFO cannot exhaust memory or block), and
// below source.Root without following links (see NativeHost::SetSource).
ui::FetchResult ReadLocalFile(const OpenTarget& source, const std::string& path);

// $XDG_CONFIG_HOME/folio, else ~/.config/folio; "" when neither can be known.
std::string DefaultConfigDir();

} // namespace folio::platform
