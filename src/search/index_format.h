// The search index's files, read and written: one codec the bundle tool's writer and every reader use
// (docs/bundle-format.md, "Search index"; the root's JSON Schema is docs/schemas/search-index.schema.json).
//
//   search/index.json              the root: statistics, facet tables, segments and their shard tables (small)
//   search/<segment>/days.bin      each document's day, run-length coded (documents are in date order)
//   search/<segment>/t<i>.bin      term shard i: the keys in [Shards[i], Shards[i+1]) with their postings
//   search/<segment>/p<i>.bin      positions of term shard i's postings, fetched only for phrases
//   search/<segment>/m<j>.json     result cards of documents j*MetaPerShard .. (j+1)*MetaPerShard-1
//   search/state.json              the writer's own record (article ids and hashes); readers never fetch it
//
// A segment is immutable and named by a hash of its content, so a reader holding an older root never mixes files
// of two builds. Documents are numbered across segments (Segment::FirstDoc + the local number); inside a segment,
// oldest first. Keys are folded words (fold.h), index terms (a word's stem) and facet keys (FacetKey). Every
// decoder is bounded by its input and answers errors as values: hostile bytes give an Error, never a crash.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include "model/error.h"

namespace folio::search {

inline constexpr const char* kIndexFormat = "folio-search 1";
inline constexpr const char* kRootPath = "search/index.json"; // relative to the bundle's root

// A key's record in a term shard.
//  - Postings: the documents holding a token whose index term is Key (local numbers, ascending), each with its
//    impact (the BM25F term-frequency part, with the document's length, quantised to 0..255 of k1+1) and its
//    facet (an index into Root::Facets: the document's section and language, so a reader counts and filters
//    by them without another file).
//  - Stems: the index terms of tokens written Key whose term is not Key itself (a word's stems: "elections" ->
//    "elect"); a query's word stands for Key's own postings and those of its stems.
//  - PosOffset, PosBytes: where the postings' positions are in the shard's p<i>.bin (PosBytes 0: none).
struct Posting {
    uint32_t Doc = 0;
    uint8_t Impact = 0;
    uint32_t Facet = 0;
};
struct TermRecord {
    std::string Key;
    std::vector<std::string> Stems;
    std::vector<Posting> Postings;
    uint32_t PosOffset = 0, PosBytes = 0;
};

// A term shard: "FSt1", varint count, then each record (keys ascending, front-coded): varint shared prefix,
// varint suffix length, suffix; varint flags (1: postings, 2: stems); stems: varint count, each varint length +
// bytes; postings: varint df, each posting varint doc delta (the first absolute), byte impact, varint facet;
// then varint PosOffset, varint PosBytes.
std::string EncodeTermShard(const std::vector<TermRecord>& records);
bool DecodeTermShard(std::string_view bytes, const std::string& file, std::vector<TermRecord>* out, Error* err);

// Positions of one record's postings, in their order: for each posting varint count, then each position as a
// varint delta (the first absolute). Appended to a p<i>.bin; the record's PosOffset/PosBytes locate them.
void EncodePositions(const std::vector<std::vector<uint32_t>>& per_posting, std::string* out);
// One posting's positions, appended as EncodePositions appends each.
void EncodePositionList(const std::vector<uint32_t>& positions, std::string* out);
bool DecodePositions(std::string_view bytes, size_t postings, const std::string& file,
                     std::vector<std::vector<uint32_t>>* out, Error* err);

// days.bin: "FSd1", varint runs, each run: zigzag varint day delta from the previous run's day (days since
// 1970-01-01; the first from 0), varint count. Documents without a date have day kNoDay and come first.
inline constexpr int32_t kNoDay = INT32_MIN;
std::string EncodeDays(const std::vector<int32_t>& day_per_doc);
bool DecodeDays(std::string_view bytes, size_t max_docs, const std::string& file, std::vector<int32_t>* out, Error* err);

// A result card's source: m<j>.json is {"docs": [MetaRecord...]} in local document order.
struct MetaRecord {
    std::string Id;       // the article's id (articles/<id>.json)
    std::string Title;
    std::string Section;
    std::string Date;     // RFC 3339 as the article has it, or ""
    std::string Language; // BCP 47, or ""
    std::string Excerpt;  // the standfirst, else the first paragraph, cut at a word to at most kExcerptBytes
    std::vector<std::string> Authors, Tags;
};
inline constexpr size_t kExcerptBytes = 320;
std::string EncodeMetaShard(const std::vector<MetaRecord>& docs);
bool DecodeMetaShard(std::string_view json, const std::string& file, std::vector<MetaRecord>* out, Error* err);

struct Segment {
    std::string Path;                 // "s-<16 hex>": the folder under search/, a hash of the segment's files
    uint32_t FirstDoc = 0, Docs = 0;  // its documents are FirstDoc .. FirstDoc+Docs-1
    std::vector<std::string> Shards;  // the first key of each term shard (Shards[0] is "")
    uint32_t MetaPerShard = 8;
};
struct FieldWeights {
    float Headline = 3, Standfirst = 2, Body = 1, Captions = 1, Keywords = 2; // keywords: authors, section, tags
};
struct Root {
    uint32_t Docs = 0;                    // live documents (all segments' minus Deleted)
    double AvgLength = 0;                 // the field-weighted length the impacts were computed with
    double K1 = 1.2, B = 0.75;
    FieldWeights Weights;
    std::vector<std::string> Sections, Languages;
    std::vector<std::pair<uint32_t, uint32_t>> Facets; // (index in Sections, index in Languages)
    std::vector<Segment> Segments;
    std::vector<uint32_t> Deleted;        // document numbers no longer in the bundle (ascending)
};
std::string EncodeRoot(const Root& root);
bool DecodeRoot(std::string_view json, const std::string& file, Root* out, Error* err);

// Paths of a segment's files, relative to the bundle's root ("search/s-…/t3.bin").
std::string TermShardPath(const Segment& s, size_t shard);
std::string PositionsPath(const Segment& s, size_t shard);
std::string MetaShardPath(const Segment& s, uint32_t local_doc);
std::string DaysPath(const Segment& s);
// The shard of segment s that holds key (the last whose first key is <= key).
size_t ShardOf(const Segment& s, std::string_view key);

// A facet's key in the term space (never a folded word: the fold makes control characters spaces):
// "\x01a:" + the folded author, "\x01t:" + the folded tag.
std::string FacetKey(char kind, std::string_view folded_value);

// Bounds every decoder enforces (a file past them is refused, not read on).
inline constexpr size_t kMaxShardBytes = 8u << 20, kMaxRootBytes = 4u << 20, kMaxMetaBytes = 1u << 20;
inline constexpr uint32_t kMaxDocs = 50'000'000;

} // namespace folio::search
