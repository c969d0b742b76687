// SplitDateline, ReadDatelineDate, WeekdayNamed and InferYear: reading the dateline and date of a wire story.
// A dateline is PLACE, then either ", DATE. /AGENCY/." (TASS) or [", DATE"] " (AGENCY)" and a dash (Reuters,
// AP, AFP, EFE's ".-", dpa, Lusa); it is read by a small scanner, not a regex, so places and months can be in any
// script.
#include "cli/wire_dateline.h"
#include "cli/cldr_dates.h"
#include "cli/unicode_text.h"
#include "model/date.h"

namespace folio::cli {

namespace {

constexpr size_t kMaxPlaceBytes = 60, kMaxDateBytes = 40, kMaxAgencyBytes = 40;

std::vector<std::string> SplitWords(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= s.size()) {
        size_t end = s.find(' ', start);
        if (end == std::string::npos) end = s.size();
        if (end > start) out.push_back(s.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

// A place: a capitalised first word, at most five words, no digits or quotation marks; where it has lower case
// ("Madrid", "Rio de Janeiro"), each word is capitalised or a particle of at most three letters ("de", "am").
bool PlaceLike(const std::string& place) {
    if (place.empty() || place.size() > kMaxPlaceBytes || place.back() == ' ' || !StartsUpper(place)) return false;
    if (place.find_first_of("0123456789\"!?;:") != std::string::npos) return false;
    const std::vector<std::string> words = SplitWords(place);
    if (words.size() > 5) return false;
    for (const std::string& w : words)
        if (StartsLower(w) && w.size() > 3) return false;
    return true;
}

bool IsDigits(const std::string& s) { return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos; }

// Whitespace and a dash (-, en dash, em dash) after "(AGENCY)", EFE's ".-" included; the bytes taken, or 0.
size_t DashAfterAgency(const std::string& s, size_t at) {
    const size_t start = at;
    if (at < s.size() && s[at] == '.') ++at;
    if (at < s.size() && s[at] == ' ') ++at;
    if (s.compare(at, 1, "-") == 0) at += 1;
    else if (s.compare(at, 3, "\xE2\x80\x93") == 0 || s.compare(at, 3, "\xE2\x80\x94") == 0) at += 3;
    else return 0;
    return at - start;
}

size_t SkipSpace(const std::string& s, size_t at) {
    while (at < s.size() && (s[at] == ' ' || s[at] == '\t')) ++at;
    return at;
}

} // namespace

bool ReadDatelineDate(const std::string& text, DatelineDate* out) {
    DatelineDate d;
    for (std::string w : SplitWords(text)) {
        if (!w.empty() && w.back() == ',') w.pop_back(); // "March 22, 2026"
        std::string digits = w;
        if (!digits.empty() && digits.back() == '.') digits.pop_back(); // "14. November"
        if (IsDigits(digits) && digits.size() <= 2 && !d.Day) d.Day = std::stoi(digits);
        else if (IsDigits(w) && w.size() == 4 && !d.Year && d.Day) d.Year = std::stoi(w);
        else if (const int m = !d.Month ? MonthNamed(w) : 0) {
            d.Month = m;
            d.DayFirst = d.Day != 0;
        }
        else if (FoldCase(w) != "de" && FoldCase(w) != "года" && FoldCase(w) != "г.") return false; // "14 de nov", "2026 года"
    }
    if (!d.Month || d.Day < 1 || !ValidDay(d.Year ? d.Year : 2000, d.Month, d.Day)) return false;
    *out = d;
    return true;
}

bool SplitDateline(const std::string& paragraph, WireDateline* dateline, std::string* rest) {
    const std::string head = paragraph.substr(0, 240); // a dateline is short
    const size_t stop = head.find_first_of(",(/");
    if (stop == std::string::npos || stop < 2) return false;
    WireDateline d;
    size_t at = 0;
    if (head[stop] == ',') {
        if (head.compare(stop, 2, ", ") != 0) return false;
        d.Place = head.substr(0, stop);
        const size_t from = stop + 2, tass = head.find(". /", from), paren = head.find(" (", from);
        const size_t end = std::min(tass, paren);
        if (end == std::string::npos || end - from > kMaxDateBytes) return false;
        d.Date = head.substr(from, end - from);
        DatelineDate ignored;
        if (!ReadDatelineDate(d.Date, &ignored)) return false;
        if (end == tass) { // ". /TASS/."
            const size_t close = head.find('/', tass + 3);
            if (close == std::string::npos || close == tass + 3 || close - tass - 3 > kMaxAgencyBytes ||
                head.compare(close, 2, "/.") != 0)
                return false;
            d.Agency = head.substr(tass + 3, close - tass - 3);
            at = close + 2;
        } else {
            at = paren + 1;
        }
    } else if (head[stop] == '(' && head[stop - 1] == ' ') {
        d.Place = head.substr(0, stop - 1);
        at = stop;
    } else {
        return false;
    }
    if (!PlaceLike(d.Place)) return false;
    if (d.Agency.empty()) { // "(AGENCY)" and a dash
        const size_t close = head.find(')', at);
        if (close == std::string::npos || close == at + 1 || close - at - 1 > kMaxAgencyBytes ||
            head.find('(', at + 1) < close)
            return false;
        d.Agency = head.substr(at + 1, close - at - 1);
        const size_t dash = DashAfterAgency(head, close + 1);
        if (!dash) return false;
        at = close + 1 + dash;
    }
    d.Text = head.substr(0, at);
    at = SkipSpace(head, at);
    *dateline = d;
    *rest = paragraph.substr(at);
    return true;
}

int WeekdayNamed(const std::string& text, std::string* name) {
    static const std::vector<std::string> weekdays = WeekdayNames("en");
    size_t best = std::string::npos;
    int found = -1;
    for (size_t i = 0; i < weekdays.size(); ++i) {
        const size_t at = text.find("on " + weekdays[i]);
        if (at != std::string::npos && at < best) { best = at; found = (int)i; }
    }
    if (found >= 0 && name) *name = weekdays[(size_t)found];
    return found;
}

int WeekdayWordNamed(const std::string& text, std::string* name) {
    for (std::string w : SplitWords(text.substr(0, 2000))) { // the lede's first sentences
        while (!w.empty() && std::string(".,;:!?)").find(w.back()) != std::string::npos) w.pop_back();
        const int day = WeekdayNamedIn(w);
        if (day < 0) continue;
        if (name) *name = w;
        return day;
    }
    return -1;
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
