// TextProbeJson: the text services' answers for one paragraph, as JSON for the browser test; AppendTextStats: the
// state's "text".
#include "platform/web/text_probe.h"

#include "layout/utf8.h"
#include "platform/web/web_text.h"

#include <cmath>
#include <cstring>
#include <vector>

namespace folio::platform {

namespace {

template <typename T> void AppendArray(std::string* out, const char* name, const T* values, size_t n) {
    *out += ",\"";
    *out += name;
    *out += "\":[";
    for (size_t i = 0; i < n; i++) {
        if (i) *out += ',';
        *out += std::to_string((unsigned long)values[i]);
    }
    *out += ']';
}

// A message in words, as a JSON string's contents: quotes, backslashes and control characters become spaces.
std::string Plain(const std::string& message) {
    std::string out;
    for (char c : message) out += c == '"' || c == '\\' || (unsigned char)c < 0x20 ? ' ' : c;
    return out;
}

} // namespace

std::string AppendTextStats(std::string state_json, const WebTextServices& services) {
    if (state_json.empty() || state_json.back() != '}') return state_json;
    state_json.pop_back();
    state_json += ",\"text\":{\"ready\":";
    state_json += services.Bidi() ? "true" : "false";
    state_json += ",\"loading\":";
    state_json += services.Loading() ? "true" : "false";
    state_json += ",\"faces\":" + std::to_string(services.Faces()) + ",\"error\":\"" + Plain(services.LoadError()) + "\"}}";
    return state_json;
}

std::string TextProbeJson(WebTextServices& services, const char* text, int base, const char* lang, int face, float em_px, bool rtl) {
    std::string out = "{\"ready\":";
    out += services.Bidi() ? "true" : "false";
    out += ",\"loading\":";
    out += services.Loading() ? "true" : "false";
    out += ",\"generation\":" + std::to_string(services.Generation());
    out += ",\"error\":\"" + Plain(services.LoadError()) + '"';
    if (!services.Bidi() || !text || base < 0 || base > 2) return out + '}';

    const size_t bytes = strlen(text);
    std::vector<uint32_t> cps;
    for (size_t i = 0; i < bytes;) {
        uint32_t cp = 0;
        i = layout::DecodeUtf8(text, i, bytes, &cp);
        cps.push_back(cp);
    }
    const size_t n = cps.size();
    if (n > 0) {
        std::vector<uint8_t> levels(n), line_levels(n);
        std::vector<uint32_t> visual(n);
        const uint8_t paragraph = services.Bidi()->ResolveLevels(cps.data(), n, (layout::Direction)base, levels.data());
        services.Bidi()->ReorderLine(cps.data(), levels.data(), 0, n, paragraph, line_levels.data(), visual.data());
        std::vector<layout::BreakKind> breaks(n);
        services.Breaker()->Breaks(cps.data(), n, lang ? lang : "", breaks.data());
        std::vector<uint8_t> break_bytes(n);
        for (size_t i = 0; i < n; i++) break_bytes[i] = (uint8_t)breaks[i];
        out += ",\"paragraph\":" + std::to_string(paragraph);
        AppendArray(&out, "levels", levels.data(), n);
        AppendArray(&out, "lineLevels", line_levels.data(), n);
        AppendArray(&out, "visual", visual.data(), n);
        AppendArray(&out, "breaks", break_bytes.data(), n);
    }
    out += ",\"mirror\":" + std::to_string(services.Bidi()->Mirror('('));
    std::vector<layout::ShapedGlyph> glyphs;
    if (face >= 0 && face <= 255 && services.Shaper()->Shape((layout::FaceId)face, em_px, text, bytes, 0, bytes, rtl, lang, &glyphs)) {
        out += ",\"glyphs\":[";
        for (size_t i = 0; i < glyphs.size(); i++) {
            const layout::ShapedGlyph& g = glyphs[i];
            out += i ? ",{\"g\":" : "{\"g\":";
            out += std::to_string(g.Glyph) + ",\"cl\":" + std::to_string(g.Cluster) + ",\"ax\":" + std::to_string(std::lround(g.Advance)) +
                   ",\"dx\":" + std::to_string(std::lround(g.OffsetX)) + ",\"dy\":" + std::to_string(std::lround(g.OffsetY)) + '}';
        }
        out += ']';
    }
    return out + '}';
}

} // namespace folio::platform
