// CheckSearchIndex (search_validate.h): the root, then each segment's files in the order a reader could need them
// (days, term shards with their positions, result cards), then the live documents' ids against the feed's, then
// the files under search/ that nothing names. One shard is held at a time, so a large index is checked in little
// memory.
#include "cli/search_validate.h"

#include <algorithm>
#include <set>
#include "cli/file_io.h"
#include "search/index_format.h"
#include "search/index_state.h"

namespace folio::cli {
namespace {

using search::Root;
using search::Segment;

constexpr uint32_t kUnseen = UINT32_MAX;

class IndexCheck {
public:
    IndexCheck(const std::string& dir, std::vector<Error>* problems, std::vector<Error>* warnings)
        : dir_(dir), problems_(problems), warnings_(warnings) {}

    void Problem(const std::string& file, const std::string& at, const std::string& why) {
        problems_->push_back(Error{file, at, why});
    }

    // A file of the index, read inside the bundle within max bytes; a problem (naming who needs it) when it cannot be.
    bool Read(const std::string& rel, size_t max, std::string* bytes, const std::string& named_by) {
        const PathKind kind = KindInside(dir_, rel);
        if (kind == PathKind::Missing) { Problem(rel, "", "missing (" + named_by + ")"); return false; }
        Error e;
        if (ReadFileInside(dir_, rel, max, bytes, &e)) { ++check_.Files; return true; }
        Problem(rel, "", e.File == dir_ + "/" + rel ? e.Reason : "not read: " + e.Message());
        return false;
    }

    SearchCheck Run(const std::map<std::string, std::string>& feed_ids) {
        if (KindInside(dir_, search::kRootPath) == PathKind::Missing) return check_;
        check_.Present = true;
        std::string json;
        if (!Read(search::kRootPath, search::kMaxRootBytes, &json, "")) return check_;
        Error e;
        if (!search::DecodeRoot(json, search::kRootPath, &root_, &e)) { problems_->push_back(e); return check_; }
        check_.Documents = root_.Docs;
        Live live;
        for (const Segment& s : root_.Segments) CheckSegment(s, &live);
        for (const auto& [id, at] : live)
            if (!feed_ids.count(id))
                Problem(at.first, at.second,
                        "\"" + id + "\" is in the search index but not in the feed (readers would find an article that is "
                        "not there: build the bundle again)");
        size_t missing = 0;
        std::string first;
        for (const auto& [id, where] : feed_ids)
            if (!live.count(id) && missing++ == 0) first = id;
        if (missing)
            Problem(search::kRootPath, "", std::to_string(missing) + (missing == 1 ? " article" : " articles") +
                                                " of the feed not in the search index (the first: \"" + first +
                                                "\"; readers would not find it: build the bundle again)");
        Leftovers();
        return check_;
    }

private:
    using Live = std::map<std::string, std::pair<std::string, std::string>>; // id -> (file, place) of its card

    bool Deleted(uint32_t doc) const { return std::binary_search(root_.Deleted.begin(), root_.Deleted.end(), doc); }

    void CheckSegment(const Segment& s, Live* live) {
        named_.insert("search/" + s.Path + "/");
        const std::string by = "named by " + std::string(search::kRootPath) + " for segment " + s.Path;
        std::string bytes;
        std::vector<int32_t> days;
        Error e;
        if (Read(search::DaysPath(s), search::kMaxShardBytes, &bytes, by) &&
            !search::DecodeDays(bytes, s.Docs, search::DaysPath(s), &days, &e))
            problems_->push_back(e);

        std::vector<uint32_t> facet_of(s.Docs, kUnseen); // each document's facet, as its postings give it
        for (size_t i = 0; i < s.Shards.size(); ++i) CheckShard(s, i, by, &facet_of);

        const uint32_t per = std::max<uint32_t>(1, s.MetaPerShard);
        for (uint32_t first = 0; first < s.Docs; first += per) {
            const std::string rel = search::MetaShardPath(s, first);
            std::vector<search::MetaRecord> cards;
            if (!Read(rel, search::kMaxMetaBytes, &bytes, by)) continue;
            if (!search::DecodeMetaShard(bytes, rel, &cards, &e)) { problems_->push_back(e); continue; }
            const size_t want = std::min<size_t>(per, s.Docs - first);
            if (cards.size() != want) {
                Problem(rel, "$.docs", std::to_string(cards.size()) + " cards where the segment's documents " +
                                           std::to_string(first) + ".." + std::to_string(first + want - 1) + " need " +
                                           std::to_string(want));
                continue;
            }
            for (size_t k = 0; k < cards.size(); ++k) {
                const uint32_t local = first + static_cast<uint32_t>(k);
                const std::string at = "$.docs[" + std::to_string(k) + "]";
                CheckCard(rel, at, cards[k], facet_of[local]);
                if (Deleted(s.FirstDoc + local)) continue;
                auto [it, fresh] = live->emplace(cards[k].Id, std::make_pair(rel, at + ".id"));
                if (!fresh)
                    Problem(rel, at + ".id", "\"" + cards[k].Id + "\" is in the index twice (also " + it->second.first + " " +
                                                 it->second.second + ")");
            }
        }
    }

