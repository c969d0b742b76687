// Errors as text for the bundle tool's tests: Messages joins a list of errors or warnings into one message a line,
// for finding a message in it and for printing the whole list when an assertion fails.
#pragma once
#include "model/error.h"

#include <string>
#include <vector>

namespace folio::test {

inline std::string Messages(const std::vector<Error>& list) {
    std::string s;
    for (const Error& e : list) s += e.Message() + "\n";
    return s;
}

} // namespace folio::test
