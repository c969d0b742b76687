// MakePlan and AnalyseInOrder (index_plan.h). Documents are ordered oldest first by their date as an instant
// (undated first), ties by id, so the same articles always get the same numbers.
#include "search/index_plan.h"

#include <algorithm>
#include <atomic>
#include <climits>
#include <memory>
#include <optional>
#include <unordered_map>
#include "model/date.h"
#include "model/ordered_pool.h"

namespace folio::search {
namespace {

std::vector<const IndexInput*> OldestFirst(const std::vector<const IndexInput*>& in) {
    std::vector<std::pair<int64_t, const IndexInput*>> keyed;
    keyed.reserve(in.size());
    for (const IndexInput* a : in) {
        int64_t when = INT64_MIN;
        if (a->Date.empty() || !ParseDate(a->Date, &when)) when = INT64_MIN;
        keyed.emplace_back(when, a);
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto& x, const auto& y) {
        return x.first != y.first ? x.first < y.first : x.second->Id < y.second->Id;
    });
    std::vector<const IndexInput*> out;
    out.reserve(keyed.size());
    for (const auto& k : keyed) out.push_back(k.second);
    return out;
}

const StateSegment* StateOf(const IndexState& state, const std::string& path) {
    for (const StateSegment& s : state.Segments)
        if (s.Path == path) return &s;
    return nullptr;
}

// Whether the previous index can be built on: a root of one base segment and at most one delta, each of which the
// state records with its documents, cut into meta shards as this run would cut them. (The state may list more:
// segments of a run cut short, which this run removes.)
bool Usable(const Previous& p, const IndexOptions& options) {
    if (!p.HasRoot || !p.HasState) return false;
    const std::vector<Segment>& segments = p.RootDecoded.Segments;
    if (segments.empty() || segments.size() > 2) return false;
    const uint32_t per = std::clamp<uint32_t>(options.MetaPerShard, 1, 4096);
    for (const Segment& s : segments) {
        const StateSegment* st = StateOf(p.State, s.Path);
        if (!st || s.Docs != st->Docs.size() || s.MetaPerShard != per) return false;
    }
    return true;
}

void PlanFull(const std::vector<const IndexInput*>& sorted, Plan* plan) {
    *plan = Plan{};
    plan->Write = sorted;
    plan->LiveDocs = static_cast<uint32_t>(sorted.size());
}

// A delta on the previous base segment; false when past the bounds (then the plan is a full one).
bool PlanDelta(const std::vector<const IndexInput*>& sorted, const Previous& p, Plan* plan) {
    const StateSegment& base = *StateOf(p.State, p.RootDecoded.Segments[0].Path);
    std::unordered_map<std::string, const IndexInput*> by_id;
    for (const IndexInput* a : sorted) by_id.emplace(a->Id, a);
    std::unordered_map<const IndexInput*, bool> in_base;
    std::vector<uint32_t> deleted;
    for (uint32_t k = 0; k < base.Docs.size(); ++k) {
        auto it = by_id.find(base.Docs[k].first);
        if (it != by_id.end() && it->second->Hash == base.Docs[k].second && !in_base.count(it->second)) in_base[it->second] = true;
        else deleted.push_back(k);
    }
    std::vector<const IndexInput*> delta;
    for (const IndexInput* a : sorted)
        if (!in_base.count(a)) delta.push_back(a);
    const double docs = double(base.Docs.size()) + double(delta.size());
    if (delta.size() > kMaxDeltaDocs || double(deleted.size()) > kMaxDeletedShare * docs) return false;

    *plan = Plan{};
    plan->Full = false;
    plan->Base = p.RootDecoded;
    plan->Base.Segments.resize(1);
    plan->KeptState.Segments.push_back(base);
    plan->Write = std::move(delta);
    plan->FirstDoc = static_cast<uint32_t>(base.Docs.size());
    plan->Deleted = std::move(deleted);
    plan->LiveDocs = static_cast<uint32_t>(base.Docs.size() - plan->Deleted.size() + plan->Write.size());
    // Nothing changed: the previous delta holds exactly these documents (or there is none and none is needed).
    bool same = plan->Deleted == p.RootDecoded.Deleted && p.RootDecoded.Docs == plan->LiveDocs;
    if (same && p.RootDecoded.Segments.size() == 2) {
        const StateSegment& old = *StateOf(p.State, p.RootDecoded.Segments[1].Path);
        same = old.Docs.size() == plan->Write.size();
        for (size_t i = 0; same && i < old.Docs.size(); ++i)
            same = old.Docs[i].first == plan->Write[i]->Id && old.Docs[i].second == plan->Write[i]->Hash;
    } else if (same) {
        same = plan->Write.empty();
    }
    plan->Unchanged = same;
    return true;
}

} // namespace

