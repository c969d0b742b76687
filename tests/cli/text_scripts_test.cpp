// Tests of cli/text_scripts.cpp and cli/text_direction.cpp and where the tool uses them: an article's shaped
// scripts (set on import whatever the source said, carried to its feed item, checked by validate) and the HTML
// snapshot's <html lang dir> with dir="auto" on blocks that start in the other direction.
#include "cli/bundle_validate.h"
#include "cli/feed_pages.h"
#include "cli/html_snapshot.h"
#include "cli/importer.h"
#include "cli/text_direction.h"
#include "cli/text_scripts.h"
#include "model/bundle_write.h"

#include "test_errors.h"
#include "test_files.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::cli;
using namespace folio::test;

namespace {

const TempFolders kFolders("folio-scripts-test");

using Codes = std::vector<std::string>;

Article WithText(const std::string& headline, const std::vector<std::string>& paragraphs, const std::string& lang = "") {
    Article a;
    a.Id = "x";
    a.Headline = headline;
    a.Language = lang;
    for (const std::string& p : paragraphs) {
        Block b;
        b.Text = RichText::Plain(p);
        a.Body.push_back(b);
    }
    return a;
}

} // namespace

TEST_CASE("ShapedScripts: the shaped scripts of every shown text, sorted, each once") {
    CHECK(ShapedScripts(WithText("Plain English, Ελληνικά, Русский, 東京, ひらがな, 한국어 and 3 − 2 → 1", {})).empty());
    CHECK(ShapedScripts(WithText("Talks in القاهرة", {"Mayor of ירושלים", "In दिल्ली, and again القاهرة."})) ==
          Codes{"Arab", "Deva", "Hebr"});
    // Persian and Urdu letters are Arabic script; Thai, Lao, Khmer, Myanmar, Bengali, Tamil by their own codes.
    CHECK(ShapedScripts(WithText("گزارش", {"اردو میں خبر"})) == Codes{"Arab"});
    CHECK(ShapedScripts(WithText("ข่าว ຂ່າວ ព័ត៌មាន သတင်း সংবাদ செய்தி", {})) ==
          Codes{"Beng", "Khmr", "Laoo", "Mymr", "Taml", "Thai"});
    // Captions, attributions, list items and authors count too; combining marks and digits alone do not.
    Article a = WithText("H", {});
    Block q;
    q.Type = BlockType::Quote;
    q.Text = RichText::Plain("Said.");
    q.Attribution = "דוד";
    Block l;
    l.Type = BlockType::List;
    l.Items = {RichText::Plain("one"), RichText::Plain("สอง")};
    Block ph;
    ph.Type = BlockType::Photo;
    ph.Image.Src = "p.jpg";
    ph.Image.Caption = "মেলা";
    a.Body = {q, l, ph};
    a.Authors = {"ابن بطوطة"};
    CHECK(ShapedScripts(a) == Codes{"Arab", "Beng", "Hebr", "Thai"});
    CHECK(ShapedScripts(WithText("e\xCC\x81 \xD9\xA3", {})) == Codes{"Arab"}); // U+0663 is Arabic-Indic three
    CHECK(ShapedScripts(WithText("e\xCC\x81 3", {})).empty());
}

TEST_CASE("import sets an article's scripts from its text, whatever the source said, and its feed item carries them") {
    Article a;
    std::vector<Error> warnings;
    Error e;
    REQUIRE_MESSAGE(ImportFile("---\ntitle: Talks in القاهرة\nlanguage: en\n---\n\nThe mayor of ירושלים spoke.\n", "talks.md",
                               ImportOptions{}, &a, &warnings, &e), e.Message());
    CHECK(a.Scripts == Codes{"Arab", "Hebr"});
    const std::string folio = R"({"folioFormat":1,"id":"f","headline":"Plain","inLanguage":"en","body":[],"scripts":["Thai"]})";
    REQUIRE_MESSAGE(ImportFile(folio, "f.json", ImportOptions{}, &a, &warnings, &e), e.Message());
    CHECK(a.Scripts.empty());
    a.Scripts = {"Arab"};
    CHECK(MakeFeedItem(a, BundleSite{}).Scripts == Codes{"Arab"});
}

