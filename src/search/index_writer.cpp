// WriteSearchIndex (index_writer.h): plans a full or a delta write from the index already in the bundle (its root
// and state.json), reads and analyses the documents to write on Jobs threads (index_analysis.h), builds their
// segment (index_segment.h), names it by a hash of its files, and writes in an order that leaves a reader's view
// whole at every step: the state naming the new segment, the segment's files, the root, the state again; then
// the files of segments no longer referenced are removed.
#include "search/index_writer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include "model/date.h"
#include "search/index_analysis.h"
#include "search/index_plan.h"
#include "search/index_segment.h"
#include "search/index_state.h"

namespace folio::search {
namespace {

bool Fail(Error* err, const std::string& file, const std::string& why) {
    if (err) *err = Error{file, "", why};
    return false;
}

// A 64-bit FNV-1a over each file's name, size and bytes: a segment's folder name.
class Hasher {
public:
    void Add(const std::string& bytes) {
        for (unsigned char c : bytes) h_ = (h_ ^ c) * 0x100000001b3ull;
    }
    void AddFile(const std::string& name, const std::string& bytes) {
        Add(name);
        Add(std::string(1, '\0') + std::to_string(bytes.size()) + '\0');
        Add(bytes);
    }
    std::string Hex() const {
        char out[17];
        std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h_));
        return out;
    }
private:
    uint64_t h_ = 0xcbf29ce484222325ull;
};

// The files of a segment as the root names them (its meta shards from its document count).
std::vector<std::string> RootSegmentFiles(const Segment& s) {
    StateSegment st;
    st.Path = s.Path;
    st.TermShards = static_cast<uint32_t>(s.Shards.size());
    st.MetaShards = s.MetaPerShard ? (s.Docs + s.MetaPerShard - 1) / s.MetaPerShard : 0;
    return SegmentFiles(st);
}

class Run {
public:
    Run(const TextFolder& folder, const MakeStemmer& stemmers, const IndexIo& io, const IndexOptions& options,
        IndexReport* report, Error* err)
        : folder_(folder), stemmers_(stemmers), io_(io), options_(options), report_(report), err_(err) {}

    bool Write(const std::vector<IndexInput>& articles) {
        Previous previous;
        LoadPrevious(io_, &previous);
        Plan plan;
        if (!MakePlan(articles, previous, options_, &plan, err_)) return false;
        if (plan.Unchanged) return Unchanged(previous, plan);

        Root root = plan.Base;
        IndexState state = plan.KeptState;
        StateSegment written;
        Segment segment;
        if (!plan.Write.empty()) {
            SegmentBuilder builder(static_cast<unsigned>(std::max(1, options_.Jobs)));
            if (!Analyse(plan, &root, &builder)) return false;
            if (plan.Full) {
                double avg = builder.Docs() ? builder.TotalLength() / builder.Docs() : 1;
                avg = std::round(avg * 1e4) / 1e4; // as the root says it, so a later delta computes with the same
                root.AvgLength = avg > 0 ? avg : 1;
            }
            if (!Emit(builder, root, plan.FirstDoc, &segment, &written)) return false;
            for (const IndexInput* in : plan.Write) written.Docs.emplace_back(in->Id, in->Hash);
            // The state names the new segment before any of its files exists, so a write cut short leaves files a
            // later run removes.
            if (!Lists(previous.State, segment.Path)) {
                IndexState pending = previous.State;
                pending.Segments.push_back(written);
                if (!Put(kStatePath, EncodeState(pending))) return false;
            }
            if (!WriteSegment(builder, root, segment, previous)) return false;
            root.Segments.push_back(segment);
            state.Segments.push_back(written);
        }
        root.Deleted = plan.Deleted;
        root.Docs = plan.LiveDocs;
        const std::string root_json = EncodeRoot(root);
        if (root_json != previous.RootBytes && !Put(kRootPath, root_json)) return false;
        const std::string state_json = EncodeState(state);
        if (state_json != previous.StateBytes && !Put(kStatePath, state_json)) return false;
        if (!RemoveUnreferenced(previous, root)) return false;
        Report(root, state, plan.Full, root_json.size() + state_json.size());
        return true;
    }

private:
    bool Put(const std::string& path, const std::string& bytes) {
        if (!io_.WriteFile(path, bytes, err_)) return false;
        if (put_.insert(path).second) report_->Written.push_back(path);
        return true;
    }

    // Nothing to write but, when a run was cut short, the state without the segments it left, and their files.
    bool Unchanged(const Previous& previous, const Plan& plan) {
        IndexState state = plan.KeptState;
        for (size_t i = 1; i < previous.RootDecoded.Segments.size(); ++i)
            for (const StateSegment& s : previous.State.Segments)
                if (s.Path == previous.RootDecoded.Segments[i].Path) state.Segments.push_back(s);
        const std::string state_json = EncodeState(state);
        if (state_json != previous.StateBytes && !Put(kStatePath, state_json)) return false;
        if (!RemoveUnreferenced(previous, previous.RootDecoded)) return false;
        Report(previous.RootDecoded, state, false, previous.RootBytes.size() + state_json.size());
        return true;
    }

