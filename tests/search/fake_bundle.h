// A bundle in memory for the index writer's tests: articles by id, files by path, the IndexIo over them (counting
// what was written and removed, and failing a write on request), a toy stemmer, and readers of what was written
// through the codec.
#pragma once
#include <doctest/doctest.h>

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>
#include "model/article.h"
#include "search/icu/icu_text_folder.h"
#include "search/index_format.h"
#include "search/index_writer.h"

namespace folio::search::testing {

// English "-s", "-ing", "-ed" off words of more than four letters; other languages' words are their own stems.
class ToyStemmer : public Stemmer {
public:
    std::string Stem(std::string_view word, std::string_view language) override {
        std::string w(word);
        if (language.substr(0, 2) != "en") return w;
        for (const char* end : {"ing", "ed", "s"}) {
            const std::string e(end);
            if (w.size() > e.size() + 3 && w.compare(w.size() - e.size(), e.size(), e) == 0) return w.substr(0, w.size() - e.size());
        }
        return w;
    }
};

inline Article MakeArticle(const std::string& id, const std::string& date, const std::string& headline, const std::string& body,
                           const std::string& language = "en") {
    Article a;
    a.Id = id;
    a.DatePublished = date;
    a.Headline = headline;
    a.Language = language;
    for (size_t start = 0; start <= body.size();) { // paragraphs parted by "\n\n"
        const size_t end = std::min(body.find("\n\n", start), body.size());
        if (end > start) a.Body.push_back(Block{BlockType::Paragraph, RichText::Plain(body.substr(start, end - start))});
        start = end + 2;
    }
    return a;
}

struct FakeBundle {
    std::map<std::string, Article> articles;
    std::map<std::string, std::string> files;
    std::vector<std::string> writes, removals;  // every call, in order
    int fail_write_after = -1;                  // the write that fails (0: the first), -1: none
    int write_calls = 0;

    void Add(const Article& a, const std::string& hash = "h1") {
        articles[a.Id] = a;
        hashes[a.Id] = hash;
    }
    void Remove(const std::string& id) {
        articles.erase(id);
        hashes.erase(id);
    }
    std::map<std::string, std::string> hashes;

    std::vector<IndexInput> Inputs() const {
        std::vector<IndexInput> in;
        for (const auto& [id, a] : articles) in.push_back(IndexInput{id, hashes.at(id), a.DatePublished});
        return in;
    }

    IndexIo Io() {
        IndexIo io;
        io.ReadArticle = [this](const std::string& id, Article* out, Error* err) {
            auto it = articles.find(id); // read from several threads: nothing changes the map meanwhile
            if (it == articles.end()) {
                *err = Error{"articles/" + id + ".json", "", "missing"};
                return false;
            }
            *out = it->second;
            return true;
        };
        io.ReadFile = [this](const std::string& path, std::string* bytes) {
            auto it = files.find(path);
            if (it == files.end()) return false;
            *bytes = it->second;
            return true;
        };
        io.WriteFile = [this](const std::string& path, const std::string& bytes, Error* err) {
            if (write_calls++ == fail_write_after) {
                *err = Error{path, "", "disk full"};
                return false;
            }
            CHECK(path.compare(0, 7, "search/") == 0);
            files[path] = bytes;
            writes.push_back(path);
            return true;
        };
        io.RemoveFile = [this](const std::string& path, Error*) {
            files.erase(path);
            removals.push_back(path);
            return true;
        };
        return io;
    }

    bool Write(IndexReport* report, Error* err, IndexOptions options = {}) {
        writes.clear();
        removals.clear();
        write_calls = 0;
        const IcuTextFolder folder;
        const MakeStemmer stemmers = [] { return std::make_unique<ToyStemmer>(); };
        return WriteSearchIndex(Inputs(), folder, stemmers, Io(), options, report, err);
    }

    Root DecodedRoot() const {
        Root root;
        Error err;
        REQUIRE(files.count(kRootPath));
        REQUIRE_MESSAGE(DecodeRoot(files.at(kRootPath), kRootPath, &root, &err), err.Message());
        return root;
    }
    // Every record of a segment, from every shard, each checked to be in the shard ShardOf names.
    std::vector<TermRecord> Records(const Segment& s) const {
        std::vector<TermRecord> all;
        for (size_t i = 0; i < s.Shards.size(); ++i) {
            std::vector<TermRecord> shard;
            Error err;
            REQUIRE(files.count(TermShardPath(s, i)));
            REQUIRE_MESSAGE(DecodeTermShard(files.at(TermShardPath(s, i)), TermShardPath(s, i), &shard, &err), err.Message());
            for (TermRecord& r : shard) {
                CHECK(ShardOf(s, r.Key) == i);
                all.push_back(std::move(r));
            }
        }
        return all;
    }
    const TermRecord* Find(const std::vector<TermRecord>& records, const std::string& key) const {
        for (const TermRecord& r : records)
            if (r.Key == key) return &r;
        return nullptr;
    }
    std::vector<std::vector<uint32_t>> Positions(const Segment& s, const TermRecord& r) const {
        const std::string& p = files.at(PositionsPath(s, ShardOf(s, r.Key)));
        std::vector<std::vector<uint32_t>> out;
        Error err;
        REQUIRE(r.PosOffset + r.PosBytes <= p.size());
        REQUIRE_MESSAGE(DecodePositions(std::string_view(p).substr(r.PosOffset, r.PosBytes), r.Postings.size(), "p", &out, &err), err.Message());
        return out;
    }
    std::vector<MetaRecord> Metas(const Segment& s) const {
        std::vector<MetaRecord> all;
        for (uint32_t d = 0; d < s.Docs; d += s.MetaPerShard) {
            std::vector<MetaRecord> shard;
            Error err;
            REQUIRE_MESSAGE(DecodeMetaShard(files.at(MetaShardPath(s, d)), MetaShardPath(s, d), &shard, &err), err.Message());
            all.insert(all.end(), shard.begin(), shard.end());
        }
        return all;
    }
    std::vector<int32_t> Days(const Segment& s) const {
        std::vector<int32_t> days;
        Error err;
        REQUIRE_MESSAGE(DecodeDays(files.at(DaysPath(s)), s.Docs, DaysPath(s), &days, &err), err.Message());
        return days;
    }
    std::set<std::string> SegmentFolders() const {
        std::set<std::string> out;
        for (const auto& [path, bytes] : files)
            if (path.compare(0, 9, "search/s-") == 0) out.insert(path.substr(7, 18));
        return out;
    }
};

} // namespace folio::search::testing
