// SegmentBuilder: postings gathered per key as documents come (so each key's documents are ascending; the keys in
// parts by their hash, each part on its own thread), then sorted
// keys cut into term shards of about ShardBytes, impacts quantised from BM25's parameters, and the meta shards.
#include "search/index_segment.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace folio::search {
namespace {

constexpr size_t kMaxStemsPerKey = 256; // the codec's bound

size_t VarintBytes(uint64_t v) {
    size_t n = 1;
    while (v >= 0x80) v >>= 7, ++n;
    return n;
}

} // namespace

uint8_t Impact(double tf, double length, double avg_length, double k1, double b) {
    if (!(tf > 0)) return 0;
    const double norm = k1 * (1 - b + b * length / (avg_length > 0 ? avg_length : 1));
    const double part = tf * (k1 + 1) / (tf + norm);
    const long q = std::lround(part / (k1 + 1) * 255);
    return static_cast<uint8_t>(std::clamp<long>(q, 1, 255));
}

SegmentBuilder::SegmentBuilder(unsigned parts) : parts_(std::clamp<unsigned>(parts, 1, 64)) {}

uint64_t SegmentBuilder::HashOf(const std::string& key) { return TermHash(key); }

SegmentBuilder::KeyAcc& SegmentBuilder::Keys::Get(const std::string& key, uint64_t hash) {
    if ((accs_.size() + 1) * 2 > slots_.size()) Grow();
    const size_t mask = slots_.size() - 1;
    for (size_t at = hash & mask;; at = (at + 1) & mask) {
        const uint32_t index = slots_[at];
        if (index == 0) {
            accs_.emplace_back();
            accs_.back().Key = key;
            slots_[at] = static_cast<uint32_t>(accs_.size());
            hashes_[at] = hash;
            return accs_.back();
        }
        if (hashes_[at] == hash && accs_[index - 1].Key == key) return accs_[index - 1];
    }
}

void SegmentBuilder::Keys::Grow() {
    const size_t size = std::max<size_t>(1024, slots_.size() * 2);
    std::vector<uint32_t> slots(size, 0);
    std::vector<uint64_t> hashes(size, 0);
    for (size_t i = 0; i < slots_.size(); ++i) {
        if (!slots_[i]) continue;
        size_t at = hashes_[i] & (size - 1);
        while (slots[at]) at = (at + 1) & (size - 1);
        slots[at] = slots_[i];
        hashes[at] = hashes_[i];
    }
    slots_.swap(slots);
    hashes_.swap(hashes);
}

void SegmentBuilder::AddKeys(size_t part, const std::vector<DocAnalysis>& docs, uint32_t first) {
    Keys& keys = parts_[part];
    for (size_t i = 0; i < docs.size(); ++i) {
        const uint32_t doc = first + static_cast<uint32_t>(i);
        const DocAnalysis& d = docs[i];
        for (const DocTerm& t : d.Terms) {
            if (PartOf(t.Hash) != part) continue;
            KeyAcc& a = keys.Get(t.Term, t.Hash);
            a.Postings.emplace_back(doc, t.Tf);
            EncodePositionList(t.Positions, &a.Positions);
        }
        for (const auto& [word, term] : d.Stems) {
            const uint64_t hash = HashOf(word);
            if (PartOf(hash) != part) continue;
            std::vector<std::string>& stems = keys.Get(word, hash).Stems;
            auto at = std::lower_bound(stems.begin(), stems.end(), term);
            if ((at == stems.end() || *at != term) && stems.size() < kMaxStemsPerKey) stems.insert(at, term);
        }
        for (const std::string& key : d.FacetKeys) {
            const uint64_t hash = HashOf(key);
            if (PartOf(hash) == part) keys.Get(key, hash).Postings.emplace_back(doc, 0.0f);
        }
    }
}

void SegmentBuilder::Add(std::vector<DocAnalysis>& docs, const std::vector<uint32_t>& facets) {
    const uint32_t first = Docs();
    std::vector<std::thread> pool;
    size_t part = 1;
    for (; part < parts_.size(); ++part) {
        try {
            pool.emplace_back([this, part, &docs, first] { AddKeys(part, docs, first); });
        } catch (...) { // no more threads: this one does the rest
            break;
        }
    }
    for (size_t rest = part; rest < parts_.size(); ++rest) AddKeys(rest, docs, first);
    AddKeys(0, docs, first);
    for (std::thread& t : pool) t.join();
    for (size_t i = 0; i < docs.size(); ++i) {
        DocAnalysis& d = docs[i];
        lengths_.push_back(d.Length);
        total_length_ += d.Length;
        facets_.push_back(i < facets.size() ? facets[i] : 0);
        days_.push_back(d.Day);
        metas_.push_back(std::move(d.Meta));
    }
}

