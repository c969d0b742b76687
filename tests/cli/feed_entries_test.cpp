// Tests of cli/feed_dates.cpp and cli/feed_entries.cpp's ids: the dates feeds write, to RFC 3339; feed items' ids,
// readable, stable and valid whatever the title's script.
#include "cli/feed_dates.h"
#include "cli/feed_entries.h"
#include "cli/item_refs.h"
#include "model/limits.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::cli;

TEST_CASE("RFC 822 dates, with and without the weekday, in every named zone") {
    CHECK(Rfc822ToRfc3339("Tue, 10 Jun 2003 04:00:00 GMT") == "2003-06-10T04:00:00Z");
    CHECK(Rfc822ToRfc3339("10 Jun 2003 04:00:00 GMT") == "2003-06-10T04:00:00Z");
    CHECK(Rfc822ToRfc3339("Sat, 7 Mar 2026 9:05:00 +0300").empty()); // one-digit hour: not RFC 822
    CHECK(Rfc822ToRfc3339("Sat, 7 Mar 2026 09:05 +0300") == "2026-03-07T09:05:00+03:00");
    CHECK(Rfc822ToRfc3339("Sat, 07 Mar 2026 09:05:30 -0430") == "2026-03-07T09:05:30-04:30");
    CHECK(Rfc822ToRfc3339("Sat, 07 Mar 2026 09:05:30 +0000") == "2026-03-07T09:05:30Z");
    CHECK(Rfc822ToRfc3339("Wed, 02 Oct 2002 08:00:00 EST") == "2002-10-02T08:00:00-05:00");
    CHECK(Rfc822ToRfc3339("Wed, 02 Oct 2002 08:00:00 EDT") == "2002-10-02T08:00:00-04:00");
    CHECK(Rfc822ToRfc3339("02 Oct 2002 08:00:00 PDT") == "2002-10-02T08:00:00-07:00");
    CHECK(Rfc822ToRfc3339("02 Oct 2002 08:00:00 CST") == "2002-10-02T08:00:00-06:00");
    CHECK(Rfc822ToRfc3339("02 Oct 2002 08:00:00 MDT") == "2002-10-02T08:00:00-06:00");
    CHECK(Rfc822ToRfc3339("02 Oct 2002 08:00:00 UT") == "2002-10-02T08:00:00Z");
    CHECK(Rfc822ToRfc3339("02 Oct 2002 08:00:00 Z") == "2002-10-02T08:00:00Z");
    CHECK(Rfc822ToRfc3339("02 Oct 2002 08:00:00 A") == "2002-10-02T08:00:00Z"); // RFC 2822: military zones are -0000
    CHECK(Rfc822ToRfc3339("02 Oct 02 08:00:00 GMT") == "2002-10-02T08:00:00Z");
    CHECK(Rfc822ToRfc3339("02 Oct 99 08:00:00 GMT") == "1999-10-02T08:00:00Z");
    CHECK(Rfc822ToRfc3339("02 october 2002 08:00:00 gmt") == "2002-10-02T08:00:00Z");
}

TEST_CASE("what is not an RFC 822 date gives none") {
    CHECK(Rfc822ToRfc3339("").empty());
    CHECK(Rfc822ToRfc3339("yesterday").empty());
    CHECK(Rfc822ToRfc3339("31 Feb 2026 10:00:00 GMT").empty());
    CHECK(Rfc822ToRfc3339("29 Feb 2026 10:00:00 GMT").empty());
    CHECK(Rfc822ToRfc3339("29 Feb 2028 10:00:00 GMT") == "2028-02-29T10:00:00Z");
    CHECK(Rfc822ToRfc3339("10 Jun 2003 24:00:00 GMT").empty());
    CHECK(Rfc822ToRfc3339("10 Jun 2003 04:00:00 XYZ").empty());
    CHECK(Rfc822ToRfc3339("10 Jun 2003 04:00:00").empty());
    CHECK(Rfc822ToRfc3339("10 Jun 2003 04:00:00 GMT extra").empty());
    CHECK(Rfc822ToRfc3339("10 Jun 203 04:00:00 GMT").empty());
    CHECK(Rfc822ToRfc3339("10 Juin 2003 04:00:00 GMT").empty());
    CHECK(Rfc822ToRfc3339("10 Jun 2003 04:00:00 +2500").empty());
}

TEST_CASE("RFC 3339 and W3C dates, completed where W3C's profile leaves parts out") {
    CHECK(FeedDateToRfc3339("2026-03-07T09:05:30+03:00", "Z") == "2026-03-07T09:05:30+03:00");
    CHECK(FeedDateToRfc3339(" 2026-03-07t09:05:30z\n", "Z") == "2026-03-07T09:05:30Z");
    CHECK(FeedDateToRfc3339("2026-03-07T09:05+03:00", "Z") == "2026-03-07T09:05:00+03:00");
    CHECK(FeedDateToRfc3339("2026-03-07T09:05:30.25Z", "Z") == "2026-03-07T09:05:30.25Z");
    CHECK(FeedDateToRfc3339("2026-03-07", "+03:00") == "2026-03-07T00:00:00+03:00");
    CHECK(FeedDateToRfc3339("Sat, 07 Mar 2026 09:05:30 GMT", "Z") == "2026-03-07T09:05:30Z");
    CHECK(FeedDateToRfc3339("2026-03-07T09:05:30", "Z").empty()); // no zone
    CHECK(FeedDateToRfc3339("2026-02-30", "Z").empty());
    CHECK(FeedDateToRfc3339("2026-03-07T25:00:00Z", "Z").empty());
    CHECK(FeedDateToRfc3339("", "Z").empty());
}

TEST_CASE("a feed item's id: a slug from the link or the title, and a hash of its guid") {
    const std::string a = FeedItemId("https://news.example/2026/03/rail-strike-ends.html?utm=x", "Anything", "guid-1");
    CHECK(a.rfind("rail-strike-ends-", 0) == 0);
    CHECK(a.size() == std::string("rail-strike-ends-").size() + kStableIdHashDigits);
    CHECK(ValidArticleId(a));
    CHECK(a == FeedItemId("https://news.example/2026/03/rail-strike-ends.html?utm=x", "Anything", "guid-1")); // stable
    CHECK(a != FeedItemId("https://news.example/2026/03/rail-strike-ends.html?utm=x", "Anything", "guid-2"));
    // a numeric last segment says nothing: the title gives the slug
    CHECK(FeedItemId("https://news.example/story/48213", "Port reopens after storm!", "k").rfind("port-reopens-after-storm-", 0) == 0);
    CHECK(FeedItemId("", "Порт открылся после шторма", "k").rfind("port-otkrylsa-posle-storma-", 0) == 0);
    CHECK(FeedItemId("", "台风过后港口重新开放", "k").find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos);
    CHECK(FeedItemId("", "!!!", "k").rfind("item-", 0) == 0);
    const std::string longest = FeedItemId("", std::string(500, 'x') + " y", "k");
    CHECK(ValidArticleId(longest));
    CHECK(longest.size() <= kStableSlugBytes + 1 + kStableIdHashDigits);
    CHECK(ValidArticleId(FeedItemId("https://h.example/%D0%BF%D0%BE%D1%80%D1%82", "", "k")));
    CHECK(FeedItemId("https://h.example/%D0%BF%D0%BE%D1%80%D1%82", "", "k").rfind("port-", 0) == 0);
}
