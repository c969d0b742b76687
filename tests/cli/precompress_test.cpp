// Tests of cli/precompress.cpp: the .gz and .br copies a build writes beside its JSON and HTML files, that they
// hold the same bytes (the gzip one checked by gzip(1) itself, not by this code's decoder), that they are the
// same bytes every time, when they are written, and that validate finds a stale or damaged one.
#include "cli/bundle_build.h"
#include "cli/bundle_layout.h"
#include "cli/bundle_validate.h"
#include "cli/precompress.h"

#include "test_files.h"

#include <doctest/doctest.h>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;
using namespace folio;
using namespace folio::cli;
using namespace folio::test;

namespace {

const TempFolders kFolders("folio-precompress-test");

std::string Sample() {
    std::string s;
    for (int i = 0; i < 400; ++i) s += "{\"headline\": \"Peace treaty talks are impossible, said Galuzin " + std::to_string(i) + "\"},\n";
    return s;
}

} // namespace

TEST_CASE("the JSON and HTML files a build writes get copies; its records, media and copies do not") {
    for (const char* rel : {"feed.json", "feed-7.json", "articles/a.json", "articles/a.html", "oembed/a.json"})
        CHECK_MESSAGE(Precompressed(rel), rel);
    for (const char* rel : {"folio-manifest.json", "folio-media.json", "articles/a.json.gz", "articles/a.html.br", "notes.json",
                            "articles/../x.json", "media/0123456789abcdef0123456789abcdef.jpg"})
        CHECK_MESSAGE(!Precompressed(rel), rel);
    CHECK(IsBuildOutputPath("articles/a.json.gz"));
    CHECK(IsBuildOutputPath("feed.json.br"));
    CHECK_FALSE(IsBuildOutputPath("articles/a.json.gz.gz"));
    CHECK_FALSE(IsBuildOutputPath("notes.json.gz"));
    CHECK_FALSE(IsBuildOutputPath("media/0123456789abcdef0123456789abcdef.jpg.gz"));
    CHECK(WithCopies("feed.json") == std::vector<std::string>{"feed.json.gz", "feed.json.br", "feed.json"});
    CHECK(WithCopies("media/0123456789abcdef0123456789abcdef.jpg") == std::vector<std::string>{"media/0123456789abcdef0123456789abcdef.jpg"});
}

TEST_CASE("both copies hold the same bytes, smaller, and the same bytes every time") {
    const std::string bytes = Sample();
    const std::string gz = GzipBytes(bytes), br = BrotliBytes(bytes, kBrotliQuality);
    REQUIRE_FALSE(gz.empty());
    REQUIRE_FALSE(br.empty());
    CHECK(gz.size() < bytes.size() / 5);
    CHECK(br.size() < gz.size());
    CHECK(GzipBytes(bytes) == gz);
    CHECK(BrotliBytes(bytes, kBrotliQuality) == br);
    const std::string best = BrotliBytes(bytes, kBrotliBestQuality);
    CHECK(best.size() <= br.size());
    std::string unpacked, reason;
    CHECK(Decompress(".br", best, bytes.size(), &unpacked, &reason));
    CHECK(unpacked == bytes);
    CHECK(BrotliQualityFor("feed.json") == kBrotliBestQuality);
    CHECK(BrotliQualityFor("feed-3.json") == kBrotliQuality);
    CHECK((unsigned char)gz[0] == 0x1f);
    CHECK(gz.substr(4, 4) == std::string(4, '\0')); // no modification time in the header
    std::string back, why;
    CHECK(Decompress(".gz", gz, bytes.size(), &back, &why));
    CHECK(back == bytes);
    CHECK(Decompress(".br", br, bytes.size(), &back, &why));
    CHECK(back == bytes);
    // gzip(1) reads the copy as the file: a decoder other than this code's agrees.
    const std::string dir = kFolders.Fresh("gzip");
    Write(dir + "/x.json.gz", gz);
    REQUIRE(std::system(("gzip -dc '" + dir + "/x.json.gz' > '" + dir + "/x.json'").c_str()) == 0);
    CHECK(Read(dir + "/x.json") == bytes);
}

