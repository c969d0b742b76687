// The web's SearchService: the search engine lives in the search module (folio-search.js + .wasm,
// src/platform/web/search_module/), which the page loads once, on a viewer's first search, and shares between
// viewers (web/embed/runtime.js loadSearchModule, handed to the viewer as Module.folioLoadSearch). Until it
// arrives Ready() is false; when it arrives Generation() changes and a frame is asked for. Each call crosses as
// strings: the query, options and results as JSON (search/search_json.h), read back as warily as a file.
// Its folder (the search fold, for highlighting) is the module's JavaScript fold, there once the module is.
#pragma once
#include "search/fold.h"
#include "search/search_service.h"

#include <string>

namespace folio::platform {

class WebSearchService final : public search::SearchService {
public:
    // request_frame(context) asks the viewer for a frame.
    WebSearchService(void (*request_frame)(void*), void* context);
    ~WebSearchService() override;
    WebSearchService(const WebSearchService&) = delete;
    WebSearchService& operator=(const WebSearchService&) = delete;

    bool Ready() override; // starts loading the module on the first call
    int Generation() const override { return Generation_; }
    std::string Failure() const override { return Error_; }
    std::vector<std::string> Missing(const std::string& typed, bool typing, const search::SearchOptions& options) override;
    void Provide(const std::string& path, std::string bytes) override;
    void Failed(const std::string& path, const std::string& why) override;
    search::SearchResults Run(const std::string& typed, bool typing, const search::SearchOptions& options) override;
    void Reset() override;

    // The fold, null until the module is there.
    const search::TextFolder* Folder() const { return Module_ ? &Folder_ : nullptr; }
    // From JavaScript (the export folio_search_arrived): the module's context for this viewer, or 0 and why not.
    void Arrived(int module_context, const char* error);

private:
    class JsFolder final : public search::TextFolder {
    public:
        std::string Fold(std::string_view text) const override;
    };
    void (*RequestFrame_)(void*);
    void* Context_;
    int Module_ = 0;
    bool Loading_ = false;
    int Generation_ = 0;
    std::string Error_;
    JsFolder Folder_;
};

} // namespace folio::platform
