// The browser's side of ui::Host: fetch(), the page title and state through hooks the page script installs
// on the module (onFolioTitle, onFolioState), frame requests, settings storage, the clipboard, new tabs, the
// address bar's hash with the browser's history, pictures (web_images.h) and the text services (web_text.h).
// The page must install folioFetch(url, {signal}) (web/embed/runtime.js sharedFetch); hooks it may install:
// folioStorage {get, set}, folioLinkTo(route), onFolioRoute(route, push), onFolioScroll(y), folioLoadText()
// (runtime.js loadTextModule), folioLoadSearch() (runtime.js loadSearchModule), folioOffline (offline-store.js,
// web_offline.h); see docs/embedding.md for the page's side.
#pragma once
#include "platform/web/web_images.h"
#include "platform/web/web_offline.h"
#include "platform/web/web_search.h"
#include "platform/web/web_speech.h"
#include "platform/web/web_text.h"
#include "ui/host.h"

#include <string>
#include <unordered_map>

namespace folio::platform {

class WebHost final : public ui::Host {
public:
    // request_frame(context) asks the viewer for a frame.
    WebHost(void (*request_frame)(void*), void* context)
        : RequestFrame_(request_frame), Context_(context), Images_(request_frame, context), Text_(request_frame, context),
          Search_(request_frame, context), Speech_(request_frame, context), Offline_(request_frame, context) {}
    void Fetch(const std::string& url, ui::FetchCallback done) override;
    void CancelFetch(const std::string& url) override;
    void CancelAllFetches(); // the instance stops: no answer comes, and downloads nobody else waits for are aborted
    void SetTitle(const std::string& title) override;
    void StateChanged(const std::string& state_json) override;
    void RequestFrame() override { RequestFrame_(Context_); }
    std::string LoadSetting(const std::string& key) override;
    void SaveSetting(const std::string& key, const std::string& value) override;
    void SetClipboard(const std::string& text) override;
    void OpenUrl(const std::string& url) override;
    void SetRoute(const std::string& route, bool push) override;
    std::string LinkTo(const std::string& route) override;
    // Pictures (web_images.h): none until Pictures().Start() on a WebGL context.
    void LoadImage(const std::string& url, int max_width, int max_height, ui::ImageCallback done) override {
        Images_.Load(url, max_width, max_height, std::move(done));
    }
    void CancelImage(const std::string& url) override { Images_.Cancel(url); }
    ui::TextureId CreateTexture(const unsigned char* rgba, int width, int height) override { return Images_.Create(rgba, width, height); }
    void DestroyTexture(ui::TextureId texture) override { Images_.Destroy(texture); }
    ui::ImageSupport Images() override { return Images_.Support(); }
    WebImages& Pictures() { return Images_; }
    // Bidi, line breaking and shaping from the text module (web_text.h), null until its first Need() is answered.
    layout::TextServices* Text() override { return &Text_; }
    WebTextServices& WebText() { return Text_; }
    // Search (web_search.h): the engine in the search module, loaded on the first search; its fold with it.
    search::SearchService* Search() override { return &Search_; }
    const search::TextFolder* Folder() override { return Search_.Folder(); }
    // Read aloud (web_speech.h): the browser's speechSynthesis; no voices where it has none.
    ui::SpeechEngine* Speech() override { return &Speech_; }
    std::string LanguageName(const std::string& tag) override; // Intl.DisplayNames in English
    WebSpeech& WebSpeechEngine() { return Speech_; }
    // Save for offline (web_offline.h): the page's Cache Storage through Module.folioOffline; unavailable without it.
    ui::OfflineShelf* Offline() override { return &Offline_; }
    WebOffline& WebOfflineShelf() { return Offline_; }
    // From JavaScript (the export folio_fetch_done, with this host's address that Fetch handed out), once per Fetch.
    void FetchDone(int id, char* data, int size, int failed); // failed: 0 no, 1 yes, 2 offline with no copy

private:
    void (*RequestFrame_)(void*);
    void* Context_;
    int NextId_ = 1;
    std::unordered_map<int, std::pair<std::string, ui::FetchCallback>> Pending_; // id -> (url, callback)
    WebImages Images_;
    WebTextServices Text_;
    WebSearchService Search_;
    WebSpeech Speech_;
    WebOffline Offline_;
};

// A string option the page passed to the module (Module.folioOptions[name]); empty when absent.
std::string WebOption(const char* name);

} // namespace folio::platform
