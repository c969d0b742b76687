// Dates as bundles write them (RFC 3339, or a plain ISO 8601 date) and as readers see them.
#pragma once
#include <cstdint>
#include <string>

namespace folio {

// Seconds since 1970-01-01T00:00:00Z of "2022-03-22T10:15:00+03:00", "2022-03-22T07:15:00Z" or "2022-03-22".
// Returns false (and leaves *out alone) when the text is not such a date.
bool ParseDate(const std::string& text, int64_t* out);

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (negative before); 1970-01-01 was a Thursday.
int64_t DaysFromCivil(int y, int m, int d);
// The y-m-d of a day counted as DaysFromCivil counts them (its inverse).
void CivilFromDays(int64_t days, int* y, int* m, int* d);
// The day of a plain "YYYY-MM-DD" (a day of the calendar, nothing after it), as DaysFromCivil counts; false otherwise.
bool ParsePlainDay(const std::string& text, int64_t* day);
// Whether y-m-d is a day of the calendar (months 1 to 12, 29 February in leap years only).
bool ValidDay(int y, int m, int d);

// "22 March 2022" for a parsable date, in the date's own calendar day; the text itself otherwise.
std::string FormatDateLong(const std::string& text);

} // namespace folio
