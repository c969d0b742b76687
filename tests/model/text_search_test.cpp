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

TEST_CASE("Find folds typographic quotes, dashes and spaces, and highlights the original bytes") {
    const std::string text = "Japan\xE2\x80\x99s \xE2\x80\x9Cunfriendly\xE2\x80\x9D steps\xC2\xA0\xE2\x80\x94 1990\xE2\x80\x93" "95";
    auto m = FindAll(text, "japan's");
    REQUIRE(m.size() == 1);
    CHECK(text.substr(m[0].first, m[0].second - m[0].first) == "Japan\xE2\x80\x99s"); // the curly apostrophe, as written
    m = FindAll(text, "\"Unfriendly\"");
    REQUIRE(m.size() == 1);
    CHECK(text.substr(m[0].first, m[0].second - m[0].first) == "\xE2\x80\x9Cunfriendly\xE2\x80\x9D");
    m = FindAll(text, "steps - 1990-95"); // a no-break space, an em dash and an en dash typed as ASCII
    REQUIRE(m.size() == 1);
    CHECK(m[0].second == text.size());
    // The other way round: a typographic query finds plain text.
    CHECK(FindAll("Japan's", "Japan\xE2\x80\x99s").size() == 1);
    CHECK(FindAll("it's", "it\xE2\x80\x98s").size() == 1);
    CHECK(FindAll("x\xE2\x80\x83y", "x y").size() == 1);      // em space
    CHECK(FindAll("x\xE3\x80\x80y", "x y").size() == 1);      // ideographic space
    CHECK(FindAll("a\xE2\x88\x92" "b", "a-b").size() == 1);    // minus sign
    CHECK(FindAll("5\xE2\x80\xB2 6\xE2\x80\xB3", "5' 6\"").size() == 1); // prime, double prime
    CHECK(FindAll("Japan's", "Japans").empty());
}

TEST_CASE("FoldForFind maps the typographic forms and leaves other punctuation alone") {
    for (uint32_t q : {0x2018u, 0x2019u, 0x201Au, 0x201Bu, 0x2032u}) CHECK(FoldForFind(q) == '\'');
    for (uint32_t q : {0x201Cu, 0x201Du, 0x201Eu, 0x201Fu, 0x2033u}) CHECK(FoldForFind(q) == '"');
    for (uint32_t d : {0x2010u, 0x2011u, 0x2012u, 0x2013u, 0x2014u, 0x2015u, 0x2212u}) CHECK(FoldForFind(d) == '-');
    for (uint32_t s : {0x00A0u, 0x2000u, 0x2005u, 0x200Au, 0x202Fu, 0x205Fu, 0x3000u}) CHECK(FoldForFind(s) == ' ');
    CHECK(FoldForFind(0x200Bu) == 0x200Bu); // a zero-width space is not a space to type
    CHECK(FoldForFind('.') == '.');
    CHECK(FoldForFind('Q') == 'q');
}

TEST_CASE("FoldCase pairs the common letters of Latin Extended, Greek with tonos, and Cyrillic") {
    CHECK(FoldCase(0x178) == 0xFF);    // Ÿ ÿ
    CHECK(FoldCase(0x17D) == 0x17E);   // Ž ž
    CHECK(FoldCase(0x17E) == 0x17E);
    CHECK(FoldCase(0x130) == 'i');     // İ
    CHECK(FoldCase(0x1EA0) == 0x1EA1); // Ạ ạ
    CHECK(FoldCase(0x386) == 0x3AC);   // Ά ά
    CHECK(FoldCase(0x38F) == 0x3CE);   // Ώ ώ
    CHECK(FoldCase(0x490) == 0x491);   // Ґ ґ
    CHECK(FoldCase(0x4C1) == 0x4C2);   // Ӂ ӂ
    CHECK(FoldCase(0x482) == 0x482);   // ҂ is no letter
    CHECK(FindAll("\xCE\x86\xCE\xB8\xCE\xB7\xCE\xBD\xCE\xB1", "\xCE\xAC\xCE\xB8\xCE\xB7\xCE\xBD\xCE\xB1").size() == 1); // Ά and ά
}
