// Writes a bundle's search index (index_format.h) from its articles: every text an article shows (headline,
// standfirst, body, captions; authors, section and tags as keywords) folded, cut into tokens and stemmed in the
// article's language; documents numbered oldest first; postings with BM25F impacts; term shards cut at about
// ShardBytes; meta shards of MetaPerShard cards.
//
// Incremental: given the index already in the bundle (its root and state.json), articles added or changed since go
// into a small delta segment rewritten alone (and the root and state), and removed ones are listed as deleted,
// so adding one article rewrites a bounded number of files. When the delta would pass kMaxDeltaDocs (or the
// deleted kMaxDeletedShare of the documents), the whole index is written afresh.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>
#include "model/article.h"
#include "model/error.h"
#include "search/fold.h"
#include "search/stemmer.h"

namespace folio::search {

struct IndexInput {
    std::string Id;          // the article's id
    std::string Hash;        // a hash of the article's file (what changed is what hashes differently)
    std::string Date;        // RFC 3339, or ""
};

struct IndexOptions {
    size_t ShardBytes = 8 * 1024;
    uint32_t MetaPerShard = 2;
    int Jobs = 1;            // threads folding and stemming
    bool Incremental = true; // false: always write afresh
};

inline constexpr uint32_t kMaxDeltaDocs = 2000;
inline constexpr double kMaxDeletedShare = 0.1;

struct IndexReport {
    uint32_t Documents = 0, Terms = 0, Shards = 0;
    bool Rewritten = false;              // written afresh (false: a delta)
    std::vector<std::string> Written;    // files written (paths relative to the bundle)
    std::vector<std::string> Removed;    // files removed
    uint64_t Bytes = 0;                  // the index's size on disk
    double Seconds = 0;                  // how long writing it took (reading the articles included)
};

// What the writer needs of the bundle it indexes: an article by id (parsed; false with err if it cannot be read;
// called from Jobs threads at once), and file writes and removals (through the bundle tool's one write path;
// called from the calling thread only).
struct IndexIo {
    std::function<bool(const std::string& id, Article* out, Error* err)> ReadArticle;
    std::function<bool(const std::string& path, std::string* bytes)> ReadFile;  // false: no such file
    std::function<bool(const std::string& path, const std::string& bytes, Error* err)> WriteFile;
    std::function<bool(const std::string& path, Error* err)> RemoveFile;
};

// A stemmer for each thread that folds and stems (Stemmer is not thread-safe).
using MakeStemmer = std::function<std::unique_ptr<Stemmer>()>;

bool WriteSearchIndex(const std::vector<IndexInput>& articles, const TextFolder& folder, const MakeStemmer& stemmers,
                      const IndexIo& io, const IndexOptions& options, IndexReport* report, Error* err);

} // namespace folio::search
