// Tests of cli/media_cache.cpp and cli/photo_place.cpp through the build: a rebuild encodes no unchanged photo (the
// build's count of libvips runs), changed bytes are encoded again, a cache made under other encoder settings or one
// whose files no longer hash to their names is not trusted, an entry naming a file outside media/ is never read, one
// naming a file the manifest does not list never adopts it, and the cache of twelve thousand photos is read whole.
#include "cli/bundle_build.h"
#include "cli/bundle_manifest.h"
#include "cli/media.h"
#include "cli/media_cache.h"
#include "model/article_json.h"

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

const TempFolders kFolders("folio-media-cache-test");

struct Built {
    bool Ok = false;
    BuildSummary Summary;
    std::string Errors;
};

Built Build(const std::string& src, const std::string& out) {
    Built b;
    std::vector<Error> warnings, errors;
    b.Ok = BuildBundle(src, out, BundleSite{}, ImportOptions{}, UnknownFolder::Refuse, &b.Summary, &warnings, &errors);
    b.Errors = Messages(errors);
    return b;
}

std::string Markdown(const std::string& title, const std::string& body) {
    return "---\ntitle: " + title + "\ndate: 2022-03-01\n---\n" + body;
}

Article Parsed(const std::string& path) {
    Article a;
    Error e;
    REQUIRE_MESSAGE(ParseArticle(Read(path), path, &a, &e), e.Message());
    return a;
}

// Two articles, three different photos (one of them used twice).
void WriteSources(const std::string& src) {
    Write(src + "/one.png", PngPicture(700, 400, 10));
    Write(src + "/two.png", PngPicture(500, 300, 20));
    Write(src + "/three.png", PngPicture(400, 400, 30));
    Write(src + "/a.md", Markdown("A", "![a](one.png)\n\n![b](two.png)\n"));
    Write(src + "/b.md", Markdown("B", "![c](three.png)\n\n![d](one.png)\n"));
}

std::string Sha(const std::string& path) { return Sha256Hex(Read(path)); }

// What the manifest of the build in `out` lists besides articles and pages: the media files.
std::set<std::string> Listed(const std::string& out) {
    ManifestList files;
    Error e;
    REQUIRE_MESSAGE(ParseManifest(Read(out + "/" + kManifestPath), kManifestPath, &files, &e), e.Message());
    return files.Other;
}

} // namespace

TEST_CASE("a rebuild encodes no unchanged photo; changed bytes are encoded again, and only they") {
    const std::string src = kFolders.Fresh("rebuild-src"), out = kFolders.Fresh("rebuild-out");
    WriteSources(src);
    const Built first = Build(src, out);
    REQUIRE_MESSAGE(first.Ok, first.Errors);
    const std::string a_json = Read(out + "/articles/a.json");
    CHECK(first.Summary.PhotosEncoded == 3);
    CHECK(first.Summary.PhotosReused == 0);
    CHECK(fs::is_regular_file(out + "/" + kMediaCachePath));

    const Built again = Build(src, out);
    REQUIRE_MESSAGE(again.Ok, again.Errors);
    CHECK(again.Summary.PhotosEncoded == 0); // libvips never ran
    CHECK(again.Summary.PhotosReused == 3);
    CHECK(again.Summary.Written == 0);
    CHECK(Read(out + "/articles/a.json") == a_json); // the cache describes the photos as the encoder did
    const Article before = Parsed(out + "/articles/b.json");

    Write(src + "/three.png", PngPicture(400, 400, 31));
    const Built changed = Build(src, out);
    REQUIRE_MESSAGE(changed.Ok, changed.Errors);
    CHECK(changed.Summary.PhotosEncoded == 1);
    CHECK(changed.Summary.PhotosReused == 2);
    const Article after = Parsed(out + "/articles/b.json");
    CHECK(after.Body[0].Image.Src != before.Body[0].Image.Src);
    CHECK(after.Body[1].Image.Src == before.Body[1].Image.Src);
    // The old photo's variants are no longer this build's: removed, as the manifest allows.
    CHECK_FALSE(fs::exists(out + "/" + before.Body[0].Image.Src.substr(3)));
    CHECK(fs::exists(out + "/" + after.Body[0].Image.Src.substr(3)));
}

