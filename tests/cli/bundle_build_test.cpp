// Tests of cli/bundle_build.cpp on what it reads, writes and removes: photos become variants media/HASH.EXT and can never
// overwrite a generated file or each other; a refused photo stops the build naming the source and its line;
// symbolic links under the source folder are not followed; a build removes only what its manifest says an
// earlier build wrote, and refuses a folder of someone else's files unless forced.
#include "cli/bundle_build.h"
#include "cli/bundle_validate.h"
#include "cli/file_io.h"
#include "cli/media.h"
#include "model/article_json.h"
#include "model/base64.h"
#include "model/thumbhash.h"

#include "test_errors.h"
#include "test_files.h"
#include "test_photos.h"

#include <doctest/doctest.h>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>

namespace fs = std::filesystem;
using namespace folio;
using namespace folio::cli;
using namespace folio::test;

namespace {

const TempFolders kFolders("folio-build-test");

std::vector<std::string> Files(const std::string& dir) {
    std::vector<std::string> files;
    Error e;
    ListFiles(dir, true, &files, &e);
    return files;
}

struct Built {
    bool Ok = false;
    BuildSummary Summary;
    std::string Errors, Warnings;
};

Built Build(const std::string& src, const std::string& out, UnknownFolder unknown = UnknownFolder::Refuse,
            const BundleSite& site = BundleSite{}) {
    Built b;
    std::vector<Error> warnings, errors;
    b.Ok = BuildBundle(src, out, site, ImportOptions{}, unknown, &b.Summary, &warnings, &errors);
    b.Errors = Messages(errors);
    b.Warnings = Messages(warnings);
    return b;
}

std::string Markdown(const std::string& title, const std::string& body) {
    return "---\ntitle: " + title + "\ndate: 2022-03-01\n---\n" + body;
}

const std::string kPng = std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);

// The first photo of the article file at path.
Photo FirstPhoto(const std::string& path) {
    Article a;
    Error e;
    REQUIRE_MESSAGE(ParseArticle(Read(path), path, &a, &e), e.Message());
    for (const Block& b : a.Body) if (b.Type == BlockType::Photo) return b.Image;
    return Photo{};
}
std::string PhotoSrc(const std::string& path) { return FirstPhoto(path).Src; }

// The bundle path a photo's reference from articles/ names ("../media/x.jpg" -> "media/x.jpg").
std::string FromArticles(const std::string& url) { return url.compare(0, 3, "../") == 0 ? url.substr(3) : url; }

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Whether the manifest of the bundle in `out` lists `path` (an article's file by its id, a page by the count).
bool ManifestLists(const std::string& out, const std::string& path) {
    ManifestList files;
    Error e;
    REQUIRE_MESSAGE(ParseManifest(Read(out + "/folio-manifest.json"), "folio-manifest.json", &files, &e), e.Message());
    return files.Lists(path);
}

} // namespace

TEST_CASE("a photo naming another article's HTML snapshot or JSON file is refused, and nothing is overwritten") {
    const std::string src = kFolders.Fresh("collide-src"), out = kFolders.Fresh("collide-out") + "/bundle";
    Write(src + "/a.md", Markdown("A", "Article a.\n"));
    REQUIRE_MESSAGE(Build(src, out).Ok, "first build");
    const std::string snapshot = Read(out + "/articles/a.html"), json = Read(out + "/articles/a.json");
    // Article b names sibling files whose names are those of a's generated files. Its text mentions a.html
    // first, so a line found by searching for the name would be line 5, not the image's line 7.
    Write(src + "/a.html", "<!doctype html><script>alert('planted')</script>");
    Write(src + "/a.json", "{\"id\": \"a\", \"headline\": \"Planted\"}");
    Write(src + "/b.md", Markdown("B", "Article b, see a.html.\n\n![x](a.html)\n\n![y](a.json)\n"));
    const Built b = Build(src, out);
    CHECK_FALSE(b.Ok);
    CHECK_MESSAGE(Has(b.Errors, src + "/b.md: line 7: photo \"a.html\" is not named as an image"), b.Errors);
    CHECK_MESSAGE(Has(b.Errors, src + "/b.md: line 9: photo \"a.json\" is not named as an image"), b.Errors);
    CHECK(Read(out + "/articles/a.html") == snapshot);
    CHECK(Read(out + "/articles/a.json") == json);
}

