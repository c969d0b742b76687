// One segment of the index (index_format.h), built in memory from its documents' analyses in local order and then
// emitted file by file: days.bin, each term shard t<i>.bin with its positions p<i>.bin, each meta shard m<j>.json.
// Emitting twice gives the same bytes, so the writer hashes a first pass for the segment's name and writes the
// second under it, never holding every file at once.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>
#include "search/index_analysis.h"
#include "search/index_format.h"

namespace folio::search {

struct SegmentParams {
    size_t ShardBytes = 16 * 1024;   // a term shard is cut once its records pass this many bytes
    uint32_t MetaPerShard = 8;
    double AvgLength = 1, K1 = 1.2, B = 0.75; // BM25's, for the impacts
};

// A term shard's positions file is cut at this many times ShardBytes (fetched only for phrases), and a record's
// positions past kMaxShardBytes are left out (PosBytes 0: the codec could not read them).
inline constexpr size_t kPositionsPerShardBytes = 8;

class SegmentBuilder {
public:
    // Keys are gathered in `parts` maps by a hash of the key, each filled on a thread of its own; the files emitted
    // are the same for any number of parts.
    explicit SegmentBuilder(unsigned parts = 1);
    // Adds the next documents in order, docs[i] of facet facets[i] (an index into the root's Facets); the
    // documents are moved from.
    void Add(std::vector<DocAnalysis>& docs, const std::vector<uint32_t>& facets);
    uint32_t Docs() const { return static_cast<uint32_t>(lengths_.size()); }
    double TotalLength() const { return total_length_; }

    // A file of the segment: its name in the segment's folder ("t0.bin") and its bytes; false stops the emission.
    using Sink = std::function<bool(const std::string& name, const std::string& bytes)>;
    // Emits every file in a fixed order; *shards gets the first key of each term shard (the first ""), *terms the
    // records. False when the sink fails, or (with *why) when a meta shard would pass the codec's bound.
    bool Emit(const SegmentParams& params, const Sink& sink, std::vector<std::string>* shards, uint32_t* terms,
              uint32_t* meta_shards, std::string* why) const;

private:
    struct KeyAcc {
        std::string Key;
        std::vector<std::pair<uint32_t, float>> Postings; // (local number, ascending; field-weighted frequency, 0
                                                          // for a facet key)
        std::string Positions;            // each posting's positions, encoded (EncodePositions), in order
        std::vector<std::string> Stems;   // ascending, once
    };
    // One part's keys: open addressing over their hashes (each term's hash made once, by the analysis), so a
    // posting costs one probe and rarely a string compare.
    class Keys {
    public:
        KeyAcc& Get(const std::string& key, uint64_t hash);
        const std::vector<KeyAcc>& All() const { return accs_; }
    private:
        void Grow();
        std::vector<uint32_t> slots_;  // index + 1 into accs_, 0 when empty; a power of two in size
        std::vector<uint64_t> hashes_; // per slot
        std::vector<KeyAcc> accs_;
    };
    static uint64_t HashOf(const std::string& key);
    size_t PartOf(uint64_t hash) const { return parts_.size() == 1 ? 0 : (hash >> 32) % parts_.size(); }
    // Part `part`'s keys of the documents numbered from `first`.
    void AddKeys(size_t part, const std::vector<DocAnalysis>& docs, uint32_t first);
    std::vector<Keys> parts_;
    std::vector<float> lengths_;
    std::vector<uint32_t> facets_;
    std::vector<int32_t> days_;
    std::vector<MetaRecord> metas_;
    double total_length_ = 0;
};

// The impact of a term in a document: BM25's term-frequency part, quantised to 1..255 of k1+1.
uint8_t Impact(double tf, double length, double avg_length, double k1, double b);

} // namespace folio::search
