// The dateline at the head of a wire story ("MOSCOW, March 22. /TASS/.", "LONDON, March 22 (Reuters) -",
// "WASHINGTON (AP) —"), and the publication date it implies when the text names no year.
#pragma once
#include "model/article.h"

#include <string>

namespace folio::cli {

// Splits a dateline off the start of a paragraph. On success *dateline holds the parts, *rest the paragraph
// after it; returns false (outputs untouched) when the paragraph does not start with one.
bool SplitDateline(const std::string& paragraph, WireDateline* dateline, std::string* rest);

// Month (1-12) and day of "March 22" or "Mar. 22"; false when the text is not such a date.
bool MonthDay(const std::string& text, int* month, int* day);

// The weekday a lede names ("... on Tuesday."): 0 = Monday ... 6 = Sunday, or -1 when it names none.
int WeekdayNamed(const std::string& text, std::string* name);

// The year of month/day: the latest year, not after `today` (y, m, d), in which that day fell on `weekday`
// (any weekday when -1) and was not in the future. 0 when none within a century.
int InferYear(int month, int day, int weekday, int today_y, int today_m, int today_d);

} // namespace folio::cli
