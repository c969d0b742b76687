// A query as typed, taken apart into clauses (query.h): split at spaces outside quotes, "-" excluding, each
// clause's text folded and cut into tokens the way the index's were.
#include "search/query.h"

namespace folio::search {

bool Query::Empty() const {
    for (const QueryClause& c : Clauses)
        if (!c.Excluded && !c.Tokens.empty()) return false;
    return true;
}

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Straight and typographic double quotes start and end phrases.
size_t QuoteAt(std::string_view s, size_t i) {
    if (s[i] == '"') return 1;
    static constexpr std::string_view kQuotes[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xC2\xAB", "\xC2\xBB"};
    for (std::string_view q : kQuotes)
        if (s.substr(i, q.size()) == q) return q.size();
    return 0;
}

} // namespace

Query ParseQuery(std::string_view typed, const TextFolder& folder, bool typing) {
    Query query;
    if (typed.size() > kMaxQueryBytes) {
        size_t cut = kMaxQueryBytes;
        while (cut > 0 && (static_cast<unsigned char>(typed[cut]) & 0xC0) == 0x80) --cut;
        typed = typed.substr(0, cut);
        typing = false;
    }
    size_t i = 0;
    while (i < typed.size() && query.Clauses.size() < kMaxClauses) {
        if (IsSpace(typed[i])) { ++i; continue; }
        bool excluded = false;
        if (typed[i] == '-' && i + 1 < typed.size() && !IsSpace(typed[i + 1])) { excluded = true; ++i; }
        std::string_view text;
        bool quoted = false, closed = true;
        if (size_t q = QuoteAt(typed, i)) {
            quoted = true;
            const size_t start = i + q;
            size_t end = start;
            closed = false;
            while (end < typed.size()) {
                if (size_t e = QuoteAt(typed, end)) { closed = true; i = end + e; break; }
                ++end;
            }
            if (!closed) i = typed.size();
            text = typed.substr(start, end - start);
        } else {
            const size_t start = i;
            while (i < typed.size() && !IsSpace(typed[i])) ++i;
            text = typed.substr(start, i - start);
            closed = i < typed.size(); // a space follows: the word is finished
        }
        QueryClause clause;
        std::vector<Token> tokens;
        Tokenize(folder.Fold(text), 0, tokens);
        for (Token& t : tokens) clause.Tokens.push_back(std::move(t.Text));
        if (clause.Tokens.empty()) continue;
        clause.Phrase = quoted || clause.Tokens.size() > 1;
        clause.Excluded = excluded;
        clause.Prefix = typing && !closed && !excluded && i >= typed.size();
        query.Clauses.push_back(std::move(clause));
    }
    return query;
}

} // namespace folio::search
