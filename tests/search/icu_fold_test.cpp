// The ICU fold (search/icu/icu_text_folder.h): fold.h's six steps on the cases they are there for, and its ASCII
// short cut and its cutting at separators held to a plain run of the six steps over the whole text.
#include <doctest/doctest.h>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include "search/fold.h"
#include "search/icu/icu_text_folder.h"

using namespace folio::search;

namespace {

// fold.h's steps, one after another over the whole text, with nothing skipped: what IcuTextFolder must equal.
std::string Reference(const std::string& text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    icu::UnicodeString s = nfkd->normalize(icu::UnicodeString::fromUTF8(text), status);
    icu::UnicodeString kept;
    for (int32_t i = 0; i < s.length(); i += U16_LENGTH(s.char32At(i)))
        if (u_charType(s.char32At(i)) != U_NON_SPACING_MARK) kept.append(s.char32At(i));
    kept.toLower(icu::Locale::getRoot());
    s = nfkc->normalize(kept, status);
    icu::UnicodeString out;
    for (int32_t i = 0; i < s.length(); i += U16_LENGTH(s.char32At(i))) {
        const UChar32 c = s.char32At(i);
        if (c == 0x27 || c == 0x2019 || c == 0x2BC) continue;
        if (U_GET_GC_MASK(c) & (U_GC_P_MASK | U_GC_S_MASK | U_GC_Z_MASK | U_GC_C_MASK)) out.append(UChar(0x20));
        else out.append(c);
    }
    std::string utf8;
    out.toUTF8String(utf8);
    REQUIRE(U_SUCCESS(status));
    return utf8;
}

std::vector<std::string> Words(const std::string& folded) {
    std::vector<Token> tokens;
    Tokenize(folded, 0, tokens);
    std::vector<std::string> out;
    for (const Token& t : tokens) out.push_back(t.Text);
    return out;
}

bool ValidUtf8(const std::string& s) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strFromUTF8(nullptr, 0, &length, s.data(), static_cast<int32_t>(s.size()), &status);
    return status == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(status);
}

} // namespace

TEST_CASE("the fold takes off accents and case, and splits ligatures and digraphs") {
    const IcuTextFolder f;
    CHECK(f.Fold("Café") == "cafe");
    CHECK(f.Fold("CAFE\xCC\x81") == "cafe");      // a combining acute, as a source may write it
    CHECK(f.Fold("\xC7\x84") == "dz");           // Ǆ: D + Ž, the caron gone
    CHECK(f.Fold("\xEF\xAC\x81le") == "file");   // the ﬁ ligature
    CHECK(f.Fold("Ｆｏｌｉｏ２") == "folio2");      // full-width letters and digits
    CHECK(f.Fold("Straße") == "straße");         // ß stays; Tokenize writes it "ss"
    CHECK(Words(f.Fold("Straße")) == std::vector<std::string>{"strasse"});
}

TEST_CASE("apostrophes are removed; dashes, quotes and other punctuation are spaces") {
    const IcuTextFolder f;
    CHECK(f.Fold("don't") == "dont");
    CHECK(f.Fold("don\xE2\x80\x99t") == "dont");  // ’
    CHECK(f.Fold("don\xCA\xBCt") == "dont");      // ʼ
    CHECK(f.Fold("war\xE2\x80\x94peace") == "war peace"); // em dash
    CHECK(f.Fold("\xC2\xAB" "Hello\xC2\xBB, world!") == " hello   world ");
    CHECK(f.Fold("a\tb\nc\xC2\xA0" "d") == "a b c d");    // controls and a no-break space
    CHECK(f.Fold("x\xE2\x82\xACy") == "x y");              // € is a symbol
    CHECK(Words(f.Fold("Wi-Fi, 4.5%")) == std::vector<std::string>{"wi", "fi", "4", "5"});
}

