// SplitDateline, MonthDay, WeekdayNamed and InferYear: reading the dateline and date of a wire story.
#include "cli/wire_dateline.h"
#include "model/date.h"

#include <regex>

namespace folio::cli {

static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                      "July",    "August",   "September", "October", "November", "December"};
static const char* const kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

#define FOLIO_MONTH "(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
                    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.? [0-9]{1,2}"
#define FOLIO_PLACE "([A-Z][^,a-z(/]{0,39}[^,a-z(/ ])"
#define FOLIO_DASH "(?:-|\xE2\x80\x93|\xE2\x80\x94)"

bool SplitDateline(const std::string& paragraph, WireDateline* dateline, std::string* rest) {
    static const std::regex tass("^" FOLIO_PLACE ", (" FOLIO_MONTH ")\\. /([^/]{1,40})/\\.\\s*");
    static const std::regex reuters("^" FOLIO_PLACE ", (" FOLIO_MONTH ") \\(([^)]{1,40})\\) " FOLIO_DASH "\\s*");
    static const std::regex ap("^" FOLIO_PLACE " \\(([^)]{1,40})\\) " FOLIO_DASH "\\s*");
    const std::string head = paragraph.substr(0, 160); // a dateline is short; std::regex is kept off long text
    std::smatch m;
    WireDateline d;
    if (std::regex_search(head, m, tass) || std::regex_search(head, m, reuters)) {
        d.Place = m[1];
        d.Date = m[2];
        d.Agency = m[3];
    } else if (std::regex_search(head, m, ap)) {
        d.Place = m[1];
        d.Agency = m[2];
    } else {
        return false;
    }
    const size_t len = (size_t)m.length(0);
    std::string text = head.substr(0, len);
    text.erase(text.find_last_not_of(" \t") + 1);
    d.Text = text;
    *dateline = d;
    *rest = paragraph.substr(len);
    return true;
}

bool MonthDay(const std::string& text, int* month, int* day) {
    for (int i = 0; i < 12; ++i) {
        const std::string full = kMonths[i], abbr = full.substr(0, 3);
        size_t n = 0;
        if (text.compare(0, full.size(), full) == 0) n = full.size();
        else if (text.compare(0, 4, "Sept") == 0 && i == 8) n = 4;
        else if (text.compare(0, 3, abbr) == 0) n = 3;
        else continue;
        if (n < text.size() && text[n] == '.') ++n;
        if (n >= text.size() || text[n] != ' ') return false;
        const std::string digits = text.substr(n + 1);
        if (digits.empty() || digits.size() > 2 || digits.find_first_not_of("0123456789") != std::string::npos) return false;
        *month = i + 1;
        *day = std::stoi(digits);
        return *day >= 1 && *day <= 31;
    }
    return false;
}

int WeekdayNamed(const std::string& text, std::string* name) {
    size_t best = std::string::npos;
    int found = -1;
    for (int i = 0; i < 7; ++i) {
        const size_t at = text.find(std::string("on ") + kWeekdays[i]);
        if (at != std::string::npos && at < best) { best = at; found = i; }
    }
    if (found >= 0 && name) *name = kWeekdays[found];
    return found;
}

int InferYear(int month, int day, int weekday, int today_y, int today_m, int today_d) {
    const int64_t today = DaysFromCivil(today_y, today_m, today_d);
    for (int y = today_y; y > today_y - 100; --y) {
        if (!ValidDay(y, month, day)) continue;
        const int64_t days = DaysFromCivil(y, month, day);
        if (days > today) continue;
        const int wd = (int)(((days % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday (3 with Monday = 0)
        if (weekday < 0 || wd == weekday) return y;
    }
    return 0;
}

} // namespace folio::cli
