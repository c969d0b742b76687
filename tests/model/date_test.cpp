// Tests of model/date.cpp: ParseDate (RFC 3339 and plain ISO dates to Unix seconds) and FormatDateLong.
#include "model/date.h"

#include <doctest/doctest.h>

using namespace folio;

namespace {

// ParseDate's result, or -999 when it refuses the text.
int64_t Seconds(const char* text) {
    int64_t t = -999;
    return ParseDate(text, &t) ? t : -999;
}

const int64_t k20220322T0715Z = 1647933300;

} // namespace

TEST_CASE("UTC times") {
    CHECK(Seconds("1970-01-01T00:00:00Z") == 0);
    CHECK(Seconds("1969-12-31T23:59:59Z") == -1);
    CHECK(Seconds("2022-03-22T07:15:00Z") == k20220322T0715Z);
    CHECK(Seconds("2022-03-22t07:15:00z") == k20220322T0715Z);
    CHECK(Seconds("2022-03-22 07:15:00Z") == k20220322T0715Z);
}

TEST_CASE("offsets") {
    CHECK(Seconds("2022-03-22T10:15:00+03:00") == k20220322T0715Z);
    CHECK(Seconds("2022-03-22T01:45:00-05:30") == k20220322T0715Z);
    CHECK(Seconds("2022-03-22T07:15:00+00:00") == k20220322T0715Z);
    CHECK(Seconds("2022-03-22T07:15:00-00:00") == k20220322T0715Z);
    CHECK(Seconds("2022-03-22T00:00:00+03:00") == k20220322T0715Z - 10 * 3600 - 15 * 60);
}

TEST_CASE("fractional seconds are read and dropped") {
    CHECK(Seconds("2022-03-22T07:15:00.5Z") == k20220322T0715Z);
    CHECK(Seconds("2022-03-22T07:15:00.123456789+00:00") == k20220322T0715Z);
    CHECK(Seconds("2022-03-22T07:15:00.Z") == -999);
    CHECK(Seconds("2022-03-22T07:15:00,5Z") == -999);
}

TEST_CASE("a date alone is midnight UTC") {
    CHECK(Seconds("2022-03-22") == k20220322T0715Z - 7 * 3600 - 15 * 60);
    CHECK(Seconds("1970-01-01") == 0);
}

TEST_CASE("invalid calendar dates and times are refused") {
    CHECK(Seconds("2022-13-01") == -999);
    CHECK(Seconds("2022-00-10") == -999);
    CHECK(Seconds("2022-03-32") == -999);
    CHECK(Seconds("2022-03-00") == -999);
    CHECK(Seconds("2022-04-31") == -999);
    CHECK(Seconds("2022-04-30") != -999);
    CHECK(Seconds("2022-03-22T24:00:00Z") == -999);
    CHECK(Seconds("2022-03-22T23:60:00Z") == -999);
    CHECK(Seconds("2022-03-22T23:59:61Z") == -999);
    CHECK(Seconds("2022-03-22T23:59:60Z") == Seconds("2022-03-23T00:00:00Z")); // a leap second
}

TEST_CASE("29 February only in leap years") {
    CHECK(Seconds("2024-02-29") == 1709164800);
    CHECK(Seconds("2000-02-29T12:00:00Z") == 951825600);
    CHECK(Seconds("2022-02-29") == -999);
    CHECK(Seconds("1900-02-29") == -999);
    CHECK(Seconds("2100-02-29") == -999);
    CHECK(Seconds("2022-02-28") != -999);
}

TEST_CASE("malformed text and a missing or malformed zone are refused") {
    for (const char* bad : {"", "2022", "2022-03-2", "22-03-2022", "2022/03/22", "2022-3-22", "20220322", "2022-03-22T",
                            "2022-03-22x", "2022-03-22T07:15Z", "2022-03-22T07:15:00", "2022-03-22T07:15:00.5",
                            "2022-03-22T07:15:00+0300", "2022-03-22T07:15:00+03", "2022-03-22T07:15:00+24:00",
                            "2022-03-22T07:15:00+03:60", "2022-03-22T07:15:00 +03:00", "2022-03-22T07:15:00ZZ",
                            "2022-03-22T07:15:00+03:00x", "2022-03-22T07:15:00UTC", " 2022-03-22"}) {
        CAPTURE(bad);
        CHECK(Seconds(bad) == -999);
    }
}

TEST_CASE("a refused date leaves the output alone") {
    int64_t t = 42;
    CHECK_FALSE(ParseDate("2022-03-22T07:15:00", &t));
    CHECK(t == 42);
}

TEST_CASE("FormatDateLong") {
    CHECK(FormatDateLong("2022-03-22T00:00:00+03:00") == "22 March 2022");
    CHECK(FormatDateLong("2022-03-22") == "22 March 2022");
    CHECK(FormatDateLong("2022-03-22T23:30:00-05:00") == "22 March 2022"); // the date's own day, not UTC's
    CHECK(FormatDateLong("2022-01-05T10:00:00Z") == "5 January 2022");
    CHECK(FormatDateLong("1999-12-31") == "31 December 1999");
    CHECK(FormatDateLong("yesterday") == "yesterday");
    CHECK(FormatDateLong("2022-02-30") == "2022-02-30");
    CHECK(FormatDateLong("") == "");
}

TEST_CASE("CivilFromDays inverts DaysFromCivil over four centuries and more; ParsePlainDay takes only a plain day") {
    for (int64_t day = DaysFromCivil(1890, 1, 1); day <= DaysFromCivil(2300, 12, 31); ++day) {
        int y = 0, m = 0, d = 0;
        CivilFromDays(day, &y, &m, &d);
        REQUIRE(ValidDay(y, m, d));
        REQUIRE(DaysFromCivil(y, m, d) == day);
    }
    int y = 0, m = 0, d = 0;
    CivilFromDays(0, &y, &m, &d);
    CHECK((y == 1970 && m == 1 && d == 1));
    CivilFromDays(DaysFromCivil(2024, 2, 29), &y, &m, &d);
    CHECK((y == 2024 && m == 2 && d == 29));
    int64_t day = 0;
    CHECK(ParsePlainDay("2025-03-22", &day));
    CHECK(day == DaysFromCivil(2025, 3, 22));
    for (const char* bad : {"", "2025-3-22", "2025-02-29", "2025-13-01", "2025-03-22T00:00:00Z", "20x5-03-22", "2025/03/22", " 2025-03-22"})
        CHECK_MESSAGE(!ParsePlainDay(bad, &day), bad);
}
