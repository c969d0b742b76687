// Search text: the fold every index term and every query goes through, and the tokens cut from folded text.
// The fold itself needs Unicode's normalisation and character categories, which the platform has (ICU for the
// bundle tool and the desktop, the browser's String.prototype.normalize and \p{} classes on the web), so it is an
// interface here; what follows it (Tokenize) is plain C++ shared by the writer and every reader, so both cut
// the same tokens from the same folded text.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace folio::search {

// Folio's search fold, exactly (docs/bundle-format.md, "Search index", says it the same way):
//   1. NFKD;
//   2. every code point of general category Mn (nonspacing marks) removed;
//   3. lower-cased (full mapping, root locale: ICU's u_strToLower with "", JavaScript's toLowerCase());
//   4. NFKC;
//   5. U+0027, U+2019 and U+02BC (apostrophes) removed, so "don't" and "don’t" are "dont";
//   6. every other code point of general category P*, S*, Z* or C* replaced by one U+0020.
// Input that is not valid UTF-8 has its bad bytes treated as U+FFFD (a symbol: a space). The output is valid UTF-8.
class TextFolder {
public:
    virtual ~TextFolder() = default;
    virtual std::string Fold(std::string_view text) const = 0;
    // The fold without step 2: the marks kept, so a stemmer sees a word as its language writes it (Russian "й" is
    // not "и" + a breve to Snowball's Russian endings, nor French "é" an "e"). Only the index writer asks; a folder
    // that cannot (the readers', which never stem) gives Fold's text, whose stems then lose what marks would say.
    virtual std::string FoldKeepingMarks(std::string_view text) const { return Fold(text); }
};

// A token of folded text: a word, or a bigram of an unsegmented script, and its position in the article's one
// stream of positions (phrases match consecutive positions).
struct Token {
    std::string Text;
    uint32_t Position = 0;
};

inline constexpr size_t kMaxTokenBytes = 64; // longer words are cut to this many bytes (at a character boundary)

// Cuts folded text into tokens, appending to out; positions start at first_position and the next free one is
// returned. Words are runs between spaces, with "ß" written "ss" and "ς" written "σ". A run of characters of a
// script written without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) is cut into overlapping
// bigrams, one position each ("東京都" -> "東京"@p, "京都"@p+1; a run of one character is that character), and
// letters of other scripts next to such a run are words of their own.
uint32_t Tokenize(std::string_view folded, uint32_t first_position, std::vector<Token>& out);

// True for a code point of the scripts cut into bigrams.
bool IsUnsegmented(char32_t c);

} // namespace folio::search
