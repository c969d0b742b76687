// WriteBundleSearchIndex: the index writer over the bundle's folder (IndexIo: article files read and parsed as the
// viewers parse them, files read, written and removed inside OUT_DIR, never through a link), with the ICU fold
// and a Snowball stemmer per thread.
#include "cli/search_index.h"
#include "cli/bundle_layout.h"
#include "cli/feed_pages.h"
#include "cli/file_io.h"
#include "cli/media.h"
#include "cli/search_stemmer.h"
#include "model/article_json.h"
#include "model/date.h"
#include "model/limits.h"
#include "search/icu/icu_text_folder.h"
#include "search/index_format.h"
#include "search/index_state.h"

#include <cstdio>
#include <set>

namespace folio::cli {

bool WriteBundleSearchIndex(const std::string& out_dir, const std::vector<search::IndexInput>& articles, unsigned jobs,
                            const IndexWrite& write, search::IndexReport* report, Error* err) {
    search::IndexIo io;
    io.ReadArticle = [&out_dir](const std::string& id, Article* out, Error* e) {
        std::string json;
        const std::string rel = ArticleJsonPath(id);
        return ReadFileInside(out_dir, rel, kMaxJsonBytes, &json, e) && ParseArticle(json, out_dir + "/" + rel, out, e);
    };
    io.ReadFile = [&out_dir](const std::string& rel, std::string* bytes) {
        Error ignored; // a missing or unreadable file: the writer starts afresh
        return KindInside(out_dir, rel) == PathKind::RegularFile &&
               ReadFileInside(out_dir, rel, search::kMaxStateBytes, bytes, &ignored);
    };
    io.WriteFile = write;
    io.RemoveFile = [&out_dir](const std::string& rel, Error* e) { return RemoveFileInside(out_dir, rel, e); };
    const search::IcuTextFolder folder;
    const search::MakeStemmer stemmers = [] { return std::make_unique<SnowballStemmer>(); };
    search::IndexOptions options;
    options.Jobs = static_cast<int>(std::max(1u, jobs));
    return search::WriteSearchIndex(articles, folder, stemmers, io, options, report, err);
}

bool RemoveBundleSearchIndex(const std::string& out_dir, size_t* removed, Error* err) {
    *removed = 0;
    std::set<std::string> files;
    std::string bytes;
    Error ignored;
    search::IndexState state;
    if (KindInside(out_dir, search::kStatePath) == PathKind::RegularFile &&
        ReadFileInside(out_dir, search::kStatePath, search::kMaxStateBytes, &bytes, &ignored) &&
        search::DecodeState(bytes, &state, &ignored))
        for (const search::StateSegment& s : state.Segments)
            for (std::string& f : search::SegmentFiles(s)) files.insert(std::move(f));
    search::Root root;
    if (KindInside(out_dir, search::kRootPath) == PathKind::RegularFile &&
        ReadFileInside(out_dir, search::kRootPath, search::kMaxRootBytes, &bytes, &ignored) &&
        search::DecodeRoot(bytes, search::kRootPath, &root, &ignored))
        for (const search::Segment& s : root.Segments) {
            search::StateSegment named{s.Path, static_cast<uint32_t>(s.Shards.size()),
                                       s.MetaPerShard ? (s.Docs + s.MetaPerShard - 1) / s.MetaPerShard : 0, 0, 0, {}};
            for (std::string& f : search::SegmentFiles(named)) files.insert(std::move(f));
        }
    files.insert(search::kRootPath);  // the root first, so no reader is left pointing at removed files
    files.insert(search::kStatePath);
    std::vector<std::string> order{search::kRootPath};
    for (const std::string& f : files)
        if (f != search::kRootPath && f != search::kStatePath) order.push_back(f);
    order.push_back(search::kStatePath);
    for (const std::string& f : order) {
        if (KindInside(out_dir, f) != PathKind::RegularFile) continue;
        if (!RemoveFileInside(out_dir, f, err)) return false;
        ++*removed;
    }
    return true;
}

std::vector<search::IndexInput> IndexInputs(const BuildIndex& index) {
    std::vector<search::IndexInput> inputs(index.Size());
    for (size_t i = 0; i < index.Size(); ++i) {
        char hash[17];
        std::snprintf(hash, sizeof hash, "%016llx", (unsigned long long)index[i].FileHash);
        inputs[i].Id = std::string(index.Id(i));
        inputs[i].Hash = hash;
        if (index[i].When != kUndated) inputs[i].Date = InstantText(index[i].When);
    }
    return inputs;
}

uint64_t FileHashOf(const std::string& bytes) {
    const std::string hex = Sha256Hex(bytes);
    uint64_t h = 0;
    for (size_t i = 0; i < 16 && i < hex.size(); ++i) h = h << 4 | (uint64_t)(hex[i] <= '9' ? hex[i] - '0' : hex[i] - 'a' + 10);
    return h;
}

std::string InstantText(int64_t seconds) {
    // Days to a civil date (Howard Hinnant's algorithm), then the time of day.
    int64_t days = seconds / 86400, rest = seconds % 86400;
    if (rest < 0) rest += 86400, --days;
    const int64_t z = days + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const int64_t y = yoe + era * 400 + (m <= 2);
    if (y < 0 || y > 9999) return "";
    char out[80];
    std::snprintf(out, sizeof out, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ", (long long)y, (long long)m, (long long)d,
                  (long long)(rest / 3600), (long long)(rest / 60 % 60), (long long)(rest % 60));
    return out;
}

} // namespace folio::cli
