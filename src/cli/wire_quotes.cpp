// FindNamedPeople, SplitQuote and ResolveSpeaker: who said what in wire copy, by small, stated rules.
#include "cli/wire_quotes.h"

#include <algorithm>
#include <set>

namespace folio::cli {

namespace {

const std::set<std::string> kRoles = {
    "ambassador", "minister",  "president", "spokesman", "spokeswoman", "spokesperson", "secretary", "director",
    "chairman",   "chairwoman", "governor", "mayor",     "senator",     "envoy",        "diplomat",  "official",
    "commander",  "general",   "chancellor", "ceo",      "chief",       "head",         "leader",    "deputy",
    "adviser",    "advisor",   "professor", "analyst",   "economist",   "prosecutor",   "judge",     "representative",
    "consul",     "premier",   "king",      "queen",     "lawyer",      "researcher",   "expert"};

// What a description like "the diplomat" may refer to; a description not listed matches its own role.
const std::vector<std::pair<std::string, std::set<std::string>>> kDescriptions = {
    {"diplomat", {"ambassador", "envoy", "diplomat", "consul"}},
    {"envoy", {"ambassador", "envoy"}},
    {"spokesman", {"spokesman", "spokeswoman", "spokesperson"}},
    {"spokeswoman", {"spokesman", "spokeswoman", "spokesperson"}},
    {"spokesperson", {"spokesman", "spokeswoman", "spokesperson"}},
    {"minister", {"minister", "premier"}},
    {"official", {}}, // any role
};

const std::set<std::string> kVerbs = {"said",    "says",    "added",    "adds",     "stressed", "noted",   "told",
                                      "explained", "continued", "emphasized", "emphasised", "remarked", "stated",
                                      "declared", "asked",   "wrote",    "insisted", "warned",   "recalled", "concluded",
                                      "claimed", "argued",   "admitted", "replied",  "pointed",  "underlined"};

const std::set<std::string> kPronouns = {"he", "she", "they", "him", "her"};

std::string Lower(std::string s) {
    for (char& c : s) if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    return s;
}

std::string Trim(const std::string& s) {
    const size_t b = s.find_first_not_of(" \t\n"), e = s.find_last_not_of(" \t\n");
    return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::vector<std::string> Words(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < s.size()) {
        size_t end = s.find(' ', start);
        if (end == std::string::npos) end = s.size();
        if (end > start) out.push_back(s.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

bool IsPunct(unsigned char c) { return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')' || c == '"'; }

// A word without surrounding punctuation; *ends_clause when punctuation followed it.
std::string Core(const std::string& word, bool* ends_clause) {
    size_t b = 0, e = word.size();
    while (b < e && IsPunct((unsigned char)word[b])) ++b;
    while (e > b && IsPunct((unsigned char)word[e - 1])) --e;
    if (ends_clause) *ends_clause = e < word.size();
    return word.substr(b, e - b);
}

bool Possessive(const std::string& w) {
    return (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) ||
           (w.size() > 4 && w.compare(w.size() - 4, 4, "\xE2\x80\x99s") == 0);
}

bool Capitalised(const std::string& w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z' && !Possessive(w); }

std::string Join(const std::vector<std::string>& words, size_t from, size_t to) {
    std::string s;
    for (size_t i = from; i < to; ++i) s += (i > from ? " " : "") + words[i];
    return s;
}

// Opening quotation marks and the closing mark each expects.
size_t OpeningQuote(const std::string& s, size_t at, std::string* closing) {
    if (s.compare(at, 1, "\"") == 0) { *closing = "\""; return 1; }
    if (s.compare(at, 3, "\xE2\x80\x9C") == 0) { *closing = "\xE2\x80\x9D"; return 3; } // “ ”
    if (s.compare(at, 2, "\xC2\xAB") == 0) { *closing = "\xC2\xBB"; return 2; }          // « »
    return 0;
}

// The speaker an attribution clause names (", the diplomat said." -> "the diplomat"), or "".
std::string SpeakerOf(std::string clause) {
    clause = Trim(clause);
    if (!clause.empty() && clause[0] == ',') clause = Trim(clause.substr(1));
    const size_t comma = clause.find(',');
    if (comma != std::string::npos) clause = clause.substr(0, comma); // "he said, adding that ..."
    while (!clause.empty() && (clause.back() == '.' || clause.back() == ' ')) clause.pop_back();
    const std::vector<std::string> words = Words(clause);
    if (words.size() < 2 || words.size() > 7) return "";
    if (kVerbs.count(Lower(words.back()))) return Join(words, 0, words.size() - 1);
    if (kVerbs.count(Lower(words.front()))) return Join(words, 1, words.size());
    return "";
}

} // namespace

std::vector<NamedPerson> FindNamedPeople(const std::vector<std::string>& paragraphs) {
    std::vector<NamedPerson> people;
    for (size_t p = 0; p < paragraphs.size(); ++p) {
        const std::vector<std::string> words = Words(paragraphs[p]);
        for (size_t i = 0; i < words.size(); ++i) {
            bool stop = false;
            const std::string role = Lower(Core(words[i], &stop));
            if (stop || !kRoles.count(role)) continue;
            size_t j = i + 1;
            bool place = false;
            if (j < words.size() && (words[j] == "to" || words[j] == "of" || words[j] == "for" || words[j] == "at")) {
                place = true;
                ++j;
            }
            std::vector<std::string> run;
            for (; j < words.size() && run.size() < 6; ++j) {
                bool ends = false;
                const std::string w = Core(words[j], &ends);
                if (!Capitalised(w) || kRoles.count(Lower(w))) break;
                run.push_back(w);
                if (ends) break;
            }
            // After "to PLACE" the name is the last two words; a run of one there is a place without a name.
            size_t from = 0;
            if (place) {
                if (run.size() < 2) continue;
                from = run.size() >= 3 ? run.size() - 2 : run.size() - 1;
            } else if (run.empty()) {
                continue;
            } else if (run.size() > 3) {
                run.resize(3);
            }
            people.push_back(NamedPerson{Join(run, from, run.size()), role, p});
        }
    }
    return people;
}

bool SplitQuote(const std::string& paragraph, QuotedParagraph* out) {
    const std::string s = Trim(paragraph);
    std::string closing;
    const size_t open = OpeningQuote(s, 0, &closing);
    if (!open) return false;
    const size_t close = s.find(closing, open);
    if (close == std::string::npos) return false;
    std::string text = Trim(s.substr(open, close - open));
    std::string rest = s.substr(close + closing.size());
    std::string clause = rest, continued;
    for (size_t i = 0; i < rest.size(); ++i) {
        std::string closing2;
        const size_t open2 = OpeningQuote(rest, i, &closing2);
        if (!open2) continue;
        const size_t close2 = rest.find(closing2, i + open2);
        if (close2 == std::string::npos) return false;
        const std::string after = Trim(rest.substr(close2 + closing2.size()));
        if (!after.empty() && after != ".") return false; // more than one quote: leave the paragraph alone
        clause = rest.substr(0, i);
        continued = Trim(rest.substr(i + open2, close2 - i - open2));
        break;
    }
    std::string speaker;
    const std::string bare = Trim(clause);
    if (!bare.empty() && bare != ".") {
        speaker = SpeakerOf(clause);
        if (speaker.empty()) return false; // not an attribution: keep the paragraph as it is
    }
    if (text.empty()) return false;
    if (text.back() == ',') text.back() = '.';
    if (!continued.empty()) text += " " + continued;
    *out = QuotedParagraph{text, speaker};
    return true;
}

SpeakerIndex::SpeakerIndex(std::vector<NamedPerson> people, const std::vector<std::string>& paragraphs)
    : People_(std::move(people)) {
    for (size_t i = 0; i < People_.size(); ++i) {
        const std::string& name = People_[i].Name;
        const size_t sp = name.rfind(' ');
        BySurname_[name.substr(sp == std::string::npos ? 0 : sp + 1)].push_back(i);
        ByRole_[People_[i].Role].push_back(i);
        Everyone_.push_back(i);
    }
    for (const std::string& para : paragraphs) { // "... Mikhail Galuzin ..." anywhere in the story
        const std::vector<std::string> ws = Words(para);
        for (size_t i = 1; i < ws.size(); ++i) {
            const std::string first = Core(ws[i - 1], nullptr);
            if (!Capitalised(first) || kRoles.count(Lower(first))) continue;
            const std::string word = Core(ws[i], nullptr);
            FullNames_.emplace(word, first + " " + word); // the first pair the story gives wins
        }
    }
}

const NamedPerson* SpeakerIndex::Latest(const std::vector<size_t>& candidates, size_t at) const {
    // People are in order of appearance, so those introduced by paragraph `at` come first.
    const auto after = std::upper_bound(candidates.begin(), candidates.end(), at,
                                        [&](size_t para, size_t i) { return para < People_[i].Paragraph; });
    if (after != candidates.begin()) return &People_[*(after - 1)];
    return after == candidates.end() ? nullptr : &People_[*after];
}

const std::vector<size_t>& SpeakerIndex::WithSurname(const std::string& surname) const {
    auto it = BySurname_.find(surname);
    return it == BySurname_.end() ? None_ : it->second;
}

const std::vector<size_t>& SpeakerIndex::WithRole(const std::string& role) const {
    auto it = ByRole_.find(role);
    return it == ByRole_.end() ? None_ : it->second;
}

std::string SpeakerIndex::FullName(const std::string& surname) const {
    auto it = FullNames_.find(surname);
    return it == FullNames_.end() ? "" : it->second;
}

std::string ResolveSpeaker(const std::string& speaker, size_t at, const SpeakerIndex& index, const std::string& previous,
                           bool* resolved) {
    *resolved = true;
    const std::string lower = Lower(speaker);
    const std::vector<std::string> words = Words(speaker);
    if (kPronouns.count(lower)) {
        if (!previous.empty()) return previous;
        if (const NamedPerson* p = index.Latest(index.Everyone(), at)) return p->Name;
    } else if (words.size() >= 2 && (Lower(words[0]) == "the" || Lower(words[0]) == "a")) {
        const std::string noun = Lower(words.back());
        std::set<std::string> roles = {noun};
        bool any = false;
        for (const auto& d : kDescriptions)
            if (d.first == noun) { roles = d.second; any = d.second.empty(); }
        // The latest person holding any of the roles, else the first after `at` (people are in one vector in
        // order of appearance, so a later one has a greater address).
        const NamedPerson *before = nullptr, *after = nullptr;
        if (any) before = index.Latest(index.Everyone(), at);
        else
            for (const std::string& role : roles) {
                const NamedPerson* p = index.Latest(index.WithRole(role), at);
                if (!p) continue;
                if (p->Paragraph <= at) { if (!before || p > before) before = p; }
                else if (!after || p < after) after = p;
            }
        if (const NamedPerson* p = before ? before : after) return p->Name;
    } else if (!words.empty() && Capitalised(words.back())) {
        const std::string surname = words.back();
        if (const NamedPerson* p = index.Latest(index.WithSurname(surname), at)) return words.size() >= 2 ? speaker : p->Name;
        if (words.size() >= 2) return speaker; // already a full name
        const std::string full = index.FullName(surname);
        return full.empty() ? speaker : full;
    }
    *resolved = false;
    return speaker;
}

} // namespace folio::cli