    bool Analyse(const Plan& plan, Root* root, SegmentBuilder* builder) {
        std::map<std::string, uint32_t> sections, languages;
        std::map<std::pair<uint32_t, uint32_t>, uint32_t> facets;
        for (uint32_t i = 0; i < root->Sections.size(); ++i) sections.emplace(root->Sections[i], i);
        for (uint32_t i = 0; i < root->Languages.size(); ++i) languages.emplace(root->Languages[i], i);
        for (uint32_t i = 0; i < root->Facets.size(); ++i) facets.emplace(root->Facets[i], i);
        const auto index_of = [](std::map<std::string, uint32_t>& table, std::vector<std::string>& names,
                                 const std::string& name) {
            auto [it, fresh] = table.emplace(name, static_cast<uint32_t>(names.size()));
            if (fresh) names.push_back(name);
            return it->second;
        };
        std::vector<std::string> ids;
        ids.reserve(plan.Write.size());
        for (const IndexInput* in : plan.Write) ids.push_back(in->Id);
        std::vector<uint32_t> facet_of;
        return AnalyseInOrder(ids, folder_, stemmers_, io_, root->Weights, options_.Jobs, [&](std::vector<DocAnalysis>& batch) {
            facet_of.clear();
            for (const DocAnalysis& d : batch) {
                const uint32_t s = index_of(sections, root->Sections, d.Meta.Section);
                const uint32_t l = index_of(languages, root->Languages, d.Meta.Language);
                auto [it, fresh] = facets.emplace(std::make_pair(s, l), static_cast<uint32_t>(root->Facets.size()));
                if (fresh) root->Facets.emplace_back(s, l);
                facet_of.push_back(it->second);
            }
            builder->Add(batch, facet_of);
        }, err_);
    }

    SegmentParams Params(const Root& root) const {
        SegmentParams p;
        p.ShardBytes = options_.ShardBytes;
        p.MetaPerShard = std::clamp<uint32_t>(options_.MetaPerShard, 1, 4096);
        p.AvgLength = root.AvgLength, p.K1 = root.K1, p.B = root.B;
        return p;
    }

    // The first pass: the segment's name from its files' hash, its shard table and counts. Its files are kept for
    // the write while they fit in kKeptBytes; past that they are made again by a second pass.
    bool Emit(const SegmentBuilder& builder, const Root& root, uint32_t first_doc, Segment* segment, StateSegment* st) {
        Hasher hash;
        uint64_t bytes = 0;
        std::string why;
        kept_.clear();
        keeping_ = true;
        if (!builder.Emit(Params(root), [&](const std::string& name, const std::string& b) {
                hash.AddFile(name, b);
                bytes += b.size();
                if (keeping_ && (keeping_ = bytes <= kKeptBytes)) kept_.emplace_back(name, b);
                else kept_ = {};
                return true;
            }, &segment->Shards, &st->Terms, &st->MetaShards, &why))
            return Fail(err_, kRootPath, why);
        segment->Path = "s-" + hash.Hex();
        segment->FirstDoc = first_doc;
        segment->Docs = builder.Docs();
        segment->MetaPerShard = Params(root).MetaPerShard;
        st->Path = segment->Path;
        st->TermShards = static_cast<uint32_t>(segment->Shards.size());
        st->Bytes = bytes;
        return true;
    }

    // The files (those Emit kept, else made again), unless the previous index has this very segment (named by its
    // content).
    bool WriteSegment(const SegmentBuilder& builder, const Root& root, const Segment& segment, const Previous& previous) {
        if (Lists(previous.State, segment.Path) && Lists(previous.RootDecoded, segment.Path)) return true;
        std::vector<std::string> shards;
        uint32_t terms = 0, metas = 0;
        std::string why;
        const std::string folder = "search/" + segment.Path + "/";
        if (keeping_) {
            for (const auto& [name, bytes] : kept_)
                if (!Put(folder + name, bytes)) return false;
            return true;
        }
        if (builder.Emit(Params(root), [&](const std::string& name, const std::string& b) { return Put(folder + name, b); },
                         &shards, &terms, &metas, &why))
            return true;
        return why.empty() ? false : Fail(err_, kRootPath, why); // else the write's own error is in err_
    }

    bool RemoveUnreferenced(const Previous& previous, const Root& root) {
        std::set<std::string> live;
        for (const Segment& s : root.Segments) live.insert(s.Path);
        std::set<std::string> files;
        for (const StateSegment& s : previous.State.Segments)
            if (!live.count(s.Path)) for (std::string& f : SegmentFiles(s)) files.insert(std::move(f));
        for (const Segment& s : previous.RootDecoded.Segments)
            if (!live.count(s.Path)) for (std::string& f : RootSegmentFiles(s)) files.insert(std::move(f));
        for (const std::string& f : files) {
            if (!io_.RemoveFile(f, err_)) return false;
            report_->Removed.push_back(f);
        }
        return true;
    }

    void Report(const Root& root, const IndexState& state, bool full, uint64_t own_bytes) {
        report_->Documents = root.Docs;
        report_->Rewritten = full;
        report_->Terms = report_->Shards = 0;
        report_->Bytes = own_bytes;
        for (const StateSegment& s : state.Segments) {
            report_->Terms += s.Terms;
            report_->Shards += s.TermShards;
            report_->Bytes += s.Bytes;
        }
    }

    static constexpr uint64_t kKeptBytes = 256ull << 20;
    std::vector<std::pair<std::string, std::string>> kept_; // the segment's files from Emit, while keeping_
    std::set<std::string> put_;                              // the paths in report_->Written
    bool keeping_ = false;
    const TextFolder& folder_;
    const MakeStemmer& stemmers_;
    const IndexIo& io_;
    const IndexOptions& options_;
    IndexReport* report_;
    Error* err_;
};

} // namespace

bool WriteSearchIndex(const std::vector<IndexInput>& articles, const TextFolder& folder, const MakeStemmer& stemmers,
                      const IndexIo& io, const IndexOptions& options, IndexReport* report, Error* err) {
    *report = IndexReport{};
    const auto start = std::chrono::steady_clock::now();
    Run run(folder, stemmers, io, options, report, err);
    const bool ok = run.Write(articles);
    report->Seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return ok;
}

} // namespace folio::search
