// SnowballStemmer: libstemmer's stemmers by language, each made once per instance (sb_stemmer is not thread-safe,
// so each thread of the index writer holds its own instance).
#include "cli/search_stemmer.h"
#include "search/fold.h"

#include <libstemmer.h>

#include <cstdint>
#include <cstring>

namespace folio::cli {
namespace {

// Primary subtag -> Snowball algorithm (every algorithm Debian's libstemmer 2.2 ships but the original Porter).
struct Algorithm {
    const char* Subtag;
    const char* Name;
};
constexpr Algorithm kAlgorithms[] = {
    {"ar", "arabic"},     {"ca", "catalan"},   {"da", "danish"},     {"de", "german"},    {"el", "greek"},
    {"en", "english"},    {"es", "spanish"},   {"eu", "basque"},     {"fi", "finnish"},   {"fr", "french"},
    {"ga", "irish"},      {"hi", "hindi"},     {"hu", "hungarian"},  {"hy", "armenian"},  {"id", "indonesian"},
    {"it", "italian"},    {"lt", "lithuanian"}, {"nb", "norwegian"}, {"ne", "nepali"},    {"nl", "dutch"},
    {"nn", "norwegian"},  {"no", "norwegian"}, {"pt", "portuguese"}, {"ro", "romanian"},  {"ru", "russian"},
    {"sr", "serbian"},    {"sv", "swedish"},   {"ta", "tamil"},      {"tr", "turkish"},   {"yi", "yiddish"},
};

// Whether the word is its own stem whatever its language: a digit 0-9 in it (the fold's NFKC makes full-width
// digits these), or a character of a script cut into bigrams.
bool OwnStem(std::string_view word) {
    for (size_t i = 0; i < word.size();) {
        const unsigned char c = static_cast<unsigned char>(word[i]);
        if (c >= '0' && c <= '9') return true;
        if (c < 0x80) { ++i; continue; }
        // Decode one UTF-8 character (folded text is valid UTF-8; a bad byte is skipped alone).
        const int n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
        if (n == 1 || i + n > word.size()) { ++i; continue; }
        char32_t cp = c & (0x3f >> (n - 1));
        for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(word[i + k]) & 0x3f);
        if (search::IsUnsegmented(cp)) return true;
        i += n;
    }
    return false;
}

} // namespace

std::string SnowballAlgorithm(std::string_view language) {
    std::string subtag;
    for (char c : language) {
        if (c == '-' || c == '_') break;
        subtag.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    for (const Algorithm& a : kAlgorithms)
        if (subtag == a.Subtag) return a.Name;
    return "";
}

void SnowballStemmer::Deleter::operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }

SnowballStemmer::SnowballStemmer() = default;
SnowballStemmer::~SnowballStemmer() = default;

sb_stemmer* SnowballStemmer::For(std::string_view language) {
    if (has_last_ && language == last_language_) return last_;
    const std::string algorithm = SnowballAlgorithm(language);
    sb_stemmer* s = nullptr;
    if (!algorithm.empty()) {
        auto it = by_algorithm_.find(algorithm);
        if (it == by_algorithm_.end())
            it = by_algorithm_.emplace(algorithm, std::unique_ptr<sb_stemmer, Deleter>(sb_stemmer_new(algorithm.c_str(), "UTF_8"))).first;
        s = it->second.get(); // null if libstemmer could not make it (out of memory): words are their own stems
    }
    last_language_.assign(language);
    last_ = s;
    has_last_ = true;
    return s;
}

std::string SnowballStemmer::Stem(std::string_view folded_word, std::string_view language) {
    if (folded_word.empty() || folded_word.size() > search::kMaxTokenBytes || OwnStem(folded_word)) return std::string(folded_word);
    sb_stemmer* s = For(language);
    if (!s) return std::string(folded_word);
    const size_t tag = reinterpret_cast<uintptr_t>(s);
    if (const std::string* known = memo_.Find(folded_word, tag)) return *known;
    const sb_symbol* stem = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(folded_word.data()), static_cast<int>(folded_word.size()));
    const int n = stem ? sb_stemmer_length(s) : 0;
    std::string& answer = memo_.Claim(folded_word, tag);
    if (n <= 0) answer.assign(folded_word);
    else answer.assign(reinterpret_cast<const char*>(stem), static_cast<size_t>(n));
    return answer;
}

} // namespace folio::cli
