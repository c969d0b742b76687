// WebOffline: ui::OfflineShelf over the page's store of saved articles, Module.folioOffline (web/embed/offline-store.js:
// Cache Storage's `folio-saved` cache and its index), one per viewer. Each call goes to JavaScript through EM_JS and
// its answer (the list as lines, the id a save finished or failed, the reader's message) comes back through the
// export folio_offline_answer, which asks for a frame. Where the page has no such hook or no Cache Storage (http:
// pages), Available() is false and nothing is offered.
#pragma once
#include "ui/offline_shelf.h"

#include <string>
#include <vector>

namespace folio::platform {

class WebOffline final : public ui::OfflineShelf {
public:
    WebOffline(void (*request_frame)(void*), void* context) : RequestFrame_(request_frame), Context_(context) {}
    ~WebOffline() override;
    bool Available() const override;
    void Save(const ui::SaveRequest& request) override;
    void Remove(const std::string& id) override;
    void RemoveAll() override;
    const std::vector<ui::SavedArticle>& Saved() const override { return Saved_; }
    const std::vector<std::string>& Saving() const override { return Saving_; }
    const std::string& LastError() const override { return Error_; }
    uint32_t Generation() const override { return Generation_; }

    // The viewer stops for good (folio_shutdown): answers still on their way are dropped.
    void Shutdown();
    // From JavaScript: list is the saved articles as lines of "id\theadline\tarticle\tbytes\tdate" (null: unchanged,
    // the operation failed); id the save that ended ("" for another operation); error why it failed ("" none).
    void Answer(const char* list, const char* id, const char* error);

private:
    void Start() const; // the first look: whether the store is there, and its list asked for
    void (*RequestFrame_)(void*);
    void* Context_;
    mutable bool Started_ = false, Available_ = false;
    bool Shut_ = false;
    uint32_t Generation_ = 1;
    std::vector<ui::SavedArticle> Saved_;
    std::vector<std::string> Saving_;
    std::string Error_;
};

} // namespace folio::platform
