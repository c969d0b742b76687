// The conformance files' shared reading and the tallies' printing (conformance_files.h).
#include "conformance_files.h"

#include <cstdio>
#include <cstdlib>

namespace folio::text_tests {

std::string UnicodeFile(const std::string& name) { return std::string(FOLIO_UNICODE_DATA_DIR) + "/" + name; }

std::vector<uint32_t> ParseCodePoints(const std::string& field) {
    std::vector<uint32_t> cps;
    std::istringstream in(field);
    std::string hex;
    while (in >> hex) cps.push_back(static_cast<uint32_t>(std::strtoul(hex.c_str(), nullptr, 16)));
    return cps;
}

std::vector<std::string> SplitFields(const std::string& line) {
    std::vector<std::string> fields;
    size_t start = 0;
    for (size_t semi; (semi = line.find(';', start)) != std::string::npos; start = semi + 1) fields.push_back(line.substr(start, semi - start));
    fields.push_back(line.substr(start));
    return fields;
}

void Tally::Finish(const std::set<unsigned>& known) {
    for (unsigned line : FailedLines)
        if (!known.count(line)) Unexpected.insert(line);
    for (unsigned line : known)
        if (!FailedLines.count(line)) Stale.insert(line);
}

void Tally::Report() const {
    std::printf("%s: %zu of %zu cases pass (%zu known differences, listed in tests/text/known_differences.cpp; %zu unexpected)\n",
                Name.c_str(), Cases - FailedCases, Cases, FailedLines.size() - Unexpected.size(), Unexpected.size());
    size_t shown = 0;
    for (unsigned line : Unexpected) {
        if (++shown > 20) break;
        auto it = Details.find(line);
        std::printf("  unexpected: line %u: %s\n", line, it == Details.end() ? "" : it->second.c_str());
    }
    for (unsigned line : Stale) std::printf("  listed as a known difference but passes: line %u\n", line);
}

} // namespace folio::text_tests
