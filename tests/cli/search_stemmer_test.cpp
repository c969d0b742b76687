// The search index's stemmer (cli/search_stemmer.h): Snowball by the language's primary subtag, over the ICU fold's
// words as the writer hands them; words of no stemmer, with digits or of bigram scripts are their own stems.
#include <doctest/doctest.h>

#include "cli/search_stemmer.h"
#include "search/icu/icu_text_folder.h"

using namespace folio::cli;

namespace {

std::string Stem(const std::string& text, const std::string& language) {
    static const folio::search::IcuTextFolder folder;
    SnowballStemmer s;
    return s.Stem(folder.Fold(text), language);
}

} // namespace

TEST_CASE("English, Russian, German and others by the primary subtag") {
    CHECK(Stem("elections", "en") == "elect");
    CHECK(Stem("Elected", "en-GB") == "elect");
    CHECK(Stem("running", "EN") == "run");
    CHECK(Stem("выборы", "ru") == "выбор");
    CHECK(Stem("выборах", "ru-RU") == "выбор");
    CHECK(Stem("Zeitungen", "de") == "zeitung");
    CHECK(Stem("Häuser", "de-AT") == "haus"); // folded "hauser"
    CHECK(Stem("nationales", "fr") == "national");
    CHECK(Stem("elecciones", "es") == "eleccion");
    CHECK(Stem("kirjastossa", "fi") == "kirjasto");
}

TEST_CASE("the algorithm of a language tag") {
    CHECK(SnowballAlgorithm("en") == "english");
    CHECK(SnowballAlgorithm("nb-NO") == "norwegian");
    CHECK(SnowballAlgorithm("no") == "norwegian");
    CHECK(SnowballAlgorithm("pt_BR") == "portuguese");
    CHECK(SnowballAlgorithm("el") == "greek");
    CHECK(SnowballAlgorithm("tr") == "turkish");
    CHECK(SnowballAlgorithm("ar") == "arabic");
    CHECK(SnowballAlgorithm("zh-Hant") == "");
    CHECK(SnowballAlgorithm("") == "");
    CHECK(SnowballAlgorithm("english") == "");
}

TEST_CASE("words that are their own stems") {
    SnowballStemmer s;
    CHECK(s.Stem("elections", "xx") == "elections");  // no stemmer for the language
    CHECK(s.Stem("elections", "") == "elections");
    CHECK(s.Stem("covid19s", "en") == "covid19s");     // a digit
    CHECK(s.Stem("1990s", "en") == "1990s");
    CHECK(s.Stem("東京", "ja") == "東京");             // a bigram
    CHECK(s.Stem("東京s", "en") == "東京s");
    CHECK(s.Stem("", "en") == "");
    // One stemmer per language, kept: switching back and forth gives the same answers.
    CHECK(s.Stem("elections", "en") == "elect");
    CHECK(s.Stem("выборы", "ru") == "выбор");
    CHECK(s.Stem("elections", "en") == "elect");
}

TEST_CASE("one stemmer's memo of words stemmed: the same word in another language is stemmed in that language") {
    static const folio::search::IcuTextFolder folder;
    SnowballStemmer s;
    for (int round = 0; round < 3; ++round) {
        CHECK(s.Stem("running", "en") == "run");
        CHECK(s.Stem("running", "fi") == Stem("running", "fi"));
        CHECK(s.Stem("running", "xx") == "running"); // no algorithm
        CHECK(s.Stem(folder.Fold("выборах"), "ru") == "выбор");
        CHECK(s.Stem(folder.Fold("выборах"), "en") == folder.Fold("выборах"));
    }
    // More words than the memo holds, each asked twice at a distance: the same stems as a fresh stemmer's.
    // (Words of letters only: a digit makes a word its own stem before any stemmer or memo is asked.)
    const auto word = [](int i) {
        std::string w;
        for (; i > 0; i /= 26) w.push_back(static_cast<char>('a' + i % 26));
        return w + "walking";
    };
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < 70000; i += 7) {
            const std::string w = word(i);
            CHECK(s.Stem(w, "en") == Stem(w, "en"));
            CHECK(s.Stem(w, "en") != w);
        }
}
