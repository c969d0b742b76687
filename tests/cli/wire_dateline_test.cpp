// Tests of cli/wire_dateline.cpp: dateline shapes, month-day parsing, the weekday a lede names, year inference.
#include "cli/wire_dateline.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::cli;

TEST_CASE("SplitDateline: TASS, Reuters and AP shapes; anything else is not a dateline") {
    WireDateline d;
    std::string rest;
    REQUIRE(SplitDateline("MOSCOW, March 22. /TASS/. Tokyo's decisions", &d, &rest));
    CHECK(d.Text == "MOSCOW, March 22. /TASS/.");
    CHECK(d.Place == "MOSCOW");
    CHECK(d.Date == "March 22");
    CHECK(d.Agency == "TASS");
    CHECK(rest == "Tokyo's decisions");
    REQUIRE(SplitDateline("ST. PETERSBURG, Sept. 3. /TASS/. Text", &d, &rest));
    CHECK(d.Place == "ST. PETERSBURG");
    CHECK(d.Date == "Sept. 3");
    REQUIRE(SplitDateline("NEW YORK, Jan 5 (Reuters) \xE2\x80\x93 Stocks rose", &d, &rest));
    CHECK(d.Place == "NEW YORK");
    CHECK(d.Agency == "Reuters");
    CHECK(rest == "Stocks rose");
    REQUIRE(SplitDateline("WASHINGTON (AP) \xE2\x80\x94 The Senate", &d, &rest));
    CHECK(d.Date.empty());
    CHECK(d.Agency == "AP");
    d = WireDateline{"keep", "", "", ""};
    CHECK_FALSE(SplitDateline("Moscow said on Tuesday that", &d, &rest));
    CHECK_FALSE(SplitDateline("MOSCOW, yesterday. /TASS/. x", &d, &rest));
    CHECK_FALSE(SplitDateline("", &d, &rest));
    CHECK(d.Text == "keep");
}

TEST_CASE("MonthDay") {
    int m = 0, d = 0;
    CHECK((MonthDay("March 22", &m, &d) && m == 3 && d == 22));
    CHECK((MonthDay("Dec. 1", &m, &d) && m == 12 && d == 1));
    CHECK((MonthDay("Sept. 30", &m, &d) && m == 9 && d == 30));
    CHECK_FALSE(MonthDay("March", &m, &d));
    CHECK_FALSE(MonthDay("March 123", &m, &d));
    CHECK_FALSE(MonthDay("March 0", &m, &d));
    CHECK_FALSE(MonthDay("Smarch 3", &m, &d));
}

TEST_CASE("WeekdayNamed takes the first 'on DAY'") {
    std::string name;
    CHECK(WeekdayNamed("told the channel on Tuesday. He said on Monday", &name) == 1);
    CHECK(name == "Tuesday");
    CHECK(WeekdayNamed("on Sunday", nullptr) == 6);
    CHECK(WeekdayNamed("Tuesday, without 'on'", nullptr) == -1);
}

TEST_CASE("InferYear") {
    CHECK(InferYear(3, 22, 1, 2026, 1, 1) == 2022);  // March 22 was a Tuesday in 2022
    CHECK(InferYear(3, 22, -1, 2026, 1, 1) == 2025);
    CHECK(InferYear(3, 22, -1, 2026, 3, 22) == 2026); // today counts
    CHECK(InferYear(2, 29, -1, 2026, 1, 1) == 2024);
    CHECK(InferYear(2, 30, -1, 2026, 1, 1) == 0);
    CHECK(InferYear(2, 29, 0, 2026, 1, 1) == 2016);   // 29 February on a Monday
}
