// HttpFetcher against a small HTTP server on loopback, run by the test itself: a download cancelled in flight is
// stopped (the server sees its client hang up), one cancelled in the queue is never requested, neither is
// answered, and the download after them is answered without waiting for either.
#include "platform/native/http_fetch.h"
#include "loopback_server.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using folio::platform::HttpFetcher;
using folio::test::LoopbackServer;
using folio::test::Within;

TEST_CASE("downloads: cancelled ones are stopped in flight and leave the queue; the next waits for neither") {
    LoopbackServer server;
    HttpFetcher fetcher([] {});
    fetcher.Start(1, server.Url("/hang/in-flight"));
    REQUIRE(Within(20, [&] { return fetcher.Current().Bytes > 0; })); // half its answer came; the rest never will
    fetcher.Start(2, server.Url("/hang/queued"));
    fetcher.Start(3, server.Url("/fast"));
    fetcher.Cancel(2);
    fetcher.Cancel(1);
    CHECK(fetcher.Current().Url.empty()); // the loading view stops showing it at once
    std::vector<std::pair<uint64_t, folio::ui::FetchResult>> answers;
    REQUIRE(Within(20, [&] {
        for (auto& a : fetcher.TakeFinished()) answers.push_back(std::move(a));
        return !answers.empty();
    }));
    REQUIRE(answers.size() == 1); // not the cancelled ones: they are never answered
    CHECK(answers[0].first == 3);
    CHECK(answers[0].second.Ok);
    CHECK(answers[0].second.Body == "fast");
    CHECK(Within(20, [&] { return server.HungUp("/hang/in-flight"); }));
    CHECK_FALSE(server.Requested("/hang/queued"));
}

TEST_CASE("downloads: cancelling what is not there changes nothing") {
    LoopbackServer server;
    HttpFetcher fetcher([] {});
    fetcher.Cancel(7);
    fetcher.Start(1, server.Url("/fast"));
    fetcher.Cancel(2);
    std::vector<std::pair<uint64_t, folio::ui::FetchResult>> answers;
    REQUIRE(Within(20, [&] {
        for (auto& a : fetcher.TakeFinished()) answers.push_back(std::move(a));
        return !answers.empty();
    }));
    CHECK(answers[0].first == 1);
    CHECK(answers[0].second.Body == "fast");
}
