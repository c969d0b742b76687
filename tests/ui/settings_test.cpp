// ReaderSettings' stored JSON: a round trip, and corrupt or hostile files (deep nesting, too large, not UTF-8)
// giving the defaults without a crash.
#include "ui/settings.h"

#include <doctest/doctest.h>

#include <string>

using folio::ui::ReaderSettings;
using folio::ui::SettingsFromJson;
using folio::ui::SettingsToJson;

TEST_CASE("settings: what SettingsToJson writes reads back") {
    ReaderSettings s;
    s.FontSize = 24.0f;
    s.Sans = true;
    s.Width = folio::ui::Measure::Wide;
    s.Theme = folio::ui::ThemeChoice::Sepia;
    s.Justify = true;
    ReaderSettings back;
    REQUIRE(SettingsFromJson(SettingsToJson(s), &back));
    CHECK(back == s);
}

TEST_CASE("settings: a few hundred thousand '[' are refused, not a stack overflow") {
    // RapidJSON's recursive parse overflowed the stack on this at start, every time.
    for (const char open : {'[', '{'}) {
        std::string deep(300000, open);
        if (open == '{') { // {"a":{"a":...
            deep.clear();
            for (int i = 0; i < 100000; ++i) deep += "{\"a\":";
        }
        CAPTURE(open);
        ReaderSettings s;
        s.FontSize = 30.0f;
        CHECK_FALSE(SettingsFromJson(deep, &s));
        CHECK(s.FontSize == 30.0f); // untouched: the caller keeps the defaults
    }
}

TEST_CASE("settings: nesting within the file's bounds but deep is refused too") {
    std::string deep = "{\"fontSize\": 24, \"x\": " + std::string(100, '[') + std::string(100, ']') + "}";
    ReaderSettings s;
    CHECK_FALSE(SettingsFromJson(deep, &s));
}

TEST_CASE("settings: corrupt text, invalid UTF-8 and oversized files give false") {
    ReaderSettings s;
    CHECK_FALSE(SettingsFromJson("", &s));
    CHECK_FALSE(SettingsFromJson("{\"fontSize\": ", &s));
    CHECK_FALSE(SettingsFromJson("[]", &s));
    CHECK_FALSE(SettingsFromJson("{\"family\": \"\xff\"}", &s));
    CHECK_FALSE(SettingsFromJson("{\"fontSize\": 24, \"pad\": \"" + std::string(17u << 20, 'x') + "\"}", &s));
    CHECK(s == ReaderSettings());
}

TEST_CASE("settings: fields out of range keep their defaults, one by one") {
    ReaderSettings s;
    REQUIRE(SettingsFromJson("{\"fontSize\": 99, \"family\": \"sans\", \"theme\": \"purple\"}", &s));
    CHECK(s.FontSize == ReaderSettings().FontSize);
    CHECK(s.Sans);
    CHECK(s.Theme == folio::ui::ThemeChoice::Auto);
}

TEST_CASE("reading positions: what is written reads back, the oldest go past the limit, corrupt entries are left out") {
    using folio::ui::ReadingPositions;
    ReadingPositions p;
    for (int i = 0; i < 205; ++i) p.Remember("a" + std::to_string(i), 0.5f);
    p.Remember("a10", 0.25f); // remembered again: keeps its place in the order
    CHECK(p.Order.size() == ReadingPositions::kMax);
    CHECK(p.Order.front() == "a5");
    CHECK(p.At.count("a4") == 0);
    ReadingPositions back;
    REQUIRE(folio::ui::PositionsFromJson(folio::ui::PositionsToJson(p), &back));
    CHECK(back.Order == p.Order);
    CHECK(back.At.at("a10") == 0.25f);
    REQUIRE(folio::ui::PositionsFromJson(R"([["x", 0.5], ["y", 2], ["z"], 7, ["w", -0.1], ["v", 1]])", &back));
    CHECK(back.Order == std::vector<std::string>{"x", "v"});
    CHECK_FALSE(folio::ui::PositionsFromJson(std::string(300000, '['), &back));
    // Found by fuzz_settings: an id that is no article id (an escaped lone surrogate) is left out, so what is
    // written next reads back, with the other positions.
    REQUIRE(folio::ui::PositionsFromJson(R"([["a\udccc", 0.5], ["b", 0.25], ["../x", 0.5], ["", 0.5]])", &back));
    CHECK(back.Order == std::vector<std::string>{"b"});
    ReadingPositions again;
    REQUIRE(folio::ui::PositionsFromJson(folio::ui::PositionsToJson(back), &again));
    CHECK(again.Order == back.Order);
    CHECK_FALSE(folio::ui::PositionsFromJson("{}", &back));
}
