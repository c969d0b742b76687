// model/text_direction's table held to ICU (uloc_isRightToLeft: CLDR's likely script for a tag) for every language
// ICU lists, each with every country ICU lists, and each with every script subtag the table names plus Latin; the
// counts are printed. Where they may differ, and why, is listed in Deviation() below.
#include "model/text_direction.h"

#include <unicode/uloc.h>
#include <unicode/uscript.h>

#include <doctest/doctest.h>

#include <cstdio>
#include <string>

using namespace folio;

namespace {

// The table's deliberate differences from ICU 72 (CLDR 42):
// - an undetermined language ("und", "und-IR") is Unknown: the text's first strong character decides, rather than
//   a guess from the region;
// - Ancient Greek (grc) is Ltr: CLDR's likely script for it is Cypriot, a right-to-left script, but Greek is
//   written left to right and an article tagged grc is in Greek letters.
bool Deviation(const std::string& language) { return language == "und" || language == "grc"; }

// Script codes ICU keeps no properties for, so uscript_isRightToLeft says false, though they are right-to-left
// forms: Syriac's Estrangelo, Western and Eastern (Syre, Syrj, Syrn) and Book Pahlavi (Phlv).
bool ScriptDeviation(const std::string& code) { return code == "Syre" || code == "Syrj" || code == "Syrn" || code == "Phlv"; }

bool IcuRtl(const std::string& tag) { return uloc_isRightToLeft(tag.c_str()) != 0; }

} // namespace

TEST_CASE("DirectionOfLanguage agrees with ICU for every language, language-country pair and script subtag") {
    size_t languages = 0, pairs = 0, scripts = 0, deviations = 0, rtl = 0;
    for (const char* const* l = uloc_getISOLanguages(); *l; ++l) {
        const std::string lang = *l;
        if (Deviation(lang)) { ++deviations; continue; }
        ++languages;
        const TextDirection d = DirectionOfLanguage(lang);
        rtl += d == TextDirection::Rtl;
        CHECK_MESSAGE((d == TextDirection::Rtl) == IcuRtl(lang), lang);
        for (const char* const* c = uloc_getISOCountries(); *c; ++c) {
            const std::string tag = lang + "-" + *c;
            ++pairs;
            if ((DirectionOfLanguage(tag) == TextDirection::Rtl) != IcuRtl(tag)) FAIL_CHECK(tag);
        }
        for (const char* script : {"Latn", "Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Deva", "Cyrl"}) {
            const std::string tag = lang + "-" + script;
            ++scripts;
            if ((DirectionOfLanguage(tag) == TextDirection::Rtl) != IcuRtl(tag)) FAIL_CHECK(tag);
        }
    }
    CHECK(languages > 500);
    CHECK(rtl > 30);
    std::printf("text direction: %zu languages (%zu right to left), %zu language-country pairs, %zu script tags "
                "checked against ICU; %zu deliberate deviations\n", languages, rtl, pairs, scripts, deviations);
}

TEST_CASE("every right-to-left script ICU knows is one IsRtlScript names, and no other") {
    size_t checked = 0;
    for (int code = 0; code < USCRIPT_CODE_LIMIT; ++code) {
        const char* name = uscript_getShortName((UScriptCode)code);
        if (!name || std::string(name).size() != 4) continue;
        ++checked;
        const bool rtl = ScriptDeviation(name) || uscript_isRightToLeft((UScriptCode)code) != 0;
        CHECK_MESSAGE(IsRtlScript(name) == rtl, std::string(name));
    }
    CHECK(checked > 150);
}
