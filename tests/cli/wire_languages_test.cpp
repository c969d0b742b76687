// Tests of wire stories beyond English through ImportFile: a story each in Russian (the sample), French, Spanish,
// German and Portuguese, their datelines, dates, quotes and speakers, and the language: the source's own, else
// --language, else detected (language_detect.h), never assumed English.
#include "cli/file_io.h"
#include "cli/importer.h"
#include "cli/source_text.h"
#include "model/bundle_write.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::cli;

namespace {

ImportOptions On(int y, int m, int d) {
    ImportOptions o;
    o.TodayY = y;
    o.TodayM = m;
    o.TodayD = d;
    return o;
}

Article Imported(const std::string& text, const ImportOptions& o, std::vector<Error>* warnings = nullptr,
                 const std::string& file = "story.txt") {
    Article a;
    Error e;
    std::vector<Error> w;
    REQUIRE_MESSAGE(ImportFile(text, file, o, &a, warnings ? warnings : &w, &e), e.Message());
    return a;
}

bool Warned(const std::vector<Error>& warnings, const std::string& part) {
    for (const Error& w : warnings)
        if (w.Reason.find(part) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("Russian: the sample TASS story, its dateline, the year rule, quotes «…», - сказала … and the language") {
    std::string bytes;
    Error e;
    REQUIRE_MESSAGE(ReadFile(std::string(FOLIO_TEST_SOURCES_DIR) + "/005_ru-wire.txt", kMaxSourceBytes, &bytes, &e), e.Message());
    std::vector<Error> warnings;
    const Article a = Imported(bytes, On(2026, 1, 1), &warnings, "005_ru-wire.txt");
    CHECK(a.Id == "ru-wire");
    CHECK(a.Section == "Культура");
    CHECK(a.Headline == "В Томске открылась выставка о сибирском речном судоходстве XIX века");
    CHECK(a.Dateline.Text == "ТОМСК, 14 марта. /ТАСС/.");
    CHECK(a.Dateline.Place == "ТОМСК");
    CHECK(a.Dateline.Date == "14 марта");
    CHECK(a.Dateline.Agency == "ТАСС");
    CHECK(a.Publisher == "ТАСС");
    // No year: the latest 14 March up to --today that fell on the Monday the lede names («в понедельник»).
    CHECK(a.DatePublished == "2022-03-14T00:00:00Z");
    CHECK(Warned(warnings, "no year in the dateline; took 2022, the latest year up to 2026-01-01 in which 14 марта "
                           "fell on the weekday the text names (\"понедельник\")"));
    CHECK(a.Language == "ru");
    CHECK_FALSE(Warned(warnings, "language")); // CLD2 was sure: nothing to warn about
    REQUIRE(a.Body.size() == 7);
    CHECK(a.Body[0].Text.PlainText().rfind("Выставка, посвященная истории", 0) == 0);
    const std::pair<size_t, const char*> quotes[] = {{1, "Анна Соколова"}, {3, "Анна Соколова"}, {5, "Игорь Белов"}};
    for (const auto& [i, who] : quotes) {
        CAPTURE(i);
        CHECK(a.Body[i].Type == BlockType::Quote);
        CHECK(a.Body[i].Attribution == who);
    }
    CHECK(a.Body[1].Text.PlainText() ==
          "Мы собирали эти предметы почти три года. Многие из них хранились в семейных архивах и ни разу не выставлялись.");
    for (size_t i : {0, 2, 4, 6}) CHECK(a.Body[i].Type == BlockType::Paragraph);
}

TEST_CASE("French: AFP's dateline with its year, « … » quotes, a-t-il déclaré and a déclaré le ministre") {
    const std::string text =
        "Monde\n\nLa ville de Lyon inaugure un pont réservé aux piétons\n\nL'ouvrage relie les deux rives du Rhône\n\n"
        "PARIS, 14 novembre 2026 (AFP) - Le ministre des Transports Julien Marchal a inauguré vendredi un pont "
        "réservé aux piétons et aux cyclistes à Lyon.\n\n"
        "« Ce pont change la vie de milliers d'habitants », a-t-il déclaré.\n\n"
        "Les travaux ont duré trois ans et coûté 40 millions d'euros.\n\n"
        "«\xC2\xA0Nous voulons en construire d'autres\xC2\xA0», a ajouté le ministre.\n";
    std::vector<Error> warnings;
    const Article a = Imported(text, On(2026, 12, 1), &warnings);
    CHECK(a.Section == "Monde");
    CHECK(a.Dateline.Place == "PARIS");
    CHECK(a.Dateline.Date == "14 novembre 2026");
    CHECK(a.Dateline.Agency == "AFP");
    CHECK(a.DatePublished == "2026-11-14T00:00:00Z");
    CHECK_FALSE(Warned(warnings, "no year")); // the dateline gives it
    CHECK(a.Language == "fr");
    REQUIRE(a.Body.size() == 4);
    CHECK(a.Body[1].Type == BlockType::Quote);
    CHECK(a.Body[1].Text.PlainText() == "Ce pont change la vie de milliers d'habitants.");
    CHECK(a.Body[1].Attribution == "Julien Marchal");
    CHECK(a.Body[3].Text.PlainText() == "Nous voulons en construire d'autres.");
    CHECK(a.Body[3].Attribution == "Julien Marchal");
}

TEST_CASE("Spanish: EFE's \"(EFE).-\", an abbreviated month with the year inferred from \"viernes\", «…», dijo …") {
    const std::string text =
        "Economía\n\nEl puerto de Valencia bate su récord de contenedores\n\nLa terminal movió más carga que nunca en octubre\n\n"
        "Madrid, 14 nov (EFE).- La presidenta de la Autoridad Portuaria, Elena Navarro, presentó este viernes "
        "las cifras del mes pasado ante los medios.\n\n"
        "«Es el mejor resultado de nuestra historia», dijo Navarro.\n\n"
        "El tráfico creció un 12 por ciento respecto al año anterior.\n\n"
        "«Seguiremos invirtiendo en la terminal», afirmó la presidenta.\n";
    std::vector<Error> warnings;
    const Article a = Imported(text, On(2026, 12, 1), &warnings);
    CHECK(a.Dateline.Text == "Madrid, 14 nov (EFE).-");
    CHECK(a.Dateline.Place == "Madrid");
    CHECK(a.Dateline.Agency == "EFE");
    CHECK(a.DatePublished == "2025-11-14T00:00:00Z"); // 14 November 2026 is a Saturday; 2025's was a Friday
    CHECK(Warned(warnings, "no year in the dateline; took 2025"));
    CHECK(Warned(warnings, "(\"viernes\")"));
    CHECK(a.Language == "es");
    REQUIRE(a.Body.size() == 4);
    CHECK(a.Body[0].Text.PlainText().rfind("La presidenta de la Autoridad Portuaria", 0) == 0);
    CHECK(a.Body[1].Attribution == "Elena Navarro");
    CHECK(a.Body[3].Text.PlainText() == "Seguiremos invirtiendo en la terminal.");
    CHECK(a.Body[3].Attribution == "Elena Navarro");
}

TEST_CASE("German: dpa's \"Berlin (dpa) -\" without a date (--date gives it), „…“, sagte … and so …") {
    const std::string text =
        "Politik\n\nBerlin plant mehr Nachtzüge\n\nNeue Verbindungen sollen ab Dezember fahren\n\n"
        "Berlin (dpa) - Bundesverkehrsministerin Katrin Vogel hat am Montag neue Nachtzugverbindungen angekündigt.\n\n"
        "\xE2\x80\x9EWir wollen die Schiene stärken\xE2\x80\x9C, sagte Vogel.\n\n"
        "Die Züge sollen zunächst zwischen Berlin und Wien verkehren.\n\n"
        "\xE2\x80\x9E" "Das ist erst der Anfang\xE2\x80\x9C, so die Ministerin.\n";
    std::vector<Error> warnings;
    Article a = Imported(text, On(2026, 12, 1), &warnings);
    CHECK(a.Dateline.Place == "Berlin");
    CHECK(a.Dateline.Date.empty());
    CHECK(a.Dateline.Agency == "dpa");
    CHECK(a.DatePublished.empty());
    CHECK(Warned(warnings, "no date in the dateline"));
    CHECK(a.Language == "de");
    REQUIRE(a.Body.size() == 4);
    CHECK(a.Body[1].Text.PlainText() == "Wir wollen die Schiene stärken.");
    CHECK(a.Body[1].Attribution == "Katrin Vogel");
    CHECK(a.Body[3].Attribution == "Katrin Vogel");
    ImportOptions dated = On(2026, 12, 1);
    dated.Date = "2026-11-16";
    CHECK(Imported(text, dated).DatePublished == "2026-11-16T00:00:00Z");
}

TEST_CASE("Portuguese: Lusa's dateline, “…”, disse …, and --language naming the variant") {
    const std::string text =
        "País\n\nLisboa abre nova biblioteca municipal\n\nO edifício tem capacidade para 300 leitores\n\n"
        "Lisboa, 14 nov 2026 (Lusa) - O presidente da câmara, Rui Teixeira, inaugurou hoje a nova biblioteca "
        "municipal no centro da cidade.\n\n"
        "\xE2\x80\x9CUma cidade que lê é uma cidade mais livre\xE2\x80\x9D, disse Teixeira.\n\n"
        "A biblioteca abre todos os dias até à meia-noite.\n";
    std::vector<Error> warnings;
    Article a = Imported(text, On(2026, 12, 1), &warnings);
    CHECK(a.Dateline.Place == "Lisboa");
    CHECK(a.Dateline.Agency == "Lusa");
    CHECK(a.DatePublished == "2026-11-14T00:00:00Z");
    CHECK(a.Language == "pt");
    REQUIRE(a.Body.size() == 3);
    CHECK(a.Body[1].Text.PlainText() == "Uma cidade que lê é uma cidade mais livre.");
    CHECK(a.Body[1].Attribution == "Rui Teixeira");
    ImportOptions o = On(2026, 12, 1);
    o.Language = "pt-PT";
    CHECK(Imported(text, o).Language == "pt-PT"); // --language wins over detection
}

TEST_CASE("the language: the source's own, else --language, else detected; never English by default") {
    ImportOptions o = On(2026, 1, 1);
    o.Language = "fr";
    // Markdown front matter says it: that wins over --language.
    CHECK(Imported("---\ntitle: Kurz\nlanguage: de\ndate: 2026-01-01\n---\nText.\n", o, nullptr, "a.md").Language == "de");
    // Too short for CLD2: the script, with a warning that says so.
    std::vector<Error> warnings;
    Article a = Imported("Привет\n\nМир.\n", On(2026, 1, 1), &warnings);
    CHECK(a.Language == "und-Cyrl");
    CHECK(Warned(warnings, "language taken as und-Cyrl from its script (Cyrillic)"));
    // Neither can tell: no language at all (not "en"), a warning, and no inLanguage in the article file.
    warnings.clear();
    a = Imported("Zorb\n\nKlax.\n", On(2026, 1, 1), &warnings);
    CHECK(a.Language.empty());
    CHECK(Warned(warnings, "could not tell the language"));
    CHECK(WriteArticleJson(a).find("inLanguage") == std::string::npos);
    // The same text given --language takes it, without a warning about the language.
    warnings.clear();
    CHECK(Imported("Zorb\n\nKlax.\n", o, &warnings).Language == "fr");
    CHECK_FALSE(Warned(warnings, "language"));
}