    // A card's section and language are those of the facet its postings carry (else a filter by section would
    // count it under one name and show it under another).
    void CheckCard(const std::string& rel, const std::string& at, const search::MetaRecord& card, uint32_t facet) {
        if (facet == kUnseen || facet >= root_.Facets.size()) return;
        const auto [section, language] = root_.Facets[facet];
        if (section < root_.Sections.size() && root_.Sections[section] != card.Section)
            Problem(rel, at + ".section", "\"" + card.Section + "\", but its postings file it under the section \"" +
                                              root_.Sections[section] + "\"");
        if (language < root_.Languages.size() && root_.Languages[language] != card.Language)
            Problem(rel, at + ".language", "\"" + card.Language + "\", but its postings file it under the language \"" +
                                               root_.Languages[language] + "\"");
    }

    void CheckShard(const Segment& s, size_t i, const std::string& by, std::vector<uint32_t>* facet_of) {
        const std::string rel = search::TermShardPath(s, i);
        std::string bytes;
        std::vector<search::TermRecord> records;
        Error e;
        if (!Read(rel, search::kMaxShardBytes, &bytes, by)) return;
        if (!search::DecodeTermShard(bytes, rel, &records, &e)) { problems_->push_back(e); return; }
        if (records.empty() && s.Shards.size() > 1) Problem(rel, "", "no keys (a shard the root names holds some)");
        std::string positions;
        bool positions_read = false, positions_ok = false;
        for (size_t r = 0; r < records.size(); ++r) {
            const search::TermRecord& t = records[r];
            const std::string at = "record " + std::to_string(r);
            if (search::ShardOf(s, t.Key) != i) {
                Problem(rel, at, "a key the root's shard table puts in another shard (readers would never find it here)");
                continue;
            }
            for (const search::Posting& p : t.Postings) {
                if (p.Doc >= s.Docs) {
                    Problem(rel, at, "a posting of document " + std::to_string(p.Doc) + " in a segment of " + std::to_string(s.Docs));
                    break;
                }
                if (p.Facet >= root_.Facets.size()) {
                    Problem(rel, at, "a posting of facet " + std::to_string(p.Facet) + " where the root has " +
                                         std::to_string(root_.Facets.size()));
                    break;
                }
                uint32_t& f = (*facet_of)[p.Doc];
                if (f == kUnseen) f = p.Facet;
                else if (f != p.Facet) {
                    Problem(rel, at, "document " + std::to_string(p.Doc) + " under facet " + std::to_string(p.Facet) +
                                         " where its other postings say " + std::to_string(f));
                    break;
                }
            }
            if (t.PosBytes == 0) continue;
            const std::string prel = search::PositionsPath(s, i);
            if (!positions_read) {
                positions_read = true;
                positions_ok = Read(prel, search::kMaxShardBytes, &positions, "its term shard " + rel + " has positions");
            }
            if (!positions_ok) continue;
            if (uint64_t(t.PosOffset) + t.PosBytes > positions.size()) {
                Problem(rel, at, "positions at " + std::to_string(t.PosOffset) + "+" + std::to_string(t.PosBytes) +
                                     " past the end of " + prel + " (" + std::to_string(positions.size()) + " bytes)");
                continue;
            }
            std::vector<std::vector<uint32_t>> decoded;
            if (!search::DecodePositions(std::string_view(positions).substr(t.PosOffset, t.PosBytes), t.Postings.size(),
                                         prel + " (" + at + " of " + rel + ")", &decoded, &e))
                problems_->push_back(e);
        }
    }

    // Files under search/ that neither the root nor the writer's own state.json names.
    void Leftovers() {
        std::vector<std::string> files;
        Error e;
        if (!warnings_ || !ListFiles(dir_ + "/search", true, &files, &e)) return;
        for (const std::string& f : files) {
            const std::string rel = "search/" + f;
            std::string base = rel;
            for (const char* ext : {".gz", ".br"})
                if (EndsWith(base, ext)) base.resize(base.size() - 3);
            if (base == search::kRootPath || base == search::kStatePath) continue;
            const size_t slash = base.find('/', 7);
            if (slash != std::string::npos && named_.count(base.substr(0, slash + 1))) continue;
            warnings_->push_back(Error{rel, "", "not part of the search index search/index.json names (a reader never "
                                                "fetches it; the next build removes what it wrote)"});
        }
    }

    const std::string& dir_;
    std::vector<Error>* problems_;
    std::vector<Error>* warnings_;
    Root root_;
    std::set<std::string> named_; // "search/<segment>/" of each segment the root names
    SearchCheck check_;
};

} // namespace

SearchCheck CheckSearchIndex(const std::string& dir, const std::map<std::string, std::string>& feed_ids,
                             std::vector<Error>* problems, std::vector<Error>* warnings) {
    return IndexCheck(dir, problems, warnings).Run(feed_ids);
}

} // namespace folio::cli
