// The words attribution is made of in wire copy, per language (English, Russian, French, Spanish, German,
// Portuguese): roles that introduce a person ("ambassador", «губернатор», "ministre"), the verbs of saying
// ("said", «заявил», "a déclaré", "dijo", "sagte", "disse"), pronouns and the articles before a description.
// These are the conventions wire_quotes.cpp reads quotes by; no library holds them.
#pragma once
#include <set>
#include <unordered_set>
#include <string>
#include <vector>

namespace folio::cli {

// Each set holds case-folded words (cli/unicode_text.h: FoldCase).
struct QuoteWords {
    std::unordered_set<std::string> EnglishRoles; // English's own rule for names after them ("Ambassador to Japan X Y")
    std::unordered_set<std::string> OtherRoles;   // other languages' (their rule: the first two-word name within 8 words)
    std::unordered_set<std::string> Verbs;        // every language's verbs of saying
    std::unordered_set<std::string> Pronouns;
    std::unordered_set<std::string> Determiners;  // "the", "a", "le", "la", "el", "der", "die", "o", ...
    // What a description may refer to ("the diplomat": an ambassador, an envoy...); a description not listed
    // matches its own role, and one listed with no roles matches anyone.
    std::vector<std::pair<std::string, std::set<std::string>>> Descriptions;
    // French inverted subjects ("a-t-il déclaré", "dit-elle"): the pronouns that may follow "-t-" or "-".
    std::set<std::string> InvertedPronouns;
    // French auxiliaries before a participle ("a déclaré", "ont affirmé").
    std::set<std::string> Auxiliaries;

    // German compounds end in their role ("Bundesverkehrsministerin" is a "ministerin"): these roles are also
    // found as the end of a longer word.
    std::vector<std::string> CompoundHeads;

    bool IsRole(const std::string& folded) const { return !RoleOf(folded).empty(); }
    // The role a folded word names: itself when a role, the role it ends in when a German compound, else "".
    std::string RoleOf(const std::string& folded) const;
};

const QuoteWords& WireQuoteWords();

} // namespace folio::cli
