// libFuzzer target: any bytes as each file the viewers keep for the reader: settings.json (SettingsFromJson),
// positions.json (PositionsFromJson) and the desktop's window.json (GeometryFromJson). None may crash or exhaust
// the stack, whatever the nesting; what reads must write back and read again to the same values, in range.
// Build with -DFOLIO_FUZZ=ON and clang (tests/fuzz/README.md); run: fuzz_settings CORPUS_DIR.
#include "platform/native/window_geometry.h"
#include "ui/settings.h"

#include <cstdint>
#include <string>

using namespace folio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    ui::ReaderSettings s;
    if (ui::SettingsFromJson(text, &s)) {
        if (s.FontSize < ui::ReaderSettings::kMinFontSize || s.FontSize > ui::ReaderSettings::kMaxFontSize) __builtin_trap();
        ui::ReaderSettings back;
        if (!ui::SettingsFromJson(ui::SettingsToJson(s), &back) || back != s) __builtin_trap();
    }
    ui::ReadingPositions p;
    if (ui::PositionsFromJson(text, &p)) {
        if (p.Order.size() > ui::ReadingPositions::kMax || p.Order.size() != p.At.size()) __builtin_trap();
        for (const auto& [id, f] : p.At) if (!(f >= 0.0f && f <= 1.0f)) __builtin_trap();
        ui::ReadingPositions back;
        if (!ui::PositionsFromJson(ui::PositionsToJson(p), &back) || back.Order != p.Order) __builtin_trap();
    }
    platform::WindowGeometry g;
    if (platform::GeometryFromJson(text, &g)) {
        platform::WindowGeometry back;
        if (!platform::GeometryFromJson(platform::GeometryToJson(g), &back) || back != g) __builtin_trap();
        (void)platform::FitToMonitors(g, {{0, 0, 1920, 1080}, {1920, -200, 1280, 1024}});
    }
    return 0;
}
