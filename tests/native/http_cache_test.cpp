// HttpCache on its own (copies kept and found by URL, a file that is not the URL's copy ignored, links never
// followed, the oldest copies trimmed past the bound) and under HttpFetcher against a loopback server: network
// first, the copy answering only when no server answers or one fails with 5xx, never for a 404.
#include "platform/native/http_cache.h"
#include "platform/native/http_fetch.h"
#include "loopback_server.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using folio::platform::HttpCache;
using folio::platform::HttpFetcher;
using folio::test::LoopbackServer;
using folio::test::Within;

namespace {

std::string TempDir() {
    char tmpl[] = "/tmp/folio-http-cache-XXXXXX";
    REQUIRE(mkdtemp(tmpl) != nullptr);
    return tmpl;
}

std::string Slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// The answer to one download of url.
folio::ui::FetchResult Download(HttpFetcher& fetcher, const std::string& url, uint64_t id) {
    fetcher.Start(id, url);
    std::vector<std::pair<uint64_t, folio::ui::FetchResult>> answers;
    REQUIRE(Within(30, [&] {
        for (auto& a : fetcher.TakeFinished()) answers.push_back(std::move(a));
        return !answers.empty();
    }));
    REQUIRE(answers[0].first == id);
    return std::move(answers[0].second);
}

} // namespace

TEST_CASE("http cache: a copy per URL, found only for its own URL") {
    const std::string dir = TempDir() + "/cache/folio"; // made (for this user only) at the first copy
    HttpCache cache;
    std::string body;
    CHECK_FALSE(cache.Store("https://example.org/feed.json", "x")); // no folder: nothing kept
    cache.SetDir(dir);
    CHECK_FALSE(cache.Load("https://example.org/feed.json", &body));
    REQUIRE(cache.Store("https://example.org/feed.json", "{\"items\":[]}"));
    REQUIRE(cache.Store("https://example.org/articles/a.json", std::string("\0binary\n", 8)));
    CHECK(cache.Load("https://example.org/feed.json", &body));
    CHECK(body == "{\"items\":[]}");
    CHECK(cache.Load("https://example.org/articles/a.json", &body));
    CHECK(body == std::string("\0binary\n", 8));
    CHECK_FALSE(cache.Load("https://example.org/articles/b.json", &body));
    struct stat st;
    REQUIRE(stat(dir.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0700);

    const std::string name = HttpCache::NameOf("https://example.org/feed.json");
    CHECK(name.size() == 5 + 64);
    CHECK(name.rfind("http/", 0) == 0);
    CHECK(name != HttpCache::NameOf("https://example.org/feed.json?"));

    // The file at a URL's name holding another URL (or cut short) answers nothing.
    { std::ofstream(dir + "/" + name, std::ios::binary | std::ios::trunc) << "folio-http-cache 1\nhttps://evil.example/\nbad"; }
    CHECK_FALSE(cache.Load("https://example.org/feed.json", &body));
    { std::ofstream(dir + "/" + name, std::ios::binary | std::ios::trunc) << "folio-http-cache 1\nhttps://example.org/fe"; }
    CHECK_FALSE(cache.Load("https://example.org/feed.json", &body));
}

TEST_CASE("http cache: a link at a copy's name is never followed, to read or to write") {
    const std::string dir = TempDir();
    const std::string outside = TempDir() + "/secret";
    { std::ofstream(outside) << "folio-http-cache 1\nhttps://example.org/x\nsecret"; }
    HttpCache cache;
    cache.SetDir(dir);
    REQUIRE(cache.Store("https://example.org/y", "y")); // makes http/
    const std::string at = dir + "/" + HttpCache::NameOf("https://example.org/x");
    REQUIRE(symlink(outside.c_str(), at.c_str()) == 0);
    std::string body;
    CHECK_FALSE(cache.Load("https://example.org/x", &body));
    REQUIRE(cache.Store("https://example.org/x", "fresh"));
    CHECK(Slurp(outside) == "folio-http-cache 1\nhttps://example.org/x\nsecret"); // untouched
    CHECK(cache.Load("https://example.org/x", &body));
    CHECK(body == "fresh");
}

TEST_CASE("http cache: past its bound the oldest copies go, the newest stay") {
    const std::string dir = TempDir();
    HttpCache cache;
    cache.SetDir(dir, 4000);
    const std::string kilobyte(1000, 'k');
    for (int i = 0; i < 6; ++i) {
        REQUIRE(cache.Store("https://example.org/" + std::to_string(i), kilobyte));
        usleep(20000); // distinct modification times
    }
    CHECK(cache.Bytes() <= 4000);
    std::string body;
    CHECK_FALSE(cache.Load("https://example.org/0", &body));
    CHECK(cache.Load("https://example.org/5", &body));
    CHECK(cache.Load("https://example.org/4", &body));
    // Another run counts what the folder holds before it adds.
    HttpCache again;
    again.SetDir(dir, 4000);
    REQUIRE(again.Store("https://example.org/6", kilobyte));
    CHECK(again.Bytes() > 1100);
    CHECK(again.Bytes() <= 4000);
}

TEST_CASE("downloads with a cache: network first, the copy when no server answers or it fails, never for a 404") {
    const std::string dir = TempDir();
    HttpCache cache;
    cache.SetDir(dir);
    HttpFetcher fetcher([] {});
    fetcher.SetCache(&cache);
    std::string feed, failing, missing;
    {
        auto server = std::make_unique<LoopbackServer>();
        server->Put("/feed.json", "v1");
        feed = server->Url("/feed.json");
        failing = server->Url("/status/503");
        missing = server->Url("/gone.json");
        CHECK(Download(fetcher, feed, 1).Body == "v1");
        server->Put("/feed.json", "v2");
        CHECK(Download(fetcher, feed, 2).Body == "v2"); // the network first, while it answers
        std::string body;
        CHECK(cache.Load(feed, &body));
        CHECK(body == "v2");

        REQUIRE(cache.Store(failing, "kept"));
        const folio::ui::FetchResult r503 = Download(fetcher, failing, 3);
        CHECK(r503.Ok);
        CHECK(r503.Body == "kept");
        REQUIRE(cache.Store(missing, "old"));
        const folio::ui::FetchResult r404 = Download(fetcher, missing, 4);
        CHECK_FALSE(r404.Ok);
        CHECK(r404.Error == "HTTP 404 Not Found");
    }
    // The server is gone: what was downloaded opens; what never was says why not.
    const folio::ui::FetchResult offline = Download(fetcher, feed, 5);
    CHECK(offline.Ok);
    CHECK(offline.Body == "v2");
    const std::string never = feed.substr(0, feed.rfind('/')) + "/never.json";
    const folio::ui::FetchResult none = Download(fetcher, never, 6);
    CHECK_FALSE(none.Ok);
    CHECK(none.Error.find("onnect") != std::string::npos); // "Couldn't connect to server (Connection refused)"
}
