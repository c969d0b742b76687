// Rfc822ToRfc3339 and FeedDateToRfc3339. RFC 822's grammar is small and fixed (English month and day
// abbreviations, a closed list of zone names), so it is read here token by token rather than through a locale's
// date parser, whose month names and zone names would vary with the machine.
#include "cli/feed_dates.h"
#include "cli/importer.h" // DateTimeFromOption
#include "model/date.h"

#include <cctype>
#include <cstdio>
#include <vector>

namespace folio::cli {

namespace {

std::string Lower(std::string s) {
    for (char& c : s) c = (char)std::tolower((unsigned char)c);
    return s;
}

// The text split at white space and after a comma ("Tue," "10" "Jun" …).
std::vector<std::string> Tokens(const std::string& text) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!cur.empty()) out.push_back(cur), cur.clear();
        } else {
            cur += c;
            if (c == ',') out.push_back(cur), cur.clear();
        }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

bool Number(const std::string& s, size_t min_digits, size_t max_digits, int* out) {
    if (s.size() < min_digits || s.size() > max_digits) return false;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

// 1 to 12 for an English month name or its three-letter abbreviation, else 0.
int MonthOf(const std::string& token) {
    static const char* names[] = {"january", "february", "march",     "april",   "may",      "june",
                                  "july",    "august",   "september", "october", "november", "december"};
    const std::string t = Lower(token);
    for (int m = 0; m < 12; ++m) {
        const std::string full = names[m];
        if (t == full.substr(0, 3) || t == full || (m == 8 && t == "sept")) return m + 1;
    }
    return 0;
}

bool IsWeekday(std::string token) {
    if (!token.empty() && token.back() == ',') token.pop_back();
    static const char* days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    const std::string t = Lower(token);
    for (const char* d : days)
        if (t.rfind(d, 0) == 0) return true;
    return false;
}

// The zone as an RFC 3339 offset ("Z", "-04:00"), or "" when it is none RFC 822 or 2822 names.
std::string ZoneOf(const std::string& token) {
    const std::string t = Lower(token);
    if (t == "ut" || t == "utc" || t == "gmt" || t == "z") return "Z";
    static const struct { const char* Name; const char* Offset; } named[] = {
        {"est", "-05:00"}, {"edt", "-04:00"}, {"cst", "-06:00"}, {"cdt", "-05:00"},
        {"mst", "-07:00"}, {"mdt", "-06:00"}, {"pst", "-08:00"}, {"pdt", "-07:00"}};
    for (const auto& z : named)
        if (t == z.Name) return z.Offset;
    // RFC 2822 4.3: military zones other than Z are to be taken as -0000, the sign of RFC 822's having been wrong
    if (t.size() == 1 && t[0] >= 'a' && t[0] <= 'z' && t[0] != 'j') return "Z";
    int hhmm;
    if (token.size() == 5 && (token[0] == '+' || token[0] == '-') && Number(token.substr(1), 4, 4, &hhmm) &&
        hhmm / 100 <= 23 && hhmm % 100 <= 59) {
        if (hhmm == 0) return "Z";
        char buf[8];
        std::snprintf(buf, sizeof buf, "%c%02d:%02d", token[0], hhmm / 100, hhmm % 100);
        return buf;
    }
    return "";
}

} // namespace

std::string Rfc822ToRfc3339(const std::string& text) {
    std::vector<std::string> t = Tokens(text);
    size_t i = 0;
    if (i < t.size() && IsWeekday(t[i])) {
        ++i;
        if (t[i - 1].back() != ',' && i < t.size() && t[i] == ",") ++i;
    }
    if (t.size() - i != 5) return "";
    int day, year, h, mi, s = 0;
    const int month = MonthOf(t[i + 1]);
    if (!Number(t[i], 1, 2, &day) || month == 0 || !Number(t[i + 2], 2, 4, &year) || t[i + 2].size() == 3) return "";
    if (t[i + 2].size() == 2) year += year < 50 ? 2000 : 1900; // RFC 2822 4.3
    const std::string& clock = t[i + 3];
    if (clock.size() != 5 && clock.size() != 8) return "";
    if (!Number(clock.substr(0, 2), 2, 2, &h) || clock[2] != ':' || !Number(clock.substr(3, 2), 2, 2, &mi)) return "";
    if (clock.size() == 8 && (clock[5] != ':' || !Number(clock.substr(6, 2), 2, 2, &s))) return "";
    const std::string zone = ZoneOf(t[i + 4]);
    if (zone.empty()) return "";
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%s", year, month, day, h, mi, s, zone.c_str());
    int64_t ignored;
    return ParseDate(buf, &ignored) ? buf : "";
}

std::string FeedDateToRfc3339(const std::string& text, const std::string& day_offset) {
    size_t b = 0, e = text.size();
    while (b < e && std::isspace((unsigned char)text[b])) ++b;
    while (e > b && std::isspace((unsigned char)text[e - 1])) --e;
    std::string s = text.substr(b, e - b);
    if (s.empty()) return "";
    if (!std::isdigit((unsigned char)s[0]) || s.size() < 10 || s[4] != '-') return Rfc822ToRfc3339(s);
    if (s.size() == 10) return DateTimeFromOption(s, day_offset);
    // W3C's profile allows minutes without seconds: "2022-03-22T10:15+03:00"
    if (s.size() >= 16 && s[13] == ':' && (s.size() == 16 || s[16] != ':')) s.insert(16, ":00");
    if (s[10] == 't' || s[10] == ' ') s[10] = 'T';
    if (s.back() == 'z') s.back() = 'Z';
    int64_t ignored;
    return ParseDate(s, &ignored) ? s : "";
}

} // namespace folio::cli
