// What the UI asks of the platform it runs on. The platform layer implements Host; the UI never includes a
// platform header. Every call is made outside of an ImGui frame, or is safe within one.
#pragma once
#include <functional>
#include <string>

namespace folio::ui {

struct FetchResult {
    bool Ok = false;
    std::string Body;   // the bytes fetched, when Ok
    std::string Error;  // why not, when !Ok ("HTTP 404 Not Found", "No such file or directory")
};
using FetchCallback = std::function<void(FetchResult&&)>;

class Host {
public:
    virtual ~Host() = default;
    virtual void Fetch(const std::string& url, FetchCallback done) = 0; // done is called later, between frames
    // Drops the fetches of url not yet answered (their source was closed): their callbacks are never called, and
    // a download of it in flight or queued is stopped, so what is fetched next waits for none of them.
    virtual void CancelFetch(const std::string& url) = 0;
    virtual void SetTitle(const std::string& title) = 0;                 // the page or window title
    virtual void StateChanged(const std::string& state_json) = 0;        // App::StateJson(), on each change
    virtual void RequestFrame() = 0;                                     // something changed: draw soon
    virtual std::string LoadSetting(const std::string& key) = 0;         // "" when never saved
    virtual void SaveSetting(const std::string& key, const std::string& value) = 0;
    virtual void SetClipboard(const std::string& text) = 0;
    virtual void OpenUrl(const std::string& url) = 0;                    // in a new tab or the system's browser
    // The address of what is shown ("#/article/<id>"); push adds a history entry (Back returns), else replaces.
    virtual void SetRoute(const std::string& route, bool push) = 0;
    // A link a reader can share that opens route here (the page's address with the route), or "" if none.
    virtual std::string LinkTo(const std::string& route) = 0;
};

} // namespace folio::ui
