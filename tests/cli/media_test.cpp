// Tests of cli/media.cpp: image kinds by magic bytes and by name, SHA-256 names, and FindPhoto's refusals (outside
// the source folder, through a symbolic link, missing, no image, an extension that is not what the bytes are).
#include "cli/bundle_layout.h"
#include "cli/media.h"

#include "test_files.h"

#include <doctest/doctest.h>
#include <filesystem>

namespace fs = std::filesystem;
using namespace folio::cli;
using namespace folio::test;

namespace {

const TempFolders kFolders("folio-media-test");

const std::string kPng = std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) + "one";
const std::string kJpeg = "\xFF\xD8\xFF\xE0" "JFIF";
const std::string kGif = "GIF89a" "\x01\x00\x01\x00";
const std::string kWebp = std::string("RIFF\x10\0\0\0WEBPVP8 ", 16);
const std::string kAvif = std::string("\0\0\0\x1C" "ftyp" "avif" "\0\0\0\0" "avifmif1miaf", 28);
const std::string kHeifWithAvif = std::string("\0\0\0\x18" "ftyp" "mif1" "\0\0\0\0" "miafavif", 24);
const std::string kHeic = std::string("\0\0\0\x18" "ftyp" "heic" "\0\0\0\0" "mif1heic", 24);

} // namespace

TEST_CASE("ImageKindOf reads the magic bytes of JPEG, PNG, GIF, WebP and AVIF, and nothing else") {
    CHECK(ImageKindOf(kJpeg) == "jpg");
    CHECK(ImageKindOf(kPng) == "png");
    CHECK(ImageKindOf(kGif) == "gif");
    CHECK(ImageKindOf(kWebp) == "webp");
    CHECK(ImageKindOf(kAvif) == "avif");
    CHECK(ImageKindOf(kHeifWithAvif) == "avif"); // a compatible brand says AVIF
    CHECK(ImageKindOf(kHeic) == "");
    CHECK(ImageKindOf("<!doctype html><script>alert(1)</script>") == "");
    CHECK(ImageKindOf("{\"id\": \"a\"}") == "");
    CHECK(ImageKindOf("") == "");
    CHECK(ImageKindOf("\x89PNG") == ""); // cut short
    CHECK(ImageKindOf(std::string("RIFF\x10\0\0\0WAVE", 12)) == "");
    CHECK(ImageKindOf(std::string("\0\0\0\x40" "ftypavif", 12)) == ""); // a box longer than the file
}

TEST_CASE("ImageKindNamed takes the known extensions in any case") {
    CHECK(ImageKindNamed("a.jpg") == "jpg");
    CHECK(ImageKindNamed("img/A.JPEG") == "jpg");
    CHECK(ImageKindNamed("x.Png") == "png");
    CHECK(ImageKindNamed("x.gif") == "gif");
    CHECK(ImageKindNamed("x.webp") == "webp");
    CHECK(ImageKindNamed("x.avif") == "avif");
    CHECK(ImageKindNamed("a.html") == "");
    CHECK(ImageKindNamed("a.json") == "");
    CHECK(ImageKindNamed("png") == "");
    CHECK(ImageKindNamed("a.png.html") == "");
}

TEST_CASE("Sha256Hex is SHA-256 and media paths are 32 of its hex digits under media/") {
    CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"); // FIPS 180-2 B.1
    CHECK(Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(MediaPathOf("abc", "png") == "media/ba7816bf8f01cfea414140de5dae2223.png");
    CHECK(IsBuildOutputPath(MediaPathOf(kJpeg, "jpg")));
}

TEST_CASE("FindPhoto: a photo inside the source folder, resolved against its source, named by its bytes") {
    const std::string src = kFolders.Fresh("inside");
    Write(src + "/guides/img/cat.png", kPng);
    Write(src + "/guides/my cat.jpg", kJpeg);
    MediaFile m;
    std::string why, bytes;
    REQUIRE_MESSAGE(FindPhoto(src, "guides/a.md", "img/cat.png", &m, &why, &bytes), why);
    CHECK(m.Source == "guides/img/cat.png");
    CHECK(m.Path == MediaPathOf(kPng, "png"));
    CHECK(bytes == kPng);
    REQUIRE_MESSAGE(FindPhoto(src, "guides/a.md", "my%20cat.jpg", &m, &why), why); // a URL's escapes name the file
    CHECK(m.Source == "guides/my cat.jpg");
    REQUIRE_MESSAGE(FindPhoto(src, "guides/deeper/b.md", "../img/cat.png", &m, &why), why); // climbs, but stays inside
    CHECK(m.Source == "guides/img/cat.png");
}

TEST_CASE("FindPhoto refuses what is not an image file inside the source folder, saying why") {
    const std::string root = kFolders.Fresh("refusals");
    const std::string src = root + "/src";
    Write(root + "/outside.png", kPng);
    Write(src + "/a.html", "<!doctype html><script>alert(1)</script>");
    Write(src + "/a.json", "{}");
    Write(src + "/fake.png", "<script>alert(1)</script>");
    Write(src + "/really-a-jpeg.png", kJpeg);
    Write(src + "/real.png", kPng);
    fs::create_symlink(root + "/outside.png", src + "/linked.png");
    fs::create_directories(src + "/dir.png");
    fs::create_directory_symlink(root, src + "/up");
    const auto refused = [&](const std::string& ref, const std::string& expected) {
        MediaFile m;
        std::string why;
        CAPTURE(ref);
        CHECK_FALSE(FindPhoto(src, "a.md", ref, &m, &why));
        CHECK_MESSAGE(why.find(expected) != std::string::npos, "expected \"" << expected << "\" in: " << why);
    };
    refused("a.html", "is not named as an image");
    refused("a.json", "is not named as an image");
    refused("fake.png", "is not an image (its bytes are no JPEG, PNG, GIF, WebP or AVIF)");
    refused("really-a-jpeg.png", "holds a jpg image, not the png its name says");
    refused("../outside.png", "is outside the source folder");
    refused("/etc/passwd.png", "is outside the source folder");
    refused("sub/../../outside.png", "is outside the source folder");
    refused("%2e%2e/outside.png", "climbs out");
    refused("linked.png", "is a symbolic link, which is not followed");
    refused("up/outside.png", "is a symbolic link, which is not followed");
    refused("missing.png", "No such file or directory");
    refused("dir.png", "is a folder");
    refused("real.png?v=2", "has a query");
    refused("a%00.png", "percent-escape");
    refused("back\\slash.png", "backslash");
}
