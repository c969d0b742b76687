// A fake OfflineShelf for the ui tests: records each request, and saves, removes and fails only when the test says
// so (Finish, Fail), as the platform's asynchronous store answers later.
#pragma once
#include "ui/offline_shelf.h"

#include <algorithm>
#include <string>
#include <vector>

namespace folio::test {

class FakeShelf : public ui::OfflineShelf {
public:
    bool Works = true;
    std::vector<ui::SaveRequest> Requests;   // every Save, in order
    std::vector<std::string> Removed;        // every Remove
    int RemoveAlls = 0;
    std::vector<ui::SavedArticle> List;
    std::vector<std::string> InFlight;
    std::string Error;
    uint32_t Gen = 1;

    bool Available() const override { return Works; }
    void Save(const ui::SaveRequest& r) override {
        Requests.push_back(r);
        InFlight.push_back(r.Id);
        Error.clear();
        ++Gen;
    }
    void Remove(const std::string& id) override {
        Removed.push_back(id);
        List.erase(std::remove_if(List.begin(), List.end(), [&](const ui::SavedArticle& a) { return a.Id == id; }), List.end());
        ++Gen;
    }
    void RemoveAll() override { ++RemoveAlls; List.clear(); ++Gen; }
    const std::vector<ui::SavedArticle>& Saved() const override { return List; }
    const std::vector<std::string>& Saving() const override { return InFlight; }
    const std::string& LastError() const override { return Error; }
    uint32_t Generation() const override { return Gen; }

    // The platform finished the save of the last request for id: it is listed, newest first.
    void Finish(const std::string& id, uint64_t bytes) {
        InFlight.erase(std::remove(InFlight.begin(), InFlight.end(), id), InFlight.end());
        std::string headline;
        for (const auto& r : Requests) if (r.Id == id) headline = r.Headline;
        List.erase(std::remove_if(List.begin(), List.end(), [&](const ui::SavedArticle& a) { return a.Id == id; }), List.end());
        List.insert(List.begin(), ui::SavedArticle{id, headline, "/b/articles/" + id + ".json", bytes, "2026-12-03T14:00:00Z"});
        ++Gen;
    }
    void Fail(const std::string& id, const std::string& why) {
        InFlight.erase(std::remove(InFlight.begin(), InFlight.end(), id), InFlight.end());
        Error = why;
        ++Gen;
    }
};

} // namespace folio::test