void LoadPrevious(const IndexIo& io, Previous* out) {
    *out = Previous{};
    Error ignored;
    if (io.ReadFile && io.ReadFile(kRootPath, &out->RootBytes))
        out->HasRoot = DecodeRoot(out->RootBytes, kRootPath, &out->RootDecoded, &ignored);
    if (io.ReadFile && io.ReadFile(kStatePath, &out->StateBytes))
        out->HasState = DecodeState(out->StateBytes, &out->State, &ignored);
    if (!out->HasRoot) out->RootDecoded = Root{};
    if (!out->HasState) out->State = IndexState{};
}

bool Lists(const IndexState& state, const std::string& segment_path) {
    for (const StateSegment& s : state.Segments)
        if (s.Path == segment_path) return true;
    return false;
}

bool Lists(const Root& root, const std::string& segment_path) {
    for (const Segment& s : root.Segments)
        if (s.Path == segment_path) return true;
    return false;
}

bool MakePlan(const std::vector<IndexInput>& articles, const Previous& previous, const IndexOptions& options, Plan* plan,
              Error* err) {
    if (articles.size() > kMaxDocs) {
        if (err) *err = Error{kRootPath, "", std::to_string(articles.size()) + " articles, past the index's " + std::to_string(kMaxDocs)};
        return false;
    }
    std::vector<const IndexInput*> all;
    all.reserve(articles.size());
    for (const IndexInput& a : articles) all.push_back(&a);
    const std::vector<const IndexInput*> sorted = OldestFirst(all);
    std::vector<const IndexInput*> by_id = all;
    std::sort(by_id.begin(), by_id.end(), [](const IndexInput* x, const IndexInput* y) { return x->Id < y->Id; });
    for (size_t i = 0; i < by_id.size(); ++i) {
        if (by_id[i]->Id.empty() || (i > 0 && by_id[i]->Id == by_id[i - 1]->Id)) {
            if (err) *err = Error{kRootPath, "", by_id[i]->Id.empty() ? "an article without an id" : "article id \"" + by_id[i]->Id + "\" given twice"};
            return false;
        }
    }
    if (options.Incremental && Usable(previous, options) && PlanDelta(sorted, previous, plan)) return true;
    PlanFull(sorted, plan);
    return true;
}

bool AnalyseInOrder(const std::vector<std::string>& ids, const TextFolder& folder, const MakeStemmer& stemmers,
                    const IndexIo& io, const FieldWeights& weights, int jobs,
                    const std::function<void(std::vector<DocAnalysis>&)>& take, Error* err) {
    const unsigned threads = static_cast<unsigned>(std::clamp(jobs, 1, 256));
    std::vector<std::unique_ptr<Stemmer>> stemmer(threads);
    for (auto& s : stemmer) {
        s = stemmers ? stemmers() : nullptr;
        if (!s) {
            if (err) *err = Error{kRootPath, "", "no stemmer"};
            return false;
        }
    }
    struct Read {
        DocAnalysis Analysis;
        Error Failure;
        bool Ok = false, Skipped = false;
    };
    // The workers stay for the whole run (what each thread keeps, as the fold's memo, stays warm) and go on while
    // the calling thread hands the analyses over. Once an article fails, those not yet begun are skipped and
    // nothing more is handed over; the error told is that of the first article, in order, that failed.
    std::atomic<bool> failed{false};
    std::optional<Error> first_failure;
    bool stopped = false;
    std::vector<DocAnalysis> batch;
    const size_t batch_size = 64 * threads;
    RunOrdered<Read>(ids.size(), threads, 4 * threads, [&](size_t i, unsigned worker) {
        Read r;
        if (failed) {
            r.Skipped = true;
            return r;
        }
        Article a;
        if (io.ReadArticle(ids[i], &a, &r.Failure)) {
            if (a.Id != ids[i]) {
                r.Failure = Error{"articles/" + ids[i] + ".json", "$.id", "holds article \"" + a.Id + "\""};
            } else {
                r.Analysis = AnalyseArticle(a, folder, *stemmer[worker], weights);
                r.Ok = true;
            }
        }
        if (!r.Ok) failed = true;
        return r;
    }, [&](size_t i, Read&& r) {
        if (!r.Ok) {
            if (!r.Skipped && !first_failure) first_failure = std::move(r.Failure);
            stopped = true;
        }
        if (stopped) return;
        batch.push_back(std::move(r.Analysis));
        if (batch.size() == batch_size || i + 1 == ids.size()) {
            take(batch);
            batch.clear();
        }
    });
    // The article that stopped the run was read, not skipped, so it is among those handed over: first_failure is set.
    if (stopped && err && first_failure) *err = std::move(*first_failure);
    return !stopped;
}

} // namespace folio::search
