// The index files one search session holds, decoded: the root, term shards, positions, days and meta shards,
// each asked for by path when lacking (the caller's list of needs) and dropped least recently used past
// SearchSession::kMaxHeldBytes. A file that failed to arrive or decode is remembered with why, and not asked for
// again.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>
#include "search/index_format.h"

namespace folio::search {

class SessionFiles {
public:
    void Provide(const std::string& path, std::string bytes);
    void Fail(const std::string& path, const std::string& why);

    bool RootHeld() const { return root_held_; }
    const struct Root& IndexRoot() const { return root_; }
    size_t BytesHeld() const { return bytes_held_; }
    uint64_t Generation() const { return generation_; } // changes with every file provided, failed or dropped

    // Each getter answers the file's content if held; else null, with the path appended to *needs (if not null)
    // or, if it failed, why set in *error (if not null and not yet set).
    const struct Root* FindRoot(std::vector<std::string>* needs, std::string* error);
    const TermRecord* Record(const Segment& seg, const std::string& key, std::vector<std::string>* needs, std::string* error);
    const std::vector<int32_t>* Days(const Segment& seg, std::vector<std::string>* needs, std::string* error);
    const MetaRecord* Meta(const struct Root& root, uint32_t doc, std::vector<std::string>* needs, std::string* error);
    // Makes sure the positions file of key's shard is held (phrases need it).
    void Positions(const Segment& seg, const std::string& key, const TermRecord& record, std::vector<std::string>* needs,
                   std::string* error);
    // The positions of record's posting for local document doc, or null (not held, or no such posting).
    const std::vector<uint32_t>* PositionsOf(const Segment& seg, const std::string& key, const TermRecord& record, uint32_t doc);
    // Calls fn for every held record whose key starts with prefix, asking for its shards (at most kPrefixShards).
    void EachWithPrefix(const Segment& seg, const std::string& prefix, std::vector<std::string>* needs, std::string* error,
                        const std::function<void(const TermRecord&)>& fn);
    static constexpr size_t kPrefixShards = 4;

private:
    struct File {
        std::vector<TermRecord> Terms;
        std::string Raw;                   // a positions file
        std::vector<int32_t> DayList;
        std::vector<MetaRecord> Metas;
        std::map<std::string, std::vector<std::vector<uint32_t>>> Decoded; // positions decoded, by key
        size_t Bytes = 0;
        uint64_t Used = 0;
    };
    File* Get(const std::string& path, std::vector<std::string>* needs, std::string* error);
    void Evict();

    bool root_held_ = false;
    struct Root root_;
    std::map<std::string, File> files_;
    std::map<std::string, std::string> failed_;
    size_t bytes_held_ = 0;
    uint64_t clock_ = 0;
    uint64_t generation_ = 0;
};

} // namespace folio::search
