// MatchRanges (search_session.h): the words of a title or excerpt that a query matched, found by folding each
// word as the index did. Text as written is cut at ASCII spaces; each piece's folded tokens are compared with the
// terms, and the piece is marked without the punctuation at its edges. In the scripts written without spaces the
// terms (bigrams) are found in the text itself.
#include "search/search_session.h"

#include <algorithm>
#include "search/utf8_scan.h"

namespace folio::search {
namespace {

bool Matches(const std::string& token, const std::vector<std::string>& terms) {
    for (const std::string& term : terms) {
        if (token == term) return true;
        // A stem or a typed prefix: long enough that "the" does not light up "theory".
        if (term.size() >= 4 && token.size() > term.size() && token.compare(0, term.size(), term) == 0) return true;
    }
    return false;
}

bool IsEdgePunctuation(char32_t c) {
    if (c < 0x80) return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    return c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB ||
           c == 0x2013 || c == 0x2014 || c == 0x2026 || c == 0x3001 || c == 0x3002 || c == 0xFF0C;
}

bool HasUnsegmented(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        char32_t c;
        i += NextCodePoint(s, i, &c);
        if (IsUnsegmented(c)) return true;
    }
    return false;
}

} // namespace

std::vector<std::pair<size_t, size_t>> MatchRanges(std::string_view text, const std::vector<std::string>& terms,
                                                   const TextFolder& folder) {
    std::vector<std::pair<size_t, size_t>> out;
    if (terms.empty()) return out;
    std::vector<std::string> bigram_terms;
    for (const std::string& t : terms)
        if (HasUnsegmented(t)) bigram_terms.push_back(t);
    std::vector<Token> tokens;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
        size_t start = i;
        while (i < text.size() && !(text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
        if (start == i) break;
        const std::string_view piece = text.substr(start, i - start);
        if (!bigram_terms.empty() && HasUnsegmented(piece)) {
            for (const std::string& term : bigram_terms)
                for (size_t at = piece.find(term); at != std::string_view::npos; at = piece.find(term, at + 1))
                    out.emplace_back(start + at, start + at + term.size());
        }
        tokens.clear();
        Tokenize(folder.Fold(piece), 0, tokens);
        bool hit = false;
        for (const Token& t : tokens) hit = hit || (!HasUnsegmented(t.Text) && Matches(t.Text, terms));
        if (!hit) continue;
        // Trim punctuation at the piece's edges.
        size_t b = start, e = i;
        while (b < e) {
            char32_t c;
            const size_t n = NextCodePoint(text, b, &c);
            if (!IsEdgePunctuation(c)) break;
            b += n;
        }
        while (e > b) {
            size_t k = e - 1;
            while (k > b && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
            char32_t c;
            NextCodePoint(text, k, &c);
            if (!IsEdgePunctuation(c)) break;
            e = k;
        }
        if (b < e) out.emplace_back(b, e);
    }
    std::sort(out.begin(), out.end());
    std::vector<std::pair<size_t, size_t>> merged;
    for (const auto& r : out) {
        if (!merged.empty() && r.first <= merged.back().second) merged.back().second = std::max(merged.back().second, r.second);
        else merged.push_back(r);
    }
    return merged;
}

} // namespace folio::search
