// FindNamedPeople, SplitQuote and ResolveSpeaker: who said what in wire copy, by small, stated rules.
#include "cli/wire_quotes.h"
#include "cli/quote_words.h"
#include "cli/unicode_text.h"

#include <algorithm>
#include <set>

namespace folio::cli {

namespace {

const QuoteWords& W() { return WireQuoteWords(); }

std::string Lower(const std::string& s) { return FoldCase(s); }

// Spaces a quotation may be padded with: French puts a no-break space inside « ».
size_t LeadingSpace(const std::string& s, size_t at) {
    if (at < s.size() && (s[at] == ' ' || s[at] == '\t' || s[at] == '\n')) return 1;
    if (s.compare(at, 2, "\xC2\xA0") == 0) return 2;     // no-break space
    if (s.compare(at, 3, "\xE2\x80\xAF") == 0) return 3; // narrow no-break space
    return 0;
}

size_t TrailingSpace(const std::string& s, size_t end) {
    if (end >= 1 && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\n')) return 1;
    if (end >= 2 && s.compare(end - 2, 2, "\xC2\xA0") == 0) return 2;
    if (end >= 3 && s.compare(end - 3, 3, "\xE2\x80\xAF") == 0) return 3;
    return 0;
}

std::string Trim(const std::string& s) {
    size_t b = 0, e = s.size();
    while (size_t n = LeadingSpace(s, b)) b += n;
    while (e > b) {
        const size_t n = TrailingSpace(s, e);
        if (!n) break;
        e -= n;
    }
    return s.substr(b, e - b);
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

bool Capitalised(const std::string& w) { return StartsUpper(w) && !Possessive(w); }

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
    if (s.compare(at, 3, "\xE2\x80\x9E") == 0) { *closing = "\xE2\x80\x9C"; return 3; } // „ “ (German)
    if (s.compare(at, 2, "\xC2\xBB") == 0) { *closing = "\xC2\xAB"; return 2; }          // » « (German)
    return 0;
}

// French inverted subjects: "a-t-il déclaré", "ont-elles affirmé", "dit-il", "ajoute-t-elle" give the pronoun;
// anything else "".
std::string InvertedSpeaker(const std::vector<std::string>& words) {
    if (words.empty() || words.size() > 2) return "";
    const std::string first = Lower(words[0]);
    const size_t dash = first.rfind('-');
    if (dash == std::string::npos) return "";
    const std::string pronoun = first.substr(dash + 1);
    std::string verb = first.substr(0, dash);
    if (verb.size() > 2 && verb.compare(verb.size() - 2, 2, "-t") == 0) verb.resize(verb.size() - 2);
    if (!W().InvertedPronouns.count(pronoun)) return "";
    if (words.size() == 2) return W().Auxiliaries.count(verb) && W().Verbs.count(Lower(words[1])) ? pronoun : "";
    return W().Verbs.count(verb) ? pronoun : "";
}

// The speaker an attribution clause names (", the diplomat said." -> "the diplomat"), or "".
std::string SpeakerOf(std::string clause) {
    clause = Trim(clause);
    if (!clause.empty() && clause[0] == ',') clause = Trim(clause.substr(1));
    for (const char* dash : {"-", "\xE2\x80\x93", "\xE2\x80\x94"}) // Russian: «…», - сказал он.
        if (clause.rfind(dash, 0) == 0) { clause = Trim(clause.substr(std::string(dash).size())); break; }
    const size_t comma = clause.find(',');
    if (comma != std::string::npos) clause = clause.substr(0, comma); // "he said, adding that ..."
    while (!clause.empty() && (clause.back() == '.' || clause.back() == ' ')) clause.pop_back();
    const std::vector<std::string> words = Words(clause);
    const std::string inverted = InvertedSpeaker(words);
    if (!inverted.empty()) return inverted;
    if (words.size() < 2 || words.size() > 7) return "";
    const auto& verbs = W().Verbs;
    if (verbs.count(Lower(words.back()))) return Join(words, 0, words.size() - 1);
    if (verbs.count(Lower(words.front()))) return Join(words, 1, words.size());
    // French: "a déclaré le ministre" (an auxiliary, a participle, the speaker)
    if (words.size() >= 3 && W().Auxiliaries.count(Lower(words[0])) && verbs.count(Lower(words[1])))
        return Join(words, 2, words.size());
    return "";
}

// A word without French elision ("l'ambassadeur", "l’ambassadeur" -> "ambassadeur").
std::string Elided(const std::string& word) {
    for (const char* prefix : {"l'", "l\xE2\x80\x99"}) {
        const size_t n = std::string(prefix).size();
        if (word.size() > n && word.compare(0, n, prefix) == 0) return word.substr(n);
    }
    return word;
}

// Other languages put no preposition before a place ("губернатор Томской области Владимир Мазур", "le ministre
// des Affaires étrangères Jean Dupont", "el ministro de Economía, Carlos Cuerpo"): the name is the first run of two
// or more capitalised words within eight words of the role (its last two when longer, a place before it), or one
// capitalised word right after the role when a verb, punctuation or the end follows it ("президент Путин заявил").
std::string NameAfterOtherRole(const std::vector<std::string>& words, size_t i) {
    const size_t end = std::min(words.size(), i + 9);
    if (i + 1 < end && W().IsRole(Lower(Core(words[i + 1], nullptr)))) return ""; // "Premier ministre": the next
    std::vector<std::string> run;
    std::string apposed; // "de la Autoridad Portuaria, Elena Navarro": the run before the comma, kept as a fallback
    size_t run_start = 0;
    for (size_t k = i + 1; k < end; ++k) {
        bool punct = false;
        const std::string w = Core(words[k], &punct);
        const bool sentence_end = !words[k].empty() && std::string(".;:!?").find(words[k].back()) != std::string::npos;
        const bool name_word = Capitalised(w) && !W().IsRole(Lower(w));
        if (name_word) {
            if (run.empty()) run_start = k;
            run.push_back(w);
        }
        const bool last = k + 1 == end;
        if (!name_word || punct || last) {
            const bool comma_then_name = name_word && words[k].back() == ',' && k + 1 < end &&
                                         Capitalised(Core(words[k + 1], nullptr));
            if (run.size() >= 2 && comma_then_name && apposed.empty()) { // the name is apposed after the comma
                apposed = Join(run, run.size() - 2, run.size());
                run.clear();
                continue;
            }
            if (run.size() >= 2) return Join(run, run.size() - 2, run.size());
            const bool closes = punct || k + 1 == words.size() || (!name_word && W().Verbs.count(Lower(w))) ||
                                (name_word && k + 1 < words.size() && W().Verbs.count(Lower(Core(words[k + 1], nullptr))));
            if (run.size() == 1 && run_start == i + 1 && closes) return run[0];
            run.clear();
        }
        if (sentence_end) break;
    }
    return apposed;
}

} // namespace

std::vector<NamedPerson> FindNamedPeople(const std::vector<std::string>& paragraphs) {
    std::vector<NamedPerson> people;
    const auto& english = W().EnglishRoles;
    for (size_t p = 0; p < paragraphs.size(); ++p) {
        const std::vector<std::string> words = Words(paragraphs[p]);
        for (size_t i = 0; i < words.size(); ++i) {
            bool stop = false;
            const std::string word = Elided(Lower(Core(words[i], &stop))); // "L'ambassadeur"
            const std::string role = stop ? "" : W().RoleOf(word);
            if (role.empty()) continue;
            if (!english.count(role)) {
                const std::string name = NameAfterOtherRole(words, i);
                if (!name.empty()) people.push_back(NamedPerson{name, role, p});
                continue;
            }
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
                if (!Capitalised(w) || english.count(Lower(w))) break;
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
    // «…», - сказал он. / « … », a-t-il dit.: the comma outside the marks ends the quoted sentence
    const bool ends = text.back() == '.' || text.back() == '!' || text.back() == '?' ||
                      (text.size() >= 3 && text.compare(text.size() - 3, 3, "\xE2\x80\xA6") == 0);
    if (!ends && Trim(clause).rfind(',', 0) == 0) text += '.';
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
            if (!Capitalised(first) || W().IsRole(Lower(first))) continue;
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
    const std::string elided = Elided(lower); // "l'ambassadeur" -> "ambassadeur"
    if (W().Pronouns.count(lower)) {
        if (!previous.empty()) return previous;
        if (const NamedPerson* p = index.Latest(index.Everyone(), at)) return p->Name;
    } else if ((words.size() >= 2 && W().Determiners.count(Lower(words[0]))) ||
               (words.size() == 1 && (W().IsRole(lower) || (elided != lower && W().IsRole(elided))))) {
        // A description: "the diplomat", "le ministre", "l'ambassadeur", or a role alone («сказал министр»).
        const std::string noun = words.size() == 1 ? elided : Lower(words.back());
        std::set<std::string> roles = {noun};
        bool any = false;
        for (const auto& d : W().Descriptions)
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