TEST_CASE("a photo whose bytes are no image, or another kind than its name says, is refused with its line") {
    const std::string src = kFolders.Fresh("fake-src"), out = kFolders.Fresh("fake-out") + "/bundle";
    Write(src + "/img/a.png", "<!doctype html><script>alert('planted')</script>");
    Write(src + "/img/b.jpg", kPng);
    Write(src + "/a.md", Markdown("A", "Intro.\n\n![x](img/a.png)\n\nMore.\n\n![y](img/b.jpg)\n"));
    const Built b = Build(src, out);
    CHECK_FALSE(b.Ok);
    CHECK_MESSAGE(Has(b.Errors, src + "/a.md: line 7: photo \"img/a.png\": " + src + "/img/a.png is not an image"), b.Errors);
    CHECK_MESSAGE(Has(b.Errors, src + "/a.md: line 11: photo \"img/b.jpg\": " + src + "/img/b.jpg holds a png image, not the jpg"), b.Errors);
    CHECK(Files(out).empty());
}

TEST_CASE("photos become variants in media/: described in the article file, listed, shared when the same, stable on rebuild") {
    const std::string src = kFolders.Fresh("media-src"), out = kFolders.Fresh("media-out") + "/bundle";
    const std::string one = PngPicture(700, 400, 10), two = PngPicture(700, 400, 20);
    Write(src + "/one/img/p.png", one);
    Write(src + "/two/img/p.png", two);
    Write(src + "/three/same.png", one);
    Write(src + "/one/a.md", Markdown("A", "![a](img/p.png)\n"));
    Write(src + "/two/b.md", Markdown("B", "![b](img/p.png)\n"));
    Write(src + "/three/c.md", Markdown("C", "![c](same.png)\n"));
    const Built b = Build(src, out);
    REQUIRE_MESSAGE(b.Ok, b.Errors);
    const Photo a = FirstPhoto(out + "/articles/a.json"), pb = FirstPhoto(out + "/articles/b.json"),
                c = FirstPhoto(out + "/articles/c.json");
    CHECK(a.Width == 700);
    CHECK(a.Height == 400);
    // The ladder 320, 640 and the photo's own 700 (never upscaled), each as WebP, JPEG (and AVIF), narrowest first.
    const std::vector<std::string> types = PhotoVariantTypes();
    const size_t n = types.size();
    REQUIRE(a.Variants.size() == 3 * n);
    const std::string manifest = Read(out + "/folio-manifest.json");
    const int widths[] = {320, 640, 700};
    for (size_t k = 0; k < a.Variants.size(); ++k) {
        const ImageVariant& v = a.Variants[k];
        CAPTURE(k);
        CHECK(v.Width == widths[k / n]);
        CHECK(v.Height == (widths[k / n] * 400 + 350) / 700);
        CHECK(v.Type == MimeOfType(types[k % n]));
        CHECK(v.Url.compare(0, 9, "../media/") == 0);
        const std::string bytes = Read(out + "/" + FromArticles(v.Url));
        CHECK(v.Bytes == (int)bytes.size());
        CHECK(ImageKindOf(bytes) == types[k % n]);
        CHECK(Has(manifest, "\"" + FromArticles(v.Url) + "\""));
    }
    CHECK(a.Src == a.Variants[2 * n + 1].Url); // the widest JPEG up to 1280 pixels, for viewers that read no variants
    CHECK_FALSE(fs::exists(out + "/" + MediaPathOf(one, "png"))); // the source itself (with its metadata) is not published
    // The placeholder is a ThumbHash of the photo: its aspect ratio is the photo's.
    std::vector<uint8_t> hash;
    double ratio = 0;
    std::string why;
    REQUIRE(FromBase64(a.Placeholder, &hash));
    REQUIRE_MESSAGE(ThumbHashAspectRatio(hash, &ratio, &why), why);
    CHECK(ratio == doctest::Approx(700.0 / 400).epsilon(0.1));
    // The same bytes: the same variants, one set of files; different bytes: others.
    CHECK(c.Src == a.Src);
    CHECK(c.Placeholder == a.Placeholder);
    CHECK(pb.Src != a.Src);
    CHECK(pb.Placeholder != a.Placeholder);
    size_t media = 0;
    for (const auto& e : fs::directory_iterator(out + "/media")) media += e.is_regular_file();
    CHECK(media == 2 * 3 * n); // two different photos
    CHECK(Has(Read(out + "/articles/b.html"), "<img src=\"" + pb.Src + "\""));
    CHECK_FALSE(fs::exists(out + "/articles/img"));
    ValidateSummary v;
    std::vector<Error> problems;
    CHECK_MESSAGE(ValidateBundle(out, &v, &problems), Messages(problems));
    // A rebuild with the photos unchanged writes nothing (the variants are encoded again, to the same bytes).
    const Built again = Build(src, out);
    REQUIRE_MESSAGE(again.Ok, again.Errors);
    CHECK(again.Summary.Written == 0);

    BundleSite site;
    site.BaseUrl = "https://news.example.org/b/";
    const std::string absolute = kFolders.Fresh("media-out-absolute");
    REQUIRE(Build(src, absolute, UnknownFolder::Refuse, site).Ok);
    const std::string two_src = FromArticles(pb.Src);
    CHECK(PhotoSrc(absolute + "/articles/b.json") == "https://news.example.org/b/" + two_src);
    CHECK(FirstPhoto(absolute + "/articles/b.json").Variants[0].Url == "https://news.example.org/b/" + FromArticles(pb.Variants[0].Url));
    problems.clear();
    CHECK_MESSAGE(ValidateBundle(absolute, &v, &problems), Messages(problems)); // its photos found under the base URL
    fs::remove(absolute + "/" + two_src);
    problems.clear();
    CHECK_FALSE(ValidateBundle(absolute, &v, &problems));
    CHECK_MESSAGE(Has(Messages(problems), two_src + ": missing (the photo of articles/b.json $.body[0].src)"), Messages(problems));
}

