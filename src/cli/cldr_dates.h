// Month and weekday names from the Unicode CLDR, through ICU (icu::DateFormatSymbols), for reading the dates of
// wire stories in the languages the wire importer knows (English, Russian, French, Spanish, German, Portuguese).
// Never a table of our own: the names are whatever the installed ICU's CLDR data says.
#pragma once
#include <string>
#include <vector>

namespace folio::cli {

// The locales whose month names MonthNamed knows: en, en_GB ("Sept"), ru, fr, es, de, pt, pt_PT.
const std::vector<std::string>& WireDateLocales();

// The month (1-12) a word names in any of those locales: wide or abbreviated, format (the genitive "ноября")
// or standalone ("ноябрь"), compared after ICU case folding with a trailing full stop optional ("nov", "Nov.",
// "NOV" all November). 0 when the word names no month, or names different months in different locales.
int MonthNamed(const std::string& word);

// The weekday (0 = Monday ... 6 = Sunday) a word names in the day-first locales (ru, fr, es, de, pt: "mardi",
// "Dienstag", "terça-feira", «вторник»), wide, compared after case folding; -1 when none. Russian's names are
// CLDR's nominative: «в понедельник» is found, «в пятницу» (accusative) is not.
int WeekdayNamedIn(const std::string& word);

// The wide weekday names of a locale ("en": Monday ... Sunday), Monday first.
std::vector<std::string> WeekdayNames(const std::string& locale);

} // namespace folio::cli
