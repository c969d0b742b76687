// Tests of cli/html_guard.cpp: BoundAttributes keeps every byte but a tag's attributes past the bound, and tells
// tags from quoted values, comments and the raw text of scripts.
#include "cli/html_guard.h"

#include <doctest/doctest.h>

using namespace folio::cli;

TEST_CASE("BoundAttributes keeps texts within the bound byte for byte") {
    for (const char* html : {"", "<", "a < b > c", "<p class=\"x\" id=y data-z>t</p>", "<!-- <p a b c d> -->", "</p a b c>",
                             "<img src='a>b' alt=\"c d\"/>", "<p a=\"unclosed", "<script>if (a<b c d e) x()</script>"}) {
        size_t cut = 9;
        CHECK(BoundAttributes(html, 3, &cut) == html);
        CHECK(cut == 0);
    }
}

TEST_CASE("BoundAttributes drops a tag's attributes past the bound, whatever their values hold") {
    size_t cut = 0;
    CHECK(BoundAttributes("<p a=1 b='2 >' c d=\"4\">text</p><i e f>", 2, &cut) == "<p a=1 b='2 >'  >text</p><i e f>"); // the spaces stay
    CHECK(cut == 1);
    // A script's text is no tag; the tags after it are.
    CHECK(BoundAttributes("<SCRIPT>x<y a b c</ScRiPt><b a b c>", 1, &cut) == "<SCRIPT>x<y a b c</ScRiPt><b a  >");
    CHECK(cut == 1);
    // A comment's text likewise.
    CHECK(BoundAttributes("<!-- <b a b c> --><b a b c>", 1, &cut) == "<!-- <b a b c> --><b a  >");
}
