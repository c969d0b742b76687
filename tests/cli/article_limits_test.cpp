// Tests of cli/article_limits.cpp (and model/limits.cpp through it): what `build` writes is exactly what the
// readers accept. Extreme sources are imported; each import that succeeds must give an article file ParseArticle
// reads back, and a bundle that builds, whose feed pages ParseFeed reads and which ValidateBundle passes; each
// refusal must name the file, the line and the bound. What carries nothing of substance is trimmed with a warning.
#include "cli/bundle_build.h"
#include "cli/bundle_validate.h"
#include "cli/feed_pages.h"
#include "cli/file_io.h"
#include "cli/html_snapshot.h"
#include "cli/importer.h"
#include "cli/oembed.h"
#include "model/article_json.h"
#include "model/bundle_write.h"
#include "model/feed_json.h"
#include "model/limits.h"

#include "test_errors.h"
#include "test_files.h"

#include <doctest/doctest.h>
#include <filesystem>

namespace fs = std::filesystem;
using namespace folio;
using namespace folio::cli;
using namespace folio::test;

namespace {

const TempFolders kFolders("folio-limits-test");

std::string Repeat(const std::string& s, size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (size_t i = 0; i < n; ++i) out += s;
    return out;
}

std::string Numbered(const std::string& prefix, size_t n, const std::string& sep) {
    std::string out;
    for (size_t i = 0; i < n; ++i) out += (i ? sep : "") + prefix + std::to_string(i);
    return out;
}

const std::string kFront = "---\ntitle: Extreme\ndate: 2022-03-01\nsection: World\n"; // lines 1 to 4
const std::string kWire = "All news\n\nA headline\n\nA standfirst.\n\nMOSCOW, March 22. /TASS/. The lede.\n\n";

struct Case {
    std::string File;    // the source's name
    std::string Text;    // its bytes
    std::string Expect;  // the refusal's message from "line", or "" when the import must succeed
    std::string Warning; // a warning the import must give, or ""
};

std::vector<Case> Cases() {
    const std::string mib = std::string(1u << 20, 'x');
    return {
        {"keywords.md", kFront + "keywords: [" + Numbered("k", 150, ", ") + "]\n---\nText.\n", "",
         "keywords.md: line 5: left out 51 keywords past the first 99 (with the section, a feed item holds 100 tags)"},
        {"keyword-long.md", kFront + "keywords: [short, " + std::string(600, 'k') + "]\n---\nText.\n", "",
         "keyword-long.md: line 5: left out 1 keyword longer than 512 bytes"},
        {"authors-100.md", kFront + "authors: [" + Numbered("Author ", 100, ", ") + "]\n---\nText.\n", "", ""},
        {"authors-101.md", kFront + "authors: [" + Numbered("Author ", 101, ", ") + "]\n---\nText.\n",
         "line 5: a list of authors of 101 names; the limit is 100", ""},
        {"author-long.md", kFront + "author: " + std::string(600, 'a') + "\n---\nText.\n",
         "line 5: an author's name of 600 bytes; the limit is 512", ""},
        {"related-100.md", kFront + "related: [" + Numbered("r", 100, ", ") + "]\n---\nText.\n", "", ""},
        {"related-101.md", kFront + "related: [" + Numbered("r", 101, ", ") + "]\n---\nText.\n",
         "line 5: a list of related articles of 101 ids; the limit is 100", ""},
        {"list-1000.md", kFront + "---\nIntro.\n\n" + Numbered("- item ", 1000, "\n") + "\n", "", ""},
        {"list-1001.md", kFront + "---\nIntro.\n\n" + Numbered("- item ", 1001, "\n") + "\n",
         "line 8: a list of 1001 items; the limit is 1000", ""},
        {"paragraph-2mib.md", kFront + "---\nIntro.\n\n" + mib + mib + "\n", "line 8: a paragraph of 2097152 bytes; the limit is 1048576", ""},
        {"paragraph-1mib.txt", kWire + mib + "\n", "", ""},
        {"paragraphs-10000.txt", kWire + Numbered("Paragraph ", 9999, "\n\n") + "\n", "", ""},
        {"paragraphs-10001.txt", kWire + Numbered("Paragraph ", 10000, "\n\n") + "\n",
         "line 20007: a body of 10001 blocks; the limit is 10000 (this is block 10001)", ""},
        {"headline.txt", "All news\n\n" + std::string(3000, 'h') + "\n\nA standfirst.\n\nMOSCOW, March 22. /TASS/. Lede.\n",
         "line 3: a headline of 3000 bytes; the limit is 2048", ""},
        {"headline.md", "---\ndate: 2022-03-01\n---\n\n# " + std::string(3000, 'h') + "\n\nText.\n",
         "line 5: a headline of 3000 bytes; the limit is 2048", ""},
        {"spans.md", kFront + "---\n" + Repeat("*a* b ", 5001) + "\n",
         "line 6: a paragraph of 10002 runs of one style (spans); the limit is 10000", ""},
        {"link-long.md", kFront + "---\nA [link](https://example.org/" + mib + ").\n", "line 6: a link of 1048596 bytes; the limit is 1048576", ""},
        {"language.md", kFront + "language: english please\n---\nText.\n",
         "line 5: language \"english please\" is not a language tag (like en or pt-BR)", ""},
        {"section-long.md", "---\ntitle: T\nsection: " + std::string(600, 's') + "\n---\nText.\n",
         "line 3: a section of 600 bytes; the limit is 512", ""},
        {"photo-colon.md", kFront + "---\n![A cat](img/a:b.png)\n", "", "holds a \":\" but no http(s) scheme"},
        {"photo-long.md", kFront + "---\n![A cat](" + std::string(3000, 'p') + ".png)\n",
         "line 6: a photo source of 3004 bytes; the limit is 2048", ""},
        // JSON escapes '"' as \": ten paragraphs of a million of them make a 20 MB article file.
        {"quotes.md", kFront + "---\n" + Repeat(std::string(1000000, '"') + "\n\n", 10),
         "the article file would be", ""},
        // HTML escapes ' as &#39;: seven paragraphs of a million make a 35 MB snapshot from a 7 MB article file.
        {"apostrophes.md", kFront + "---\n" + Repeat(std::string(1000000, '\'') + "\n\n", 7),
         "its HTML snapshot could be", ""},
        // Photos of short names, whose copies a build with a long --base-url addresses in 2 KB each: 17 MB.
        {"photos.md", kFront + "---\n" + Repeat("![p](p.png)\n\n", 8000), "the article file could be", ""},
        // Undated: the snapshot's JSON-LD has no datePublished, which its schema required.
        {"undated.md", "---\ntitle: Undated\n---\nText.\n", "", "no date: the article is undated"},
        // A standfirst of a million "<": 6 MB of JSON-LD (\u003c), 4 MB of oEmbed html (&lt;), within bounds.
        {"description.md", kFront + "description: \"" + std::string(1000000, '<') + "\"\n---\nText.\n", "", ""},
    };
}

} // namespace

