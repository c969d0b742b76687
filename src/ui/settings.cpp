// ReaderSettings: stepping, comparing, and the JSON they are stored as (RapidJSON's writer; read back with the
// model's bounded parser, as any stored file may be corrupt or hostile).
#include "ui/settings.h"
#include "model/json_read.h"
#include "model/limits.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <cstring>

namespace folio::ui {

static const char* const kThemes[] = {"auto", "light", "dark", "sepia", "high-contrast"};
static const char* const kMeasures[] = {"narrow", "medium", "wide"};
static const char* const kSpacings[] = {"tight", "normal", "loose"};

void ReaderSettings::StepFontSize(int steps) {
    float size = std::round(FontSize / 2.0f) * 2.0f + 2.0f * steps;
    FontSize = size < kMinFontSize ? kMinFontSize : size > kMaxFontSize ? kMaxFontSize : size;
}

bool ReaderSettings::operator==(const ReaderSettings& o) const {
    return FontSize == o.FontSize && Sans == o.Sans && Width == o.Width && LineSpacing == o.LineSpacing &&
           Theme == o.Theme && Justify == o.Justify;
}

const char* ThemeName(ThemeChoice t) { return kThemes[(int)t]; }

bool ParseThemeName(const std::string& name, ThemeChoice* out) {
    for (int i = 0; i < 5; ++i)
        if (name == kThemes[i]) { *out = (ThemeChoice)i; return true; }
    return false;
}

std::string SettingsToJson(const ReaderSettings& s) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    w.Key("fontSize"); w.Double(s.FontSize);
    w.Key("family"); w.String(s.Sans ? "sans" : "serif");
    w.Key("width"); w.String(kMeasures[(int)s.Width]);
    w.Key("spacing"); w.String(kSpacings[(int)s.LineSpacing]);
    w.Key("theme"); w.String(kThemes[(int)s.Theme]);
    w.Key("justify"); w.Bool(s.Justify);
    w.EndObject();
    return buf.GetString();
}

template <typename E, size_t N>
static void ReadEnum(const rapidjson::Value& obj, const char* key, const char* const (&names)[N], E* out) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || !it->value.IsString()) return;
    for (size_t i = 0; i < N; ++i)
        if (strcmp(it->value.GetString(), names[i]) == 0) *out = (E)i;
}

bool SettingsFromJson(const std::string& json, ReaderSettings* out) {
    rapidjson::Document doc;
    Error ignored; // a corrupt file means the defaults; the caller keeps it until the reader changes something
    if (!JsonReader("settings.json", &ignored).Parse(json, &doc) || !doc.IsObject()) return false;
    ReaderSettings s;
    auto size = doc.FindMember("fontSize");
    if (size != doc.MemberEnd() && size->value.IsNumber()) {
        const double v = size->value.GetDouble();
        if (v >= ReaderSettings::kMinFontSize && v <= ReaderSettings::kMaxFontSize) s.FontSize = (float)v;
    }
    auto family = doc.FindMember("family");
    if (family != doc.MemberEnd() && family->value.IsString()) s.Sans = strcmp(family->value.GetString(), "sans") == 0;
    ReadEnum(doc, "width", kMeasures, &s.Width);
    ReadEnum(doc, "spacing", kSpacings, &s.LineSpacing);
    ReadEnum(doc, "theme", kThemes, &s.Theme);
    auto justify = doc.FindMember("justify");
    if (justify != doc.MemberEnd() && justify->value.IsBool()) s.Justify = justify->value.GetBool();
    *out = s;
    return true;
}

void ReadingPositions::Remember(const std::string& id, float fraction) {
    if (!At.count(id)) Order.push_back(id);
    At[id] = fraction;
    if (Order.size() <= kMax) return;
    const size_t drop = Order.size() - kMax;
    for (size_t i = 0; i < drop; ++i) At.erase(Order[i]);
    Order.erase(Order.begin(), Order.begin() + (std::ptrdiff_t)drop);
}

std::string PositionsToJson(const ReadingPositions& p) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartArray();
    for (const std::string& id : p.Order) {
        w.StartArray();
        w.String(id.c_str(), (rapidjson::SizeType)id.size());
        w.Double(std::round(p.At.at(id) * 10000.0f) / 10000.0);
        w.EndArray();
    }
    w.EndArray();
    return buf.GetString();
}

bool PositionsFromJson(const std::string& json, ReadingPositions* out) {
    rapidjson::Document doc;
    Error ignored;
    if (!JsonReader("positions.json", &ignored).Parse(json, &doc) || !doc.IsArray()) return false;
    ReadingPositions p;
    for (const auto& e : doc.GetArray()) {
        if (!e.IsArray() || e.Size() != 2 || !e[0].IsString() || !e[1].IsNumber()) continue;
        const double f = e[1].GetDouble();
        const std::string id(e[0].GetString(), e[0].GetStringLength());
        // Only article ids: anything else (say an escaped lone surrogate) is no article's, and kept would make the
        // file the App writes next unreadable, losing every other position with it.
        if (!(f >= 0.0 && f <= 1.0) || !ValidArticleId(id)) continue;
        p.Remember(id, (float)f);
    }
    *out = std::move(p);
    return true;
}

} // namespace folio::ui
