// The fake ui::Host that the ui core's tests drive it through, headless, and the ImGui context the App needs. The
// host records what the core fetches, cancels, titles, routes and stores, and answers a fetch only when the test
// says so, between "frames" as both platforms do: one fetch with the bytes the test gives (Answer(url, body)), or
// every fetch waiting from a table of files and files made on request (Answer(), Settle()).
#pragma once
#include "ui/host.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <cstddef>
#include <deque>
#include <functional>
#include <iterator>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace folio::test {

class FakeHost final : public ui::Host {
public:
    std::map<std::string, std::string> Files; // url -> body, what Answer() answers with
    std::function<bool(const std::string& url, std::string* body)> Make; // files made on request (endless feeds)
    std::deque<std::pair<std::string, ui::FetchCallback>> Fetches; // the fetches not answered yet, oldest first
    std::vector<std::string> Fetched, Cancelled; // every url fetched, and every url cancelled, in order
    std::string Title; // the last title the App set
    std::string State; // the last state published (StateChanged)
    std::vector<std::pair<std::string, bool>> Routes; // every SetRoute: (route, push)
    std::map<std::string, std::string> Settings;       // what SaveSetting stored, what LoadSetting reads
    size_t Saves = 0;                                  // SaveSetting calls
    // Keep cancelled fetches waiting, to be answered anyway: a download that finished as its source closed.
    bool AnswerCancelled = false;

    void Fetch(const std::string& url, ui::FetchCallback done) override {
        Fetched.push_back(url);
        Fetches.emplace_back(url, std::move(done));
    }
    void CancelFetch(const std::string& url) override {
        Cancelled.push_back(url);
        if (AnswerCancelled) return;
        for (auto it = Fetches.begin(); it != Fetches.end();) it = it->first == url ? Fetches.erase(it) : std::next(it);
    }
    void SetTitle(const std::string& title) override { Title = title; }
    void StateChanged(const std::string& state) override { State = state; }
    void RequestFrame() override {}
    std::string LoadSetting(const std::string& key) override {
        auto it = Settings.find(key);
        return it == Settings.end() ? std::string() : it->second;
    }
    void SaveSetting(const std::string& key, const std::string& value) override {
        Settings[key] = value;
        ++Saves;
    }
    void SetClipboard(const std::string&) override {}
    void OpenUrl(const std::string&) override {}
    void SetRoute(const std::string& route, bool push) override { Routes.emplace_back(route, push); }
    std::string LinkTo(const std::string&) override { return {}; }

    // Answers the oldest waiting fetch of url with body; the test fails if none waits.
    void Answer(const std::string& url, const std::string& body) {
        for (auto it = Fetches.begin(); it != Fetches.end(); ++it) {
            if (it->first != url) continue;
            ui::FetchCallback done = std::move(it->second);
            Fetches.erase(it);
            ui::FetchResult r;
            r.Ok = true;
            r.Body = body;
            done(std::move(r));
            return;
        }
        FAIL("no fetch of " << url);
    }

    // Answers the fetches waiting now from Files, else Make, else "No such file or directory" (those made while
    // answering wait for the next call); false if none waited.
    bool Answer() {
        std::deque<std::pair<std::string, ui::FetchCallback>> batch;
        batch.swap(Fetches);
        for (auto& [url, done] : batch) {
            ui::FetchResult r;
            auto it = Files.find(url);
            if (it != Files.end()) { r.Ok = true; r.Body = it->second; }
            else if (Make && Make(url, &r.Body)) r.Ok = true;
            else r.Error = "No such file or directory";
            done(std::move(r));
        }
        return !batch.empty();
    }

    // Answers until nothing waits or `rounds` rounds were answered (a feed that never ends); the rounds taken.
    size_t Settle(size_t rounds) {
        size_t n = 0;
        while (n < rounds && Answer()) ++n;
        return n;
    }

    size_t Waiting() const { return Fetches.size(); }
};

// The ImGui context the App needs (its style; it never draws a frame here), for as long as this lives.
class ImGuiContextScope {
public:
    ImGuiContextScope() : Context_(ImGui::CreateContext()) {}
    ~ImGuiContextScope() { ImGui::DestroyContext(Context_); }
    ImGuiContextScope(const ImGuiContextScope&) = delete;
    ImGuiContextScope& operator=(const ImGuiContextScope&) = delete;

private:
    ImGuiContext* Context_;
};

} // namespace folio::test
