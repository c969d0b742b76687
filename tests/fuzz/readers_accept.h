// What the fuzz targets of importers (fuzz_import, fuzz_ninjs) check of every article an import yields: it is what
// the readers accept (cli/article_limits.h). Its article file parses back with ParseArticle and passes the article
// schema, its feed page parses with ParseFeed and passes the feed schema, and its HTML snapshot's JSON-LD and its
// oEmbed file parse within the bounds and pass theirs, as `validate` would check them. Traps otherwise.
#pragma once
#include "cli/feed_pages.h"
#include "cli/html_snapshot.h"
#include "cli/oembed.h"
#include "cli/schema_check.h"
#include "model/article_json.h"
#include "model/bundle_write.h"
#include "model/feed_json.h"
#include "model/json_read.h"

namespace folio::fuzz {

// Parses json within the readers' bounds and checks it against schema; traps when either fails.
inline void MustValidate(const std::string& json, const cli::SchemaCheck& schema) {
    Error e;
    rapidjson::Document doc;
    JsonReader r("fuzz.json", &e);
    if (!r.Parse(json, &doc) || !schema.Check(doc, "fuzz.json", &e)) __builtin_trap();
}

inline void MustBeAccepted(const Article& a) {
    static const cli::SchemaCheck article_schema("article.schema.json"), feed_schema("feed-page.schema.json"),
        oembed_schema("oembed.schema.json"), jsonld_schema("newsarticle-jsonld.schema.json");
    Error e;
    const std::string json = WriteArticleJson(a);
    Article b;
    if (!ParseArticle(json, "fuzz.json", &b, &e)) __builtin_trap();
    MustValidate(json, article_schema);
    const cli::BundleSite site;
    for (const Feed& page : cli::MakeFeedPages({a}, {0}, site)) {
        const std::string feed = WriteFeedJson(page);
        Feed f;
        if (!ParseFeed(feed, "feed.json", &f, &e)) __builtin_trap();
        MustValidate(feed, feed_schema);
    }
    const std::string html = cli::WriteHtmlSnapshot(a, site, {});
    if (html.size() > kMaxSnapshotBytes) __builtin_trap();
    MustValidate(cli::JsonLdForScript(a, site), jsonld_schema);
    MustValidate(cli::WriteOEmbedJson(a, site), oembed_schema);
}

} // namespace folio::fuzz
