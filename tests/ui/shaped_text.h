// Shaped text for the ui's tests, without a layout that shapes: the build's fonts plus a manifest naming Debian's
// Noto Naskh Arabic (regular and bold) and Noto Sans Hebrew as shaped faces (FOLIO_TEST_NOTO_DIR), served through the
// fake Host; and a galley laid out by hand as the layout lays out a bidi line: Latin, then an Arabic word shaped
// (glyphs by index, right to left), then a closing parenthesis at an odd level drawn by its mirror.
#pragma once
#include "build_fonts.h"
#include "fake_host.h"
#include "layout/galley.h"
#include "ui/document.h"
#include "ui/faces.h"

#include <doctest/doctest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace folio::test {

inline const char* ShapedManifest() {
    return R"({"faces": [
  {"file": "fallback-arrows-math.ttf", "ranges": [[8592, 8959]]},
  {"file": "script-arab.ttf", "ranges": [[1536, 1791], [1872, 1919]], "shaped": true, "script": "Arab",
   "bold": "script-arab-bold.ttf"},
  {"file": "script-hebr.ttf", "ranges": [[1424, 1535]], "shaped": true, "script": "Hebr"}
]})";
}

inline std::string NotoFile(const std::string& name) {
    std::ifstream in(std::string(FOLIO_TEST_NOTO_DIR "/") + name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// The build's fonts, the manifest above, and the script faces as Debian ships them.
inline void ServeShapedFonts(FakeHost& host) {
    ServeBuildFonts(host);
    auto build_fonts = host.Make;
    host.Make = [build_fonts](const std::string& url, std::string* body) {
        if (url == "fonts/fallback.json") *body = ShapedManifest();
        else if (url == "fonts/script-arab.ttf") *body = NotoFile("NotoNaskhArabic-Regular.ttf");
        else if (url == "fonts/script-arab-bold.ttf") *body = NotoFile("NotoNaskhArabic-Bold.ttf");
        else if (url == "fonts/script-hebr.ttf") *body = NotoFile("NotoSansHebrew-Regular.ttf");
        else return build_fonts(url, body);
        return !body->empty();
    };
}

constexpr const char* kArabicWord = "\xD8\xA8\xD9\x8A\xD8\xAA"; // بيت

// "ab " + بيت + ")" as one line: "ab " left to right, the word shaped into `glyphs` (visual order, each 9 pixels
// on from the last, the second raised 3 pixels as a mark would be), ")" at level 1 drawn as "(".
inline std::shared_ptr<layout::Galley> ShapedLine(layout::FaceId latin, layout::FaceId arabic, const std::vector<uint32_t>& glyphs,
                                                  uint32_t color) {
    auto g = std::make_shared<layout::Galley>();
    g->Text = std::string("ab ") + kArabicWord + ")";
    const uint32_t n = (uint32_t)g->Text.size(); // 3 + 6 + 1
    layout::Run run;
    run.End = n;
    run.Style.Face = latin;
    run.Style.Size = 20.0f;
    run.Style.Color = color;
    g->Runs.push_back(run);
    layout::Piece latin_piece;
    latin_piece.End = 3;
    latin_piece.Face = latin;
    layout::Piece word;
    word.Begin = 3;
    word.End = 9;
    word.X = 24.0f;
    word.Face = arabic;
    word.Level = 1;
    word.GlyphCount = (uint32_t)glyphs.size();
    for (size_t i = 0; i < glyphs.size(); ++i) g->Glyphs.push_back({glyphs[i], 9.0f * i, i == 1 ? -3.0f : 0.0f});
    layout::Piece paren;
    paren.Begin = 9;
    paren.End = 10;
    paren.X = 24.0f + 9.0f * glyphs.size();
    paren.Face = latin;
    paren.Level = 1;
    paren.Substitute = '(';
    g->Pieces = {latin_piece, word, paren};
    layout::Line line;
    line.End = n;
    line.Height = 32.0f;
    line.Baseline = 24.0f;
    line.Width = line.EndX = paren.X + 7.0f;
    line.PieceCount = 3;
    g->Lines.push_back(line);
    g->CharX.assign(n + 1, 0.0f);
    for (uint32_t i = 0; i <= n; ++i) g->CharX[i] = i < 3 ? 8.0f * i : i < 9 ? 24.0f + 9.0f * glyphs.size() - 3.0f * (i - 3) : paren.X;
    g->CharW.assign(n, 8.0f);
    g->Levels.assign(n, 0);
    for (uint32_t i = 3; i < n; ++i) g->Levels[i] = 1;
    g->Width = 300.0f;
    g->InkWidth = line.Width;
    g->Height = line.Height;
    return g;
}

inline ui::Document OneItem(std::shared_ptr<layout::Galley> galley) {
    ui::Document doc;
    ui::DocItem item;
    item.X = 10.0f;
    item.Y = 10.0f;
    item.W = galley->Width;
    item.H = galley->Height;
    item.Galley = std::move(galley);
    doc.Items.push_back(std::move(item));
    doc.Height = 100.0f;
    doc.Width = 320.0f;
    return doc;
}

} // namespace folio::test
