// Tokens from folded text (fold.h): words between spaces, bigrams of the scripts written without spaces. The
// writer and every reader cut tokens here, so a query's tokens are the index's.
#include "search/fold.h"

#include "search/utf8_scan.h"

namespace folio::search {

bool IsUnsegmented(char32_t c) {
    if (c < 0x0E00) return false; // below every range (Latin, Greek, Cyrillic, Arabic, Devanagari, ...): asked most
    return (c >= 0x2E80 && c <= 0x2FDF) ||   // CJK radicals, Kangxi
           (c >= 0x3005 && c <= 0x3007) ||   // 々 〆 〇
           (c >= 0x3040 && c <= 0x30FF) ||   // Hiragana, Katakana
           (c >= 0x31F0 && c <= 0x31FF) ||   // Katakana phonetic extensions
           (c >= 0x3400 && c <= 0x4DBF) ||   // CJK extension A
           (c >= 0x4E00 && c <= 0x9FFF) ||   // CJK unified ideographs
           (c >= 0xF900 && c <= 0xFAFF) ||   // CJK compatibility ideographs
           (c >= 0x20000 && c <= 0x3FFFF) || // CJK extensions B..
           (c >= 0x0E00 && c <= 0x0EFF) ||   // Thai, Lao
           (c >= 0x1780 && c <= 0x17FF) ||   // Khmer
           (c >= 0x19E0 && c <= 0x19FF) ||   // Khmer symbols
           (c >= 0x1000 && c <= 0x109F);     // Myanmar
}

namespace {

// A word's text as the index keeps it: ß as ss, ς as σ, cut to kMaxTokenBytes at a character boundary.
std::string WordToken(std::string_view word) {
    // Most words: short enough, and neither ß (C3 9F) nor ς (CF 82) in them, so they are their own token.
    if (word.size() <= kMaxTokenBytes && word.find("\xC3\x9F") == std::string_view::npos &&
        word.find("\xCF\x82") == std::string_view::npos)
        return std::string(word);
    std::string out;
    out.reserve(word.size());
    for (size_t i = 0; i < word.size();) {
        char32_t c;
        const size_t n = NextCodePoint(word, i, &c);
        std::string piece;
        if (c == 0xDF) piece = "ss";
        else if (c == 0x3C2) AppendUtf8(piece, 0x3C3);
        else AppendUtf8(piece, c);
        if (out.size() + piece.size() > kMaxTokenBytes) break;
        out += piece;
        i += n;
    }
    return out;
}

} // namespace

uint32_t Tokenize(std::string_view folded, uint32_t position, std::vector<Token>& out) {
    size_t i = 0;
    while (i < folded.size()) {
        char32_t c;
        size_t n = NextCodePoint(folded, i, &c);
        if (c == U' ' || c == 0xFFFD || c < 0x20) { i += n; continue; }
        if (IsUnsegmented(c)) {
            // A run of unsegmented characters: overlapping bigrams.
            std::vector<std::pair<size_t, size_t>> chars; // (offset, length)
            while (i < folded.size()) {
                n = NextCodePoint(folded, i, &c);
                if (!IsUnsegmented(c)) break;
                chars.emplace_back(i, n);
                i += n;
            }
            if (chars.size() == 1) {
                out.push_back(Token{std::string(folded.substr(chars[0].first, chars[0].second)), position++});
            } else {
                for (size_t k = 0; k + 1 < chars.size(); ++k)
                    out.push_back(Token{std::string(folded.substr(chars[k].first, chars[k].second + chars[k + 1].second)),
                                        position++});
            }
            continue;
        }
        const size_t start = i;
        while (i < folded.size()) {
            n = NextCodePoint(folded, i, &c);
            if (c == U' ' || c == 0xFFFD || c < 0x20 || IsUnsegmented(c)) break;
            i += n;
        }
        std::string word = WordToken(folded.substr(start, i - start));
        if (!word.empty()) out.push_back(Token{std::move(word), position++});
    }
    return position;
}

} // namespace folio::search
