// Tests of the lead image through the build (bundle_build.cpp, photo_place.cpp, feed_pages.cpp, html_snapshot.cpp,
// bundle_validate.cpp): front matter `image:` becomes the article file's "image" with its variants, the feed item's
// thumbnail (narrow variants only, addressed from the feed page), the snapshot's figure under the headline and its
// JSON-LD ImageObject; validate checks its files and the thumbnail's; a refused lead image names the front matter line.
#include "cli/bundle_build.h"
#include "cli/bundle_validate.h"
#include "cli/feed_pages.h"
#include "model/article_json.h"
#include "model/feed_json.h"

#include "test_errors.h"
#include "test_files.h"
#include "test_photos.h"

#include <doctest/doctest.h>
#include <filesystem>

namespace fs = std::filesystem;
using namespace folio;
using namespace folio::cli;
using namespace folio::test;

namespace {

const TempFolders kFolders("folio-lead-image-test");

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string BuildErrors(const std::string& src, const std::string& out, const BundleSite& site = BundleSite{}) {
    BuildSummary s;
    std::vector<Error> warnings, errors;
    const bool ok = BuildBundle(src, out, site, ImportOptions{}, UnknownFolder::Refuse, &s, &warnings, &errors);
    return ok ? "" : "(failed) " + Messages(errors);
}

const char kLead[] = "---\ntitle: With a lead photo\ndate: 2022-03-01\nimage:\n  src: img/lead.png\n  alt: A red square\n"
                     "  caption: The square at noon\n  credit: Photo by A. Person\n---\nText.\n";

} // namespace

TEST_CASE("a lead image is encoded like a body photo and carried to the feed card, the snapshot and its JSON-LD") {
    const std::string src = kFolders.Fresh("lead-src"), out = kFolders.Fresh("lead-out");
    Write(src + "/guides/img/lead.png", PngPicture(1000, 500, 60));
    Write(src + "/guides/a.md", kLead);
    REQUIRE(BuildErrors(src, out) == "");
    Article a;
    Error e;
    REQUIRE_MESSAGE(ParseArticle(Read(out + "/articles/a.json"), "a.json", &a, &e), e.Message());
    CHECK(a.Image.Width == 1000);
    CHECK(a.Image.Height == 500);
    CHECK(a.Image.Alt == "A red square");
    CHECK(a.Image.Credit == "Photo by A. Person");
    CHECK_FALSE(a.Image.Placeholder.empty());
    const size_t n = TypesPerRung();
    REQUIRE(a.Image.Variants.size() == 4 * n); // 320, 640, 960 and 1000, WebP, JPEG (and AVIF)
    CHECK(a.Image.Src == a.Image.Variants[3 * n + 1].Url); // the widest JPEG
    CHECK(a.Image.Src.compare(0, 9, "../media/") == 0);

    // The feed card: only the variants up to 640 pixels, addressed from feed.json (the bundle's top folder).
    Feed feed;
    REQUIRE_MESSAGE(ParseFeed(Read(out + "/feed.json"), "feed.json", &feed, &e), e.Message());
    REQUIRE(feed.Items.size() == 1);
    const Photo& t = feed.Items[0].Image;
    REQUIRE(t.Variants.size() == 2 * n); // every type of the 320 and 640 rungs
    for (size_t k = 0; k < t.Variants.size(); ++k) {
        CAPTURE(k);
        CHECK(t.Variants[k].Width <= kThumbnailMaxWidth);
        CHECK(t.Variants[k].Url == a.Image.Variants[k].Url.substr(3)); // "media/…", not "../media/…"
        CHECK(fs::is_regular_file(out + "/" + t.Variants[k].Url));
    }
    CHECK(t.Src == t.Variants[n + 1].Url); // the widest JPEG of the card's
    CHECK(t.Alt == "A red square");
    CHECK(t.Width == 1000);
    CHECK(t.Placeholder == a.Image.Placeholder);
    CHECK(Has(Read(out + "/feed.json"), "\"image\": \"" + t.Src + "\"")); // JSON Feed's own image

    // The snapshot: a figure under the header, and the JSON-LD's first image an ImageObject.
    const std::string html = Read(out + "/articles/a.html");
    const size_t header = html.find("</header>"), figure = html.find("<figure><picture>");
    CHECK(header != std::string::npos);
    CHECK(figure == header + 10);
    CHECK(Has(html, "<img src=\"" + a.Image.Src + "\""));
    if (n == 3) CHECK(Has(html, "<figure><picture><source type=\"image/avif\" srcset=\"" + a.Image.Variants[2].Url + " 320w"));
    CHECK(Has(html, "alt=\"A red square\" width=\"1000\" height=\"500\""));
    CHECK(Has(html, "<figcaption>The square at noon <small>Photo by A. Person</small></figcaption>"));
    CHECK(Has(html, "\"@type\": \"ImageObject\",\n      \"url\": \"" + a.Image.Src + "\",\n      \"width\": 1000,\n      \"height\": 500,\n"
                    "      \"caption\": \"The square at noon\",\n      \"creditText\": \"Photo by A. Person\""));

    ValidateSummary v;
    std::vector<Error> problems, warnings;
    CHECK_MESSAGE(ValidateBundle(out, &v, &problems, &warnings), Messages(problems));
    CHECK_MESSAGE(warnings.empty(), Messages(warnings));
    // A thumbnail's variant missing, and the lead image's widest: each named where the file claims it.
    fs::remove(out + "/" + t.Variants[1].Url);
    const std::string widest = a.Image.Variants[3 * n].Url.substr(3);
    fs::remove(out + "/" + widest);
    problems.clear();
    CHECK_FALSE(ValidateBundle(out, &v, &problems));
    const std::string m = Messages(problems);
    CHECK_MESSAGE(Has(m, t.Variants[1].Url + ": missing (a variant of feed.json $.items[0]._folio.image.variants[1])"), m);
    CHECK_MESSAGE(Has(m, widest + ": missing (a variant of articles/a.json $.image.variants[" + std::to_string(3 * n) + "])"), m);
}

