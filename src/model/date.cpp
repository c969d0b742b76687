// RFC 3339 parsing and a reader-facing date format, without the C library's locale or time zone.
#include "model/date.h"

namespace folio {

static bool Digits(const std::string& s, size_t pos, size_t n, int* out) {
    if (pos + n > s.size()) return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
int64_t DaysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void CivilFromDays(int64_t days, int* y, int* m, int* d) {
    days += 719468;
    const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const int64_t doe = days - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    *y = static_cast<int>(yoe + era * 400 + (*m <= 2));
}

bool ParsePlainDay(const std::string& text, int64_t* day) {
    int64_t seconds = 0; // ParseDate reads a plain date as its midnight, UTC: a whole number of days
    if (text.size() != 10 || !ParseDate(text, &seconds)) return false;
    *day = seconds / 86400;
    return true;
}

bool ValidDay(int y, int m, int d) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1) return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

bool ParseDate(const std::string& s, int64_t* out) {
    int y, mo, d, h = 0, mi = 0, sec = 0;
    if (!Digits(s, 0, 4, &y) || s.size() < 10 || s[4] != '-' || !Digits(s, 5, 2, &mo) || s[7] != '-' ||
        !Digits(s, 8, 2, &d) || !ValidDay(y, mo, d))
        return false;
    int64_t offset = 0;
    if (s.size() > 10) {
        if ((s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !Digits(s, 11, 2, &h) || s.size() < 19 || s[13] != ':' ||
            !Digits(s, 14, 2, &mi) || s[16] != ':' || !Digits(s, 17, 2, &sec) || h > 23 || mi > 59 || sec > 60)
            return false;
        size_t p = 19;
        if (p < s.size() && s[p] == '.') {
            ++p;
            size_t start = p;
            while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;
            if (p == start) return false;
        }
        if (p == s.size()) return false; // RFC 3339 requires a zone
        if (s[p] == 'Z' || s[p] == 'z') {
            ++p;
        } else if (s[p] == '+' || s[p] == '-') {
            int oh, om;
            if (!Digits(s, p + 1, 2, &oh) || p + 3 >= s.size() || s[p + 3] != ':' || !Digits(s, p + 4, 2, &om) || oh > 23 || om > 59)
                return false;
            offset = (s[p] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
            p += 6;
        } else {
            return false;
        }
        if (p != s.size()) return false;
    }
    *out = DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offset;
    return true;
}

std::string FormatDateLong(const std::string& text) {
    static const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
    int64_t ignored;
    int y, m, d;
    if (!ParseDate(text, &ignored) || !Digits(text, 0, 4, &y) || !Digits(text, 5, 2, &m) || !Digits(text, 8, 2, &d))
        return text;
    return std::to_string(d) + " " + months[m - 1] + " " + std::to_string(y);
}

} // namespace folio
