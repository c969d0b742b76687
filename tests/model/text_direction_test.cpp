// Tests of model/text_direction.cpp: a language tag's direction, by its language, its script subtag and, where
// CLDR's likely script differs by region, its region. tests/cli/text_direction_icu_test.cpp holds the table to ICU.
#include "model/text_direction.h"

#include <doctest/doctest.h>

using namespace folio;

TEST_CASE("the languages written right to left are Rtl, with or without a region") {
    for (const char* tag : {"ar", "ar-EG", "fa", "fa-IR", "ur", "ur-PK", "he", "he-IL", "iw", "yi", "ps", "sd", "ug",
                            "dv", "ckb", "ks", "prs", "syr", "nqo", "arz", "ary", "azb", "pnb", "lad"})
        CHECK_MESSAGE(DirectionOfLanguage(tag) == TextDirection::Rtl, tag);
}

TEST_CASE("languages in left-to-right scripts are Ltr, including neighbours of the right-to-left ones") {
    for (const char* tag : {"en", "en-US", "ru", "zh-Hans", "ja", "hi", "th", "tr", "az", "ku", "pa", "ms", "uz",
                            "kk", "ha", "tg", "grc", "sw", "el", "hy", "ka", "am", "ti", "xx"})
        CHECK_MESSAGE(DirectionOfLanguage(tag) == TextDirection::Ltr, tag);
}

TEST_CASE("a script subtag decides over the language") {
    CHECK(DirectionOfLanguage("pa-Arab") == TextDirection::Rtl);
    CHECK(DirectionOfLanguage("ms-Arab-MY") == TextDirection::Rtl);
    CHECK(DirectionOfLanguage("ff-Adlm") == TextDirection::Rtl);
    CHECK(DirectionOfLanguage("ks-Deva") == TextDirection::Ltr);
    CHECK(DirectionOfLanguage("az-Latn-IR") == TextDirection::Ltr);
    CHECK(DirectionOfLanguage("uz-Cyrl") == TextDirection::Ltr);
    CHECK(DirectionOfLanguage("und-Hebr") == TextDirection::Rtl);
    CHECK(DirectionOfLanguage("zh-yue-Arab") == TextDirection::Rtl); // after an extended language subtag
}

TEST_CASE("a region changes the likely script where CLDR says so") {
    CHECK(DirectionOfLanguage("pa-PK") == TextDirection::Rtl);
    CHECK(DirectionOfLanguage("pa-IN") == TextDirection::Ltr);
    CHECK(DirectionOfLanguage("az-IR") == TextDirection::Rtl);
    CHECK(DirectionOfLanguage("uz-AF") == TextDirection::Rtl);
    CHECK(DirectionOfLanguage("sd-IN") == TextDirection::Ltr);
    CHECK(DirectionOfLanguage("ug-KZ") == TextDirection::Ltr);
    CHECK(DirectionOfLanguage("sd-PK") == TextDirection::Rtl);
}

TEST_CASE("case and underscores are forgiven; a region after a variant or an extension is not read") {
    CHECK(DirectionOfLanguage("AR") == TextDirection::Rtl);
    CHECK(DirectionOfLanguage("Fa_ir") == TextDirection::Rtl);
    CHECK(DirectionOfLanguage("PA_pk") == TextDirection::Rtl);
    CHECK(DirectionOfLanguage("pa-u-rg-pk") == TextDirection::Ltr);
    CHECK(DirectionOfLanguage("ar-x-private") == TextDirection::Rtl);
}

TEST_CASE("no tag, an undetermined language or a malformed tag leave the direction to the text") {
    CHECK(DirectionOfLanguage("") == TextDirection::Unknown);
    CHECK(DirectionOfLanguage("und") == TextDirection::Unknown);
    CHECK(DirectionOfLanguage("und-IR") == TextDirection::Unknown);
    CHECK(DirectionOfLanguage("a") == TextDirection::Unknown);
    CHECK(DirectionOfLanguage("ar--EG") == TextDirection::Unknown);
    CHECK(DirectionOfLanguage("ar EG") == TextDirection::Unknown);
    CHECK(DirectionOfLanguage("\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A") == TextDirection::Unknown); // "عربي"
}

TEST_CASE("IsRtlScript knows the right-to-left scripts by their ISO 15924 codes in any case") {
    for (const char* s : {"Arab", "arab", "HEBR", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Yezi"}) CHECK_MESSAGE(IsRtlScript(s), s);
    for (const char* s : {"Latn", "Cyrl", "Deva", "Thai", "Hans", "Mong", "Arabic", "", "Ara"}) CHECK_MESSAGE(!IsRtlScript(s), s);
}