TEST_CASE("a photo libvips cannot read to its end stops the build, naming the source and the image's line") {
    const std::string src = kFolders.Fresh("truncated-src"), out = kFolders.Fresh("truncated-out");
    const std::string png = PngPicture(300, 200, 40);
    Write(src + "/img/t.png", png.substr(0, png.size() / 2));
    Write(src + "/a.md", Markdown("A", "Intro.\n\n![t](img/t.png)\n"));
    const Built b = Build(src, out);
    CHECK_FALSE(b.Ok);
    CHECK_MESSAGE(Has(b.Errors, src + "/a.md: line 7: photo \"img/t.png\": " + src + "/img/t.png: "), b.Errors);
    CHECK_FALSE(fs::exists(out + "/articles"));
}

TEST_CASE("a photo outside the source folder or behind a symbolic link stops the build") {
    const std::string root = kFolders.Fresh("photo-links");
    const std::string src = root + "/src", out = root + "/out";
    Write(root + "/secret.png", kPng + "secret");
    Write(src + "/img/real.png", kPng);
    fs::create_symlink(root + "/secret.png", src + "/img/linked.png");
    fs::create_directory_symlink(root, src + "/up");
    Write(src + "/a.md", Markdown("A", "![x](img/linked.png)\n\n![y](../secret.png)\n\n![z](up/secret.png)\n\n![w](img/gone.png)\n"));
    const Built b = Build(src, out);
    CHECK_FALSE(b.Ok);
    CHECK_MESSAGE(Has(b.Errors, "a.md: line 5: photo \"img/linked.png\": " + src + "/img/linked.png: is a symbolic link"), b.Errors);
    CHECK_MESSAGE(Has(b.Errors, "a.md: line 7: photo \"../secret.png\" is outside the source folder"), b.Errors);
    CHECK_MESSAGE(Has(b.Errors, "a.md: line 9: photo \"up/secret.png\": " + src + "/up: is a symbolic link"), b.Errors);
    CHECK_MESSAGE(Has(b.Errors, "a.md: line 11: photo \"img/gone.png\": " + src + "/img/gone.png: No such file"), b.Errors);
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("a source that is a symbolic link is refused, naming it; its target is not published") {
    const std::string root = kFolders.Fresh("source-links");
    const std::string src = root + "/src", out = root + "/out";
    Write(root + "/secret.txt", "World\n\nTOP SECRET HEADLINE\n\nStandfirst.\n\nThe secret body.\n");
    Write(src + "/a.md", Markdown("A", "Text.\n"));
    fs::create_symlink(root + "/secret.txt", src + "/leak.txt");
    fs::create_directory_symlink(root, src + "/elsewhere"); // a linked folder: not followed, with a warning
    const Built b = Build(src, out);
    CHECK_FALSE(b.Ok);
    CHECK_MESSAGE(Has(b.Errors, src + "/leak.txt: is a symbolic link, which is not followed"), b.Errors);
    CHECK_MESSAGE(Has(b.Warnings, src + "/elsewhere: is a symbolic link, which is not followed"), b.Warnings);
    CHECK_FALSE(fs::exists(out));
    fs::remove(src + "/leak.txt");
    const Built ok = Build(src, out);
    REQUIRE_MESSAGE(ok.Ok, ok.Errors);
    CHECK(ok.Summary.Articles == 1); // nothing under elsewhere/ was imported
}

TEST_CASE("a rebuild keeps files it never wrote and removes those its manifest lists and it no longer writes") {
    const std::string src = kFolders.Fresh("own-src"), out = kFolders.Fresh("own-out") + "/bundle";
    Write(src + "/a.md", Markdown("A", "Text.\n"));
    Write(src + "/b.md", Markdown("B", "![p](p.png)\n"));
    Write(src + "/p.png", PngPicture(100, 80, 30)); // one rung: a WebP and a JPEG (and an AVIF)
    REQUIRE(Build(src, out).Ok);
    const std::string manifest = Read(out + "/folio-manifest.json");
    CHECK(Has(manifest, "\"folioManifest\": 2"));
    CHECK(ManifestLists(out, "articles/b.json"));
    CHECK(ManifestLists(out, "oembed/b.json.br"));
    const Photo p = FirstPhoto(out + "/articles/b.json");
    REQUIRE(p.Variants.size() == TypesPerRung());
    for (const ImageVariant& v : p.Variants) CHECK(Has(manifest, "\"" + FromArticles(v.Url) + "\""));
    // Files a person put there, with the names a build would use.
    for (const char* mine : {"articles/mine.json", "articles/mine.html", "oembed/mine.json", "feed-7.json", "media/notes.txt", "index.html"})
        Write(out + "/" + mine, "hand-made");
    fs::remove(src + "/b.md");
    const Built b = Build(src, out);
    REQUIRE_MESSAGE(b.Ok, b.Errors);
    CHECK(b.Summary.Removed == 3 * 3 + TypesPerRung()); // b's three files, their .gz and .br copies, its photo's variants
    for (const char* gone : {"articles/b.json", "articles/b.html", "oembed/b.json", "articles/b.json.gz", "oembed/b.json.br"})
        CHECK_FALSE(fs::exists(out + "/" + gone));
    for (const ImageVariant& v : p.Variants) CHECK_FALSE(fs::exists(out + "/" + FromArticles(v.Url)));
    for (const char* mine : {"articles/mine.json", "articles/mine.html", "oembed/mine.json", "feed-7.json", "media/notes.txt", "index.html"})
        CHECK_MESSAGE(Read(out + "/" + mine) == "hand-made", mine);
    CHECK_FALSE(ManifestLists(out, "articles/b.json"));
    CHECK(ManifestLists(out, "articles/a.json"));
    for (const char* mine : {"articles/mine.json", "oembed/mine.json", "feed-7.json", "media/notes.txt"})
        CHECK_FALSE_MESSAGE(ManifestLists(out, mine), mine);
}

TEST_CASE("a rebuild over a format-1 manifest (every path listed) removes what it lists and the build no longer writes") {
    const std::string src = kFolders.Fresh("format1-src"), out = kFolders.Fresh("format1-out");
    Write(src + "/a.md", Markdown("A", "Text.\n"));
    Write(src + "/b.md", Markdown("B", "Text.\n"));
    REQUIRE(Build(src, out).Ok);
    // As a build before format 2 left it: every path listed, b's oEmbed copies not (that build made none).
    Write(out + "/folio-manifest.json", R"({"folioManifest": 1, "generator": "folio-bundle", "files": [
        "articles/a.html", "articles/a.json", "articles/b.html", "articles/b.json", "feed.json", "oembed/a.json", "oembed/b.json"]})");
    fs::remove(src + "/b.md");
    const Built b = Build(src, out);
    REQUIRE_MESSAGE(b.Ok, b.Errors);
    CHECK(b.Summary.Removed == 3);
    for (const char* gone : {"articles/b.json", "articles/b.html", "oembed/b.json"}) CHECK_FALSE_MESSAGE(fs::exists(out + "/" + gone), gone);
    for (const char* kept : {"articles/b.json.gz", "oembed/b.json.br"}) CHECK_MESSAGE(fs::exists(out + "/" + kept), kept); // never listed
    CHECK(Has(Read(out + "/folio-manifest.json"), "\"folioManifest\": 2"));
    CHECK(ManifestLists(out, "articles/a.html.gz"));
    CHECK_FALSE(ManifestLists(out, "articles/b.json"));
}

