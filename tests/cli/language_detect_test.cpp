// Tests of cli/language_detect.cpp: CLD2 on long enough text, the script where CLD2 is unsure (short or mixed
// text), nothing (never English) where neither can tell, and an article's text gathered for it.
#include "cli/language_detect.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::cli;

TEST_CASE("DetectLanguage: CLD2 tells the wire languages apart in a sentence") {
    const std::pair<const char*, const char*> cases[] = {
        {"Выставка, посвященная истории речного судоходства, открылась в Томском музее, сообщила директор.", "ru"},
        {"Le gouvernement a annoncé mardi une nouvelle réforme des retraites qui sera présentée au Parlement.", "fr"},
        {"El Gobierno aprobó este martes un nuevo plan de vivienda para los jóvenes de la capital.", "es"},
        {"Die Bundesregierung hat am Dienstag einen neuen Plan für den Wohnungsbau vorgestellt.", "de"},
        {"O Governo aprovou esta terça-feira um novo plano de habitação para os jovens da capital.", "pt"},
        {"Tokyo's decisions regarding anti-Russian sanctions destroyed the atmosphere of friendship between the two nations.", "en"},
    };
    for (const auto& [text, tag] : cases) {
        const DetectedLanguage d = DetectLanguage(text);
        CAPTURE(text);
        CHECK(d.Tag == tag);
        CHECK(d.Sure);
        CHECK(d.How == "CLD2");
    }
}

TEST_CASE("DetectLanguage: where CLD2 is unsure, the script; where a script is many languages', und-Script") {
    DetectedLanguage d = DetectLanguage("Привет");
    CHECK(d.Tag == "und-Cyrl");
    CHECK_FALSE(d.Sure);
    CHECK(d.How == "its script (Cyrillic)");
    CHECK(DetectLanguage("שלום עולם").Tag == "he");
    CHECK(DetectLanguage("東京で会議").Tag == "ja");      // kana with kanji is Japanese
    CHECK(DetectLanguage("안녕하세요").Tag == "ko");
    CHECK(DetectLanguage("Γεια σου κόσμε").Tag == "el");
    // Mixed scripts: the one most letters are in.
    d = DetectLanguage("Moscow Москва Москва Москва Moscow");
    CHECK(d.Tag == "und-Cyrl");
    CHECK_FALSE(d.Sure);
}

TEST_CASE("DetectLanguage: no language rather than a guess of English") {
    DetectedLanguage d = DetectLanguage("Hello");
    CHECK(d.Tag.empty());
    CHECK(d.How.find("Latin") != std::string::npos);
    CHECK(DetectLanguage("12345 !!!").Tag.empty());
    CHECK(DetectLanguage("").Tag.empty());
    CHECK(DetectLanguage("\xFF\xFE broken").Tag.empty()); // invalid UTF-8 is cut at the first bad byte
}

TEST_CASE("DetectArticleLanguage: headline, standfirst and body; code blocks are no one's language") {
    Article a;
    a.Headline = "Hallo";
    Block code;
    code.Type = BlockType::Code;
    code.Text = RichText::Plain("int main() { return 0; } // the quick brown fox jumps over the lazy dog again and again");
    a.Body.push_back(code);
    CHECK(DetectArticleLanguage(a).Tag.empty());
    Block para;
    para.Text = RichText::Plain("Die Bundesregierung hat am Dienstag einen neuen Plan für den Wohnungsbau vorgestellt.");
    a.Body.push_back(para);
    CHECK(DetectArticleLanguage(a).Tag == "de");
    // Only the first kMaxDetectBytes are looked at: 64 KiB of French before 256 KiB of Russian is French.
    Article big;
    big.Headline = "Réforme";
    std::string french;
    while (french.size() < kMaxDetectBytes) french += "Le gouvernement a annoncé mardi une nouvelle réforme des retraites. ";
    Block fr, ru;
    fr.Text = RichText::Plain(french);
    std::string russian;
    while (russian.size() < 4 * kMaxDetectBytes) russian += "Выставка открылась в Томском музее, сообщила директор. ";
    ru.Text = RichText::Plain(russian);
    big.Body = {fr, ru};
    CHECK(DetectArticleLanguage(big).Tag == "fr");
}
