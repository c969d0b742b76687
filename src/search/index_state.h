// search/state.json: the index writer's own record of what it wrote (readers never fetch it): for each segment it
// wrote and has not yet removed, its folder, how many term and meta shards it has (so its files can be named and
// removed) and each of its documents' article id and hash, in local order, so the next build knows which articles
// are new, changed or gone.
//   {"format": "folio-search-state 1", "writer": 1, "segments": [{"path": "s-…", "termShards": 3, "metaShards": 2,
//    "terms": 5120, "bytes": 81234, "docs": [["id", "hash"], …]}]}
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
#include "model/error.h"

namespace folio::search {

inline constexpr const char* kStatePath = "search/state.json";
// The writer's version: a state of another version is not built on (the whole index is written afresh).
inline constexpr int kWriterVersion = 1;
inline constexpr size_t kMaxStateBytes = 512u << 20;

struct StateSegment {
    std::string Path;                                        // "s-<16 hex>"
    uint32_t TermShards = 0, MetaShards = 0;
    uint32_t Terms = 0;                                      // its term shards' records
    uint64_t Bytes = 0;                                      // its files' bytes
    std::vector<std::pair<std::string, std::string>> Docs;  // (article id, hash) in local order
};

struct IndexState {
    std::vector<StateSegment> Segments;
};

std::string EncodeState(const IndexState& state);
// False (with err) for a state of another format or writer version, or one that is not well formed.
bool DecodeState(std::string_view json, IndexState* out, Error* err);

// The files of a segment the state lists, relative to the bundle (days, term shards, positions, meta shards).
std::vector<std::string> SegmentFiles(const StateSegment& s);

} // namespace folio::search