TEST_CASE("a folder of other files without a manifest is refused unless forced; forced, nothing is removed") {
    const std::string src = kFolders.Fresh("foreign-src"), out = kFolders.Fresh("foreign-out");
    Write(src + "/a.md", Markdown("A", "Text.\n"));
    Write(out + "/articles/theirs.json", "theirs");
    Write(out + "/feed-2.json", "theirs");
    const Built refused = Build(src, out);
    CHECK_FALSE(refused.Ok);
    CHECK_MESSAGE(Has(refused.Errors, out + ": holds files but no folio-manifest.json"), refused.Errors);
    CHECK(Has(refused.Errors, "--force"));
    CHECK(Files(out) == std::vector<std::string>{"articles/theirs.json", "feed-2.json"});

    const Built forced = Build(src, out, UnknownFolder::BuildAnyway);
    REQUIRE_MESSAGE(forced.Ok, forced.Errors);
    CHECK(Read(out + "/articles/theirs.json") == "theirs");
    CHECK(Read(out + "/feed-2.json") == "theirs");
    CHECK(ManifestLists(out, "articles/a.json"));
    CHECK_FALSE(ManifestLists(out, "articles/theirs.json"));
    CHECK_FALSE(ManifestLists(out, "feed-2.json"));
    CHECK(Build(src, out).Ok); // from now on the folder has a manifest
    CHECK(Read(out + "/feed-2.json") == "theirs");

    // Listed with the sources' errors, so one run tells everything to fix.
    Write(src + "/b.md", "---\ntitle: B\ndate: someday\n---\nx\n");
    const std::string other = kFolders.Fresh("foreign-other");
    Write(other + "/x.json", "x");
    const Built both = Build(src, other);
    CHECK_MESSAGE(Has(both.Errors, "b.md: line 3: date \"someday\""), both.Errors);
    CHECK_MESSAGE(Has(both.Errors, other + ": holds files but no folio-manifest.json"), both.Errors);
}