TEST_CASE("with a base URL the card's thumbnail URLs are absolute; a lead image without alt text warns") {
    const std::string src = kFolders.Fresh("base-src"), out = kFolders.Fresh("base-out");
    Write(src + "/img/lead.png", PngPicture(400, 300, 70));
    Write(src + "/a.md", "---\ntitle: A\ndate: 2022-03-01\nimage: img/lead.png\n---\nText.\n");
    BundleSite site;
    site.BaseUrl = "https://news.example.org/b/";
    REQUIRE(BuildErrors(src, out, site) == "");
    Feed feed;
    Error e;
    REQUIRE_MESSAGE(ParseFeed(Read(out + "/feed.json"), "feed.json", &feed, &e), e.Message());
    const Photo& t = feed.Items[0].Image;
    REQUIRE(t.Variants.size() == 2 * TypesPerRung()); // 320 and 400
    CHECK(t.Variants[0].Url.compare(0, 33, "https://news.example.org/b/media/") == 0);
    CHECK(Has(Read(out + "/articles/a.html"), "<meta property=\"og:image\" content=\"https://news.example.org/b/media/"));
    ValidateSummary v;
    std::vector<Error> problems, warnings;
    CHECK_MESSAGE(ValidateBundle(out, &v, &problems, &warnings), Messages(problems));
    CHECK_MESSAGE(Has(Messages(warnings), "articles/a.json: $.image.alt: a photo without alt text"), Messages(warnings));
    CHECK(warnings.size() == 1); // not again for the feed card
}

TEST_CASE("a lead image that is missing, no image or outside the source folder stops the build, naming the front matter line") {
    const std::string src = kFolders.Fresh("refused-src"), out = kFolders.Fresh("refused-out");
    Write(src + "/img/fake.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    Write(src + "/a.md", "---\ntitle: A\nimage: img/gone.png\n---\nText.\n");
    Write(src + "/b.md", "---\ntitle: B\ndate: 2022-03-01\nimage:\n  src: img/fake.png\n---\nText.\n");
    Write(src + "/c.md", "---\ntitle: C\n\nimage: ../secret.png\n---\nText.\n");
    const std::string m = BuildErrors(src, out);
    CHECK_MESSAGE(Has(m, src + "/a.md: line 3: photo \"img/gone.png\": " + src + "/img/gone.png: No such file"), m);
    CHECK_MESSAGE(Has(m, src + "/b.md: line 4: photo \"img/fake.png\": " + src + "/img/fake.png is not an image"), m);
    CHECK_MESSAGE(Has(m, src + "/c.md: line 4: photo \"../secret.png\" is outside the source folder"), m);
    CHECK_FALSE(fs::exists(out + "/articles"));
}

TEST_CASE("a wire story's photo lines are found beside the story and encoded; a missing one names the story's line") {
    const std::string src = kFolders.Fresh("wire-src"), out = kFolders.Fresh("wire-out");
    Write(src + "/wire/img/lead.png", PngPicture(500, 400, 80));
    Write(src + "/wire/story.txt", "World\n\nHeadline\n\nPhoto: img/lead.png | A lead photo\n\nStandfirst.\n\n"
                                   "PORTO, March 22, 2022. /TASS/. Text.\n\nPhoto: img/lead.png | Again, in the body\n");
    REQUIRE(BuildErrors(src, out) == "");
    Article a;
    Error e;
    REQUIRE_MESSAGE(ParseArticle(Read(out + "/articles/story.json"), "story.json", &a, &e), e.Message());
    CHECK(a.Image.Width == 500);
    CHECK(a.Image.Variants.size() == 2 * TypesPerRung());
    REQUIRE(a.Body.size() == 2);
    CHECK(a.Body[1].Image.Src == a.Image.Src); // the same bytes: one photo
    Write(src + "/wire/story.txt", "World\n\nHeadline\n\nStandfirst.\n\nPORTO, March 22, 2022. /TASS/. Text.\n\nPhoto: img/gone.jpg\n");
    const std::string m = BuildErrors(src, out);
    CHECK_MESSAGE(Has(m, src + "/wire/story.txt: line 9: photo \"img/gone.jpg\": " + src + "/wire/img/gone.jpg: No such file"), m);
}
