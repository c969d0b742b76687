// The dateline at the head of a wire story, in the agencies' shapes: "MOSCOW, March 22. /TASS/." and
// "ТОМСК, 14 ноября. /ТАСС/." (TASS), "LONDON, March 22 (Reuters) -", "PARIS, 14 novembre 2026 (AFP) -",
// "Madrid, 14 nov (EFE).-", "Lisboa, 14 nov 2026 (Lusa) -", "WASHINGTON (AP) —", "Berlin (dpa) -"; the date's
// month names are CLDR's (cldr_dates.h), and the publication date it implies when the text names no year.
#pragma once
#include "model/article.h"

#include <string>

namespace folio::cli {

// Splits a dateline off the start of a paragraph. On success *dateline holds the parts, *rest the paragraph
// after it; returns false (outputs untouched) when the paragraph does not start with one.
bool SplitDateline(const std::string& paragraph, WireDateline* dateline, std::string* rest);

// A dateline's day and month, and its year when it gives one (else Year is 0).
struct DatelineDate {
    int Year = 0, Month = 0, Day = 0;
    bool DayFirst = false; // "14 ноября" (the other languages), not "March 22" (English)
};

// Reads the date of a dateline: a month name (any form cldr_dates.h knows) and a day of 1 to 31, month first or
// day first ("March 22", "Mar. 22", "14 ноября", "14. November", "14 de noviembre de 2026"), with an optional
// four-digit year; false (out untouched) when the text is not such a date or the day does not exist.
bool ReadDatelineDate(const std::string& text, DatelineDate* out);

// The weekday an English lede names ("... on Tuesday."; CLDR's English names): 0 = Monday ... 6 = Sunday, or -1
// when it names none.
int WeekdayNamed(const std::string& text, std::string* name);

// The weekday the lede of a day-first dateline names: the first word that is a weekday in Russian, French,
// Spanish, German or Portuguese ("vendredi", "am Montag", «в понедельник»; cldr_dates.h), or -1.
int WeekdayWordNamed(const std::string& text, std::string* name);

// The year of month/day: the latest year, not after `today` (y, m, d), in which that day fell on `weekday`
// (any weekday when -1) and was not in the future. 0 when none within a century.
int InferYear(int month, int day, int weekday, int today_y, int today_m, int today_d);

} // namespace folio::cli
