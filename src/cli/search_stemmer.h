// Stemming for the search index writer (search/stemmer.h): Snowball's algorithms from Debian's libstemmer, chosen by
// the primary subtag of an article's language ("en-GB" -> english). A language with no algorithm, a word with a
// digit and a word of a script cut into bigrams (search/fold.h) are their own stems.
#pragma once
#include "search/direct_mapped_memo.h"
#include "search/stemmer.h"

#include <map>
#include <memory>
#include <string>

struct sb_stemmer;

namespace folio::cli {

// The Snowball algorithm for a BCP 47 tag's primary subtag (case-insensitive), or "" for none.
std::string SnowballAlgorithm(std::string_view language);

// One sb_stemmer per algorithm, made on first use and kept, and a memo of the last words stemmed (an archive's words
// recur across its articles).
// Not thread-safe: one instance per thread.
class SnowballStemmer : public search::Stemmer {
public:
    SnowballStemmer();
    ~SnowballStemmer() override;
    SnowballStemmer(const SnowballStemmer&) = delete;
    SnowballStemmer& operator=(const SnowballStemmer&) = delete;

    std::string Stem(std::string_view folded_word, std::string_view language) override;

private:
    sb_stemmer* For(std::string_view language);
    struct Deleter {
        void operator()(sb_stemmer* s) const;
    };
    std::map<std::string, std::unique_ptr<sb_stemmer, Deleter>, std::less<>> by_algorithm_;
    std::string last_language_;   // the language asked last and its stemmer (an article's words come in a row)
    sb_stemmer* last_ = nullptr;
    bool has_last_ = false;
    search::DirectMappedMemo<std::string> memo_; // word and stemmer -> stem
};

} // namespace folio::cli
