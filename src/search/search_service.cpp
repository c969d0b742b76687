// LocalSearchService: the query parsed with the platform's fold, then handed to a SearchSession.
#include "search/search_service.h"

namespace folio::search {

LocalSearchService::LocalSearchService(const TextFolder& folder) : folder_(folder), session_(std::make_unique<SearchSession>()) {}

std::vector<std::string> LocalSearchService::Missing(const std::string& typed, bool typing, const SearchOptions& options) {
    return session_->Missing(ParseQuery(typed, folder_, typing), options);
}

void LocalSearchService::Provide(const std::string& path, std::string bytes) { session_->Provide(path, std::move(bytes)); }

void LocalSearchService::Failed(const std::string& path, const std::string& why) { session_->Failed(path, why); }

SearchResults LocalSearchService::Run(const std::string& typed, bool typing, const SearchOptions& options) {
    return session_->Run(ParseQuery(typed, folder_, typing), options);
}

void LocalSearchService::Reset() { session_ = std::make_unique<SearchSession>(); }

} // namespace folio::search
