// MonthNamed and WeekdayNames: CLDR's month and weekday names through icu::DateFormatSymbols, folded once into
// a lookup table on first use.
#include "cli/cldr_dates.h"
#include "cli/unicode_text.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include <unordered_map>

namespace folio::cli {

const std::vector<std::string>& WireDateLocales() {
    static const std::vector<std::string> locales = {"en", "en_GB", "ru", "fr", "es", "de", "pt", "pt_PT"};
    return locales;
}

// A word as the table keys it: case-folded, without a trailing full stop.
static std::string Key(const std::string& word) {
    std::string k = FoldCase(word);
    if (!k.empty() && k.back() == '.') k.pop_back();
    return k;
}

// Every name of every month of every locale, folded; a name two months share (none in CLDR today) maps to -1.
static std::unordered_map<std::string, int> BuildMonthTable() {
    std::unordered_map<std::string, int> table;
    using Symbols = icu::DateFormatSymbols;
    for (const std::string& locale : WireDateLocales()) {
        UErrorCode status = U_ZERO_ERROR;
        const Symbols symbols(icu::Locale(locale.c_str()), status);
        if (U_FAILURE(status)) continue;
        for (Symbols::DtContextType context : {Symbols::FORMAT, Symbols::STANDALONE})
            for (Symbols::DtWidthType width : {Symbols::WIDE, Symbols::ABBREVIATED}) {
                int32_t count = 0;
                const icu::UnicodeString* names = symbols.getMonths(count, context, width);
                for (int32_t i = 0; i < count && i < 12; ++i) {
                    std::string utf8;
                    names[i].toUTF8String(utf8);
                    const std::string k = Key(utf8);
                    if (k.empty()) continue;
                    auto [it, added] = table.emplace(k, i + 1);
                    if (!added && it->second != i + 1) it->second = -1;
                }
            }
    }
    return table;
}

int MonthNamed(const std::string& word) {
    static const std::unordered_map<std::string, int> table = BuildMonthTable();
    const auto it = table.find(Key(word));
    return it == table.end() || it->second < 0 ? 0 : it->second;
}

static std::unordered_map<std::string, int> BuildWeekdayTable() {
    std::unordered_map<std::string, int> table;
    for (const char* locale : {"ru", "fr", "es", "de", "pt", "pt_PT"}) {
        const std::vector<std::string> names = WeekdayNames(locale);
        for (size_t i = 0; i < names.size(); ++i) {
            auto [it, added] = table.emplace(Key(names[i]), (int)i);
            if (!added && it->second != (int)i) it->second = -1;
        }
    }
    return table;
}

int WeekdayNamedIn(const std::string& word) {
    static const std::unordered_map<std::string, int> table = BuildWeekdayTable();
    const auto it = table.find(Key(word));
    return it == table.end() ? -1 : it->second;
}

std::vector<std::string> WeekdayNames(const std::string& locale) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols(icu::Locale(locale.c_str()), status);
    std::vector<std::string> out;
    if (U_FAILURE(status)) return out;
    int32_t count = 0;
    const icu::UnicodeString* names =
        symbols.getWeekdays(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
    // ICU's array is indexed by UCAL_SUNDAY (1) ... UCAL_SATURDAY (7); index 0 is empty.
    if (count < 8) return out;
    for (int32_t i : {2, 3, 4, 5, 6, 7, 1}) {
        std::string utf8;
        names[i].toUTF8String(utf8);
        out.push_back(utf8);
    }
    return out;
}

} // namespace folio::cli
