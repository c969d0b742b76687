// Tests of cli/markdown_import.cpp, cli/markdown_body.cpp and cli/front_matter.cpp: front matter to fields,
// Markdown to blocks and spans, the link and photo rules, and refusals with their line.
#include "cli/file_io.h"
#include "cli/importer.h"
#include "cli/source_text.h"
#include "model/article_json.h"
#include "model/bundle_write.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::cli;

namespace {

Article Imported(const std::string& md, std::vector<Error>* warnings = nullptr) {
    Article a;
    Error e;
    std::vector<Error> w;
    REQUIRE_MESSAGE(ImportFile(md, "guide.md", ImportOptions{}, &a, warnings ? warnings : &w, &e), e.Message());
    return a;
}

Error Refused(const std::string& md) {
    Article a;
    Error e;
    std::vector<Error> w;
    CHECK_FALSE(ImportFile(md, "guide.md", ImportOptions{}, &a, &w, &e));
    CHECK(e.File == "guide.md");
    return e;
}

bool Warned(const std::vector<Error>& warnings, const std::string& text) {
    for (const Error& w : warnings) if (w.Message().find(text) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("front matter fills the article's fields") {
    Article a = Imported("---\nid: my-guide\ntitle: A guide\ndescription: What it is\nsection: Help\ndate: 2022-03-01\n"
                         "modified: 2022-03-02T10:00:00Z\nlanguage: de\nauthor: [Ann Lee, Bo Chen]\npublisher: Folio\n"
                         "keywords: one, two\nrelated: [other]\ndateline: BERLIN\nurl: https://example.org/g.html\n---\nText.\n");
    CHECK(a.Id == "my-guide");
    CHECK(a.Headline == "A guide");
    CHECK(a.Description == "What it is");
    CHECK(a.Section == "Help");
    CHECK(a.DatePublished == "2022-03-01T00:00:00Z");
    CHECK(a.DateModified == "2022-03-02T10:00:00Z");
    CHECK(a.Language == "de");
    CHECK(a.Authors == std::vector<std::string>{"Ann Lee", "Bo Chen"});
    CHECK(a.Publisher == "Folio");
    CHECK(a.Keywords == std::vector<std::string>{"one", "two"});
    CHECK(a.Related == std::vector<std::string>{"other"});
    CHECK(a.Dateline.Text == "BERLIN");
    CHECK(a.Url == "https://example.org/g.html");
    REQUIRE(a.Body.size() == 1);
    CHECK(a.Body[0].Text.PlainText() == "Text.");
}

TEST_CASE("without front matter the first heading is the title and the file name the id") {
    std::vector<Error> warnings;
    Article a = Imported("# The title\n\nBody *text*.\n", &warnings);
    CHECK(a.Headline == "The title");
    CHECK(a.Id == "guide");
    CHECK(Warned(warnings, "no date"));
}

TEST_CASE("blocks and spans") {
    Article a = Imported("---\ntitle: T\ndate: 2022-03-01\n---\n"
                         "Plain *em* **strong** ***both*** [link](https://example.org/a?b&amp;c) `code`.\n\n"
                         "## Sub\n\n###### Deep\n\n> Quoted line one\n> line two\n> \xE2\x80\x94 Jane Doe\n\n"
                         "> [!pullquote]\n> Pulled.\n\n1. one\n2. two\n   - nested\n\n![A cat](img/cat.jpg \"A cat | Photo: Ann\")\n\n---\n\n"
                         "```\ncode block\n```\n");
    REQUIRE(a.Body.size() == 9);
    const RichText& p = a.Body[0].Text;
    CHECK(p.PlainText() == "Plain em strong both link code.");
    CHECK(p.Spans[1].Style == SpanEmphasis);
    CHECK(p.Spans[3].Style == SpanStrong);
    CHECK(p.Spans[5].Style == (SpanEmphasis | SpanStrong));
    CHECK(p.Spans[7].Style == SpanLink);
    CHECK(p.Spans[7].Href == "https://example.org/a?b&c");
    CHECK(a.Body[1].Type == BlockType::Heading);
    CHECK(a.Body[1].Level == 2);
    CHECK(a.Body[2].Level == 4);
    CHECK(a.Body[3].Type == BlockType::Quote);
    CHECK(a.Body[3].Text.PlainText() == "Quoted line one line two");
    CHECK(a.Body[3].Attribution == "Jane Doe");
    CHECK(a.Body[4].Type == BlockType::Pullquote);
    CHECK(a.Body[4].Text.PlainText() == "Pulled.");
    CHECK(a.Body[5].Type == BlockType::List);
    CHECK(a.Body[5].Ordered);
    CHECK(a.Body[5].Items.size() == 3); // the nested item is flattened into the list
    CHECK(a.Body[6].Type == BlockType::Photo);
    CHECK(a.Body[6].Image.Src == "img/cat.jpg");
    CHECK(a.Body[6].Image.Alt == "A cat");
    CHECK(a.Body[6].Image.Caption == "A cat");
    CHECK(a.Body[6].Image.Credit == "Photo: Ann");
    CHECK(a.Body[7].Type == BlockType::Divider);
    CHECK(a.Body[8].Type == BlockType::Code);
    CHECK(a.Body[8].Text.PlainText() == "code block");
    CHECK(p.Spans[9].Text == "code");
    CHECK(p.Spans[9].Style == SpanCode);
}

TEST_CASE("code spans and fenced and indented code blocks keep their text as written") {
    std::vector<Error> warnings;
    Article a = Imported("---\ntitle: T\ndate: 2022-03-01\n---\n"
                         "Run `folio-bundle build src/ -o out/` and *see `x`*, or [`y`](https://example.org/).\n\n"
                         "```cpp title=\"x\"\nint main() {\n  return\t0; // a  b\n}\n\n\n```\n\n"
                         "    indented\n      more\n\n"
                         "~~~ bad<language>\nx &amp; y\n~~~\n\n"
                         "- an item\n\n      code in\n      the item\n", &warnings);
    REQUIRE(a.Body.size() == 5);
    const RichText& p = a.Body[0].Text;
    REQUIRE(p.Spans.size() == 8);
    CHECK(p.Spans[1].Text == "folio-bundle build src/ -o out/");
    CHECK(p.Spans[1].Style == SpanCode);
    CHECK(p.Spans[3].Style == SpanEmphasis);
    CHECK(p.Spans[4].Text == "x");
    CHECK(p.Spans[4].Style == (SpanEmphasis | SpanCode));
    CHECK(p.Spans[6].Text == "y");
    CHECK(p.Spans[6].Style == (SpanLink | SpanCode));
    CHECK(p.Spans[6].Href == "https://example.org/");
    CHECK(a.Body[1].Type == BlockType::Code);
    CHECK(a.Body[1].CodeLanguage == "cpp");
    CHECK(a.Body[1].Text.PlainText() == "int main() {\n  return\t0; // a  b\n}"); // tabs, spaces and lines kept
    CHECK(a.Body[2].Type == BlockType::Code);
    CHECK(a.Body[2].CodeLanguage.empty());
    CHECK(a.Body[2].Text.PlainText() == "indented\n  more");
    CHECK(a.Body[3].Type == BlockType::Code);
    CHECK(a.Body[3].CodeLanguage.empty());
    CHECK(a.Body[3].Text.PlainText() == "x &amp; y"); // code is not Markdown: no entities
    CHECK(Warned(warnings, "guide.md: line 18: the code block's language \"bad<language>\" is not a plain name"));
    REQUIRE(a.Body[4].Type == BlockType::List);
    REQUIRE(a.Body[4].Items.size() == 1);
    REQUIRE(a.Body[4].Items[0].Spans.size() == 3);
    CHECK(a.Body[4].Items[0].Spans[2].Text == "code in the item");
    CHECK(a.Body[4].Items[0].Spans[2].Style == SpanCode);
    CHECK(Warned(warnings, "guide.md: line 24: a code block inside a list item was kept as inline code"));
}

TEST_CASE("links and images Folio does not follow are dropped, their text kept, with a warning") {
    std::vector<Error> warnings;
    Article a = Imported("---\ntitle: T\ndate: 2022-03-01\n---\nA [bad](javascript:alert(1)) and [rel](other.html) link.\n\n"
                         "![x](data:image/png;base64,AA)\n\nRaw <b>html</b> &#1;&#x202E;stays text.\n", &warnings);
    REQUIRE(a.Body.size() == 3);
    CHECK(a.Body[0].Text.PlainText() == "A bad and rel link.");
    for (const Span& s : a.Body[0].Text.Spans) CHECK(s.Href.empty());
    CHECK(Warned(warnings, "guide.md: line 5: link scheme \"javascript\" is not allowed"));
    CHECK(Warned(warnings, "link \"other.html\" is not absolute"));
    CHECK(a.Body[1].Type == BlockType::Paragraph);
    CHECK(a.Body[1].Text.PlainText() == "x");
    CHECK(Warned(warnings, "photo source scheme \"data\""));
    CHECK(a.Body[2].Text.PlainText() == "Raw <b>html</b> stays text.");
}

TEST_CASE("refusals name the line") {
    CHECK(Refused("---\ntitle: [unclosed\n---\nBody.\n").Message().rfind("guide.md: line 3: front matter: ", 0) == 0);
    CHECK(Refused("---\ntitle: T\nBody.\n").Message() == "guide.md: line 1: front matter: no closing \"---\" line");
    CHECK(Refused("---\ntitle: T\ntitle: U\n---\nx\n").Message() == "guide.md: line 3: front matter: \"title\" is given twice");
    CHECK(Refused("---\ntitle: T\ndate: yesterday\n---\nx\n").Message() ==
          "guide.md: line 3: date \"yesterday\" is not YYYY-MM-DD or an RFC 3339 date-time");
    CHECK(Refused("---\ntitle: [a, b]\n---\nx\n").Message() == "guide.md: line 2: front matter: \"title\" must be text, not a list");
    CHECK(Refused("---\n- a\n- b\n---\nx\n").Message() == "guide.md: line 2: front matter: expected \"key: value\" lines");
    CHECK(Refused("---\ntitle: T\nrelated: [\"../x\"]\n---\nx\n").Message() == "guide.md: line 3: related id \"../x\" is not a valid article id");
    CHECK(Refused("Just text.\n").Message() == "guide.md: no title: give \"title:\" in the front matter or start the text with \"# Title\"");
}

TEST_CASE("unknown front matter keys are ignored with a warning") {
    std::vector<Error> warnings;
    Imported("---\ntitle: T\ndate: 2022-03-01\nflavour: vanilla\n---\nx\n", &warnings);
    CHECK(Warned(warnings, "guide.md: line 4: front matter: unknown key \"flavour\" ignored"));
}

TEST_CASE("a list item with nothing visible is left out with a warning, not written as an empty name") {
    std::vector<Error> warnings;
    Article a = Imported("---\ntitle: T\ndate: 2022-03-01\nauthor: \"\\u202E\"\nkeywords: ports, \xE2\x80\xAE, strike\n---\nx\n", &warnings);
    CHECK(a.Authors.empty());
    CHECK(a.Keywords == std::vector<std::string>{"ports", "strike"});
    CHECK(Warned(warnings, "guide.md: line 4: front matter: an item of \"author\" has no visible text; left out"));
}

TEST_CASE("a quote whose attribution line is all its last span leaves no empty span (a fuzz finding)") {
    std::vector<Error> warnings;
    Article a = Imported("---\ntitle: T\ndate: 2022-03-01\n---\n> *Said.*\n> \xE2\x80\x94 Jane Doe\n", &warnings);
    REQUIRE(a.Body.size() == 1);
    CHECK(a.Body[0].Attribution == "Jane Doe");
    for (const Span& s : a.Body[0].Text.Spans) CHECK_FALSE(s.Text.empty());
    // The input the fuzzer found, kept in tests/bad-inputs/fuzz-findings: what imports must parse.
    std::string finding;
    Error e;
    REQUIRE_MESSAGE(ReadFile(std::string(FOLIO_TEST_BAD_INPUTS_DIR) + "/fuzz-findings/import/quote-attribution-empties-a-span.md",
                             kMaxSourceBytes, &finding, &e),
                    e.Message());
    REQUIRE_FALSE(finding.empty());
    Article b, c;
    REQUIRE_MESSAGE(ImportFile(finding, "finding.md", ImportOptions{}, &b, &warnings, &e), e.Message());
    CHECK_MESSAGE(ParseArticle(WriteArticleJson(b), "finding.json", &c, &e), e.Message());
}

TEST_CASE("each photo's line is where its image starts, not where its source is first mentioned") {
    Article a;
    Error e;
    std::vector<Error> warnings;
    SourceLines where;
    const std::string md = "---\ntitle: T\ndate: 2022-03-01\n---\n"
                           "See cat.jpg and ![a cat](cat.jpg) inline.\n\n" // line 5: inside text, not a photo
                           "![](cat.jpg)\n\n"                         // line 7
                           "> ![q](cat.jpg)\n\n"                      // line 9: in a quote, not a photo
                           "![A *cat*][ref]\n\n"                      // line 11: by reference
                           "Text ![](data:x) more.\n\n"               // line 13: refused scheme
                           "![&amp;](cat&amp;dog.jpg \"t\")\n\n"      // line 15: entities, so md4c copies the source
                           "[ref]: cat.jpg\n";
    REQUIRE_MESSAGE(ImportFile(md, "guide.md", ImportOptions{}, &a, &warnings, &e, &where), e.Message());
    std::vector<std::string> srcs;
    std::vector<size_t> lines;
    for (size_t i = 0; i < a.Body.size(); ++i)
        if (a.Body[i].Type == BlockType::Photo) {
            srcs.push_back(a.Body[i].Image.Src);
            lines.push_back(where.Of("body", i));
        }
    CHECK(srcs == std::vector<std::string>{"cat.jpg", "cat.jpg", "cat&dog.jpg"});
    CHECK(lines == std::vector<size_t>{7, 11, 15});
    CHECK(Warned(warnings, "guide.md: line 5: an image inside text was kept as its description"));
    CHECK(Warned(warnings, "guide.md: line 13: photo source scheme \"data\""));
}

TEST_CASE("front matter image: a path, or src, alt, caption and credit fields, is the lead image") {
    const Article path = Imported("---\ntitle: T\nimage: img/lead.jpg\n---\nText.\n");
    CHECK(path.Image.Src == "img/lead.jpg");
    CHECK(path.Image.Alt.empty());
    std::vector<Error> warnings;
    const Article fields = Imported("---\ntitle: T\nimage:\n  src: img/lead.jpg\n  alt: A harbour at dawn\n  caption: The harbour\n"
                                    "  credit: Photo by A. Person, CC BY 4.0\n  licence: CC BY\n---\nText.\n",
                                    &warnings);
    CHECK(fields.Image.Src == "img/lead.jpg");
    CHECK(fields.Image.Alt == "A harbour at dawn");
    CHECK(fields.Image.Caption == "The harbour");
    CHECK(fields.Image.Credit == "Photo by A. Person, CC BY 4.0");
    CHECK(Warned(warnings, "guide.md: line 8: front matter: unknown field \"image.licence\" ignored"));
    CHECK(fields.Body.size() == 1); // the lead image is no body block
    // Written as the article file's "image" (an ImageObject), and read back the same.
    Article back;
    Error e;
    REQUIRE_MESSAGE(ParseArticle(WriteArticleJson(fields), "a.json", &back, &e), e.Message());
    CHECK(back.Image.Caption == "The harbour");
}

TEST_CASE("a front matter image that names no file, is a list, or is not a photo source is refused with its line") {
    CHECK(Refused("---\ntitle: T\nimage:\n  alt: Nothing\n---\nText.\n").Message() ==
          "guide.md: line 3: front matter: \"image\" names no file (give a path, or \"src:\" under it)");
    CHECK(Refused("---\ntitle: T\nimage: [a.jpg, b.jpg]\n---\nText.\n").Message().find("guide.md: line 3: front matter: \"image\" must be a path") == 0);
    CHECK(Refused("---\ntitle: T\nimage:\n  src:\n    - a.jpg\n---\nText.\n").Message().find("guide.md: line 4: front matter: \"image\" fields must be") == 0);
    CHECK(Refused("---\ntitle: T\n\nimage: javascript:alert(1)\n---\nText.\n").Message() ==
          "guide.md: line 4: the lead image: photo source scheme \"javascript\" is not allowed (relative paths or http, https only)");
    CHECK(Refused("---\ntitle:\n  text: T\n---\nText.\n").Message() == "guide.md: line 2: front matter: \"title\" must be text, not a mapping");
}
