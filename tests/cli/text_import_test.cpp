// Tests of cli/text_import.cpp (ImportWireText through ImportFile): the seed article imported from its text,
// the year rule for datelines without one, other wire shapes, and the ways a text source can be refused.
#include "cli/file_io.h"
#include "cli/importer.h"
#include "cli/source_text.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::cli;

namespace {

std::string ReadSource(const std::string& name) {
    std::string bytes;
    Error e;
    REQUIRE_MESSAGE(ReadFile(std::string(FOLIO_TEST_SOURCES_DIR) + "/" + name, kMaxSourceBytes, &bytes, &e), e.Message());
    return bytes;
}

ImportOptions On(int y, int m, int d) {
    ImportOptions o;
    o.TodayY = y;
    o.TodayM = m;
    o.TodayD = d;
    return o;
}

Article Imported(const std::string& text, const ImportOptions& o, std::vector<Error>* warnings = nullptr) {
    Article a;
    Error e;
    std::vector<Error> w;
    REQUIRE_MESSAGE(ImportFile(text, "story.txt", o, &a, warnings ? warnings : &w, &e), e.Message());
    return a;
}

const char* const kSeed = "000_801a1fae005ec4bc.txt";

} // namespace

TEST_CASE("the seed: headline, standfirst, dateline, both quotes attributed to Mikhail Galuzin, the rest as body") {
    const std::string text = ReadSource(kSeed);
    REQUIRE_FALSE(text.empty());
    Article a;
    Error e;
    std::vector<Error> warnings;
    REQUIRE_MESSAGE(ImportFile(text, std::string("sources/") + kSeed, On(2026, 1, 1), &a, &warnings, &e), e.Message());
    CHECK(a.Id == "801a1fae005ec4bc");
    CHECK(a.Section == "All news");
    CHECK(a.Headline == "Peace treaty talks with Tokyo impossible amid sanctions \xE2\x80\x94 Russian ambassador");
    CHECK(a.Description == "Russia said it was quitting the dialogue with Japan on joint economic activity on the South Kuril "
                           "Islands and blocked the prolongation of Japan\xE2\x80\x99s status of a sectoral dialogue partner of "
                           "the Organization of Black Sea Economic Cooperation");
    CHECK(a.Dateline.Text == "MOSCOW, March 22. /TASS/.");
    CHECK(a.Dateline.Place == "MOSCOW");
    CHECK(a.Dateline.Date == "March 22");
    CHECK(a.Dateline.Agency == "TASS");
    CHECK(a.Publisher == "TASS");
    CHECK(a.DatePublished == "2022-03-22T00:00:00Z");
    REQUIRE(a.Body.size() == 8);
    CHECK(a.Body[0].Type == BlockType::Paragraph);
    CHECK(a.Body[0].Text.PlainText().rfind("Tokyo\xE2\x80\x99s decisions regarding anti-Russian sanctions", 0) == 0);
    for (size_t i : {1, 2}) {
        CAPTURE(i);
        CHECK(a.Body[i].Type == BlockType::Quote);
        CHECK(a.Body[i].Attribution == "Mikhail Galuzin");
    }
    CHECK(a.Body[1].Text.PlainText().rfind("We perceive the peace treaty as the foundational document", 0) == 0);
    CHECK(a.Body[1].Text.PlainText().find("simply becomes impossible.") != std::string::npos); // the comma became a full stop
    CHECK(a.Body[1].Text.PlainText().find("diplomat") == std::string::npos);                  // no attribution clause
    CHECK(a.Body[2].Text.PlainText() == "The sanctions-related decisions made the spirit of friendship and neighborliness "
                                        "disappear without a trace.");
    for (size_t i = 3; i < a.Body.size(); ++i) {
        CAPTURE(i);
        CHECK(a.Body[i].Type == BlockType::Paragraph);
        CHECK(a.Body[i].Attribution.empty());
    }
    CHECK(a.Body[3].Text.PlainText().rfind("Japan\xE2\x80\x99s Foreign Minister Yoshimasa Hayashi", 0) == 0);
    CHECK(a.Body[7].Text.PlainText().rfind("The Russian Foreign Ministry has repeatedly said", 0) == 0);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].Path == "line 7");
    CHECK(warnings[0].Reason.find("took 2022") != std::string::npos);
    CHECK(warnings[0].Reason.find("on Tuesday") != std::string::npos);
}