TEST_CASE("a manifest listing a file a build never writes is refused, and that file is not removed") {
    const std::string src = kFolders.Fresh("hostile-src"), out = kFolders.Fresh("hostile-out");
    Write(src + "/a.md", Markdown("A", "Text.\n"));
    Write(out + "/index.html", "the site's own page");
    Write(out + "/folio-manifest.json", "{\"folioManifest\": 1, \"files\": [\"feed.json\", \"index.html\"]}");
    const Built b = Build(src, out);
    CHECK_FALSE(b.Ok);
    CHECK_MESSAGE(Has(b.Errors, "folio-manifest.json: $.files[1]: \"index.html\" is not a file folio-bundle build writes"), b.Errors);
    const Built forced = Build(src, out, UnknownFolder::BuildAnyway);
    REQUIRE_MESSAGE(forced.Ok, forced.Errors);
    CHECK(Has(forced.Warnings, "removing nothing"));
    CHECK(Read(out + "/index.html") == "the site's own page");
}

TEST_CASE("validate: each variant there, with the size and type the article file claims; a photo without alt text warns") {
    const std::string src = kFolders.Fresh("variants-src"), out = kFolders.Fresh("variants-out");
    Write(src + "/p.png", PngPicture(400, 300, 50)); // rungs 320 and 400, each WebP, JPEG (and AVIF)
    Write(src + "/a.md", Markdown("A", "![](p.png)\n"));
    REQUIRE(Build(src, out).Ok);
    const Photo p = FirstPhoto(out + "/articles/a.json");
    REQUIRE(p.Variants.size() == 2 * TypesPerRung());
    const auto check = [&](bool ok, std::vector<Error>* warnings = nullptr) {
        ValidateSummary v;
        std::vector<Error> problems;
        CHECK_MESSAGE(ValidateBundle(out, &v, &problems, warnings) == ok, Messages(problems));
        return Messages(problems);
    };
    std::vector<Error> warnings;
    check(true, &warnings);
    CHECK_MESSAGE(Has(Messages(warnings), "articles/a.json: $.body[0].alt: a photo without alt text"), Messages(warnings));

    const std::string webp = FromArticles(p.Variants[0].Url), jpeg = FromArticles(p.Variants[1].Url);
    const std::string webp_bytes = Read(out + "/" + webp), jpeg_bytes = Read(out + "/" + jpeg);
    fs::remove(out + "/" + webp);
    std::string m = check(false);
    CHECK_MESSAGE(Has(m, webp + ": missing (a variant of articles/a.json $.body[0].variants[0])"), m);

    Write(out + "/" + webp, webp_bytes + "x");
    m = check(false);
    CHECK_MESSAGE(Has(m, webp + ": holds " + std::to_string(webp_bytes.size() + 1) + " bytes, but articles/a.json "
                         "$.body[0].variants[0].bytes says " + std::to_string(webp_bytes.size())), m);

    Write(out + "/" + webp, jpeg_bytes);
    m = check(false);
    CHECK_MESSAGE(Has(m, webp + ": holds a jpg image, but articles/a.json $.body[0].variants[0].type says image/webp"), m);

    Write(out + "/" + webp, webp_bytes);
    check(true);
}

