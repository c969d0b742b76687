// Hostile paragraphs at scale through layout::Layout with the desktop's real text services and shaped Noto faces
// (shaped_metrics.h): 200,000 characters of Thai without a space, 10,000 nested isolates and embeddings, 1,000
// marks on one base, a 100,000-word Arabic paragraph. Each must finish and give a galley that keeps every
// invariant of galley_invariants.h, plus what that text should give (lines within the measure, levels within
// FriBidi's depth, a cluster kept whole). Wall times are printed, not asserted.
#include "galley_invariants.h"
#include "shaped_metrics.h"

#include "layout/layout.h"

#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>

using folio::layout::Galley;
using folio::layout::LayoutJob;
using folio::layout::TextStyle;

namespace {

ShapedMetrics& Metrics() {
    static ShapedMetrics metrics(FOLIO_TEST_SCRIPT_FONTS_DIR);
    return metrics;
}

TextStyle Face(folio::layout::FaceId face) {
    TextStyle st;
    st.Face = face;
    st.Size = 18.0f;
    return st;
}

// Lays out the job, prints how long it took, and checks the galley's invariants.
Galley LayOut(const char* what, const LayoutJob& job) {
    const auto start = std::chrono::steady_clock::now();
    Galley g = folio::layout::Layout(job, Metrics());
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::printf("hostile text: %s: %zu bytes, %zu lines, %zu glyphs in %.1f ms\n", what, job.Text.size(), g.Lines.size(),
                g.Glyphs.size(), ms);
    const std::string problem = galley_check::GalleyProblem(g);
    CHECK_MESSAGE(problem.empty(), what << ": " << problem);
    return g;
}

// Lines that hold more than one cluster stay within the measure.
size_t LinesPastMeasure(const Galley& g) {
    size_t over = 0;
    for (const auto& l : g.Lines) over += l.Width > g.Width + 0.01f;
    return over;
}

size_t CodePointCount(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

} // namespace

TEST_CASE("hostile text: the script faces are there") {
    REQUIRE(Metrics().Loaded());
}

TEST_CASE("hostile text: 200,000 characters of Thai without a space break between its words") {
    const std::string sentence = "กรมอุตุนิยมวิทยาเตือนว่าจะมีฝนตกหนักในภาคใต้และประชาชนควรติดตามข่าวสารอย่างใกล้ชิด";
    LayoutJob job;
    job.Width = 600.0f;
    job.Language = "th";
    std::string text;
    while (CodePointCount(text) < 200000) text += sentence;
    job.Append(text, Face(ShapedMetrics::kThai));
    const Galley g = LayOut("Thai, 200,000 characters, no space", job);
    CHECK(g.Lines.size() > 100);
    CHECK(LinesPastMeasure(g) == 0);
    CHECK(g.Glyphs.size() > 100000);
}

TEST_CASE("hostile text: 10,000 nested isolates and embeddings stay within FriBidi's depth") {
    // Alternately an isolate (RLI, LRI, FSI) and an embedding or override (RLE, LRE, RLO), each opening a word, then
    // all closed in reverse order (PDI for the isolates, PDF for the others).
    const char* opens[] = {"\u2067", "\u202B", "\u2066", "\u202A", "\u2068", "\u202E"};
    const bool isolate[] = {true, false, true, false, true, false};
    std::string text, closes;
    for (int i = 0; i < 10000; ++i) {
        text += opens[i % 6];
        text += i % 2 ? "שלום " : "news 12 ";
        closes = std::string(isolate[i % 6] ? "\u2069" : "\u202C") + closes;
        if (i % 3 == 0) text += "سلام ";
    }
    text += closes;
    LayoutJob job;
    job.Width = 400.0f;
    job.Alignment = folio::layout::Align::Justify;
    job.Append(text, Face(ShapedMetrics::kLatin));
    const Galley g = LayOut("10,000 nested isolates and embeddings", job);
    REQUIRE(g.Bidi());
    uint8_t deepest = 0;
    for (uint8_t level : g.Levels) deepest = std::max(deepest, level);
    CHECK(deepest <= 126); // FriBidi's max_depth 125, plus one for a right-to-left character at it
    CHECK(deepest >= 100);  // the nesting did go deep
    CHECK(LinesPastMeasure(g) == 0);
}

TEST_CASE("hostile text: 1,000 marks on one base stay one cluster") {
    SUBCASE("Arabic: beh and 1,000 fathas, then a word") {
        std::string text = "ب";
        for (int i = 0; i < 1000; ++i) text += "\u064E";
        text += " كتاب";
        LayoutJob job;
        job.Width = 1.0f; // narrower than anything: each word on a line of its own
        job.Append(text, Face(ShapedMetrics::kArabic));
        const Galley g = LayOut("Arabic base with 1,000 marks", job);
        // The stacked cluster whole on the first line (overflowing it); the word after it broken between its letters.
        REQUIRE(g.Lines.size() >= 2);
        CHECK(g.Lines[0].End == 2 + 1000 * 2);
        CHECK(g.Rtl);
    }
    SUBCASE("Latin in an Arabic paragraph: a and 1,000 combining acutes") {
        std::string text = "كتاب a";
        for (int i = 0; i < 1000; ++i) text += "\u0301";
        text += " b";
        LayoutJob job;
        job.Width = 60.0f;
        job.Append(text, Face(ShapedMetrics::kArabic));
        const Galley g = LayOut("Latin base with 1,000 marks in Arabic", job);
        for (const auto& l : g.Lines) { // no line starts with one of the marks
            CHECK(l.Begin < text.size());
            if (l.Begin < text.size()) CHECK(text.compare(l.Begin, 2, "\u0301") != 0);
        }
    }
    SUBCASE("Devanagari: ka and 1,000 viramas and nuktas") {
        std::string text = "क";
        for (int i = 0; i < 1000; ++i) text += i % 2 ? "\u094D" : "\u093C";
        LayoutJob job;
        job.Width = 60.0f;
        job.Append(text, Face(ShapedMetrics::kDevanagari));
        const Galley g = LayOut("Devanagari base with 1,000 marks", job);
        CHECK(g.Lines.size() == 1);
    }
}

TEST_CASE("hostile text: a 100,000-word Arabic paragraph") {
    const char* words[] = {"قالت", "الحكومة", "إن", "الأمطار", "الغزيرة", "ستستمر", "حتى", "نهاية", "الأسبوع",
                           "في", "المناطق", "الجنوبية", "من", "البلاد", "2026", "(تقرير)"};
    std::string text;
    for (int i = 0; i < 100000; ++i) {
        if (i > 0) text += ' ';
        text += words[(i * 7 + i / 16) % 16];
    }
    LayoutJob job;
    job.Width = 600.0f;
    job.Alignment = folio::layout::Align::Justify;
    job.Language = "ar";
    job.Append(text, Face(ShapedMetrics::kArabic));
    const Galley g = LayOut("Arabic, 100,000 words in one paragraph", job);
    CHECK(g.Rtl);
    CHECK(g.Lines.size() > 1000);
    CHECK(LinesPastMeasure(g) == 0);
    // Justified: every line but the last fills the measure, its right edge (the start) at the measure.
    CHECK(g.Lines[0].Width == doctest::Approx(600.0f));
}

TEST_CASE("hostile text: a long Thai run is segmented in windows with the words of a short one") {
    // libthai segments a long run a window at a time (dictionary_segmenter.cpp); the seams must not change the
    // words: 60 copies of a sentence (over 5,000 characters, several windows) give each copy the sentence's own
    // word starts, plus one where each copy starts.
    const std::vector<uint32_t> sentence = [] {
        std::vector<uint32_t> cps;
        const std::string s = "กรมอุตุนิยมวิทยาเตือนว่าจะมีฝนตกหนักในภาคใต้และประชาชนควรติดตามข่าวสารอย่างใกล้ชิด";
        for (size_t i = 0; i < s.size();) {
            uint32_t cp;
            i = folio::layout::DecodeUtf8(s.data(), i, s.size(), &cp);
            cps.push_back(cp);
        }
        return cps;
    }();
    const folio::platform::DictionarySegmenter& segmenter = Metrics().Services().Segmenter();
    std::vector<size_t> one;
    segmenter.WordStarts(sentence.data(), sentence.size(), "th", &one);
    REQUIRE(one.size() >= 10);
    std::vector<uint32_t> text;
    std::vector<size_t> expected;
    for (int copy = 0; copy < 60; ++copy) {
        if (copy > 0) expected.push_back(text.size());
        for (size_t b : one) expected.push_back(text.size() + b);
        text.insert(text.end(), sentence.begin(), sentence.end());
    }
    std::vector<size_t> found;
    const auto start = std::chrono::steady_clock::now();
    segmenter.WordStarts(text.data(), text.size(), "th", &found);
    std::printf("hostile text: Thai, %zu characters segmented in %.1f ms\n", text.size(),
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    CHECK(found == expected);
}

TEST_CASE("hostile text: the galley checker finds what it checks") {
    LayoutJob job;
    job.Width = 120.0f;
    job.Append("שלום (עולם) and more words\nسلام", Face(ShapedMetrics::kLatin));
    const Galley good = folio::layout::Layout(job, Metrics());
    REQUIRE(good.Bidi());
    CHECK(galley_check::GalleyProblem(good) == "");
    Galley g = good;
    g.Lines.back().End -= 1; // the last byte on no line, and a line ending inside a character
    CHECK(galley_check::GalleyProblem(g) != "");
    g = good;
    g.CharX[3] = std::nanf("");
    CHECK(galley_check::GalleyProblem(g) == "CharX not finite at byte 3");
    g = good;
    g.Pieces.back().FirstGlyph = (uint32_t)g.Glyphs.size();
    g.Pieces.back().GlyphCount = 1;
    CHECK(galley_check::GalleyProblem(g).find("glyphs out of range") != std::string::npos);
    g = good;
    g.Pieces.front().End = g.Lines.front().End + 1;
    CHECK(galley_check::GalleyProblem(g).find("piece outside its line") != std::string::npos);
}
