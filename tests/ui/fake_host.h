// The fake ui::Host that the ui core's tests drive it through, headless, and the ImGui context the App needs. The
// host records what the core fetches, cancels, titles, routes and stores, and answers a fetch only when the test
// says so, between "frames" as both platforms do: one fetch with the bytes the test gives (Answer(url, body)), or
// every fetch waiting from a table of files and files made on request (Answer(), Settle()).
#pragma once
#include "ui/host.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <algorithm>
#include <cstddef>
#include <deque>
#include <functional>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace folio::test {

class FakeHost final : public ui::Host {
public:
    std::map<std::string, std::string> Files; // url -> body, what Answer() answers with
    std::set<std::string> OfflineUrls;        // urls Answer() fails as a platform offline that keeps no copy
    std::function<bool(const std::string& url, std::string* body)> Make; // files made on request (endless feeds)
    std::deque<std::pair<std::string, ui::FetchCallback>> Fetches; // the fetches not answered yet, oldest first
    std::vector<std::string> Fetched, Cancelled; // every url fetched, and every url cancelled, in order
    std::string Title; // the last title the App set
    std::string State; // the last state published (StateChanged)
    std::vector<std::pair<std::string, bool>> Routes; // every SetRoute: (route, push)
    std::map<std::string, std::string> Settings;       // what SaveSetting stored, what LoadSetting reads
    size_t Saves = 0;                                  // SaveSetting calls
    size_t FrameRequests = 0;                          // RequestFrame calls: a platform draws a frame for each
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
    void RequestFrame() override { ++FrameRequests; }
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

    // Pictures: loads wait, as fetches do, until the test answers them (AnswerImage); textures are numbers counted
    // out, and the live ones kept with their sizes, so a test sees what is held and what was destroyed.
    struct ImageLoad {
        std::string Url;
        int MaxWidth = 0, MaxHeight = 0;
        ui::ImageCallback Done;
    };
    std::deque<ImageLoad> ImageLoads;                 // loads not answered yet, oldest first
    std::vector<std::string> ImagesLoaded, ImagesCancelled; // every url asked for, and every cancel, in order
    std::map<ui::TextureId, std::pair<int, int>> Textures; // live textures: id -> (width, height)
    std::vector<ui::TextureId> Destroyed;
    ui::TextureId NextTexture = 1;
    ui::ImageSupport Support{true, false, 4096, 64u << 20, 1.0f};

    void LoadImage(const std::string& url, int max_width, int max_height, ui::ImageCallback done) override {
        ImagesLoaded.push_back(url);
        ImageLoads.push_back(ImageLoad{url, max_width, max_height, std::move(done)});
    }
    void CancelImage(const std::string& url) override {
        ImagesCancelled.push_back(url);
        for (auto it = ImageLoads.begin(); it != ImageLoads.end();) it = it->Url == url ? ImageLoads.erase(it) : std::next(it);
    }
    ui::TextureId CreateTexture(const unsigned char*, int width, int height) override {
        Textures[NextTexture] = {width, height};
        return NextTexture++;
    }
    void DestroyTexture(ui::TextureId texture) override {
        CHECK_MESSAGE(Textures.erase(texture) == 1, "texture " << texture << " destroyed twice or never made");
        Destroyed.push_back(texture);
    }
    ui::ImageSupport Images() override { return Support; }

    layout::TextServices* TextServices = nullptr; // what Text() hands the ui (fake_shaping_services.h); null: none
    layout::TextServices* Text() override { return TextServices; }
    search::SearchService* SearchEngine = nullptr; // what Search() hands the ui (fake_search.h); null: no search
    search::SearchService* Search() override { return SearchEngine; }
    ui::OfflineShelf* Shelf = nullptr; // what Offline() hands the ui (fake_shelf.h); null: none
    ui::OfflineShelf* Offline() override { return Shelf; }
    const search::TextFolder* TextFolder = nullptr; // what Folder() hands the ui; null: none
    const search::TextFolder* Folder() override { return TextFolder; }
    bool Loading(const std::string& url) const {
        for (const ImageLoad& l : ImageLoads)
            if (l.Url == url) return true;
        return false;
    }
    // Answers the oldest load of url: decoded to (width, height) scaled into its box as a platform would, or failed
    // with error. The test fails if none waits.
    void AnswerImage(const std::string& url, int width, int height, const std::string& error = "") {
        for (auto it = ImageLoads.begin(); it != ImageLoads.end(); ++it) {
            if (it->Url != url) continue;
            ImageLoad load = std::move(*it);
            ImageLoads.erase(it);
            ui::ImageResult r;
            if (error.empty()) {
                const double k = std::min({1.0, (double)load.MaxWidth / width, (double)load.MaxHeight / height});
                r.Ok = true;
                r.Width = std::max(1, (int)(width * k + 0.5));
                r.Height = std::max(1, (int)(height * k + 0.5));
                r.Texture = CreateTexture(nullptr, r.Width, r.Height);
            } else {
                r.Error = error;
            }
            load.Done(std::move(r));
            return;
        }
        FAIL("no image load of " << url);
    }

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

    // Answers the fetches waiting now: those in OfflineUrls as a platform offline with no copy, the others from Files,
    // else Make, else "No such file or directory" (those made while
    // answering wait for the next call); false if none waited.
    bool Answer() {
        std::deque<std::pair<std::string, ui::FetchCallback>> batch;
        batch.swap(Fetches);
        for (auto& [url, done] : batch) {
            ui::FetchResult r;
            auto it = Files.find(url);
            if (OfflineUrls.count(url)) { r.Error = "offline, and " + url + " is not saved on this device"; r.Offline = true; }
            else if (it != Files.end()) { r.Ok = true; r.Body = it->second; }
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
