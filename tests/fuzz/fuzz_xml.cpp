// libFuzzer target: any bytes as an RSS or Atom feed (fuzz.rss) and as a .json source (a JSON Feed when its content
// says so, or whichever .json kind it is). A source accepted with no article must say why in a warning (an item
// withheld or embargoed). Whatever the importers accept must be what the readers accept: each article's file parses back
// with ParseArticle and passes the article schema. Traps otherwise; libxml2's own limits and the importer's entity
// budget keep every input bounded in time and memory.
// Build with -DFOLIO_FUZZ=ON and clang (tests/fuzz/README.md); run: fuzz_xml CORPUS_DIR.
#include "cli/importer.h"
#include "cli/schema_check.h"
#include "model/article_json.h"
#include "model/bundle_write.h"
#include "model/json_read.h"

#include <cstdint>
#include <string>

using namespace folio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const cli::SchemaCheck article_schema("article.schema.json");
    const std::string raw(reinterpret_cast<const char*>(data), size);
    for (const char* name : {"fuzz.rss", "fuzz.json"}) {
        std::vector<cli::ImportedArticle> got;
        Error e;
        std::vector<Error> warnings;
        if (!cli::ImportSource(raw, name, cli::ImportOptions{}, &got, &warnings, &e)) continue;
        if (got.empty() && warnings.empty()) __builtin_trap(); // none published (ninjs withheld, a draft): said why
        for (const cli::ImportedArticle& a : got) {
            const std::string json = WriteArticleJson(a.Item);
            Article b;
            if (!ParseArticle(json, "fuzz.json", &b, &e)) __builtin_trap();
            rapidjson::Document doc;
            JsonReader r("fuzz.json", &e);
            if (!r.Parse(json, &doc) || !article_schema.Check(doc, "fuzz.json", &e)) __builtin_trap();
        }
    }
    return 0;
}
