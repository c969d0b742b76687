// Stemming, for the index writer: a word's stem in an article's language (Snowball, Debian's libstemmer, in the
// bundle tool: cli/search_stemmer). Readers never stem: the index maps every word it holds to its stems
// (index_format.h), so a query's words are looked up as typed and folded.
#pragma once
#include <string>
#include <string_view>

namespace folio::search {

class Stemmer {
public:
    virtual ~Stemmer() = default;
    // The stem of a folded word in language (a BCP 47 tag; its primary subtag chooses the stemmer). A word of a
    // language with no stemmer, a number or a bigram is its own stem.
    virtual std::string Stem(std::string_view folded_word, std::string_view language) = 0;
};

} // namespace folio::search
