// A small search index made in memory for the engine's tests, without the bundle tool's writer: an ASCII fold,
// a toy stemmer (-s, -ed, -ing, -ion off), impacts from term frequency, three term shards, meta shards of two.
// It writes what index_format.h says, through the real codec, so the session reads it as it would a bundle's.
#pragma once
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>
#include "search/fold.h"
#include "search/index_format.h"

namespace folio::search::testing {

class AsciiFolder : public TextFolder {
public:
    std::string Fold(std::string_view text) const override {
        std::string out;
        for (size_t i = 0; i < text.size(); ++i) {
            unsigned char c = static_cast<unsigned char>(text[i]);
            if (c == '\'') continue;
            if (c >= 'A' && c <= 'Z') out += static_cast<char>(c + 32);
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) out += static_cast<char>(c);
            else out += ' ';
        }
        return out;
    }
};

inline std::string ToyStem(const std::string& w) {
    for (const char* end : {"ions", "ion", "ing", "ed", "s"}) {
        const std::string e(end);
        if (w.size() > e.size() + 2 && w.compare(w.size() - e.size(), e.size(), e) == 0) return w.substr(0, w.size() - e.size());
    }
    return w;
}

struct MiniDoc {
    std::string Id, Title, Body, Section = "World", Language = "en";
    int32_t Day = 19000;
    std::vector<std::string> Authors;
};

// docs must be in date order (oldest first), as the writer numbers them.
inline std::map<std::string, std::string> MakeMiniIndex(const std::vector<MiniDoc>& docs, std::vector<uint32_t> deleted = {}) {
    AsciiFolder fold;
    Root root;
    Segment seg;
    seg.Path = "s-0123456789abcdef";
    seg.Docs = static_cast<uint32_t>(docs.size());
    seg.MetaPerShard = 2;
    struct Hit { std::vector<uint32_t> Positions; };
    std::map<std::string, std::map<uint32_t, Hit>> terms;
    std::map<std::string, std::set<std::string>> stems;
    std::vector<uint32_t> facet_of(docs.size());
    std::vector<int32_t> days;
    std::vector<MetaRecord> metas;
    for (uint32_t d = 0; d < docs.size(); ++d) {
        const MiniDoc& doc = docs[d];
        auto index_of = [](std::vector<std::string>& list, const std::string& v) {
            auto it = std::find(list.begin(), list.end(), v);
            if (it == list.end()) { list.push_back(v); return uint32_t(list.size() - 1); }
            return uint32_t(it - list.begin());
        };
        const auto facet = std::make_pair(index_of(root.Sections, doc.Section), index_of(root.Languages, doc.Language));
        auto f = std::find(root.Facets.begin(), root.Facets.end(), facet);
        if (f == root.Facets.end()) { root.Facets.push_back(facet); f = root.Facets.end() - 1; }
        facet_of[d] = uint32_t(f - root.Facets.begin());
        std::vector<Token> tokens;
        Tokenize(fold.Fold(doc.Title + " " + doc.Body), 0, tokens);
        for (const Token& t : tokens) {
            const std::string stem = ToyStem(t.Text);
            terms[stem][d].Positions.push_back(t.Position);
            if (stem != t.Text) stems[t.Text].insert(stem);
        }
        for (const std::string& a : doc.Authors) terms[FacetKey('a', fold.Fold(a))][d];
        days.push_back(doc.Day);
        metas.push_back(MetaRecord{doc.Id, doc.Title, doc.Section, "", doc.Language, doc.Body.substr(0, 80), doc.Authors, {}});
    }
    std::set<std::string> keys;
    for (auto& [k, v] : terms) keys.insert(k);
    for (auto& [k, v] : stems) keys.insert(k);
    std::vector<std::string> all(keys.begin(), keys.end());
    // Three shards, cut at thirds of the keys.
    seg.Shards = {""};
    if (all.size() >= 3) { seg.Shards.push_back(all[all.size() / 3]); seg.Shards.push_back(all[2 * all.size() / 3]); }
    std::vector<std::vector<TermRecord>> shards(seg.Shards.size());
    std::vector<std::string> positions(seg.Shards.size());
    for (const std::string& key : all) {
        TermRecord r;
        r.Key = key;
        if (auto s = stems.find(key); s != stems.end()) r.Stems.assign(s->second.begin(), s->second.end());
        std::vector<std::vector<uint32_t>> pos;
        if (auto t = terms.find(key); t != terms.end())
            for (auto& [d, hit] : t->second) {
                r.Postings.push_back(Posting{d, static_cast<uint8_t>(std::min<size_t>(255, 60 + 40 * hit.Positions.size())), facet_of[d]});
                pos.push_back(hit.Positions);
            }
        const size_t shard = ShardOf(seg, key);
        if (!r.Postings.empty()) {
            r.PosOffset = static_cast<uint32_t>(positions[shard].size());
            EncodePositions(pos, &positions[shard]);
            r.PosBytes = static_cast<uint32_t>(positions[shard].size()) - r.PosOffset;
        }
        shards[shard].push_back(std::move(r));
    }
    root.Docs = seg.Docs - static_cast<uint32_t>(deleted.size());
    root.AvgLength = 20;
    root.Deleted = std::move(deleted);
    root.Segments.push_back(seg);
    std::map<std::string, std::string> files;
    files[kRootPath] = EncodeRoot(root);
    for (size_t i = 0; i < shards.size(); ++i) {
        files[TermShardPath(seg, i)] = EncodeTermShard(shards[i]);
        files[PositionsPath(seg, i)] = positions[i];
    }
    files[DaysPath(seg)] = EncodeDays(days);
    for (uint32_t d = 0; d < docs.size(); d += seg.MetaPerShard) {
        std::vector<MetaRecord> page(metas.begin() + d, metas.begin() + std::min<size_t>(docs.size(), d + seg.MetaPerShard));
        files[MetaShardPath(seg, d)] = EncodeMetaShard(page);
    }
    return files;
}

} // namespace folio::search::testing
