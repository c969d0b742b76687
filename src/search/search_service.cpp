// LocalSearchService: the query parsed with the platform's fold, then handed to a SearchSession.
#include "search/search_service.h"

namespace folio::search {

LocalSearchService::LocalSearchService(const TextFolder& folder) : folder_(folder), session_(std::make_unique<SearchSession>()) {}

namespace {

// The session looks author and tag filters up as facet keys, which hold folded values.
SearchOptions Folded(const SearchOptions& options, const TextFolder& folder) {
    SearchOptions out = options;
    if (!out.Author.empty()) out.Author = folder.Fold(out.Author);
    if (!out.Tag.empty()) out.Tag = folder.Fold(out.Tag);
    return out;
}

} // namespace

std::vector<std::string> LocalSearchService::Missing(const std::string& typed, bool typing, const SearchOptions& options) {
    return session_->Missing(ParseQuery(typed, folder_, typing), Folded(options, folder_));
}

void LocalSearchService::Provide(const std::string& path, std::string bytes) { session_->Provide(path, std::move(bytes)); }

void LocalSearchService::Failed(const std::string& path, const std::string& why) { session_->Failed(path, why); }

SearchResults LocalSearchService::Run(const std::string& typed, bool typing, const SearchOptions& options) {
    return session_->Run(ParseQuery(typed, folder_, typing), Folded(options, folder_));
}

void LocalSearchService::Reset() { session_ = std::make_unique<SearchSession>(); }

} // namespace folio::search
