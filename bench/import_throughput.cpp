// Benchmark: import throughput per source kind (ImportSource on each file: cleaning, the kind's importer,
// FitToLimits), on one thread, the files read into memory first so only the import is timed. bench/bundle_build.py
// generates the inputs and runs this; it can be run by hand on any folder of sources as well.
// Prints one tab-separated line per kind: kind, files, articles, MB, seconds, MB/s, files refused, the first refusal.
// Run: build/cmake-native/folio_bench_import FILE...
#include "cli/file_io.h"
#include "cli/importer.h"
#include "cli/source_kind.h"
#include "cli/source_text.h" // kMaxSourceBytes

#include <chrono>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

using namespace folio;
using namespace folio::cli;

namespace {

struct Tally {
    size_t Files = 0, Articles = 0, Bytes = 0, Refused = 0;
    double Seconds = 0;
    std::string FirstRefusal;
};

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: folio_bench_import FILE...\n");
        return 2;
    }
    ImportOptions options;
    options.TodayY = 2026;
    options.Now = "2026-01-01T00:00:00Z";
    std::map<std::string, Tally> kinds;
    for (int i = 1; i < argc; ++i) {
        std::string raw;
        Error err;
        if (!ReadFile(argv[i], kMaxSourceBytes, &raw, &err)) {
            std::fprintf(stderr, "%s\n", err.Message().c_str());
            return 1;
        }
        Tally& t = kinds[SourceKindName(SourceKindOf(argv[i], raw))];
        std::vector<ImportedArticle> got;
        std::vector<Error> warnings;
        const auto start = std::chrono::steady_clock::now();
        const bool ok = ImportSource(raw, argv[i], options, &got, &warnings, &err);
        t.Seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        ++t.Files;
        t.Bytes += raw.size();
        t.Articles += got.size();
        if (!ok && t.Refused++ == 0) t.FirstRefusal = err.Message();
    }
    for (const auto& [kind, t] : kinds) {
        const double mb = (double)t.Bytes / 1e6;
        std::printf("%s\t%zu\t%zu\t%.2f\t%.3f\t%.2f\t%zu\t%s\n", kind.c_str(), t.Files, t.Articles, mb, t.Seconds,
                    t.Seconds > 0 ? mb / t.Seconds : 0.0, t.Refused, t.FirstRefusal.c_str());
    }
    return 0;
}
