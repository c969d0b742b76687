// The browser's side of ui::Host: fetch(), the page title and state through hooks the page script installs
// on the module (onFolioTitle, onFolioState), frame requests, settings storage, the clipboard, new tabs, and the
// address bar's hash with the browser's history. The page must install folioFetch(url, {signal}) (web/embed/runtime.js
// sharedFetch); hooks it may install: folioStorage {get, set}, folioLinkTo(route), onFolioRoute(route, push),
// onFolioScroll(y); see docs/embedding.md for the page's side.
#pragma once
#include "ui/host.h"

#include <string>
#include <unordered_map>

namespace folio::platform {

class WebHost final : public ui::Host {
public:
    // request_frame(context) asks the viewer for a frame.
    WebHost(void (*request_frame)(void*), void* context) : RequestFrame_(request_frame), Context_(context) {}
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
    // Pictures: none yet (Images() reports MaxTextureSize 0, so the App asks for none). Issue 12's platform work
    // replaces these.
    void LoadImage(const std::string&, int, int, ui::ImageCallback) override {}
    void CancelImage(const std::string&) override {}
    ui::TextureId CreateTexture(const unsigned char*, int, int) override { return 0; }
    void DestroyTexture(ui::TextureId) override {}
    ui::ImageSupport Images() override { return {}; }
    // From JavaScript (the export folio_fetch_done, with this host's address that Fetch handed out), once per Fetch.
    void FetchDone(int id, char* data, int size, bool failed);

private:
    void (*RequestFrame_)(void*);
    void* Context_;
    int NextId_ = 1;
    std::unordered_map<int, std::pair<std::string, ui::FetchCallback>> Pending_; // id -> (url, callback)
};

// A string option the page passed to the module (Module.folioOptions[name]); empty when absent.
std::string WebOption(const char* name);

} // namespace folio::platform