TEST_CASE("the year: the latest up to --today in which the day fell on the weekday the lede names") {
    const std::string text = ReadSource(kSeed);
    CHECK(Imported(text, On(2022, 3, 22)).DatePublished == "2022-03-22T00:00:00Z");
    CHECK(Imported(text, On(2022, 3, 21)).DatePublished == "2016-03-22T00:00:00Z"); // 2022's was still to come
    CHECK(Imported(text, On(2040, 6, 1)).DatePublished == "2039-03-22T00:00:00Z");
    ImportOptions given = On(2026, 1, 1);
    given.Date = "2022-03-22T10:15:00+03:00";
    std::vector<Error> warnings;
    CHECK(Imported(text, given, &warnings).DatePublished == "2022-03-22T10:15:00+03:00");
    CHECK(warnings.empty()); // nothing was guessed
    given.Date = "2022-03-22";
    given.UtcOffset = "+03:00";
    CHECK(Imported(text, given).DatePublished == "2022-03-22T00:00:00+03:00");
}

TEST_CASE("a lede without a weekday takes the latest past year") {
    const std::string text = "World\n\nHeadline\n\nStandfirst\n\nLONDON, Dec. 31 (Reuters) - Something happened.\n\nMore.\n";
    std::vector<Error> warnings;
    Article a = Imported(text, On(2026, 6, 1), &warnings);
    CHECK(a.Dateline.Place == "LONDON");
    CHECK(a.Dateline.Date == "Dec. 31");
    CHECK(a.Dateline.Agency == "Reuters");
    CHECK(a.Body[0].Text.PlainText() == "Something happened.");
    CHECK(a.DatePublished == "2025-12-31T00:00:00Z");
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].Reason.find("names no weekday") != std::string::npos);
}

TEST_CASE("speakers: a surname, 'said NAME', a pronoun, and a description that matches nobody") {
    const std::string text =
        "Headline\n\nStandfirst\n\nBERLIN (AP) \xE2\x80\x94 German Chancellor Olaf Scholz spoke on Monday.\n\n"
        "\"First,\" Scholz said.\n\n\xE2\x80\x9CSecond,\xE2\x80\x9D said Scholz.\n\n\"Third,\" he added. \"And more.\"\n\n"
        "\"Fourth,\" the spokesman said.\n\n\"Not a quote,\" and then some other words that are not an attribution at all.\n";
    std::vector<Error> warnings;
    Article a = Imported(text, On(2026, 1, 1), &warnings);
    REQUIRE(a.Body.size() == 6);
    CHECK(a.Dateline.Place == "BERLIN");
    CHECK(a.Dateline.Agency == "AP");
    CHECK(a.Body[1].Text.PlainText() == "First.");
    CHECK(a.Body[1].Attribution == "Olaf Scholz");
    CHECK(a.Body[2].Attribution == "Olaf Scholz");
    CHECK(a.Body[3].Text.PlainText() == "Third. And more.");
    CHECK(a.Body[3].Attribution == "Olaf Scholz");
    CHECK(a.Body[4].Attribution == "the spokesman");
    CHECK(a.Body[5].Type == BlockType::Paragraph); // kept whole: no attribution, no data lost
    bool warned = false;
    for (const Error& w : warnings) warned = warned || w.Reason.find("could not tell who \"the spokesman\" is") != std::string::npos;
    CHECK(warned);
}

TEST_CASE("a text without a dateline is read by position, with a warning") {
    std::vector<Error> warnings;
    Article a = Imported("Section\n\nHeadline here\n\nThe standfirst.\n\nBody one.\n\nBody two.\n", On(2026, 1, 1), &warnings);
    CHECK(a.Section == "Section");
    CHECK(a.Headline == "Headline here");
    CHECK(a.Description == "The standfirst.");
    CHECK(a.Body.size() == 2);
    CHECK(a.DatePublished.empty());
    CHECK(warnings.size() >= 1);
}

TEST_CASE("refusals name the file and why") {
    Article a;
    Error e;
    std::vector<Error> w;
    CHECK_FALSE(ImportFile("", "empty.txt", On(2026, 1, 1), &a, &w, &e));
    CHECK(e.Message() == "empty.txt: empty file");
    CHECK_FALSE(ImportFile("Only a headline\n", "one.txt", On(2026, 1, 1), &a, &w, &e));
    CHECK(e.Message() == "one.txt: line 1: no body after the headline");
    CHECK_FALSE(ImportFile(std::string(16u << 20 | 1, 'x'), "big.txt", On(2026, 1, 1), &a, &w, &e));
    CHECK(e.Reason == "file is 16777217 bytes; the limit is 16777216");
    e = Error{};
    CHECK_FALSE(ImportFile("H\n\nBody\n", "bad id!.txt", On(2026, 1, 1), &a, &w, &e));
    CHECK(e.Reason.find("article id \"bad id!\"") == 0);
}