TEST_CASE("a cache of other encoder settings, or whose files no longer hash to their names, is not trusted") {
    const std::string src = kFolders.Fresh("stale-src"), out = kFolders.Fresh("stale-out");
    WriteSources(src);
    REQUIRE(Build(src, out).Ok);
    const std::string one = Sha(src + "/one.png");

    EncodedPhoto found;
    MediaCache same(PhotoEncoderSettings());
    same.Load(out, Listed(out));
    CHECK(same.Find(one, &found));
    CHECK(found.Width == 700);
    CHECK(found.Variants.size() == 3 * TypesPerRung());
    MediaCache other_ladder(PhotoEncoderSettings() + "; ladder 480");
    other_ladder.Load(out, Listed(out));
    CHECK_FALSE(other_ladder.Find(one, &found));

    // A variant file altered (same size, other bytes): its photo is encoded again and the file made right.
    const std::string victim = out + "/" + found.Variants[0].Path;
    std::string bytes = Read(victim);
    bytes[bytes.size() / 2] ^= 0x55;
    Write(victim, bytes);
    MediaCache after_edit(PhotoEncoderSettings());
    after_edit.Load(out, Listed(out));
    CHECK_FALSE(after_edit.Find(one, &found));
    const Built rebuilt = Build(src, out);
    REQUIRE_MESSAGE(rebuilt.Ok, rebuilt.Errors);
    CHECK(rebuilt.Summary.PhotosEncoded == 1);
    CHECK(rebuilt.Summary.PhotosReused == 2);
    CHECK(MediaPathOf(Read(victim), "webp") == found.Variants[0].Path);
}

TEST_CASE("a cache entry naming a file outside media/, or a planted cache, vouches for nothing") {
    const std::string src = kFolders.Fresh("planted-src"), out = kFolders.Fresh("planted-out");
    Write(src + "/one.png", PngPicture(300, 200, 40));
    Write(src + "/a.md", Markdown("A", "![a](one.png)\n"));
    REQUIRE(Build(src, out).Ok);
    const std::string one = Sha(src + "/one.png");
    const std::string feed = Read(out + "/feed.json");
    Write(out + "/" + kMediaCachePath,
          "{\"folioMediaCache\": 1, \"settings\": \"" + PhotoEncoderSettings() + "\", \"photos\": [{\"source\": \"" + one +
              "\", \"width\": 300, \"height\": 200, \"variants\": [{\"path\": \"feed.json\", \"type\": \"json\", \"width\": 300, "
              "\"height\": 200, \"bytes\": " + std::to_string(feed.size()) + "}]}]}");
    EncodedPhoto found;
    MediaCache cache(PhotoEncoderSettings());
    cache.Load(out, Listed(out));
    CHECK_FALSE(cache.Find(one, &found));
    const Built b = Build(src, out);
    REQUIRE_MESSAGE(b.Ok, b.Errors);
    CHECK(b.Summary.PhotosEncoded == 1);
    CHECK(Parsed(out + "/articles/a.json").Body[0].Image.Variants.size() == TypesPerRung()); // 300 pixels: one rung

    Write(out + "/" + kMediaCachePath, "{ not json");
    const Built broken = Build(src, out);
    REQUIRE_MESSAGE(broken.Ok, broken.Errors); // a broken cache is an empty one, not an error
    CHECK(broken.Summary.PhotosEncoded == 1);
}

TEST_CASE("a photo libvips cannot decode stops the build after the others' variants are written, listed and cached; its article is not written") {
    const std::string src = kFolders.Fresh("partial-src"), out = kFolders.Fresh("partial-out");
    WriteSources(src);
    const std::string good = Read(src + "/three.png");
    Write(src + "/three.png", good.substr(0, good.size() / 2));
    const Built failed = Build(src, out);
    CHECK_FALSE(failed.Ok);
    CHECK_MESSAGE(failed.Errors.find(src + "/b.md: line 5: photo \"three.png\": " + src + "/three.png: ") != std::string::npos, failed.Errors);
    CHECK(failed.Summary.PhotosEncoded == 2);
    // No article refers to a photo that is not there: b's is not written (a's, whose photos are placed, may be).
    CHECK_FALSE(fs::exists(out + "/articles/b.json"));
    CHECK_FALSE(fs::exists(out + "/articles/b.html"));
    CHECK_FALSE(fs::exists(out + "/feed.json")); // no page lists articles while some are missing
    // Every file written is listed by the manifest, so a later build may remove it.
    const std::string manifest = Read(out + "/folio-manifest.json");
    ManifestList listed;
    Error unread;
    REQUIRE_MESSAGE(ParseManifest(manifest, kManifestPath, &listed, &unread), unread.Message());
    for (const auto& e : fs::directory_iterator(out + "/articles"))
        CHECK_MESSAGE(listed.Lists("articles/" + e.path().filename().string()), e.path());
    size_t media = 0;
    for (const auto& e : fs::directory_iterator(out + "/media")) {
        ++media;
        CHECK_MESSAGE(manifest.find("media/" + e.path().filename().string()) != std::string::npos, e.path());
    }
    CHECK(media == (3 + 2) * TypesPerRung()); // one.png (700 px: 320, 640, 700) and two.png (500 px: 320, 500)

    Write(src + "/three.png", good);
    const Built fixed = Build(src, out);
    REQUIRE_MESSAGE(fixed.Ok, fixed.Errors);
    CHECK(fixed.Summary.PhotosEncoded == 1); // only the photo that failed
    CHECK(fixed.Summary.PhotosReused == 2);
}

