// SessionFiles (session_files.h): files decoded as they arrive, found by path, dropped least recently used.
#include "search/session_files.h"

#include <algorithm>
#include "search/search_session.h"

namespace folio::search {
namespace {

bool EndsWith(const std::string& s, std::string_view end) { return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0; }
std::string BaseName(const std::string& path) { return path.substr(path.rfind('/') + 1); }

} // namespace

void SessionFiles::Provide(const std::string& path, std::string bytes) {
    ++generation_;
    Error err;
    if (path == kRootPath) {
        struct Root root;
        if (!DecodeRoot(bytes, path, &root, &err)) return Fail(path, err.Message());
        root_ = std::move(root);
        root_held_ = true;
        failed_.erase(path);
        return;
    }
    File file;
    const std::string base = BaseName(path);
    bool ok = false;
    if (base == "days.bin") {
        const Segment* seg = nullptr;
        for (const Segment& s : root_.Segments) if (DaysPath(s) == path) seg = &s;
        if (seg) ok = DecodeDays(bytes, seg->Docs, path, &file.DayList, &err);
        else err = Error{path, "", "not a segment of the index held"};
    }
    else if (base.size() > 1 && base[0] == 't' && EndsWith(base, ".bin")) ok = DecodeTermShard(bytes, path, &file.Terms, &err);
    else if (base.size() > 1 && base[0] == 'm' && EndsWith(base, ".json")) ok = DecodeMetaShard(bytes, path, &file.Metas, &err);
    else if (base.size() > 1 && base[0] == 'p' && EndsWith(base, ".bin")) {
        ok = bytes.size() <= kMaxShardBytes;
        if (!ok) err = Error{path, "", "larger than a positions file may be"};
        file.Raw = std::move(bytes);
    } else err = Error{path, "", "not a file of the search index"};
    if (!ok) return Fail(path, err.Message());
    file.Bytes = file.Raw.size() + file.DayList.size() * 4 + 64;
    for (const TermRecord& r : file.Terms) file.Bytes += r.Key.size() + r.Postings.size() * sizeof(Posting) + 64;
    for (const MetaRecord& m : file.Metas) file.Bytes += m.Title.size() + m.Excerpt.size() + 256;
    file.Used = ++clock_;
    if (auto old = files_.find(path); old != files_.end()) bytes_held_ -= old->second.Bytes;
    bytes_held_ += file.Bytes;
    files_[path] = std::move(file);
    failed_.erase(path);
    Evict();
}

void SessionFiles::Fail(const std::string& path, const std::string& why) {
    ++generation_;
    failed_[path] = why.empty() ? path + ": could not be fetched" : why;
}

void SessionFiles::Evict() {
    while (bytes_held_ > SearchSession::kMaxHeldBytes && files_.size() > 1) {
        auto oldest = files_.begin();
        for (auto it = files_.begin(); it != files_.end(); ++it)
            if (it->second.Used < oldest->second.Used) oldest = it;
        if (oldest->second.Used == clock_) break; // never the file just provided
        bytes_held_ -= oldest->second.Bytes;
        files_.erase(oldest);
    }
}

SessionFiles::File* SessionFiles::Get(const std::string& path, std::vector<std::string>* needs, std::string* error) {
    if (auto it = files_.find(path); it != files_.end()) {
        it->second.Used = ++clock_;
        return &it->second;
    }
    if (auto f = failed_.find(path); f != failed_.end()) {
        if (error && error->empty()) *error = f->second;
    } else if (needs) {
        needs->push_back(path);
    }
    return nullptr;
}

const struct Root* SessionFiles::FindRoot(std::vector<std::string>* needs, std::string* error) {
    if (root_held_) return &root_;
    if (auto f = failed_.find(kRootPath); f != failed_.end()) {
        if (error && error->empty()) *error = f->second;
    } else if (needs) {
        needs->push_back(kRootPath);
    }
    return nullptr;
}

const TermRecord* SessionFiles::Record(const Segment& seg, const std::string& key, std::vector<std::string>* needs,
                                       std::string* error) {
    if (seg.Shards.empty()) return nullptr; // a segment without terms
    File* f = Get(TermShardPath(seg, ShardOf(seg, key)), needs, error);
    if (!f) return nullptr;
    auto it = std::lower_bound(f->Terms.begin(), f->Terms.end(), key, [](const TermRecord& r, const std::string& k) { return r.Key < k; });
    return it != f->Terms.end() && it->Key == key ? &*it : nullptr;
}

const std::vector<int32_t>* SessionFiles::Days(const Segment& seg, std::vector<std::string>* needs, std::string* error) {
    File* f = Get(DaysPath(seg), needs, error);
    return f ? &f->DayList : nullptr;
}

const MetaRecord* SessionFiles::Meta(const struct Root& root, uint32_t doc, std::vector<std::string>* needs, std::string* error) {
    for (const Segment& seg : root.Segments) {
        if (doc < seg.FirstDoc || doc - seg.FirstDoc >= seg.Docs) continue;
        const uint32_t local = doc - seg.FirstDoc;
        File* f = Get(MetaShardPath(seg, local), needs, error);
        const size_t i = local % std::max<uint32_t>(1, seg.MetaPerShard);
        return f && i < f->Metas.size() ? &f->Metas[i] : nullptr;
    }
    return nullptr;
}

void SessionFiles::Positions(const Segment& seg, const std::string& key, const TermRecord& record,
                             std::vector<std::string>* needs, std::string* error) {
    if (record.PosBytes > 0) Get(PositionsPath(seg, ShardOf(seg, key)), needs, error);
}

const std::vector<uint32_t>* SessionFiles::PositionsOf(const Segment& seg, const std::string& key, const TermRecord& record,
                                                       uint32_t doc) {
    if (record.PosBytes == 0) return nullptr;
    File* f = Get(PositionsPath(seg, ShardOf(seg, key)), nullptr, nullptr);
    if (!f) return nullptr;
    auto decoded = f->Decoded.find(key);
    if (decoded == f->Decoded.end()) {
        std::vector<std::vector<uint32_t>> lists;
        Error err;
        const uint64_t end = uint64_t(record.PosOffset) + record.PosBytes;
        if (end > f->Raw.size() ||
            !DecodePositions(std::string_view(f->Raw).substr(record.PosOffset, record.PosBytes), record.Postings.size(),
                             PositionsPath(seg, ShardOf(seg, key)), &lists, &err))
            lists.clear();
        decoded = f->Decoded.emplace(key, std::move(lists)).first;
    }
    auto it = std::lower_bound(record.Postings.begin(), record.Postings.end(), doc,
                               [](const Posting& p, uint32_t d) { return p.Doc < d; });
    if (it == record.Postings.end() || it->Doc != doc) return nullptr;
    const size_t i = size_t(it - record.Postings.begin());
    return i < decoded->second.size() ? &decoded->second[i] : nullptr;
}

void SessionFiles::EachWithPrefix(const Segment& seg, const std::string& prefix, std::vector<std::string>* needs,
                                  std::string* error, const std::function<void(const TermRecord&)>& fn) {
    size_t shard = ShardOf(seg, prefix);
    for (size_t scanned = 0; scanned < kPrefixShards && shard < seg.Shards.size(); ++scanned, ++shard) {
        if (File* f = Get(TermShardPath(seg, shard), needs, error)) {
            auto it = std::lower_bound(f->Terms.begin(), f->Terms.end(), prefix,
                                       [](const TermRecord& r, const std::string& k) { return r.Key < k; });
            for (; it != f->Terms.end() && it->Key.compare(0, prefix.size(), prefix) == 0; ++it) fn(*it);
        }
        const size_t next = shard + 1;
        if (next >= seg.Shards.size() || seg.Shards[next].compare(0, prefix.size(), prefix) != 0) break;
    }
}

} // namespace folio::search
