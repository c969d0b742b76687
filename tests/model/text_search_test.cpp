// FoldCase, FindAll and WordAt.
#include "model/text_search.h"

#include <doctest/doctest.h>

using namespace folio;

TEST_CASE("case folding covers Latin, Greek and Cyrillic") {
    CHECK(FoldCase('A') == 'a');
    CHECK(FoldCase(0xC9) == 0xE9);     // É é
    CHECK(FoldCase(0x141) == 0x142);   // Ł ł
    CHECK(FoldCase(0x39A) == 0x3BA);   // Κ κ
    CHECK(FoldCase(0x3C2) == 0x3C3);   // ς σ
    CHECK(FoldCase(0x41C) == 0x43C);   // М м
    CHECK(FoldCase(0x401) == 0x451);   // Ё ё
    CHECK(FoldCase('7') == '7');
}

TEST_CASE("FindAll is case-insensitive and returns byte ranges") {
    const std::string text = "Galuzin said. GALUZIN added; galuzin.";
    auto m = FindAll(text, "galuzin");
    REQUIRE(m.size() == 3);
    CHECK(m[1].first == 14);
    CHECK(m[1].second == 21);
    CHECK(FindAll("Москва и МОСКВА", "москва").size() == 2);
    CHECK(FindAll("aaaa", "aa").size() == 2); // non-overlapping
    CHECK(FindAll("abc", "").empty());
    CHECK(FindAll("abc", "abcd").empty());
}

TEST_CASE("WordAt finds the word, keeping inner apostrophes and hyphens") {
    const std::string text = "Tokyo\xE2\x80\x99s anti-Russian sanctions.";
    auto w = WordAt(text, 2);
    CHECK(text.substr(w.first, w.second - w.first) == "Tokyo\xE2\x80\x99s");
    w = WordAt(text, 12);
    CHECK(text.substr(w.first, w.second - w.first) == "anti-Russian");
    w = WordAt(text, (uint32_t)text.size() - 1); // the full stop alone
    CHECK(text.substr(w.first, w.second - w.first) == ".");
}
