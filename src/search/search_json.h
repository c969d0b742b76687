// SearchOptions and SearchResults as JSON, for the web's bridge between the viewer and its search module (both
// sides run this code: the module writes results and reads options, the viewer the other way round). Read with
// the model's bounded JsonReader: the module is trusted no more than a file.
#pragma once
#include <string>
#include <vector>
#include "model/error.h"
#include "search/search_session.h"

namespace folio::search {

std::string OptionsToJson(const SearchOptions& options);
bool OptionsFromJson(const std::string& json, SearchOptions* out, Error* err);

std::string ResultsToJson(const SearchResults& results);
bool ResultsFromJson(const std::string& json, SearchResults* out, Error* err);

std::string PathsToJson(const std::vector<std::string>& paths);
bool PathsFromJson(const std::string& json, std::vector<std::string>* out, Error* err);

} // namespace folio::search
