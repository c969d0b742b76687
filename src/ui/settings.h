// The reader's settings, what they mean for type and colour, and how they are stored (a JSON string the
// platform keeps: localStorage on the web, a file under $XDG_CONFIG_HOME on the desktop).
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

namespace folio::ui {

enum class ThemeChoice { Auto, Light, Dark, Sepia, HighContrast };
enum class Measure { Narrow, Medium, Wide };
enum class Spacing { Tight, Normal, Loose };

struct ReaderSettings {
    float FontSize = 20.0f;      // body text em size, in logical pixels
    bool Sans = false;           // body in Noto Sans instead of Noto Serif
    Measure Width = Measure::Medium;
    Spacing LineSpacing = Spacing::Normal;
    ThemeChoice Theme = ThemeChoice::Auto;
    bool Justify = false;

    static constexpr float kMinFontSize = 14.0f, kMaxFontSize = 32.0f;
    void StepFontSize(int steps);  // Ctrl +/-: 2 px a step, within the limits
    bool operator==(const ReaderSettings& o) const;
    bool operator!=(const ReaderSettings& o) const { return !(*this == o); }
};

std::string SettingsToJson(const ReaderSettings& s);
// Reads what SettingsToJson wrote. Anything missing, mistyped or out of range keeps its default, field by field,
// so a corrupt or older stored value never breaks the reader. Returns false if the text was not a JSON object
// (the model's bounded parse: JsonReader::Parse's size and depth limits, so no file can exhaust the stack).
bool SettingsFromJson(const std::string& json, ReaderSettings* out);

// Where the reader left each article (positions.json): article id -> how far down, 0..1, the oldest first. At most
// kMax are kept; Remember drops the oldest beyond that (oldest: first remembered; remembering an id again moves its
// fraction, not its place).
struct ReadingPositions {
    static constexpr size_t kMax = 200;
    std::vector<std::string> Order;                // article ids, in the order first remembered
    std::unordered_map<std::string, float> At;     // id -> fraction
    void Remember(const std::string& id, float fraction);
};

std::string PositionsToJson(const ReadingPositions& p);
// Reads what PositionsToJson wrote (the bounded parse, as for settings): entries that are not [article id, 0..1]
// are left out, and only the newest kMax kept. False if the text is not a JSON array.
bool PositionsFromJson(const std::string& json, ReadingPositions* out);

const char* ThemeName(ThemeChoice t);   // "auto", "light", "dark", "sepia", "high-contrast"
bool ParseThemeName(const std::string& name, ThemeChoice* out);

} // namespace folio::ui