namespace {

// Story n of a desk that publishes one a day (story 1 on March 1st 2022).
std::string Story(int n) {
    return "---\nid: story-" + std::to_string(n) + "\ntitle: Story " + std::to_string(n) + "\ndate: 2022-03-" +
           (n < 10 ? "0" : "") + std::to_string(n) + "\n---\nThe text of story " + std::to_string(n) + ".\n";
}

// Every file of a bundle with its bytes, after setting each one's modification time to a day in 2001, so the next
// build's writes show in the times (whatever the clock and the file system's resolution) as well as in the bytes.
std::map<std::string, std::string> Snapshot(const std::string& dir) {
    std::map<std::string, std::string> files;
    for (const std::string& f : Files(dir)) {
        files[f] = Read(dir + "/" + f);
        fs::last_write_time(dir + "/" + f, fs::file_time_type::clock::now() - std::chrono::hours(24 * 365 * 25));
    }
    return files;
}

// The files a build changed since Snapshot: by modification time, checked against the bytes.
std::vector<std::string> Touched(const std::string& dir, const std::map<std::string, std::string>& before) {
    const auto old = fs::file_time_type::clock::now() - std::chrono::hours(24 * 365 * 20);
    std::vector<std::string> touched;
    for (const std::string& f : Files(dir)) {
        const bool written = fs::last_write_time(dir + "/" + f) > old;
        const auto was = before.find(f);
        CHECK_MESSAGE(written == (was == before.end() || was->second != Read(dir + "/" + f)), f);
        if (written) touched.push_back(f);
    }
    return touched;
}

} // namespace

