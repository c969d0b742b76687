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
    virtual void SetTitle(const std::string& title) = 0;                 // the page or window title
    virtual void StateChanged(const std::string& state_json) = 0;        // App::StateJson(), on each change
    virtual void RequestFrame() = 0;                                     // something changed: draw soon
};

} // namespace folio::ui
