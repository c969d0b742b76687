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

// Every range starts and ends where a character does, as layout decodes the text (a malformed byte is one
// character of one byte), and lies inside the text.
static bool OnBoundaries(const std::string& s, std::pair<uint32_t, uint32_t> r) {
    if (r.first > r.second || r.second > s.size()) return false;
    auto boundary = [&](uint32_t at) {
        for (size_t i = 0; i < s.size();) {
            if (i == at) return true;
            if (i > at) return false;
            const unsigned char c = (unsigned char)s[i];
            size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
            if (len == 0 || i + len > s.size()) len = 1;
            for (size_t k = 1; k < len; ++k)
                if (((unsigned char)s[i + k] & 0xC0) != 0x80) { len = 1; break; }
            i += len;
        }
        return at == s.size();
    };
    return boundary(r.first) && boundary(r.second);
}

TEST_CASE("FindAll on malformed UTF-8 reads a broken byte as one character, so it hides no text after it") {
    // A lead byte followed by ASCII: the letter is still found, and the range is the letter alone.
    const std::string cut = "caf\xC3" "A";
    auto m = FindAll(cut, "a");
    REQUIRE(m.size() == 2);
    CHECK(m[1] == std::make_pair(4u, 5u));
    // A stray lead byte before a whole euro sign: the euro sign is found, as layout draws it.
    const std::string stray = "\xE2\xE2\x82\xAC";
    m = FindAll(stray, "\xE2\x82\xAC");
    REQUIRE(m.size() == 1);
    CHECK(m[0] == std::make_pair(1u, 4u));
    // Lone continuation bytes, bytes no UTF-8 has, a lead byte at the end: no range out of the text or inside a
    // character.
    for (const std::string& s : {std::string("\x80\x80" "ab\xBF"), std::string("\xFF\xFE" "ab"), std::string("ab\xF0\x9F"),
                                 std::string("\xC3\xA9\xC3"), stray, cut}) {
        for (const std::string& q : {std::string("a"), std::string("\x80"), std::string("\xC3"), std::string("ab"), s, s + s}) {
            for (auto r : FindAll(s, q)) CHECK(OnBoundaries(s, r));
        }
        for (uint32_t at = 0; at <= s.size() + 1; ++at) CHECK(OnBoundaries(s, WordAt(s, at)));
    }
}

TEST_CASE("FindAll with hostile queries: longer than the text, only spaces, only a combining mark") {
    CHECK(FindAll("ab", "abc").empty());
    CHECK(FindAll("", "a").empty());
    CHECK(FindAll("a b", " ").size() == 1);
    CHECK(FindAll("e\xCC\x81", "\xCC\x81") == std::vector<std::pair<uint32_t, uint32_t>>{{1u, 3u}}); // the accent alone
    CHECK(FindAll("\xC3\xA9", "e").empty()); // precomposed é is not e (one character to one)
}

TEST_CASE("folding: ẞ finds ß, İ and I find i, ß is not ss") {
    CHECK(FoldCase(0x1E9E) == 0xDF);
    CHECK(FindAll("Stra\xC3\x9F" "e", "STRA\xE1\xBA\x9E" "E").size() == 1);
    CHECK(FindAll("Strasse", "Stra\xC3\x9F" "e").empty());
    CHECK(FindAll("\xC4\xB0stanbul", "istanbul").size() == 1);
    CHECK(FindAll("Istanbul", "\xC4\xB1stanbul").empty()); // dotless ı is its own letter
}

TEST_CASE("WordAt takes combining marks and the letters of every script into the word") {
    auto word = [](const std::string& s, uint32_t at) {
        const auto w = WordAt(s, at);
        return s.substr(w.first, w.second - w.first);
    };
    const std::string nfd = "un cafe\xCC\x81 noir"; // e and a combining acute
    CHECK(word(nfd, 4) == "cafe\xCC\x81");
    CHECK(word(nfd, 8) == "cafe\xCC\x81"); // a press on the accent
    const std::string hebrew = "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D"; // שלום עולם
    CHECK(word(hebrew, 2) == "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D");
    const std::string arabic = "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85\xD8\x8C \xD8\xB9\xD8\xA7\xD9\x84\xD9\x85"; // سلام، عالم
    CHECK(word(arabic, 0) == "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85"); // the Arabic comma is not in the word
    const std::string hindi = "\xE0\xA4\xA8\xE0\xA4\xAE\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x87"; // नमस्ते
    CHECK(word(hindi, 3) == hindi);
    const std::string mixed = "a\xE2\x86\x92" "b \xF0\x9F\x98\x80x"; // a→b 😀x
    CHECK(word(mixed, 0) == "a");
    CHECK(word(mixed, 1) == "\xE2\x86\x92");
    CHECK(word(mixed, 6) == "\xF0\x9F\x98\x80");
}
