// libFuzzer target: any bytes as an article file and as a feed page. What parses must write back to JSON that
// parses to the same bytes again (round trip), and the schema validator must take any parsed document.
// Build with -DFOLIO_FUZZ=ON and clang (tests/fuzz/README.md); run: fuzz_parse CORPUS_DIR.
#include "cli/schema_check.h"
#include "model/article_json.h"
#include "model/bundle_write.h"
#include "model/feed_json.h"
#include "model/json_read.h"

#include <cstdint>
#include <string>

using namespace folio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const cli::SchemaCheck article_schema("article.schema.json"), feed_schema("feed-page.schema.json");
    const std::string text(reinterpret_cast<const char*>(data), size);
    Error e;
    Article a;
    if (ParseArticle(text, "fuzz.json", &a, &e)) {
        const std::string json = WriteArticleJson(a);
        Article b;
        if (!ParseArticle(json, "again.json", &b, &e) || WriteArticleJson(b) != json) __builtin_trap();
        (void)a.WordCount();
    }
    Feed f;
    if (ParseFeed(text, "fuzz.json", &f, &e)) {
        const std::string json = WriteFeedJson(f);
        Feed g;
        if (!ParseFeed(json, "again.json", &g, &e) || WriteFeedJson(g) != json) __builtin_trap();
        (void)f.Newest();
    }
    rapidjson::Document doc;
    JsonReader r("fuzz.json", &e);
    if (r.Parse(text, &doc)) {
        article_schema.Check(doc, "fuzz.json", &e);
        feed_schema.Check(doc, "fuzz.json", &e);
    }
    return 0;
}
