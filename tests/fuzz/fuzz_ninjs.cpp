// libFuzzer target: any bytes as a .json source (ImportSource: told apart by content, so ninjs items and WordPress
// posts reach their importers with FitToLimits after them), and straight through ImportNinjs and ImportWordPress
// (so every input reaches both readers, whatever its members). Every article ImportSource yields must be what the
// readers accept (readers_accept.h); a refusal must name the file. Traps otherwise. Now is fixed, so embargoes judge
// alike on every run. Build with -DFOLIO_FUZZ=ON and clang (tests/fuzz/README.md); run: fuzz_ninjs CORPUS_DIR.
#include "cli/importer.h"
#include "cli/ninjs_import.h"
#include "cli/wordpress_import.h"
#include "readers_accept.h"

#include <cstdint>
#include <string>

using namespace folio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string raw(reinterpret_cast<const char*>(data), size);
    cli::ImportOptions options;
    options.Now = "2026-12-01T12:00:00Z";
    {
        std::vector<cli::ImportedArticle> got;
        std::vector<Error> warnings;
        Error e;
        if (cli::ImportSource(raw, "fuzz.json", options, &got, &warnings, &e)) {
            for (const cli::ImportedArticle& a : got) fuzz::MustBeAccepted(a.Item);
        } else if (e.File != "fuzz.json" || e.Reason.empty()) {
            __builtin_trap();
        }
    }
    for (auto import : {&cli::ImportNinjs, &cli::ImportWordPress}) {
        std::vector<cli::ImportedArticle> got;
        std::vector<Error> warnings;
        Error e;
        if (!import(raw, "fuzz.json", options, &got, &warnings, &e) && (e.File != "fuzz.json" || e.Reason.empty()))
            __builtin_trap();
    }
    return 0;
}