TEST_CASE("repairs are warned about, with the line") {
    std::vector<Error> warnings;
    Article a = Imported("\xEF\xBB\xBFHeadline\n\nBody with \x01 a control and \xFF a stray byte.\n", On(2026, 1, 1), &warnings);
    CHECK(a.Headline == "Headline"); // the byte order mark is gone
    CHECK(a.Body[0].Text.PlainText() == "Body with  a control and \xEF\xBF\xBD a stray byte.");
    bool warned = false;
    for (const Error& w : warnings) warned = warned || (w.Path == "line 3" && w.Reason.find("invalid UTF-8") == 0);
    CHECK(warned);
}

TEST_CASE("photo lines: before the first paragraph the lead image, in the body a photo where it stands") {
    const std::string text =
        "World\n\nHarbour reopens\n\nPhoto: img/harbour.jpg | Boats at the quay | The harbour at dawn | Photo by A. Person\n\n"
        "Ships return after the storm.\n\nPORTO, March 22. /TASS/. The harbour reopened on Tuesday.\n\n"
        "Photo: img/quay.png | The quay\n\nPhoto: Sergei Bobylev/TASS\n\nWork resumes tomorrow.\n\nphoto: https://example.org/end.webp\n";
    const Article a = Imported(text, On(2026, 1, 1));
    CHECK(a.Section == "World");
    CHECK(a.Headline == "Harbour reopens");
    CHECK(a.Description == "Ships return after the storm.");
    CHECK(a.Image.Src == "img/harbour.jpg");
    CHECK(a.Image.Alt == "Boats at the quay");
    CHECK(a.Image.Caption == "The harbour at dawn");
    CHECK(a.Image.Credit == "Photo by A. Person");
    REQUIRE(a.Body.size() == 5);
    CHECK(a.Body[0].Text.PlainText() == "The harbour reopened on Tuesday.");
    CHECK(a.Body[1].Type == BlockType::Photo);
    CHECK(a.Body[1].Image.Src == "img/quay.png");
    CHECK(a.Body[1].Image.Alt == "The quay");
    CHECK(a.Body[2].Text.PlainText() == "Photo: Sergei Bobylev/TASS"); // a credit as wire copy prints it: text
    CHECK(a.Body[4].Image.Src == "https://example.org/end.webp");
}

TEST_CASE("a photo line is one line: the text right under it, with no blank line between, stays the story's") {
    const std::string text =
        "World\n\nHarbour reopens\n\nShips return after the storm.\n"
        "Photo: img/harbour.jpg | Boats at the quay | The harbour at dawn\n"
        "PORTO, March 22. /TASS/. The harbour reopened on Tuesday.\n\nWork resumes tomorrow.\n"
        "Photo: img/quay.png | The quay\nMore work on Wednesday.\n";
    const Article a = Imported(text, On(2026, 1, 1));
    CHECK(a.Description == "Ships return after the storm.");
    CHECK(a.Image.Src == "img/harbour.jpg");
    CHECK(a.Image.Caption == "The harbour at dawn"); // not the dateline paragraph after it
    REQUIRE(a.Body.size() == 4);
    CHECK(a.Body[0].Text.PlainText() == "The harbour reopened on Tuesday.");
    CHECK(a.Body[1].Text.PlainText() == "Work resumes tomorrow.");
    CHECK(a.Body[2].Image.Alt == "The quay");
    CHECK(a.Body[3].Text.PlainText() == "More work on Wednesday.");
}

TEST_CASE("photo lines of a type the tool does not read, of too many parts, or two before the body are refused with their line") {
    const auto refusal = [](const std::string& text) {
        Article a;
        Error e;
        std::vector<Error> w;
        CHECK_FALSE(ImportFile(text, "story.txt", On(2026, 1, 1), &a, &w, &e));
        return e.Message();
    };
    const std::string head = "World\n\nHeadline\n\nStandfirst.\n\nPORTO, March 22. /TASS/. Text.\n\n";
    CHECK(refusal(head + "Photo: chart.svg | A chart\n") ==
          "story.txt: line 9: photo \"chart.svg\" is a .svg file, which the tool does not read (JPEG, PNG, GIF, WebP or AVIF)");
    CHECK(refusal(head + "More.\n\nPhoto: a.jpg | b | c | d | e\n") ==
          "story.txt: line 11: a photo line has 5 parts; at most 4: file | alt text | caption | credit");
    CHECK(refusal("World\n\nHeadline\n\nPhoto: a.jpg\n\nPhoto: b.jpg\n\nStandfirst.\n\nPORTO, March 22. /TASS/. Text.\n")
              .find("story.txt: line 7: a second photo line before the story's first paragraph") == 0);
    CHECK(refusal(head + "Photo: javascript:x.jpg\n") ==
          "story.txt: line 9: photo source scheme \"javascript\" is not allowed (relative paths or http, https only)");
}