TEST_CASE("every article the importers yield reads back, builds and validates; the rest is refused with its line") {
    ImportOptions o;
    o.TodayY = 2026;
    size_t built = 0, refused = 0;
    for (const Case& c : Cases()) {
        CAPTURE(c.File);
        Article a;
        Error e;
        std::vector<Error> warnings;
        const bool ok = ImportFile(c.Text, c.File, o, &a, &warnings, &e);
        if (!c.Warning.empty()) CHECK_MESSAGE(Messages(warnings).find(c.Warning) != std::string::npos, Messages(warnings));
        if (!c.Expect.empty()) {
            CHECK_FALSE(ok);
            CHECK(e.File == c.File);
            CHECK_MESSAGE(e.Message().find(c.Expect) != std::string::npos, e.Message());
            ++refused;
            continue;
        }
        REQUIRE_MESSAGE(ok, e.Message());
        Article back;
        CHECK_MESSAGE(ParseArticle(WriteArticleJson(a), c.File, &back, &e), e.Message());

        // The same source built into a bundle (with the articles it names as related) validates, with the longest
        // --base-url and --title a build accepts.
        const std::string src = kFolders.Fresh("src"), out = kFolders.Fresh("out");
        Write(src + "/" + c.File, c.Text);
        for (const std::string& id : a.Related) Write(src + "/" + id + ".md", "---\ntitle: R\ndate: 2022-01-01\n---\nText.\n");
        BuildSummary s;
        std::vector<Error> build_warnings, errors;
        BundleSite site;
        site.BaseUrl = "https://example.org/" + std::string(kMaxUrlBytes - 22, 'b') + "/";
        site.Title = std::string(kMaxHeadlineBytes, '"');
        REQUIRE_MESSAGE(BuildBundle(src, out, site, o, UnknownFolder::Refuse, &s, &build_warnings, &errors), Messages(errors));
        for (size_t page = 1; page <= s.Pages; ++page) {
            std::string json;
            REQUIRE(ReadFile(out + "/" + FeedPagePath(page, s.Pages), kMaxJsonBytes + 1, &json, &e));
            Feed f;
            CHECK_MESSAGE(ParseFeed(json, FeedPagePath(page, s.Pages), &f, &e), e.Message());
        }
        ValidateSummary v;
        std::vector<Error> problems;
        CHECK_MESSAGE(ValidateBundle(out, &v, &problems), Messages(problems));
        CHECK(v.Articles == 1 + a.Related.size());
        ++built;
        fs::remove_all(src);
        fs::remove_all(out);
    }
    CHECK(built == 10);
    CHECK(refused == 16);
}

