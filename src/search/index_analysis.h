// The index writer's reading of one article (index_writer.h): every text it shows, by field, folded, cut into
// tokens and stemmed in its language (each word as the article spells it, its marks kept, the stem then folded), counted for BM25F (each token adds its field's weight), with its facet keys,
// its day and its result card. Plain data, made on any thread; the segment builder (index_segment.h) takes them in
// document order.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
#include "model/article.h"
#include "search/fold.h"
#include "search/index_format.h"
#include "search/stemmer.h"

namespace folio::search {

// One index term of an article: its field-weighted frequency and the positions of its tokens.
struct DocTerm {
    std::string Term;
    uint64_t Hash = 0; // TermHash(Term)
    float Tf = 0;
    std::vector<uint32_t> Positions; // ascending
};

// The hash the segment builder keys its terms by (std::hash of the bytes).
inline uint64_t TermHash(std::string_view term) { return std::hash<std::string_view>{}(term); }

struct DocAnalysis {
    std::vector<DocTerm> Terms;                              // in no order (the segment builder sorts keys)
    std::vector<std::pair<std::string, std::string>> Stems;  // (word, its term) where they differ; ascending, once
    std::vector<std::string> FacetKeys;                      // FacetKey of each author and tag; ascending, once
    float Length = 0;                                        // the field-weighted count of its tokens
    int32_t Day = kNoDay;                                    // of its datePublished, as written
    MetaRecord Meta;                                         // its result card, its texts cleaned (CleanText)
};

// The texts are read in this order into one stream of positions, each text starting one position after the last
// token of the one before (so a phrase never spans two): headline; standfirst; dateline and body blocks (a quote's
// attribution, each list item, a code block's text); captions (the lead photo's, then the body's); keywords
// (each author, the section, each keyword).
DocAnalysis AnalyseArticle(const Article& a, const TextFolder& folder, Stemmer& stemmer, const FieldWeights& weights);

// The standfirst, else the first paragraph (as CleanText makes it), cut at a word (or, in text without spaces, a character) to at most
// kExcerptBytes with "…".
std::string ExcerptOf(const Article& a);

// The day (since 1970-01-01) of an RFC 3339 date's calendar date as written, or kNoDay.
int32_t DayOf(const std::string& date);

// Cards carry at most this many authors and tags (the meta shard's decoder reads no more); the index holds all.
inline constexpr size_t kMaxCardNames = 64;
// A facet key's folded value is cut to this many bytes (a character boundary), well within the codec's key bound.
inline constexpr size_t kMaxFacetValueBytes = 1024;

} // namespace folio::search
