// Text services with round numbers for layout tests. FakeBidi knows just enough of UAX #9 for the tests: Hebrew
// (and, for the ui's labels, Arabic) letters are R, their points and marks NSM, ASCII letters L, digits EN, spaces
// WS, the rest ON; rules W1, W7, N1-N2, I1-I2, L1-L2. FakeShaper sets face 2 (Hebrew) with 8 px letters and 3 px spaces per 10 px em, points (and ZWJ) joining
// the cluster before them with no advance, and a ligature for yod yod. FakeBreaker allows breaks only after the
// characters its test names. ScriptMetrics: FakeMetrics whose Hebrew resolves to face 2 (shaped when asked).
#pragma once
#include "fake_metrics.h"
#include "layout/text_services.h"
#include "layout/utf8.h"

#include <algorithm>
#include <set>
#include <vector>

namespace fake {
using namespace folio::layout;

enum class Type { L, R, EN, WS, ON, NSM };

inline Type TypeOf(uint32_t cp) {
    if ((cp >= 0x5D0 && cp <= 0x5EA) || (cp >= 0x621 && cp <= 0x64A)) return Type::R; // Hebrew and Arabic letters
    if ((cp >= 0x591 && cp <= 0x5C7) || (cp >= 0x64B && cp <= 0x652) || cp == 0x200D) return Type::NSM;
    if (cp >= '0' && cp <= '9') return Type::EN;
    if (cp == ' ') return Type::WS;
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return Type::L;
    return Type::ON;
}

class FakeBidi : public BidiResolver {
public:
    uint8_t ResolveLevels(const uint32_t* cps, size_t n, Direction base, uint8_t* levels) const override {
        uint8_t para = FallsBackRtl(base) ? 1 : 0;
        if (base == Direction::Auto || base == Direction::AutoRtl)
            for (size_t i = 0; i < n; ++i) {
                const Type t = TypeOf(cps[i]);
                if (t == Type::L || t == Type::R) { para = t == Type::R; break; }
            }
        const Type sos = para ? Type::R : Type::L;
        std::vector<Type> t(n);
        for (size_t i = 0; i < n; ++i) t[i] = TypeOf(cps[i]);
        for (size_t i = 0; i < n; ++i) if (t[i] == Type::NSM) t[i] = i ? t[i - 1] : sos; // W1
        Type strong = sos; // W7
        for (size_t i = 0; i < n; ++i) {
            if (t[i] == Type::L || t[i] == Type::R) strong = t[i];
            else if (t[i] == Type::EN && strong == Type::L) t[i] = Type::L;
        }
        for (size_t i = 0; i < n;) { // N1-N2
            if (t[i] != Type::WS && t[i] != Type::ON) { ++i; continue; }
            size_t j = i;
            while (j < n && (t[j] == Type::WS || t[j] == Type::ON)) ++j;
            auto dir = [](Type x) { return x == Type::L ? Type::L : Type::R; };
            const Type before = i ? dir(t[i - 1]) : sos, after = j < n ? dir(t[j]) : sos;
            for (size_t k = i; k < j; ++k) t[k] = before == after ? before : sos;
            i = j;
        }
        for (size_t i = 0; i < n; ++i) // I1-I2
            levels[i] = para == 0 ? (t[i] == Type::R ? 1 : t[i] == Type::EN ? 2 : 0) : (t[i] == Type::R ? 1 : 2);
        return para;
    }
    void ReorderLine(const uint32_t* cps, const uint8_t* levels, size_t begin, size_t end, uint8_t para,
                     uint8_t* line_levels, uint32_t* visual) const override {
        const size_t n = end - begin;
        for (size_t i = 0; i < n; ++i) { line_levels[i] = levels[begin + i]; visual[i] = (uint32_t)i; }
        for (size_t i = n; i > 0 && TypeOf(cps[begin + i - 1]) == Type::WS; --i) line_levels[i - 1] = para; // L1
        uint8_t high = 0, low_odd = 255;
        for (size_t i = 0; i < n; ++i) {
            high = std::max(high, line_levels[i]);
            if (line_levels[i] & 1) low_odd = std::min(low_odd, line_levels[i]);
        }
        for (int lvl = high; lvl >= (int)low_odd && lvl > 0; --lvl) // L2
            for (size_t i = 0; i < n;) {
                if (line_levels[visual[i]] < lvl) { ++i; continue; }
                size_t j = i;
                while (j < n && line_levels[visual[j]] >= lvl) ++j;
                std::reverse(visual + i, visual + j);
                i = j;
            }
    }
    uint32_t Mirror(uint32_t cp) const override {
        switch (cp) { case '(': return ')'; case ')': return '('; case '[': return ']'; case ']': return '['; }
        return cp;
    }
};

class FakeShaper : public TextShaper {
public:
    mutable int Calls = 0;
    mutable std::vector<float> Ems;
    bool Refuse = false; // Shape fails (a face dropped)
    void AddFace(FaceId face, const std::string&) override { Faces.insert(face); }
    bool HasFace(FaceId face) const override { return Faces.count(face) > 0; }
    bool Shape(FaceId face, float em, const char* utf8, size_t length, size_t begin, size_t end, bool rtl, const char*,
               std::vector<ShapedGlyph>* out) const override {
        if (!HasFace(face) || Refuse) return false;
        ++Calls;
        Ems.push_back(em);
        std::vector<ShapedGlyph> g;
        for (size_t i = begin; i < end;) {
            uint32_t cp;
            const size_t next = DecodeUtf8(utf8, i, length, &cp);
            const Type t = TypeOf(cp);
            if (t == Type::NSM && !g.empty()) g.push_back(ShapedGlyph{cp, g.back().Cluster, 0.0f, -0.4f * em, 0.2f * em});
            else if (cp == 0x5D9 && !g.empty() && g.back().Glyph == 0x5D9 && g.back().Cluster + 2 == i) g.back().Glyph = 0x5F2; // yod yod
            else g.push_back(ShapedGlyph{cp, (uint32_t)i, (cp == ' ' ? 0.3f : 0.8f) * em, 0.0f, 0.0f});
            i = next;
        }
        if (rtl) std::reverse(g.begin(), g.end());
        out->insert(out->end(), g.begin(), g.end());
        return true;
    }
    std::set<FaceId> Faces;
};

class FakeBreaker : public LineBreaker {
public:
    std::set<uint32_t> After; // break opportunities after these characters only
    void Breaks(const uint32_t* cps, size_t n, const char*, BreakKind* breaks) const override {
        for (size_t i = 0; i < n; ++i) breaks[i] = After.count(cps[i]) ? BreakKind::Allowed : BreakKind::None;
        if (n) breaks[n - 1] = BreakKind::Mandatory;
    }
};

class FakeServices : public TextServices {
public:
    const BidiResolver* BidiPtr = nullptr;
    const LineBreaker* BreakerPtr = nullptr;
    TextShaper* ShaperPtr = nullptr;
    const BidiResolver* Bidi() const override { return BidiPtr; }
    const LineBreaker* Breaker() const override { return BreakerPtr; }
    TextShaper* Shaper() override { return ShaperPtr; }
    const TextShaper* Shaper() const override { return ShaperPtr; }
    uint32_t Generation() const override { return 1; }
};

// Hebrew (U+0590-U+05FF) and ZWJ resolve to face 2, shaped when ShapeHebrew; unshaped, face 2 measures as face 0.
class ScriptMetrics : public FakeMetrics {
public:
    const TextServices* Svc = nullptr;
    bool ShapeHebrew = false;
    FaceId Resolve(FaceId face, uint32_t cp) const override { return cp >= 0x590 && cp <= 0x5FF ? 2 : face; }
    bool Shaped(FaceId face) const override { return ShapeHebrew && face == 2; }
    float Advance(FaceId face, float size, uint32_t cp) const override { return FakeMetrics::Advance(face == 2 ? 0 : face, size, cp); }
    const TextServices* Services() const override { return Svc; }
};

} // namespace fake
