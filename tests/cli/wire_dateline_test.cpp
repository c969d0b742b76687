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

namespace {
// Month, day and year of a dateline's date, or all -1 when ReadDatelineDate refuses it.
std::string Read(const std::string& text) {
    DatelineDate d;
    if (!ReadDatelineDate(text, &d)) return "refused";
    return std::to_string(d.Year) + "-" + std::to_string(d.Month) + "-" + std::to_string(d.Day);
}
} // namespace

TEST_CASE("ReadDatelineDate: English month first, as before") {
    CHECK(Read("March 22") == "0-3-22");
    CHECK(Read("Dec. 1") == "0-12-1");
    CHECK(Read("Sept. 30") == "0-9-30");
    CHECK(Read("Sep 30") == "0-9-30");
    CHECK(Read("March 22, 2026") == "2026-3-22");
    CHECK(Read("March") == "refused");
    CHECK(Read("March 123") == "refused");
    CHECK(Read("March 0") == "refused");
    CHECK(Read("Smarch 3") == "refused");
    CHECK(Read("February 30") == "refused");
    CHECK(Read("yesterday") == "refused");
}

TEST_CASE("ReadDatelineDate: CLDR's month names of Russian, French, Spanish, German and Portuguese, any case") {
    CHECK(Read("14 \xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F") == "0-11-14");            // 14 ноября (genitive)
    CHECK(Read("14 \xD0\x9D\xD0\x9E\xD0\xAF\xD0\x91\xD0\xA0\xD0\xAF") == "0-11-14");            // 14 НОЯБРЯ
    CHECK(Read("1 \xD0\xBC\xD0\xB0\xD1\x8F 2026 \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0") == "2026-5-1"); // 1 мая 2026 года
    CHECK(Read("3 \xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1.") == "0-11-3");                                // 3 нояб.
    CHECK(Read("14 novembre 2026") == "2026-11-14");
    CHECK(Read("14 nov.") == "0-11-14");
    CHECK(Read("2 f\xC3\xA9vr.") == "0-2-2");                                                           // 2 févr.
    CHECK(Read("14 nov") == "0-11-14");
    CHECK(Read("14 de noviembre de 2026") == "2026-11-14");
    CHECK(Read("5 dic") == "0-12-5");
    CHECK(Read("14. November") == "0-11-14");
    CHECK(Read("3 M\xC3\xA4rz") == "0-3-3");                                                             // 3 März
    CHECK(Read("14 nov 2026") == "2026-11-14");
    CHECK(Read("7 setembro") == "0-9-7");
    CHECK(Read("29 fevereiro 2025") == "refused"); // not a leap year
    CHECK(Read("14 Smarch") == "refused");
}

TEST_CASE("SplitDateline: the agencies of other languages") {
    WireDateline d;
    std::string rest;
    // ТОМСК, 14 ноября. /ТАСС/. Текст
    REQUIRE(SplitDateline("\xD0\xA2\xD0\x9E\xD0\x9C\xD0\xA1\xD0\x9A, 14 \xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F. "
                          "/\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1/. \xD0\xA2\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82", &d, &rest));
    CHECK(d.Place == "\xD0\xA2\xD0\x9E\xD0\x9C\xD0\xA1\xD0\x9A");
    CHECK(d.Date == "14 \xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F");
    CHECK(d.Agency == "\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1");
    CHECK(rest == "\xD0\xA2\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82");
    REQUIRE(SplitDateline("PARIS, 14 novembre 2026 (AFP) - Le gouvernement", &d, &rest));
    CHECK(d.Text == "PARIS, 14 novembre 2026 (AFP) -");
    CHECK(d.Date == "14 novembre 2026");
    CHECK(d.Agency == "AFP");
    CHECK(rest == "Le gouvernement");
    REQUIRE(SplitDateline("Madrid, 14 nov (EFE).- El Gobierno", &d, &rest));
    CHECK(d.Text == "Madrid, 14 nov (EFE).-");
    CHECK(d.Place == "Madrid");
    CHECK(d.Agency == "EFE");
    CHECK(rest == "El Gobierno");
    REQUIRE(SplitDateline("Berlin (dpa) - Die Bundesregierung", &d, &rest));
    CHECK(d.Place == "Berlin");
    CHECK(d.Date.empty());
    CHECK(d.Agency == "dpa");
    REQUIRE(SplitDateline("Lisboa, 14 nov 2026 (Lusa) - O Governo", &d, &rest));
    CHECK(d.Place == "Lisboa");
    CHECK(d.Agency == "Lusa");
    REQUIRE(SplitDateline("Rio de Janeiro (Ag\xC3\xAAncia Brasil) \xE2\x80\x93 O presidente", &d, &rest));
    CHECK(d.Place == "Rio de Janeiro");
    CHECK(d.Agency == "Ag\xC3\xAAncia Brasil");
    CHECK(rest == "O presidente");
    // Ordinary sentences are not datelines, whatever their language.
    CHECK_FALSE(SplitDateline("Le ministre a dit (hier) - rien", &d, &rest));
    CHECK_FALSE(SplitDateline("Paris, la nuit. /AFP/. x", &d, &rest));
    CHECK_FALSE(SplitDateline("Berlin (dpa) Die Regierung", &d, &rest)); // no dash
}

TEST_CASE("WeekdayNamed takes the first 'on DAY'") {
    std::string name;
    CHECK(WeekdayNamed("told the channel on Tuesday. He said on Monday", &name) == 1);
    CHECK(name == "Tuesday");
    CHECK(WeekdayNamed("on Sunday", nullptr) == 6);
    CHECK(WeekdayNamed("Tuesday, without 'on'", nullptr) == -1);
}

TEST_CASE("WeekdayWordNamed: the first weekday word of the day-first languages, CLDR's wide names") {
    std::string name;
    CHECK(WeekdayWordNamed("a inauguré vendredi un pont, et lundi", &name) == 4);
    CHECK(name == "vendredi");
    CHECK(WeekdayWordNamed("hat am Dienstag, 3. März", &name) == 1);
    CHECK(name == "Dienstag");
    CHECK(WeekdayWordNamed("aprovou esta terça-feira um plano", nullptr) == 1);
    CHECK(WeekdayWordNamed("presentó este viernes las cifras", nullptr) == 4);
    CHECK(WeekdayWordNamed("открылась в понедельник в музее", nullptr) == 0);
    CHECK(WeekdayWordNamed("открылась в пятницу", nullptr) == -1); // the accusative is not CLDR's
    CHECK(WeekdayWordNamed("told the channel on Tuesday", nullptr) == -1); // English is WeekdayNamed's
}

TEST_CASE("ReadDatelineDate says whether the day came first") {
    DatelineDate d;
    REQUIRE(ReadDatelineDate("14 nov", &d));
    CHECK(d.DayFirst);
    REQUIRE(ReadDatelineDate("Nov. 14", &d));
    CHECK_FALSE(d.DayFirst);
}

TEST_CASE("InferYear") {
    CHECK(InferYear(3, 22, 1, 2026, 1, 1) == 2022);  // March 22 was a Tuesday in 2022
    CHECK(InferYear(3, 22, -1, 2026, 1, 1) == 2025);
    CHECK(InferYear(3, 22, -1, 2026, 3, 22) == 2026); // today counts
    CHECK(InferYear(2, 29, -1, 2026, 1, 1) == 2024);
    CHECK(InferYear(2, 30, -1, 2026, 1, 1) == 0);
    CHECK(InferYear(2, 29, 0, 2026, 1, 1) == 2016);   // 29 February on a Monday
}
