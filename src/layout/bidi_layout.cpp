// The layout path with text services: levels, breaks and shaping on logical text, then lines reordered for display.
// A shaped item's glyphs are split between lines by cluster (a line never ends inside a cluster); a cluster's
// advance is shared evenly among its characters, so carets, selection and hit tests work per character.
#include "layout/bidi_layout.h"
#include "layout/visual_line.h"

#include <algorithm>
#include <cmath>

namespace folio::layout {
namespace {

// A prefilter, not the bidi algorithm: the blocks of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo,
// Samaritan, Mandaic, their presentation forms and the SMP's right-to-left blocks) and the explicit bidi controls.
// Text without any of them resolves to level 0 throughout, so the fast path serves it unchanged.
bool MayBeRightToLeft(uint32_t cp) {
    return (cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFE) ||
           (cp >= 0x10800 && cp <= 0x10FFF) || (cp >= 0x1E800 && cp <= 0x1EFFF) || cp == 0x200F || cp == 0x061C ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

// Blocks of scripts written without spaces between words (UAX #14 class SA): Thai, Lao, Myanmar, Khmer, New Tai
// Lue, Tai Tham, Tai Viet, Myanmar extensions. Their breaks come from the breaker's dictionary segmentation.
bool ComplexContext(uint32_t cp) {
    return (cp >= 0x0E00 && cp <= 0x0EFF) || (cp >= 0x1000 && cp <= 0x109F) || (cp >= 0x1780 && cp <= 0x17FF) ||
           (cp >= 0x1980 && cp <= 0x19FF) || (cp >= 0x1A20 && cp <= 0x1AAF) || (cp >= 0xA9E0 && cp <= 0xA9FF) ||
           (cp >= 0xAA60 && cp <= 0xAADF);
}

// Characters that belong with the character before them in its run: zero-width (non-)joiners, the generic
// combining marks' blocks and variation selectors (a script's own marks are in its face already).
bool Attaches(uint32_t cp) {
    return cp == 0x200C || cp == 0x200D || (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
           (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
           (cp >= 0xFE20 && cp <= 0xFE2F) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

struct Paragraph {
    size_t First, End; // chars, its '\n' excluded
    uint8_t Level;     // 0 or 1
};

uint32_t ByteAt(const LayoutJob& job, const std::vector<Char>& chars, size_t k) {
    return k < chars.size() ? chars[k].Byte : (uint32_t)job.Text.size();
}

std::vector<Paragraph> Paragraphs(const std::vector<Char>& chars) {
    std::vector<Paragraph> out;
    size_t start = 0;
    for (size_t k = 0; k < chars.size(); ++k)
        if (chars[k].Cp == '\n') { out.push_back({start, k, 0}); start = k + 1; }
    out.push_back({start, chars.size(), 0});
    return out;
}

// Levels per paragraph; a paragraph with no characters takes the job's direction, or (Auto) the one before it.
void ResolveLevels(const LayoutJob& job, const BidiResolver* bidi, const std::vector<uint32_t>& cps,
                   std::vector<Paragraph>* paras, std::vector<Char>* chars) {
    std::vector<uint8_t> levels(cps.size(), 0);
    uint8_t previous = FallsBackRtl(job.Dir) && bidi ? 1 : 0;
    for (Paragraph& p : *paras) {
        if (bidi && p.End > p.First) p.Level = bidi->ResolveLevels(cps.data() + p.First, p.End - p.First, job.Dir, levels.data() + p.First) & 1;
        else p.Level = job.Dir == Direction::Ltr ? 0 : previous;
        previous = p.Level;
        for (size_t k = p.First; k < p.End; ++k) (*chars)[k].Level = levels[k];
        if (p.End < chars->size()) (*chars)[p.End].Level = p.Level; // its '\n'
    }
}

// Marks and joiners join their base's shaped run, and stay with their base at a line's end; a space between two
// characters of one shaped run joins it too (the script face's space, and one run to shape instead of one per word).
void JoinShapedRuns(std::vector<Char>* chars_in) {
    std::vector<Char>& chars = *chars_in;
    for (size_t k = 1; k < chars.size(); ++k) {
        Char& c = chars[k];
        const Char& prev = chars[k - 1];
        // A mark or joiner never starts a line, shaped or not (a base with more marks than the measure holds
        // overflows whole); a shaped one's cluster start is set again from its glyphs (ShareClusters).
        if (Attaches(c.Cp) && prev.Cp != '\n') c.ClusterStart = false;
        if (c.Shaped || !prev.Shaped || prev.Run != c.Run) continue;
        const bool space_inside = c.Cp == ' ' && k + 1 < chars.size() && chars[k + 1].Shaped &&
                                  chars[k + 1].Face == prev.Face && chars[k + 1].Run == c.Run;
        if (Attaches(c.Cp) || space_inside) { c.Face = prev.Face; c.Shaped = true; c.Advance = 0.0f; }
    }
}

// Each cluster's advance shared among its characters; characters after a cluster's first cannot start a line (nor
// can a mark that starts an item, after a base in another face or the fast path).
void ShareClusters(const std::vector<ShapedGlyph>& glyphs, const ShapedItem& item, size_t first, size_t end,
                   std::vector<Char>* chars, std::vector<std::pair<uint32_t, float>>* clusters) {
    clusters->clear();
    for (uint32_t i = item.FirstGlyph; i < item.FirstGlyph + item.GlyphCount; ++i) clusters->emplace_back(glyphs[i].Cluster, glyphs[i].Advance);
    std::sort(clusters->begin(), clusters->end(), [](auto& a, auto& b) { return a.first < b.first; });
    size_t w = 0;
    for (size_t i = 0; i < clusters->size(); ++i) {
        if (w > 0 && (*clusters)[w - 1].first == (*clusters)[i].first) (*clusters)[w - 1].second += (*clusters)[i].second;
        else (*clusters)[w++] = (*clusters)[i];
    }
    clusters->resize(w);
    std::vector<int> count(w, 0), of(end - first, -1);
    for (size_t k = first; k < end; ++k) {
        auto it = std::upper_bound(clusters->begin(), clusters->end(), (*chars)[k].Byte, [](uint32_t v, auto& c) { return v < c.first; });
        if (it == clusters->begin()) continue;
        of[k - first] = (int)(it - clusters->begin()) - 1;
        ++count[of[k - first]];
    }
    for (size_t k = first; k < end; ++k) {
        Char& c = (*chars)[k];
        const int ci = of[k - first];
        c.Advance = ci < 0 ? 0.0f : (*clusters)[ci].second / (float)count[ci];
        c.ClusterStart = c.ClusterStart && (k == first || ci < 0 || (*clusters)[ci].first == c.Byte); // marks: JoinShapedRuns
    }
}

} // namespace

bool NeedsServices(const LayoutJob& job, const std::vector<Char>& chars, const TextServices& services) {
    const bool bidi = services.Bidi() != nullptr, breaker = services.Breaker() != nullptr;
    if (bidi && FallsBackRtl(job.Dir)) return true;
    for (const Char& c : chars)
        if (c.Shaped || (bidi && MayBeRightToLeft(c.Cp)) || (breaker && ComplexContext(c.Cp))) return true;
    return false;
}

Galley LayoutWithServices(const LayoutJob& job, const FontMetrics& m, const TextServices& services, std::vector<Char> chars) {
    Galley g;
    g.Text = job.Text;
    g.Runs = job.Runs;
    if (g.Runs.empty()) g.Runs.push_back(Run{0, (uint32_t)job.Text.size(), TextStyle()});
    g.Width = std::round(job.Width);
    const size_t n = chars.size();
    const BidiResolver* bidi = services.Bidi();
    std::vector<uint32_t> cps(n);
    for (size_t k = 0; k < n; ++k) cps[k] = chars[k].Cp;
    std::vector<Paragraph> paras = Paragraphs(chars);
    ResolveLevels(job, bidi, cps, &paras, &chars);
    JoinShapedRuns(&chars);

    // Items: stretches of one paragraph in one shaped face, style run and level, shaped with the paragraph as context.
    std::vector<ShapedGlyph> glyphs, shaped;
    std::vector<ShapedItem> items;
    std::vector<std::pair<uint32_t, float>> clusters;
    const TextShaper* shaper = services.Shaper();
    for (const Paragraph& p : paras) {
        const uint32_t pb = ByteAt(job, chars, p.First), pe = ByteAt(job, chars, p.End);
        for (size_t k = p.First; k < p.End;) {
            const Char& c = chars[k];
            size_t j = k + 1;
            if (!c.Shaped) { k = j; continue; }
            while (j < p.End && chars[j].Shaped && chars[j].Face == c.Face && chars[j].Run == c.Run && chars[j].Level == c.Level) ++j;
            const float size = g.Runs[c.Run].Style.Size;
            shaped.clear();
            const bool ok = shaper && shaper->Shape(c.Face, m.PixelEm(c.Face, size), job.Text.data() + pb, pe - pb, c.Byte - pb,
                                                    ByteAt(job, chars, j) - pb, (c.Level & 1) != 0, job.Language.c_str(), &shaped);
            if (!ok) { // the face went away: measured as the fast path draws it
                for (size_t i = k; i < j; ++i) { chars[i].Shaped = false; chars[i].Advance = m.Advance(chars[i].Face, size, chars[i].Cp); }
                k = j;
                continue;
            }
            ShapedItem item{(uint32_t)glyphs.size(), (uint32_t)shaped.size()};
            bool up = true, down = true;
            for (size_t i = 1; i < shaped.size(); ++i) {
                up = up && shaped[i].Cluster >= shaped[i - 1].Cluster;
                down = down && shaped[i].Cluster <= shaped[i - 1].Cluster;
            }
            item.Order = up ? 1 : down ? -1 : 0;
            for (ShapedGlyph sg : shaped) { sg.Cluster += pb; glyphs.push_back(sg); }
            ShareClusters(glyphs, item, k, j, &chars, &clusters);
            for (size_t i = k; i < j; ++i) chars[i].Item = (uint32_t)items.size();
            items.push_back(item);
            k = j;
        }
    }

    if (const LineBreaker* breaker = services.Breaker()) {
        std::vector<uint8_t> breaks(n, (uint8_t)BreakKind::Mandatory);
        std::vector<BreakKind> para;
        for (const Paragraph& p : paras) {
            if (p.End == p.First) continue;
            para.assign(p.End - p.First, BreakKind::None);
            breaker->Breaks(cps.data() + p.First, p.End - p.First, job.Language.c_str(), para.data());
            for (size_t k = p.First; k < p.End; ++k) breaks[k] = (uint8_t)para[k - p.First];
        }
        MarkBreaks(job, &chars, &breaks);
    } else {
        MarkBreaks(job, &chars, nullptr);
    }
    if (!job.Wrap) SetTabStops(job, m, &chars);
    const std::vector<LineSpan> spans = BreakLines(chars, g.Width, job.Wrap);

    std::vector<uint8_t> levels(n);
    for (size_t k = 0; k < n; ++k) levels[k] = chars[k].Level;
    g.CharX.assign(job.Text.size() + 1, 0.0f);
    g.CharW.assign(job.Text.size() + 1, 0.0f);
    g.Levels.assign(job.Text.size() + 1, 0);
    LineReorder reorder{bidi, cps, levels};
    size_t pi = 0;
    float top = 0.0f;
    bool any_rtl = false;
    for (const LineSpan& span : spans) {
        while (pi + 1 < paras.size() && span.First > paras[pi].End) ++pi;
        const Paragraph& p = paras[pi];
        any_rtl = any_rtl || (p.Level & 1) != 0;
        Line line;
        PlaceLine(job, m, chars, glyphs, items, p.First, p.Level, span, &reorder, top, &line, &g);
        top += line.Height;
        for (size_t k = span.First; k < span.End; ++k) any_rtl = any_rtl || (g.Levels[chars[k].Byte] & 1) != 0;
        g.Lines.push_back(line);
    }
    g.Height = top;
    g.Rtl = (paras.front().Level & 1) != 0;
    if (!any_rtl) { g.CharW.clear(); g.Levels.clear(); } // all left to right: the galley's plain queries serve it
    return g;
}

} // namespace folio::layout
