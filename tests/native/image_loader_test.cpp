// ImageLoader: a path read by the reader it was given and an http(s) address downloaded from a server on loopback,
// both decoded to fit the box; a 404 answered with the server's status; a load cancelled (in its download or its
// read) never answered while the next is; only finished decodes wake the loop, not the download's bytes.
#include "platform/native/image_loader.h"
#include "loopback_server.h"
#include "test_images.h"

#include <doctest/doctest.h>

#include <atomic>
#include <map>
#include <string>
#include <vector>

using folio::platform::DecodedImage;
using folio::platform::ImageDecoder;
using folio::platform::ImageLoader;
using namespace folio::test;

namespace {

// A loader whose paths are read from `files` (the path's bytes, or "No such file or directory").
struct Fixture {
    std::map<std::string, std::string> Files;
    std::atomic<int> Wakes{0};
    ImageLoader Loader{[this] { ++Wakes; }, [this](const std::string& path) -> ImageDecoder::Reader {
                           auto it = Files.find(path);
                           const bool found = it != Files.end();
                           const std::string bytes = found ? it->second : std::string();
                           return [found, bytes] {
                               folio::ui::FetchResult r;
                               r.Ok = found;
                               if (found) r.Body = bytes;
                               else r.Error = "No such file or directory";
                               return r;
                           };
                       }};
    std::map<std::string, DecodedImage> Answers;

    void Load(const std::string& url, int w, int h) {
        Loader.Load(url, w, h, [this, url](DecodedImage&& d) { Answers[url] = std::move(d); });
    }
    bool Settle() { // answers everything asked for
        return Within(20, [&] { Loader.Deliver(); return !Loader.Busy(); });
    }
};

} // namespace

TEST_CASE("pictures load from a path and over http, each fitted to its box") {
    Fixture f;
    LoopbackServer server;
    Img img = RedBlue(300, 150);
    f.Files["bundle/media/a.png"] = Encode(img.P, ".png");
    server.Put("/media/b.jpg", Encode(img.P, ".jpg"));
    f.Load("bundle/media/a.png", 100, 100);
    f.Load(server.Url("/media/b.jpg"), 60, 60);
    REQUIRE(f.Settle());
    REQUIRE(f.Answers.size() == 2);
    const DecodedImage& a = f.Answers["bundle/media/a.png"];
    REQUIRE_MESSAGE(a.Ok, a.Error);
    CHECK(a.Width == 100);
    CHECK(a.Height == 50);
    const DecodedImage& b = f.Answers[server.Url("/media/b.jpg")];
    REQUIRE_MESSAGE(b.Ok, b.Error);
    CHECK(b.Width == 60);
    CHECK(b.Height == 30);
    CHECK(f.Wakes == 2); // one for each decode; the download's bytes woke nothing
}

TEST_CASE("a picture the server does not have, or a path that is not there, is answered with why") {
    Fixture f;
    LoopbackServer server;
    f.Load(server.Url("/media/missing.jpg"), 100, 100);
    f.Load("bundle/media/missing.jpg", 100, 100);
    REQUIRE(f.Settle());
    const DecodedImage& http = f.Answers[server.Url("/media/missing.jpg")];
    CHECK_FALSE(http.Ok);
    CHECK_MESSAGE(http.Error.find("404") != std::string::npos, http.Error);
    const DecodedImage& file = f.Answers["bundle/media/missing.jpg"];
    CHECK_FALSE(file.Ok);
    CHECK(file.Error == "No such file or directory");
}

TEST_CASE("a cancelled load is never answered, downloading or queued, and the next one is") {
    Fixture f;
    LoopbackServer server;
    Img img = RedBlue(40, 20);
    f.Files["a.png"] = Encode(img.P, ".png");
    f.Files["b.png"] = f.Files["a.png"];
    f.Load(server.Url("/hang/photo.jpg"), 100, 100);
    f.Load("a.png", 100, 100);
    REQUIRE(Within(20, [&] { return server.Requested("/hang/photo.jpg"); }));
    f.Loader.Cancel(server.Url("/hang/photo.jpg"));
    f.Loader.Cancel("a.png");
    f.Load("b.png", 100, 100);
    REQUIRE(f.Settle());
    CHECK(f.Answers.size() == 1);
    CHECK(f.Answers.count("b.png") == 1);
    CHECK(Within(20, [&] { return server.HungUp("/hang/photo.jpg"); })); // the download was stopped
}