TEST_CASE("LanguageDirection by the language's likely script; FirstStrongDirection by bidi classes") {
    for (const char* rtl : {"ar", "fa", "ur", "he", "yi", "ps", "sd", "ug", "dv", "ckb", "ar-EG", "fa-IR"})
        CHECK_MESSAGE(LanguageDirection(rtl) == TextDirection::Rtl, rtl);
    for (const char* ltr : {"en", "hi", "th", "ru", "zh-Hant", "az-Latn", "pa"}) CHECK_MESSAGE(LanguageDirection(ltr) == TextDirection::Ltr, ltr);
    CHECK(LanguageDirection("") == TextDirection::None);
    CHECK(FirstStrongDirection("2026 — «القاهرة» Cairo") == TextDirection::Rtl);
    CHECK(FirstStrongDirection("(12) Cairo القاهرة") == TextDirection::Ltr);
    CHECK(FirstStrongDirection("12, 13 — …") == TextDirection::None);
}

TEST_CASE("the snapshot says its language and direction, and marks blocks that start the other way dir=auto") {
    const std::string ar = WriteHtmlSnapshot(WithText("عنوان الخبر", {"فقرة أولى.", "Reuters reported it first.", "2026"}, "ar"),
                                             BundleSite{}, {});
    CHECK(ar.find("<html lang=\"ar\" dir=\"rtl\">") != std::string::npos);
    CHECK(ar.find("<h1>عنوان الخبر</h1>") != std::string::npos);
    CHECK(ar.find("<p>فقرة أولى.</p>") != std::string::npos);
    CHECK(ar.find("<p dir=\"auto\">Reuters reported it first.</p>") != std::string::npos);
    CHECK(ar.find("<p>2026</p>") != std::string::npos); // no strong character: the page's direction
    CHECK(ar.find("border-inline-start") != std::string::npos); // the quote's rule on the reading side
    const std::string en = WriteHtmlSnapshot(WithText("Names", {"Mayor Ahmed spoke.", "القاهرة هي العاصمة."}, "en"), BundleSite{}, {});
    CHECK(en.find("<html lang=\"en\" dir=\"ltr\">") != std::string::npos);
    CHECK(en.find("<p>Mayor Ahmed spoke.</p>") != std::string::npos);
    CHECK(en.find("<p dir=\"auto\">القاهرة هي العاصمة.</p>") != std::string::npos);
    // No language anywhere: the headline's first strong character decides, never a guessed lang.
    const std::string he = WriteHtmlSnapshot(WithText("כותרת", {"טקסט"}), BundleSite{}, {});
    CHECK(he.find("<html dir=\"rtl\">") != std::string::npos);
}

TEST_CASE("validate: a feed item's scripts must be its article's; an article's that its text does not use warn") {
    const std::string dir = kFolders.Fresh("scripts");
    Write(dir + "/feed.json", R"({"version":"https://jsonfeed.org/version/1.1","title":"T","_folio":{"format":1},
      "items":[{"id":"a","content_text":"x","_folio":{"article":"articles/a.json","scripts":["Arab"]}}]})");
    Write(dir + "/articles/a.json", R"({"folioFormat":1,"id":"a","headline":"عنوان","body":[],"scripts":["Arab","Hebr"]})");
    ValidateSummary s;
    std::vector<Error> problems, warnings;
    CHECK_FALSE(ValidateBundle(dir, &s, &problems, &warnings));
    const std::string all = Messages(problems), warned = Messages(warnings);
    CHECK_MESSAGE(all.find("articles/a.json: $.scripts: [Arab, Hebr], but feed.json $.items[0]._folio.scripts says [Arab]") !=
                      std::string::npos, all);
    CHECK_MESSAGE(warned.find("articles/a.json: $.scripts: [Arab, Hebr], but its text uses [Arab]") != std::string::npos, warned);
    CHECK_MESSAGE(all.find("$.scripts[") == std::string::npos, all); // the codes have the schema's shape
    Write(dir + "/articles/a.json", R"({"folioFormat":1,"id":"a","headline":"عنوان","body":[],"scripts":["arabic"]})");
    problems.clear();
    CHECK_FALSE(ValidateBundle(dir, &s, &problems, &warnings));
    CHECK_MESSAGE(Messages(problems).find("articles/a.json: $.scripts[0]") != std::string::npos, Messages(problems));
}