bool SegmentBuilder::Emit(const SegmentParams& params, const Sink& sink, std::vector<std::string>* shards,
                          uint32_t* terms, uint32_t* meta_shards, std::string* why) const {
    if (!sink("days.bin", EncodeDays(days_))) return false;

    std::vector<const KeyAcc*> sorted;
    size_t count = 0;
    for (const Keys& keys : parts_) count += keys.All().size();
    sorted.reserve(count);
    for (const Keys& keys : parts_)
        for (const KeyAcc& acc : keys.All()) sorted.push_back(&acc);
    std::sort(sorted.begin(), sorted.end(), [](const KeyAcc* x, const KeyAcc* y) { return x->Key < y->Key; });
    *terms = static_cast<uint32_t>(sorted.size());

    const size_t shard_bytes = std::max<size_t>(params.ShardBytes, 64);
    const size_t positions_bytes = std::min(shard_bytes * kPositionsPerShardBytes, kMaxShardBytes);
    shards->assign(1, std::string());
    std::vector<TermRecord> records;
    std::string positions;
    size_t record_bytes = 0, shard = 0;
    const auto flush = [&]() {
        if (!sink("t" + std::to_string(shard) + ".bin", EncodeTermShard(records))) return false;
        if (!positions.empty() && !sink("p" + std::to_string(shard) + ".bin", positions)) return false;
        ++shard;
        records.clear();
        positions.clear();
        record_bytes = 0;
        return true;
    };
    for (const KeyAcc* entry : sorted) {
        const std::string& key = entry->Key;
        const KeyAcc& acc = *entry;
        TermRecord r;
        r.Key = key;
        r.Stems = acc.Stems;
        size_t bytes = 3 + VarintBytes(key.size()) + key.size();
        if (!r.Stems.empty()) {
            bytes += VarintBytes(r.Stems.size());
            for (const std::string& s : r.Stems) bytes += VarintBytes(s.size()) + s.size();
        }
        r.Postings.reserve(acc.Postings.size());
        uint32_t last = 0;
        for (size_t k = 0; k < acc.Postings.size(); ++k) {
            const auto [doc, tf] = acc.Postings[k];
            const uint8_t impact = Impact(tf, lengths_[doc], params.AvgLength, params.K1, params.B); // a facet key: 0
            r.Postings.push_back(Posting{doc, impact, facets_[doc]});
            bytes += VarintBytes(k ? doc - last : doc) + 1 + VarintBytes(facets_[doc]);
            last = doc;
        }
        if (!r.Postings.empty()) bytes += VarintBytes(r.Postings.size()) + 2 * VarintBytes(positions.size());
        const bool full = record_bytes + bytes > shard_bytes || positions.size() + acc.Positions.size() > positions_bytes;
        if (!records.empty() && full) {
            if (!flush()) return false;
            shards->push_back(key);
        }
        // Positions a shard's file could not hold (a word in millions of documents) are left out: such a word
        // then matches phrases as if it were anywhere.
        if (!acc.Positions.empty() && positions.size() + acc.Positions.size() <= kMaxShardBytes) {
            r.PosOffset = static_cast<uint32_t>(positions.size());
            r.PosBytes = static_cast<uint32_t>(acc.Positions.size());
            positions += acc.Positions;
        }
        record_bytes += bytes;
        records.push_back(std::move(r));
    }
    if ((!records.empty() || shard == 0) && !flush()) return false;

    const uint32_t per = std::max<uint32_t>(1, params.MetaPerShard);
    *meta_shards = 0;
    for (size_t first = 0; first < metas_.size(); first += per) {
        const std::vector<MetaRecord> slice(metas_.begin() + first, metas_.begin() + std::min(metas_.size(), first + per));
        const std::string json = EncodeMetaShard(slice);
        if (json.size() > kMaxMetaBytes) {
            *why = "a meta shard of " + std::to_string(json.size()) + " bytes, past the readers' bound of " +
                   std::to_string(kMaxMetaBytes) + " (fewer cards per shard would fit)";
            return false;
        }
        if (!sink("m" + std::to_string(*meta_shards) + ".json", json)) return false;
        ++*meta_shards;
    }
    return true;
}

} // namespace folio::search