TEST_CASE("a cache vouches only for files the previous build's manifest lists: a hand-made file is never adopted") {
    const std::string src = kFolders.Fresh("unlisted-src"), out = kFolders.Fresh("unlisted-out");
    Write(src + "/one.png", PngPicture(300, 200, 50));
    Write(src + "/a.md", Markdown("A", "![a](one.png)\n"));
    REQUIRE(Build(src, out).Ok);
    // A file put in media/ by hand, named as a build would name it, and a cache edited to claim it for one.png.
    const std::string hand = "a publisher's own file", path = MediaPathOf(hand, "webp");
    Write(out + "/" + path, hand);
    Write(out + "/" + kMediaCachePath,
          "{\"folioMediaCache\": 1, \"settings\": \"" + PhotoEncoderSettings() + "\", \"photos\": [{\"source\": \"" +
              Sha(src + "/one.png") + "\", \"width\": 300, \"height\": 200, \"variants\": [{\"path\": \"" + path +
              "\", \"type\": \"webp\", \"width\": 300, \"height\": 200, \"bytes\": " + std::to_string(hand.size()) + "}]}]}");
    const Built b = Build(src, out);
    REQUIRE_MESSAGE(b.Ok, b.Errors);
    CHECK(b.Summary.PhotosEncoded == 1);
    CHECK(Read(out + "/folio-manifest.json").find(path) == std::string::npos);
    // So a build without the photo leaves the file alone.
    Write(src + "/a.md", Markdown("A", "No photo now.\n"));
    REQUIRE(Build(src, out).Ok);
    CHECK(Read(out + "/" + path) == hand);
}

TEST_CASE("the cache of a long-lived bundle's thousands of photos is read back whole") {
    const std::string src = kFolders.Fresh("large-src"), out = kFolders.Fresh("large-out");
    Write(src + "/one.png", PngPicture(300, 200, 60));
    Write(src + "/a.md", Markdown("A", "![a](one.png)\n"));
    REQUIRE(Build(src, out).Ok);
    const Photo placed = Parsed(out + "/articles/a.json").Body[0].Image;
    EncodedPhoto real{placed.Width, placed.Height, placed.Placeholder, {}};
    for (const ImageVariant& v : placed.Variants) {
        PhotoVariant pv;
        pv.Path = v.Url.substr(3); // "../media/…" from articles/
        pv.Type = pv.Path.substr(pv.Path.rfind('.') + 1);
        pv.Width = v.Width;
        pv.Height = v.Height;
        pv.Size = (size_t)v.Bytes;
        real.Variants.push_back(pv);
    }
    // 12,000 photos of a full ladder in three types: 180,000 variants, a manifest of under 9 MB (its bound is 16).
    MediaCache large(PhotoEncoderSettings());
    large.Put(Sha(src + "/one.png"), real);
    for (int i = 0; i < 12000; ++i) {
        EncodedPhoto p{1920, 1280, placed.Placeholder, {}};
        for (int width : kPhotoLadder)
            for (const char* type : {"webp", "jpg", "avif"}) {
                PhotoVariant v;
                v.Type = type;
                v.Path = MediaPathOf(std::to_string(i) + type + std::to_string(width), type);
                v.Width = width;
                v.Height = width * 2 / 3;
                v.Size = 100000 + (size_t)width;
                p.Variants.push_back(v);
            }
        large.Put(Sha256Hex("photo " + std::to_string(i)), p);
    }
    Write(out + "/" + kMediaCachePath, large.Json());
    const Built b = Build(src, out);
    REQUIRE_MESSAGE(b.Ok, b.Errors);
    CHECK(b.Summary.PhotosEncoded == 0);
    CHECK(b.Summary.PhotosReused == 1);
}