TEST_CASE("Greek: accents go, the final sigma is the fold's lower case and Tokenize's σ") {
    const IcuTextFolder f;
    CHECK(f.Fold("ΟΔΟΣ") == "οδος");                      // lower-cased in context: a final ς
    CHECK(Words(f.Fold("ΟΔΟΣ")) == std::vector<std::string>{"οδοσ"});
    CHECK(Words(f.Fold("Ελληνικός")) == Words(f.Fold("ελληνικοσ")));
    CHECK(Words(f.Fold("Ελληνικός")) == std::vector<std::string>{"ελληνικοσ"});
}

TEST_CASE("Turkish dotted and dotless I in the root locale") {
    const IcuTextFolder f;
    CHECK(f.Fold("İstanbul") == "istanbul"); // İ is I + a dot above, which goes with the marks
    CHECK(f.Fold("ISTANBUL") == "istanbul"); // the root locale: I is i, not ı
    CHECK(f.Fold("ılık") == "ılık");          // a dotless ı stays what it is
}

TEST_CASE("invalid UTF-8 is read as U+FFFD, a space, and the output is valid UTF-8") {
    const IcuTextFolder f;
    CHECK(f.Fold("a\xFF" "b") == "a b");
    CHECK(f.Fold("caf\xC3") == "caf ");              // cut inside a character
    CHECK(f.Fold("x\xED\xA0\x80y") == "x   y");      // an encoded surrogate: each bad byte U+FFFD
    CHECK(ValidUtf8(f.Fold(std::string("\xC0\xAF\xE0\x80\xAF\xF8\x88\x80\x80\x80", 10))));
    CHECK(f.Fold(std::string("a\0b", 3)) == "a b");   // NUL is a control
    CHECK(f.Fold("") == "");
}

TEST_CASE("the fold equals its six steps over the whole text, whatever the text") {
    const IcuTextFolder f;
    // Every ASCII character next to text that takes ICU's path (the short cut and the cuts at separators must
    // change nothing), and cases where context matters: a final sigma before . : ' ^ ` (case-ignorable) or a
    // letter, marks after a separator, a full-width apostrophe.
    std::vector<std::string> texts = {"ΟΔΟΣ.Α", "ΟΔΟΣ:Α", "ΟΔΟΣ'Α", "ΟΔΟΣ^Α", "ΟΔΟΣ`Α", "ΟΔΟΣ Α", "ΟΔΟΣ-Α", "ΟΔΟΣ.",
                                      "ΣΑ.Σ", "=\xCC\xB8", " \xCC\x81" "a", "a.\xCC\x81", "l'École", "ＤＯＮ＇Ｔ",
                                      "A\xE2\x80\x8D" "B", "x\xC2\xAD" "y", "\xEF\xB7\xBA", "ǅungla", "Ⅻ ½ ㎒ ℃"};
    for (int c = 0; c < 128; ++c) {
        texts.push_back(std::string("Σ") + char(c) + "Σ");
        texts.push_back(std::string("é") + char(c) + "É");
        texts.push_back(std::string("A") + char(c) + "\xCC\x88" "b");
    }
    for (const std::string& t : texts) {
        CAPTURE(t);
        CHECK(f.Fold(t) == Reference(t));
    }
}

TEST_CASE("each thread's memo of folded pieces changes nothing: a piece again, with and without its marks in turn") {
    const IcuTextFolder f;
    const std::vector<std::string> texts = {"Café", "ΟΔΟΣ", "Выборы", "naïve", "Ⅻ", "l'École"};
    for (int round = 0; round < 3; ++round)
        for (const std::string& t : texts) {
            CAPTURE(t);
            CHECK(f.Fold(t) == Reference(t));
            CHECK(f.Fold(t + " " + t) == Reference(t) + " " + Reference(t));
            CHECK(f.FoldKeepingMarks(t) != std::string());
            CHECK(f.Fold(t) == Reference(t)); // not the marked fold just made of the same piece
        }
    CHECK(f.FoldKeepingMarks("Café") == "caf\xC3\xA9");
    CHECK(f.Fold("Café") == "cafe");
    CHECK(f.FoldKeepingMarks("Café") == "caf\xC3\xA9");
}
