// App, the text fields (Find's and the search's): ImGui's field on the desktop, or the field a platform's text
// agent types into (AppOptions::PlatformTextEntry), drawn alike. Their text is painted from its galley (label.h),
// shaped and in its own direction, with the caret, the selection and an IME composition at the galley's positions.
#include "ui/app.h"
#include "ui/galley_paint.h"

#include <imgui.h>
#include <imgui_internal.h> // ImTextCharToUtf8, the input event queue (TakeTypedAhead)

#include <algorithm>
#include <cmath>
#include <cstring>

namespace folio::ui {

void FieldState::SetText(std::string_view text) {
    size_t n = std::min(text.size(), sizeof Text - 1);
    while (n > 0 && n < text.size() && ((unsigned char)text[n] & 0xC0) == 0x80) --n; // whole characters only
    memcpy(Text, text.data(), n);
    Text[n] = 0;
    Caret = TextCaret{(int)n, (int)n, 0, 0};
}

// Characters typed since the field was focused, before it had the focus, belong to its text (except the "/" that
// focused it): taken from ImGui's queues before anything else sees them, the ones ImGui trickles to later frames too.
void App::TakeTypedAhead(FieldState& f) {
    ImGuiIO& io = ImGui::GetIO();
    bool skip_slash = f.Focus == 2;
    bool took = false;
    auto take = [&](unsigned c) {
        if (c < 0x20 || (c == '/' && skip_slash)) { skip_slash &= c != '/'; return; }
        char utf8[5];
        ImTextCharToUtf8(utf8, c);
        if (strlen(f.Text) + strlen(utf8) < sizeof f.Text) { strcat(f.Text, utf8); took = true; }
    };
    for (ImWchar c : io.InputQueueCharacters) take(c);
    io.InputQueueCharacters.resize(0);
    ImVector<ImGuiInputEvent>& queued = ImGui::GetCurrentContext()->InputEventsQueue;
    for (int i = 0; i < queued.Size;) {
        if (queued[i].Type != ImGuiInputEventType_Text) { ++i; continue; }
        take(queued[i].Text.Char);
        queued.erase(queued.Data + i);
    }
    if (f.Focus == 2) f.Focus = 1;
    if (took) { const int end = (int)strlen(f.Text); f.Caret = TextCaret{end, end, 0, 0}; }
}

// The text laid out as a label in the field [a, b): from the left, or (right to left, as a browser's dir="auto"
// field) from the right; the caret or selection [begin, end) and the IME composition at the galley's positions
// (bytes of the text), so an Arabic query's caret is where its letters are.
void App::PaintFieldText(FieldState& f, const ImVec2& a, const ImVec2& b, bool focused, int begin, int end,
                         int composing_begin, int composing_end) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const LabelStyle label_style{SansRegular, 15.0f, TextLanguage()};
    f.Shown.Set(std::string_view(f.Text, strlen(f.Text)), label_style, Labels());
    const layout::Galley* g = f.Shown.Galley();
    if (!g || g->Lines.empty()) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float x = f.Shown.Rtl() ? std::max(a.x + style.FramePadding.x, b.x - style.FramePadding.x - f.Shown.Width())
                                  : a.x + style.FramePadding.x;
    const ImVec2 o(std::floor(x + 0.5f), std::floor(a.y + (b.y - a.y - g->Height) * 0.5f + 0.5f));
    const layout::Line& line = g->Lines[0];
    auto band = [&](int from, int to, ImU32 color, bool underline) { // a byte range's extents (several in bidi text)
        const uint32_t n = (uint32_t)g->Text.size();
        LabelSpans_.clear();
        g->Spans(std::min<uint32_t>((uint32_t)from, n), std::min<uint32_t>((uint32_t)to, n), 0, &LabelSpans_);
        for (const auto& [x0, x1] : LabelSpans_) {
            if (underline) dl->AddLine(ImVec2(o.x + x0, o.y + line.Baseline + 2.0f), ImVec2(o.x + x1, o.y + line.Baseline + 2.0f), color);
            else dl->AddRectFilled(ImVec2(o.x + x0, o.y + line.Top), ImVec2(o.x + x1, o.y + line.Top + line.Height), color);
        }
    };
    if (focused && end > begin) band(begin, end, ImGui::GetColorU32(ImGuiCol_TextSelectedBg), false);
    PaintGalley(dl, *g, Faces_, o, 0.0f, g->Height, ImGui::GetColorU32(ImGuiCol_Text));
    if (composing_end > composing_begin) band(composing_begin, composing_end, ImGui::GetColorU32(ImGuiCol_Text), true);
    if (focused && end <= begin) {
        const float cx = std::floor(o.x + f.Shown.XOf((uint32_t)end)) + 0.5f;
        dl->AddLine(ImVec2(cx, o.y + line.Top), ImVec2(cx, o.y + line.Top + line.Height), ImGui::GetColorU32(ImGuiCol_Text), 1.0f);
    }
}

