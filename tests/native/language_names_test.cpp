// EnglishLanguageName (platform/native/language_names.h): ICU's English names for the tags articles carry, and ""
// for what it cannot name.
#include "platform/native/language_names.h"

#include <doctest/doctest.h>

using folio::platform::EnglishLanguageName;

TEST_CASE("languages' English names from ICU; \"\" for a tag it cannot parse or name") {
    CHECK(EnglishLanguageName("ru") == "Russian");
    CHECK(EnglishLanguageName("en") == "English");
    CHECK(EnglishLanguageName("pt-BR") == "Portuguese (Brazil)");
    CHECK(EnglishLanguageName("zh-Hant") == "Chinese (Traditional)");
    CHECK(EnglishLanguageName("") == "");
    CHECK(EnglishLanguageName("qq") == "");            // well formed, but no language ICU knows
    CHECK(EnglishLanguageName("not a tag!") == "");
    CHECK(EnglishLanguageName(std::string(200, 'a')) == "");
}
