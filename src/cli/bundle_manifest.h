// The manifest a build keeps in its bundle, folio-manifest.json: every bundle path the build wrote, compactly. A
// later build removes only files the manifest lists and it no longer writes, so a file someone else put in the
// folder is never touched; a folder that holds files but no manifest is not taken over unless asked (--force).
// Format 2 names each article by its id, which stands for its fixed set of files (ArticleFiles: the article file,
// its snapshot and its oEmbed file, each with its .gz and .br copies), the feed by its page count, and every other
// file (media variants) by its path, so a million articles take about 28 MB rather than a path per file:
//   {"folioManifest": 2, "generator": "folio-bundle", "articles": ["a", "b"], "feedPages": 1, "files": ["media/..."]}
// Format 1 (every path listed, from builds before format 2) is still read, so a rebuild over it removes old files.
// The format is in docs/bundle-format.md and docs/schemas/manifest.schema.json.
#pragma once
#include "model/error.h"
#include "model/json_read.h"

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace folio::cli {

constexpr int kManifestFormat = 2;
// The manifest's own bound, enforced while reading (larger than kMaxJsonBytes, the bound of the files viewers
// read): about 28 bytes per article, so room for about 2.3 million articles.
constexpr size_t kMaxManifestBytes = 64u << 20;
constexpr size_t kMaxManifestEntries = 10000000;

// The files that article id stands for in a manifest: its three files, each with its copies (precompress.h).
std::vector<std::string> ArticleFiles(const std::string& id);
// The files `pages` feed pages stand for: feed-1.json .. feed-(pages-1).json and feed.json, with their copies.
std::vector<std::string> FeedFiles(size_t pages);

// What a manifest lists, as compactly as it is written: article ids sorted in one buffer, a page count, and the
// other paths.
class ManifestList {
public:
    // Ids must be added in strictly increasing order (AddId returns false otherwise and adds nothing).
    bool AddId(std::string_view id);
    size_t Ids() const { return Ends_.size(); }
    size_t IdBytes() const { return Bytes_.size(); }
    std::string_view Id(size_t k) const {
        const uint64_t start = k ? Ends_[k - 1] : 0;
        return std::string_view(Bytes_).substr(start, Ends_[k] - start);
    }
    bool HasId(std::string_view id) const;
    size_t Pages = 0;             // feed pages (FeedFiles)
    std::set<std::string> Other;  // every other file by path (from a format-1 manifest: every file)

    // Whether the manifest lists this bundle path (as an article's, a page's or another file).
    bool Lists(const std::string& path) const;
    // Every path listed, in no particular order, each once when the other paths hold none of the ids' or pages'.
    template <typename F>
    void ForEachFile(F&& f) const {
        for (size_t k = 0; k < Ids(); ++k)
            for (const std::string& p : ArticleFiles(std::string(Id(k)))) f(p);
        for (const std::string& p : FeedFiles(Pages)) f(p);
        for (const std::string& p : Other) f(p);
    }

private:
    std::string Bytes_;
    std::vector<uint64_t> Ends_;
};

// The manifest's bytes for what `a` and `b` list together (an id or path in both listed once, the pages as many as
// the larger count; b may be null), sorted, so the same build gives the same bytes.
std::string WriteManifestJson(const ManifestList& a, const ManifestList* b = nullptr);

// Reads a manifest's text (format 2, or format 1); `name` names it in errors. Each listed path must be one a build
// writes (IsBuildOutputPath), each id a valid article id, the ids sorted, else the whole manifest is refused,
// naming the entry.
bool ParseManifest(const std::string& text, const std::string& name, ManifestList* files, Error* err);
// What ParseManifest does once the text is parsed, its errors recorded by r (for validate, which parses the text
// itself to check the document against the schema as well).
bool ManifestFromDocument(JsonReader& r, const rapidjson::Value& doc, ManifestList* files);

// What a build does with an output folder that holds files but no manifest (or one it cannot read): nothing
// tells which files an earlier build wrote, so it refuses the folder, or with --force builds there anyway and
// removes nothing it did not write this time.
enum class UnknownFolder { Refuse, BuildAnyway };

// The output folder before a build.
struct PreviousBuild {
    ManifestList Files;  // what its manifest lists (nothing without one)
    bool Manifest = false; // whether it has a manifest this build read
};

// Looks at out_dir (which may not exist yet). Fails, with *err, when it is not a folder, or holds files without
// a readable manifest and `unknown` is Refuse; with BuildAnyway an unreadable manifest is a warning. The folder is
// listed only when it has no manifest (a build's folder of millions of files is not).
bool ReadPreviousBuild(const std::string& out_dir, UnknownFolder unknown, PreviousBuild* out,
                       std::vector<Error>* warnings, Error* err);

} // namespace folio::cli
