// libFuzzer target: any bytes as a plain-text source and as a Markdown source. Whatever the importers accept
// must make an article file the viewer's parser accepts, and an HTML snapshot and oEmbed file must follow.
// Build with -DFOLIO_FUZZ=ON and clang (tests/fuzz/README.md); run: fuzz_import CORPUS_DIR.
#include "cli/html_snapshot.h"
#include "cli/importer.h"
#include "cli/oembed.h"
#include "model/article_json.h"
#include "model/bundle_write.h"

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
        Article b;
        if (!ParseArticle(WriteArticleJson(a), "fuzz.json", &b, &e)) __builtin_trap();
        const cli::BundleSite site;
        (void)cli::WriteHtmlSnapshot(a, site, {});
        (void)cli::WriteOEmbedJson(a, site);
    }
    return 0;
}
