// What the viewers' search controller (ui/search_controller) drives: a session over one bundle's index that takes
// the query as typed. Natively it is LocalSearchService, a SearchSession with the platform's TextFolder; on the
// web the engine lives in a module of its own (folio-search.js + .wasm, loaded on the first search, so a reader
// who never searches never fetches it), and the web platform's WebSearchService forwards the same calls to it.
#pragma once
#include <memory>
#include <string>
#include <vector>
#include "search/search_session.h"

namespace folio::search {

class SearchService {
public:
    virtual ~SearchService() = default;
    // False while the engine is not there yet (the web's module loading; a load asked for by this call). When it
    // arrives the platform asks for a frame, and Generation() changes.
    virtual bool Ready() = 0;
    virtual int Generation() const = 0;
    // A failure of the engine itself (the module could not be loaded), or "".
    virtual std::string Failure() const = 0;
    // As SearchSession's, with the query as typed (typing: its last word is a prefix).
    virtual std::vector<std::string> Missing(const std::string& typed, bool typing, const SearchOptions& options) = 0;
    virtual void Provide(const std::string& path, std::string bytes) = 0;
    virtual void Failed(const std::string& path, const std::string& why) = 0;
    virtual SearchResults Run(const std::string& typed, bool typing, const SearchOptions& options) = 0;
    // Forgets every file held (another bundle was opened).
    virtual void Reset() = 0;
};

// The engine in this process: ParseQuery with folder, then the SearchSession.
class LocalSearchService : public SearchService {
public:
    explicit LocalSearchService(const TextFolder& folder);
    bool Ready() override { return true; }
    int Generation() const override { return 0; }
    std::string Failure() const override { return {}; }
    std::vector<std::string> Missing(const std::string& typed, bool typing, const SearchOptions& options) override;
    void Provide(const std::string& path, std::string bytes) override;
    void Failed(const std::string& path, const std::string& why) override;
    SearchResults Run(const std::string& typed, bool typing, const SearchOptions& options) override;
    void Reset() override;

private:
    const TextFolder& folder_;
    std::unique_ptr<SearchSession> session_;
};

} // namespace folio::search
