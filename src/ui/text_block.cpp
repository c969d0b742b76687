// WrappedText: hard line breaks first, then ImGui's word wrapping, one draw call per visible line.
#include "ui/text_block.h"

namespace folio::ui {

static const char* NextChar(const char* s, const char* end) {
    unsigned char c = (unsigned char)*s;
    int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
    return s + len < end ? s + len : end;
}

float WrappedText(const TextStyle& st, const std::string& text, float width) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 clip_min = draw->GetClipRectMin(), clip_max = draw->GetClipRectMax();
    ImFont* font = st.Font->Font;
    const float size = st.Font->ImGuiSize(st.Size);
    const float pad = (st.Leading - size) * 0.5f; // half-leading above the ascent, as CSS does
    float y = 0.0f;
    const char* s = text.data();
    const char* end = s + text.size();
    while (s < end) {
        const char* hard_end = s;
        while (hard_end < end && *hard_end != '\n') ++hard_end;
        const char* line = s;
        do {
            const char* wrap = font->CalcWordWrapPosition(size, line, hard_end, width);
            if (wrap == line) wrap = NextChar(line, hard_end); // progress even when a glyph is wider than the column
            const float top = origin.y + y;
            if (top + st.Leading >= clip_min.y && top <= clip_max.y)
                draw->AddText(font, size, ImVec2(origin.x, top + pad), st.Color, line, wrap);
            y += st.Leading;
            line = wrap;
            while (line < hard_end && (*line == ' ' || *line == '\t')) ++line; // a wrapped line starts at a word
        } while (line < hard_end);
        s = hard_end < end ? hard_end + 1 : end;
    }
    ImGui::Dummy(ImVec2(width, y));
    return y;
}

} // namespace folio::ui
