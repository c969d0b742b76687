// What one run of the index writer does, decided before any article is read: from the index already in the bundle
// (its root and state.json, index_state.h) and the articles now, either the documents of a delta segment written
// alone on the kept base segment (and the base's documents now deleted), nothing at all (nothing changed), or every
// document afresh. And the reading of those documents: each article read and analysed on Jobs threads, handed on
// in document order.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>
#include "search/index_analysis.h"
#include "search/index_format.h"
#include "search/index_state.h"
#include "search/index_writer.h"

namespace folio::search {

// The index in the bundle before this run (each part empty when missing or unreadable).
struct Previous {
    std::string RootBytes, StateBytes;
    Root RootDecoded;
    IndexState State;
    bool HasRoot = false, HasState = false;
};
void LoadPrevious(const IndexIo& io, Previous* out);

bool Lists(const IndexState& state, const std::string& segment_path);
bool Lists(const Root& root, const std::string& segment_path);

struct Plan {
    bool Full = true;        // every document written afresh (else a delta on the previous base segment)
    bool Unchanged = false;  // the index in the bundle is already this one: nothing to write
    Root Base;               // the root to build on: fresh, or the previous one with its base segment alone
    IndexState KeptState;    // the state of the segments kept (a delta's base)
    std::vector<const IndexInput*> Write; // the new segment's documents, oldest first (pointers into the input)
    uint32_t FirstDoc = 0;   // the new segment's first document number
    std::vector<uint32_t> Deleted;        // the base's documents no longer live, ascending
    uint32_t LiveDocs = 0;
};

// Fails (with err) only on input the index cannot hold: an empty or repeated id, more than kMaxDocs articles.
bool MakePlan(const std::vector<IndexInput>& articles, const Previous& previous, const IndexOptions& options, Plan* plan,
              Error* err);

// Reads (IndexIo::ReadArticle, called from several threads at once) and analyses each article on `jobs` threads,
// handing the analyses to `take` batch by batch in the order of ids (take may move from them); false (with err) at
// the first article that cannot be read.
bool AnalyseInOrder(const std::vector<std::string>& ids, const TextFolder& folder, const MakeStemmer& stemmers,
                    const IndexIo& io, const FieldWeights& weights, int jobs,
                    const std::function<void(std::vector<DocAnalysis>&)>& take, Error* err);

} // namespace folio::search
