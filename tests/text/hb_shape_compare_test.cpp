// The shaping comparison of issue 14: every run of shaping_corpus.tsv (sentences in the shaped scripts: Arabic,
// Persian, Urdu, Hebrew, Devanagari, Bengali, Tamil, Thai, Khmer, Myanmar, Lao) shaped by HarfBuzzShaper and by
// Debian's hb-shape with the same font file must give the same glyph ids, clusters, advances and offsets (ours in
// pixels, scaled back to font units). Prints "hb-shape comparison: N of M runs equal ...".
#include "hb_shape_tool.h"
#include "layout/utf8.h"
#include "platform/text/harfbuzz_shaper.h"

#include <doctest/doctest.h>
#include <hb.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <cctype>
#include <map>
#include <set>
#include <sstream>

namespace {

using folio::test::ReferenceGlyph;
using folio::test::ReferenceRun;

struct CorpusRun {
    int Line = 0;
    std::string Script;
    ReferenceRun Run;
};

std::string ReadWhole(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> SplitTabs(const std::string& line) {
    std::vector<std::string> fields(1);
    for (char c : line) {
        if (c == '\t') fields.emplace_back();
        else fields.back() += c;
    }
    return fields;
}

std::vector<CorpusRun> ReadCorpus(const std::string& path, const std::string& fonts_dir) {
    std::vector<CorpusRun> runs;
    std::istringstream in(ReadWhole(path));
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> f = SplitTabs(line);
        INFO("shaping_corpus.tsv:" << number);
        REQUIRE(f.size() == 7);
        REQUIRE((f[3] == "ltr" || f[3] == "rtl"));
        CorpusRun r;
        r.Line = number;
        r.Script = f[0];
        r.Run.Font = fonts_dir + "/" + f[1];
        r.Run.Lang = f[2];
        r.Run.Rtl = f[3] == "rtl";
        r.Run.Before = f[4];
        r.Run.Text = f[5];
        r.Run.After = f[6];
        runs.push_back(r);
    }
    return runs;
}

unsigned UpemOf(const std::string& font_bytes) {
    hb_blob_t* blob = hb_blob_create(font_bytes.data(), static_cast<unsigned>(font_bytes.size()),
                                     HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t* face = hb_face_create(blob, 0);
    unsigned upem = hb_face_get_upem(face);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    return upem;
}

int32_t FontUnits(float px, float em_px, unsigned upem) {
    return static_cast<int32_t>(std::lround(static_cast<double>(px) * upem / em_px));
}

} // namespace

// The corpus shaped by HarfBuzzShaper and by hb-shape, each run with the same font file; prints the counts under
// `title` and checks every run equal and at least eight scripts.
static void CompareWithHbShape(const std::vector<CorpusRun>& corpus, const char* title) {
    REQUIRE(corpus.size() >= 20);
    folio::platform::HarfBuzzShaper shaper;
    std::map<std::string, std::pair<folio::layout::FaceId, unsigned>> faces; // font path -> (face, upem)
    const float em_px = 21.5f; // not a whole number, so the scaling back is tested too

    size_t equal_runs = 0, glyphs = 0;
    std::set<std::string> scripts;
    for (const CorpusRun& c : corpus) {
        INFO("shaping_corpus.tsv:" << c.Line << " (" << c.Script << ", " << c.Run.Lang << ")");
        auto face = faces.find(c.Run.Font);
        if (face == faces.end()) {
            const std::string bytes = ReadWhole(c.Run.Font);
            REQUIRE_MESSAGE(!bytes.empty(), "no font file " << c.Run.Font);
            const auto id = static_cast<folio::layout::FaceId>(faces.size());
            shaper.AddFace(id, bytes);
            REQUIRE(shaper.HasFace(id));
            face = faces.emplace(c.Run.Font, std::make_pair(id, UpemOf(bytes))).first;
        }
        const auto [id, upem] = face->second;

        std::vector<ReferenceGlyph> reference;
        std::string error;
        REQUIRE_MESSAGE(folio::test::HbShape(FOLIO_TEST_HB_SHAPE, c.Run, &reference, &error), error);
        REQUIRE(!reference.empty());
        // A glyph 0 (.notdef) would mean the font lacks a character: a comparison of empty boxes proves little.
        for (const ReferenceGlyph& g : reference) CHECK(g.Glyph != 0);

        const std::string text = c.Run.Before + c.Run.Text + c.Run.After;
        const size_t begin = c.Run.Before.size(), end = begin + c.Run.Text.size();
        std::vector<folio::layout::ShapedGlyph> ours;
        REQUIRE(shaper.Shape(id, em_px, text.data(), text.size(), begin, end, c.Run.Rtl, c.Run.Lang.c_str(), &ours));

        bool same = ours.size() == reference.size();
        CHECK(ours.size() == reference.size());
        for (size_t i = 0; same && i < ours.size(); ++i) {
            const ReferenceGlyph& r = reference[i];
            const folio::layout::ShapedGlyph& g = ours[i];
            INFO("glyph " << i);
            const bool glyph_same = g.Glyph == r.Glyph && g.Cluster - begin == r.Cluster &&
                                    FontUnits(g.Advance, em_px, upem) == r.Advance &&
                                    FontUnits(g.OffsetX, em_px, upem) == r.OffsetX &&
                                    FontUnits(g.OffsetY, em_px, upem) == r.OffsetY;
            CHECK(g.Glyph == r.Glyph);
            CHECK(g.Cluster - begin == r.Cluster);
            CHECK(FontUnits(g.Advance, em_px, upem) == r.Advance);
            CHECK(FontUnits(g.OffsetX, em_px, upem) == r.OffsetX);
            CHECK(FontUnits(g.OffsetY, em_px, upem) == r.OffsetY);
            same = same && glyph_same;
        }
        if (same) ++equal_runs;
        glyphs += reference.size();
        scripts.insert(c.Script);
    }
    std::string script_list;
    for (const std::string& s : scripts) script_list += (script_list.empty() ? "" : " ") + s;
    std::printf("%s: %zu of %zu runs equal (%zu glyphs; %zu scripts: %s; %zu fonts)\n", title, equal_runs,
                corpus.size(), glyphs, scripts.size(), script_list.c_str(), faces.size());
    CHECK(equal_runs == corpus.size());
    CHECK(scripts.size() >= 8);
}

TEST_CASE("HarfBuzzShaper shapes the corpus as hb-shape does, with the same fonts") {
    CompareWithHbShape(ReadCorpus(FOLIO_TEST_SHAPING_CORPUS, FOLIO_TEST_SCRIPT_FONTS_DIR), "hb-shape comparison (fonts-noto-core)");
}

// text without the characters the font's character map lacks: the viewers draw those (a Latin full stop or comma
// in Arabic or Marathi text) with the reading face, so the script face never shapes them.
static std::string MappedOnly(const std::string& text, hb_font_t* font) {
    std::string out;
    for (size_t i = 0, next; i < text.size(); i = next) {
        uint32_t cp;
        next = folio::layout::DecodeUtf8(text.data(), i, text.size(), &cp);
        hb_codepoint_t glyph = 0;
        if (hb_font_get_nominal_glyph(font, cp, &glyph)) out.append(text, i, next - i);
    }
    return out;
}

// The faces the viewers draw with: the build's subsets (cmake/assets.cmake, layout tables kept), named by script,
// script-<iso 15924>.ttf and script-<iso 15924>-bold.ttf, in place of each corpus line's Debian font.
TEST_CASE("HarfBuzzShaper shapes the corpus as hb-shape does with the script faces the viewers ship") {
    std::vector<CorpusRun> corpus = ReadCorpus(FOLIO_TEST_SHAPING_CORPUS, FOLIO_TEST_SCRIPT_FONTS_DIR);
    for (CorpusRun& c : corpus) {
        std::string script = c.Script;
        for (char& ch : script) ch = (char)std::tolower((unsigned char)ch);
        const bool bold = c.Run.Font.find("-Bold") != std::string::npos;
        c.Run.Font = std::string(FOLIO_TEST_SHIPPED_FONTS_DIR) + "/script-" + script + (bold ? "-bold" : "") + ".ttf";
        const std::string bytes = ReadWhole(c.Run.Font);
        REQUIRE_MESSAGE(!bytes.empty(), "no shipped face " << c.Run.Font);
        hb_blob_t* blob = hb_blob_create(bytes.data(), (unsigned)bytes.size(), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
        hb_face_t* face = hb_face_create(blob, 0);
        hb_font_t* font = hb_font_create(face);
        c.Run.Before = MappedOnly(c.Run.Before, font);
        c.Run.Text = MappedOnly(c.Run.Text, font);
        c.Run.After = MappedOnly(c.Run.After, font);
        hb_font_destroy(font);
        hb_face_destroy(face);
        hb_blob_destroy(blob);
        REQUIRE(!c.Run.Text.empty());
    }
    CompareWithHbShape(corpus, "hb-shape comparison (the shipped script faces)");
}