// The field a platform's text agent types into, drawn like ImGui's: the text or its hint, the caret where the
// agent's is while it has the keys, and the IME composition underlined. True when tapped or clicked (the agent
// takes the focus again).
bool App::DrawAgentField(FieldState& f, TextField kind, float width, const char* hint) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 size(width, ImGui::GetFrameHeight());
    const ImVec2 a = ImGui::GetCursorScreenPos(), b(a.x + size.x, a.y + size.y);
    const bool pressed = ImGui::InvisibleButton("##query", size);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_FrameBg), style.FrameRounding);
    const bool focused = WantsText() == kind;
    if (focused) dl->AddRect(a, b, ImGui::GetColorU32(ImGuiCol_NavCursor), style.FrameRounding, 0, 1.5f);
    dl->PushClipRect(a, b, true);
    if (f.Text[0]) {
        PaintFieldText(f, a, b, focused, f.Caret.Begin, f.Caret.End, f.Caret.ComposingBegin, f.Caret.ComposingEnd);
    } else {
        const ImVec2 text_at(a.x + style.FramePadding.x, a.y + style.FramePadding.y);
        dl->AddText(text_at, ImGui::GetColorU32(ImGuiCol_TextDisabled), hint);
        if (focused)
            dl->AddLine(text_at, ImVec2(text_at.x, text_at.y + ImGui::GetFontSize()), ImGui::GetColorU32(ImGuiCol_Text), 1.0f);
    }
    dl->PopClipRect();
    return pressed;
}

// ImGui's field (the desktop), its text painted over it from the galley. True when Enter was pressed in it.
bool App::DrawImGuiField(FieldState& f, float width, const char* hint) {
    if (f.Focus > 0) {
        ImGui::SetKeyboardFocusHere();
        Animating_ = true; // frames until the field has the focus
    }
    ImGui::SetNextItemWidth(width);
    // A field that takes the focus selects its text, so the next key would replace what was just typed: while
    // focusing, the caret goes to the end instead.
    // The callback also keeps the caret and selection, for the text painted over ImGui's field: ImGui draws
    // the text, selection and caret invisibly (it would draw them unshaped, left to right).
    auto caret_to_end = [](ImGuiInputTextCallbackData* d) {
        FieldState* field = (FieldState*)d->UserData;
        if (field->Focus > 0) d->SelectionStart = d->SelectionEnd = d->CursorPos = d->BufTextLen;
        field->Cursor = d->CursorPos;
        field->SelectA = std::min(d->SelectionStart, d->SelectionEnd);
        field->SelectB = std::max(d->SelectionStart, d->SelectionEnd);
        return 0;
    };
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0)); // the hint keeps TextDisabled's colour
    ImGui::PushStyleColor(ImGuiCol_TextSelectedBg, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_InputTextCursor, ImVec4(0, 0, 0, 0));
    const bool enter = ImGui::InputTextWithHint("##query", hint, f.Text, sizeof f.Text,
                                                ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackAlways,
                                                caret_to_end, &f);
    ImGui::PopStyleColor(3);
    f.Active = ImGui::IsItemActive();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const bool selection = f.Active && f.SelectB > f.SelectA;
    ImGui::GetWindowDrawList()->PushClipRect(a, b, true);
    PaintFieldText(f, a, b, f.Active, selection ? f.SelectA : f.Cursor, selection ? f.SelectB : f.Cursor, 0, 0);
    ImGui::GetWindowDrawList()->PopClipRect();
    if (f.Focus > 0 && f.Active) f.Focus = 0;
    return enter;
}

} // namespace folio::ui