TEST_CASE("feed pages stay within the readers' bound: fewer items on a page when theirs are large") {
    // 300 articles with 100 authors and 99 keywords of 500 bytes each: about 210 KB a feed item, so a page of
    // --page-size 1000 would be 60 MB.
    const std::string src = kFolders.Fresh("big-items"), out = kFolders.Fresh("big-items-out");
    const std::string name(490, 'n');
    for (int i = 0; i < 300; ++i)
        Write(src + "/a" + std::to_string(i) + ".md", "---\ntitle: T\ndate: 2022-01-01\nsection: S\nauthors: [" +
                                                          Numbered(name, 100, ", ") + "]\nkeywords: [" + Numbered(name, 99, ", ") +
                                                          "]\n---\nText.\n");
    BundleSite site;
    site.PageSize = 1000;
    ImportOptions o;
    BuildSummary s;
    std::vector<Error> warnings, errors;
    REQUIRE_MESSAGE(BuildBundle(src, out, site, o, UnknownFolder::Refuse, &s, &warnings, &errors), Messages(errors));
    CHECK(s.Pages > 1);
    size_t items = 0;
    for (size_t page = 1; page <= s.Pages; ++page) {
        std::string json;
        Error e;
        REQUIRE(ReadFile(out + "/" + FeedPagePath(page, s.Pages), 1u << 30, &json, &e));
        CHECK(json.size() <= kMaxJsonBytes);
        Feed f;
        CHECK_MESSAGE(ParseFeed(json, FeedPagePath(page, s.Pages), &f, &e), e.Message());
        items += f.Items.size();
        for (const FeedItem& item : f.Items) CHECK(item.Tags.size() == kMaxTags);
    }
    CHECK(items == 300);
    ValidateSummary v;
    std::vector<Error> problems;
    CHECK_MESSAGE(ValidateBundle(out, &v, &problems), Messages(problems));
    fs::remove_all(src);
    fs::remove_all(out);
}

namespace {

// An article of the characters that escape longest, with photos and related articles as asked.
Article Hostile(char c, size_t text, size_t photos, size_t related) {
    Article a;
    a.Id = "hostile";
    a.Headline = std::string(kMaxHeadlineBytes, c);
    a.Description = std::string(text, c);
    a.Section = std::string(kMaxNameBytes, c);
    a.Dateline.Text = std::string(64, c);
    for (int i = 0; i < 3; ++i) a.Keywords.push_back(std::string(kMaxNameBytes - 1, c) + std::to_string(i));
    Block p;
    p.Text = RichText::Plain(std::string(text, c));
    a.Body.push_back(p);
    for (size_t i = 0; i < photos; ++i) {
        Block b;
        b.Type = BlockType::Photo;
        b.Image.Src = "a.png";
        b.Image.Alt = b.Image.Caption = std::string(8, c);
        a.Body.push_back(b);
    }
    for (size_t i = 0; i < related; ++i) a.Related.push_back("r" + std::to_string(i));
    return a;
}

} // namespace

TEST_CASE("the files build derives from an article, at worst: measured exactly, and within the quick bound") {
    for (char c : {'"', '\'', '<', '&', 'x'})
        for (const Article& a : {Hostile(c, 1, 0, 0), Hostile(c, 1000, 0, 0), Hostile(c, 1, 1000, 0), Hostile(c, 1, 0, 100),
                                 Hostile(c, 100000, 50, 100)}) {
            CAPTURE(c);
            CAPTURE(a.Body.size());
            CAPTURE(a.Related.size());
            // What a build with the longest --base-url, --viewer and --title writes, written out in full.
            BundleSite site;
            site.BaseUrl = "https://" + std::string(std::max(kMaxUrlBytes, kMaxHeadlineBytes), '&') + "/";
            site.Viewer = "https://" + std::string(std::max(kMaxUrlBytes, kMaxHeadlineBytes), '&');
            site.Title = std::string(std::max(kMaxUrlBytes, kMaxHeadlineBytes), '"');
            Article built = a;
            built.Url = Reference(site, ArticleJsonPath(a.Id), SnapshotPath(a.Id));
            // Each photo as its fifteen variants (five rungs, WebP, JPEG and AVIF) under that address, with the largest sizes.
            const std::string media = Reference(site, ArticleJsonPath(a.Id), "media/" + std::string(32, 'f') + ".webp");
            for (Block& b : built.Body)
                if (b.Type == BlockType::Photo) {
                    b.Image.Src = media;
                    b.Image.Width = b.Image.Height = kMaxPhotoPixels;
                    b.Image.Placeholder = std::string(kMaxPlaceholderChars, 'A');
                    b.Image.Variants.assign(15, ImageVariant{kMaxPhotoPixels, kMaxPhotoPixels, "image/webp", media, kMaxVariantBytes});
                }
            std::map<std::string, std::string> titles;
            for (const std::string& id : a.Related) titles[id] = std::string(std::max(kMaxUrlBytes, kMaxHeadlineBytes), '"');
            const size_t full[4] = {WriteArticleJson(built).size(), WriteHtmlSnapshot(built, site, titles).size(),
                                    JsonLdForScript(built, site).size(), WriteOEmbedJson(built, site).size()};
            const BuiltSizes worst = WorstBuiltSizes(a);
            const size_t bound = QuickBound(a, WriteArticleJson(a).size());
            for (size_t f = 0; f < 4; ++f) {
                CAPTURE(f);
                CHECK(worst.Bytes[f] == full[f]);
                CHECK(full[f] <= bound);
            }
        }
}
