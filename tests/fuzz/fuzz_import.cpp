// libFuzzer target: any bytes as a plain-text source and as a Markdown source. Whatever the importers accept must
// be what the readers accept (readers_accept.h). Traps otherwise.
// Build with -DFOLIO_FUZZ=ON and clang (tests/fuzz/README.md); run: fuzz_import CORPUS_DIR.
#include "cli/importer.h"
#include "readers_accept.h"

#include <cstdint>
#include <string>

using namespace folio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string raw(reinterpret_cast<const char*>(data), size);
    cli::ImportOptions options;
    options.TodayY = 2026;
    for (const char* name : {"fuzz.txt", "fuzz.md"}) {
        Article a;
        Error e;
        std::vector<Error> warnings;
        if (!cli::ImportFile(raw, name, options, &a, &warnings, &e)) continue;
        fuzz::MustBeAccepted(a);
    }
    return 0;
}