TEST_CASE("a damaged, truncated, trailing or oversized copy is refused with the reason") {
    const std::string bytes = Sample();
    const std::string gz = GzipBytes(bytes), br = BrotliBytes(bytes, kBrotliQuality);
    std::string out, why;
    CHECK_FALSE(Decompress(".gz", gz.substr(0, gz.size() / 2), 1 << 20, &out, &why));
    CHECK(why == "is not a whole gzip stream");
    why.clear();
    CHECK_FALSE(Decompress(".br", br.substr(0, br.size() / 2), 1 << 20, &out, &why));
    CHECK(why == "is not a whole brotli stream");
    why.clear();
    CHECK_FALSE(Decompress(".gz", gz + "junk", 1 << 20, &out, &why));
    CHECK(why == "holds bytes after its gzip stream");
    why.clear();
    CHECK_FALSE(Decompress(".br", br, 100, &out, &why));
    CHECK(why == "decompresses to more than 100 bytes");
    why.clear();
    CHECK_FALSE(Decompress(".gz", gz, 100, &out, &why));
    CHECK(why == "decompresses to more than 100 bytes");
    why.clear();
    CHECK_FALSE(Decompress(".br", "\xff\xff\xff\xff", 1 << 20, &out, &why));
    CHECK(why == "is not a whole brotli stream");
}

TEST_CASE("copies are written before their file, and an unchanged file with both copies is not compressed again") {
    const std::string dir = kFolders.Fresh("write");
    WriteCount count;
    Error e;
    REQUIRE(WriteWithCopies(dir, "articles/a.json", "{\"a\": 1}", &count, &e));
    CHECK(count.Written == 3);
    CHECK(Read(dir + "/articles/a.json") == "{\"a\": 1}");
    CHECK(fs::exists(dir + "/articles/a.json.gz"));
    CHECK(fs::exists(dir + "/articles/a.json.br"));
    // Unchanged: nothing written (the copies are trusted: a copy is always written before its file).
    Write(dir + "/articles/a.json.br", "left alone");
    count = {};
    REQUIRE(WriteWithCopies(dir, "articles/a.json", "{\"a\": 1}", &count, &e));
    CHECK(count.Written == 0);
    CHECK(count.Unchanged == 3);
    CHECK(Read(dir + "/articles/a.json.br") == "left alone");
    // A copy gone: both made again (the one still there is compared, and left when the same).
    fs::remove(dir + "/articles/a.json.gz");
    count = {};
    REQUIRE(WriteWithCopies(dir, "articles/a.json", "{\"a\": 1}", &count, &e));
    CHECK(count.Written == 2);
    CHECK(count.Unchanged == 1);
    std::string back, why;
    CHECK(Decompress(".br", Read(dir + "/articles/a.json.br"), 100, &back, &why));
    CHECK(back == "{\"a\": 1}");
    // Changed: all three written. A file that gets no copies is written alone.
    count = {};
    REQUIRE(WriteWithCopies(dir, "articles/a.json", "{\"a\": 2}", &count, &e));
    CHECK(count.Written == 3);
    count = {};
    REQUIRE(WriteWithCopies(dir, "folio-media.json", "{}", &count, &e));
    CHECK(count.Written == 1);
    CHECK_FALSE(fs::exists(dir + "/folio-media.json.gz"));
}

TEST_CASE("a build writes the copies and validate refuses a stale or damaged one, naming it") {
    const std::string src = kFolders.Fresh("src"), out = kFolders.Fresh("out") + "/bundle";
    Write(src + "/a.md", "---\ntitle: A\ndate: 2022-03-01\n---\nText of A.\n");
    BuildSummary s;
    std::vector<Error> warnings, errors, problems;
    REQUIRE(BuildBundle(src, out, BundleSite{}, ImportOptions{}, UnknownFolder::Refuse, &s, &warnings, &errors));
    for (const char* f : {"feed.json", "articles/a.json", "articles/a.html", "oembed/a.json"})
        for (const char* ext : {".gz", ".br"}) {
            std::string back, why;
            CHECK_MESSAGE(Decompress(ext, Read(out + "/" + f + ext), 1 << 20, &back, &why), f, ext);
            CHECK(back == Read(out + "/" + f));
        }
    ValidateSummary v;
    CHECK(ValidateBundle(out, &v, &problems));
    Write(out + "/articles/a.json.gz", GzipBytes("{\"older\": true}"));
    Write(out + "/feed.json.br", "not brotli");
    CHECK_FALSE(ValidateBundle(out, &v, &problems));
    const std::string all = [&] { std::string t; for (const Error& e : problems) t += e.Message() + "\n"; return t; }();
    CHECK(all.find("articles/a.json.gz: is not a copy of articles/a.json as it is now") != std::string::npos);
    CHECK(all.find("feed.json.br: is not a whole brotli stream") != std::string::npos);
    // A build trusts the copies it wrote (validate is what finds a stale one); a copy removed is written again.
    fs::remove(out + "/articles/a.json.gz");
    REQUIRE(BuildBundle(src, out, BundleSite{}, ImportOptions{}, UnknownFolder::Refuse, &s, &warnings, &errors));
    std::string back, why;
    CHECK(Decompress(".gz", Read(out + "/articles/a.json.gz"), 1 << 20, &back, &why));
    CHECK(back == Read(out + "/articles/a.json"));
}