TEST_CASE("adding the newest article rewrites only the index, and at a roll-over writes one new archive page") {
    BundleSite site;
    site.PageSize = 5;
    for (const int had : {12, 15}) { // 5 + 5 + 2 (the index not full), and 5 + 5 + 5 (the index full: it rolls over)
        CAPTURE(had);
        const std::string src = kFolders.Fresh("grow-src"), out = kFolders.Fresh("grow-out");
        for (int n = 1; n <= had; ++n) Write(src + "/story-" + std::to_string(n) + ".md", Story(n));
        const Built first = Build(src, out, UnknownFolder::Refuse, site);
        REQUIRE_MESSAGE(first.Ok, first.Errors);
        CHECK(first.Summary.Pages == 3);
        const std::map<std::string, std::string> before = Snapshot(out);

        const std::string added = "story-" + std::to_string(had + 1);
        Write(src + "/" + added + ".md", Story(had + 1));
        const Built grown = Build(src, out, UnknownFolder::Refuse, site);
        REQUIRE_MESSAGE(grown.Ok, grown.Errors);
        // The article's three files, the index and (at a roll-over) the page that was the index, each with its .gz
        // and .br copies, and the manifest.
        std::vector<std::string> expected = {"folio-manifest.json"};
        std::vector<std::string> changed = {"articles/" + added + ".html", "articles/" + added + ".json", "feed.json", "oembed/" + added + ".json"};
        if (had == 15) changed.push_back("feed-3.json"); // what the index held, now archived
        for (const std::string& f : changed)
            for (const char* ext : {"", ".gz", ".br"}) expected.push_back(f + ext);
        std::sort(expected.begin(), expected.end());
        // And the search index's delta: the root, its state and a segment of one article (its days, term shard,
        // positions and card), counted in the index's report.
        std::vector<std::string> touched = Touched(out, before), index;
        for (auto it = touched.begin(); it != touched.end();)
            if (it->compare(0, 7, "search/") == 0) index.push_back(*it), it = touched.erase(it);
            else ++it;
        CHECK(touched == expected);
        std::vector<std::string> reported = grown.Summary.Search.Written;
        std::sort(reported.begin(), reported.end());
        CHECK(index == reported);
        CHECK(index.size() == 6);
        CHECK_FALSE(grown.Summary.Search.Rewritten);
        CHECK(grown.Summary.Search.Documents == (size_t)had + 1);
        CHECK(grown.Summary.Written == expected.size());
        CHECK(grown.Summary.Removed == 0);
        CHECK(grown.Summary.Pages == (had == 15 ? 4u : 3u));
        if (had == 15) CHECK(Read(out + "/feed-3.json").find("\"newer_url\": \"feed-4.json\"") != std::string::npos);
        ValidateSummary v;
        std::vector<Error> problems;
        CHECK_MESSAGE(ValidateBundle(out, &v, &problems), Messages(problems));
        CHECK(v.Articles == (size_t)had + 1);
    }
}

TEST_CASE("a rebuild with another --viewer, or none, rewrites the snapshots (with their copies) and nothing else; each validates") {
    const std::string src = kFolders.Fresh("viewer-src"), out = kFolders.Fresh("viewer-out");
    for (int n = 1; n <= 3; ++n) Write(src + "/story-" + std::to_string(n) + ".md", Story(n));
    REQUIRE(Build(src, out).Ok);
    const std::string plain = Read(out + "/articles/story-1.html");
    std::vector<std::string> snapshots;
    for (int n = 1; n <= 3; ++n)
        for (const char* ext : {"", ".gz", ".br"}) snapshots.push_back("articles/story-" + std::to_string(n) + ".html" + ext);
    std::sort(snapshots.begin(), snapshots.end());
    BundleSite site;
    for (const char* viewer : {"..", "https://cdn.example.org/folio", ""}) {
        CAPTURE(viewer);
        site.Viewer = viewer;
        const std::map<std::string, std::string> before = Snapshot(out);
        const Built b = Build(src, out, UnknownFolder::Refuse, site);
        REQUIRE_MESSAGE(b.Ok, b.Errors);
        CHECK(Touched(out, before) == snapshots);
        CHECK(b.Summary.Written == snapshots.size());
        const std::string html = Read(out + "/articles/story-1.html");
        CHECK(Has(html, "article=\"story-1\"") == !site.Viewer.empty());
        if (site.Viewer == "..") CHECK(Has(html, "<script src=\"../../main.js\" async></script>"));
        if (site.Viewer.empty()) CHECK(html == plain); // back to the plain page, byte for byte
        ValidateSummary v;
        std::vector<Error> problems;
        CHECK_MESSAGE(ValidateBundle(out, &v, &problems), Messages(problems));
    }
}
