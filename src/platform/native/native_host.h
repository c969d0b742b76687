// The desktop's side of ui::Host: files read from disk, answered between frames (never inside one, so the UI
// sees the same order of events as on the web), the window title, and frame requests.
#pragma once
#include "platform/frame_budget.h"
#include "ui/host.h"

#include <string>
#include <utility>
#include <vector>

struct GLFWwindow;

namespace folio::platform {

class NativeHost final : public ui::Host {
public:
    NativeHost(GLFWwindow* window, FrameBudget* budget) : Window_(window), Budget_(budget) {}
    void Fetch(const std::string& path, ui::FetchCallback done) override;
    void SetTitle(const std::string& title) override;
    void StateChanged(const std::string& state_json) override { State_ = state_json; }
    void RequestFrame() override { Budget_->Request(); }
    bool DeliverPending();                    // answers queued fetches; true if there were any
    const std::string& State() const { return State_; }

private:
    GLFWwindow* Window_;
    FrameBudget* Budget_;
    std::string State_;
    std::vector<std::pair<std::string, ui::FetchCallback>> Queue_;
};

// The bytes of a file, or why not ("No such file or directory").
ui::FetchResult ReadFile(const std::string& path);

} // namespace folio::platform
