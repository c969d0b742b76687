// libFuzzer target: any bytes as HTML, through the HTML-to-blocks converter (cli/html_blocks.h) with and without a
// base URL, and as plain text. The blocks must be what the readers accept (model/limits.h's WithinLimits as an
// article's body; the article file parses back), the plain text must be clean (CleanText changes nothing) and
// within a string's bound, and BoundAttributes with no bound must leave the bytes as they are. Traps otherwise.
// Build with -DFOLIO_FUZZ=ON and clang (tests/fuzz/README.md); run: fuzz_html CORPUS_DIR.
#include "cli/html_blocks.h"
#include "cli/html_guard.h"
#include "model/article_json.h"
#include "model/bundle_write.h"
#include "model/json_read.h"
#include "model/limits.h"

#include <cstdint>
#include <string>

using namespace folio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string html(reinterpret_cast<const char*>(data), size);
    for (const char* base : {"", "https://news.example/2024/story.html"}) {
        cli::HtmlBlocksOptions options;
        options.BaseUrl = base;
        options.File = "fuzz.html";
        Article a;
        a.Id = "fuzz";
        a.Headline = "Fuzz";
        std::vector<Error> warnings;
        cli::HtmlToBlocks(html, options, &a.Body, &warnings);
        LimitBreach breach;
        if (!WithinLimits(a, &breach)) __builtin_trap();
        Article back;
        Error e;
        if (!ParseArticle(WriteArticleJson(a), "fuzz.json", &back, &e) || back.Body.size() != a.Body.size()) __builtin_trap();
    }
    const std::string plain = cli::HtmlToPlainText(html);
    if (plain.size() > kMaxStringBytes || CleanText(plain) != plain) __builtin_trap();
    if (cli::BoundAttributes(html, SIZE_MAX) != html) __builtin_trap();
    return 0;
}
