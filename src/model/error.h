// Errors as values: which file, where in it (a JSON path like $.body[3].type), and why.
#pragma once
#include <string>

namespace folio {

struct Error {
    std::string File;    // "articles/x.json", or a URL
    std::string Path;    // "$.body[3].type"; empty when the whole file is at fault
    std::string Reason;  // "unknown block type \"vidoe\""
    std::string Message() const; // "articles/x.json: $.body[3].type: unknown block type \"vidoe\""
};

} // namespace folio
