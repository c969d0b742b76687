// libFuzzer target: any bytes as a paragraph and a Find query (the first line is the query, the rest the text),
// with Find's matching (FindAll), the word a double click or long press takes (WordAt) and the paragraph laid out
// (fake metrics, a measure from 0 to 255 px, justified). Every range must lie inside the text, begin and end on a
// character boundary as layout decodes the text (a malformed byte is one character), and matches come in order
// without overlapping; every line of the layout starts and ends on a boundary, in order, and hit testing lands on
// one. Build with -DFOLIO_FUZZ=ON and clang (tests/fuzz/README.md); run: fuzz_find CORPUS_DIR.
#include "../layout/fake_metrics.h"
#include "layout/layout.h"
#include "layout/utf8.h"
#include "model/text_search.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

using namespace folio;

namespace {

// Which byte offsets start a character (and the end), as layout::DecodeUtf8 steps through the text.
std::vector<bool> Boundaries(const std::string& s) {
    std::vector<bool> at(s.size() + 1, false);
    for (size_t i = 0; i < s.size();) {
        at[i] = true;
        uint32_t cp;
        i = layout::DecodeUtf8(s.data(), i, s.size(), &cp);
    }
    at[s.size()] = true;
    return at;
}

void Range(const std::vector<bool>& at, uint32_t begin, uint32_t end) {
    if (begin > end || end >= at.size() || !at[begin] || !at[end]) __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const float width = data[0];
    const std::string input(reinterpret_cast<const char*>(data + 1), size - 1);
    const size_t nl = input.find('\n');
    const std::string query = nl == std::string::npos ? input : input.substr(0, nl);
    const std::string text = nl == std::string::npos ? input : input.substr(nl + 1);
    const std::vector<bool> at = Boundaries(text);

    uint32_t last = 0;
    for (const auto& m : FindAll(text, query)) {
        Range(at, m.first, m.second);
        if (m.first == m.second || m.first < last) __builtin_trap(); // empty, out of order or overlapping
        last = m.second;
    }
    if (!FindAll(text, "").empty()) __builtin_trap();
    (void)FindAll(query, text); // the text as the query, longer than what it searches

    // A few offsets, at and around the query's length: the word there holds the character at that offset.
    for (uint32_t off : {0u, (uint32_t)query.size(), (uint32_t)text.size() / 2, (uint32_t)text.size(), (uint32_t)text.size() + 7}) {
        const auto w = WordAt(text, off);
        Range(at, w.first, w.second);
        if (!text.empty() && (w.first == w.second || w.first > std::min<uint32_t>(off, (uint32_t)text.size() - 1)))
            __builtin_trap();
    }

    layout::LayoutJob job;
    job.Width = width;
    job.Alignment = layout::Align::Justify;
    job.Append(text, layout::TextStyle());
    static const FakeMetrics metrics;
    const layout::Galley g = layout::Layout(job, metrics);
    uint32_t prev_end = 0;
    for (const layout::Line& line : g.Lines) {
        Range(at, line.Begin, line.End);
        if (line.Begin < prev_end) __builtin_trap();
        prev_end = line.End;
    }
    if (g.Lines.empty() || g.Lines.size() > text.size() + 1) __builtin_trap();
    for (float y : {0.0f, g.Height * 0.5f, g.Height + 10.0f})
        for (float x : {-5.0f, width * 0.5f, width + 5.0f}) {
            const uint32_t hit = g.HitTest(x, y);
            if (hit > text.size() || !at[hit]) __builtin_trap();
        }
    return 0;
}
