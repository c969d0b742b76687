// ManifestList (what a manifest lists, compactly), WriteManifestJson and ParseManifest (the model's bounded JSON
// reader; formats 2 and 1), and ReadPreviousBuild: what the output folder holds before a build, read without
// following links.
#include "cli/bundle_manifest.h"
#include "cli/bundle_layout.h"
#include "cli/file_io.h"
#include "cli/precompress.h"
#include "model/bundle_path.h"
#include "model/json_write.h"
#include "model/limits.h"

#include <algorithm>
#include <sys/stat.h>

namespace folio::cli {

std::vector<std::string> ArticleFiles(const std::string& id) {
    std::vector<std::string> out;
    for (const std::string& rel : {ArticleJsonPath(id), SnapshotPath(id), OEmbedPath(id)})
        for (std::string& f : WithCopies(rel)) out.push_back(std::move(f));
    return out;
}

std::vector<std::string> FeedFiles(size_t pages) {
    std::vector<std::string> out;
    for (size_t p = 1; p <= pages; ++p)
        for (std::string& f : WithCopies(FeedPagePath(p, pages))) out.push_back(std::move(f));
    return out;
}

bool ManifestList::AddId(std::string_view id) {
    if (!Ends_.empty() && !(Id(Ends_.size() - 1) < id)) return false;
    Bytes_.append(id.data(), id.size());
    Ends_.push_back(Bytes_.size());
    return true;
}

bool ManifestList::HasId(std::string_view id) const {
    size_t lo = 0, hi = Ids();
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (Id(mid) < id) lo = mid + 1;
        else hi = mid;
    }
    return lo < Ids() && Id(lo) == id;
}

namespace {

bool StripSuffix(std::string_view* s, std::string_view suffix) {
    if (s->size() <= suffix.size() || s->substr(s->size() - suffix.size()) != suffix) return false;
    s->remove_suffix(suffix.size());
    return true;
}

bool StripPrefix(std::string_view* s, std::string_view prefix) {
    if (s->substr(0, prefix.size()) != prefix) return false;
    s->remove_prefix(prefix.size());
    return true;
}

} // namespace

bool ManifestList::Lists(const std::string& path) const {
    if (Other.count(path)) return true;
    std::string_view rel = path;
    for (const char* ext : kCompressedExtensions)
        if (StripSuffix(&rel, ext)) break;
    std::string_view name = rel;
    if (StripPrefix(&name, "articles/") && (StripSuffix(&name, ".json") || StripSuffix(&name, ".html")))
        return name.find('/') == std::string_view::npos && HasId(name);
    name = rel;
    if (StripPrefix(&name, "oembed/") && StripSuffix(&name, ".json"))
        return name.find('/') == std::string_view::npos && HasId(name);
    if (rel == kFeedIndexPath) return Pages > 0;
    name = rel;
    if (StripPrefix(&name, "feed-") && StripSuffix(&name, ".json") && !name.empty() && name.size() <= 19 && name[0] != '0' &&
        std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::stoull(std::string(name)) < Pages; // feed-1 .. feed-(Pages-1); the last page is feed.json
    return false;
}

namespace {

// A JSON writer's output straight into a string reserved to its size, so a manifest of a million ids is not held
// twice (a growing buffer, then its copy).
struct StringOut {
    using Ch = char;
    std::string* Text;
    void Put(char c) { Text->push_back(c); }
    void Flush() {}
};

} // namespace

std::string WriteManifestJson(const ManifestList& a, const ManifestList* b) {
    static const ManifestList none;
    if (!b) b = &none;
    std::string text;
    size_t other_bytes = 0;
    for (const std::string& f : a.Other) other_bytes += f.size() + 8;
    for (const std::string& f : b->Other) other_bytes += f.size() + 8;
    text.reserve(256 + a.IdBytes() + b->IdBytes() + 8 * (a.Ids() + b->Ids()) + other_bytes); // 8: quotes, comma, indent, newline
    StringOut out{&text};
    rapidjson::PrettyWriter<StringOut> w(out);
    w.SetIndent(' ', 2);
    w.StartObject();
    w.Key("folioManifest");
    w.Int(kManifestFormat);
    WriteField(w, "generator", "folio-bundle");
    w.Key("articles");
    w.StartArray();
    size_t i = 0, j = 0; // merged, in order, each id once
    while (i < a.Ids() || j < b->Ids()) {
        if (j == b->Ids() || (i < a.Ids() && a.Id(i) <= b->Id(j))) {
            if (j < b->Ids() && a.Id(i) == b->Id(j)) ++j;
            const std::string_view id = a.Id(i++);
            w.String(id.data(), (rapidjson::SizeType)id.size());
        } else {
            const std::string_view id = b->Id(j++);
            w.String(id.data(), (rapidjson::SizeType)id.size());
        }
    }
    w.EndArray();
    w.Key("feedPages");
    w.Uint64(std::max(a.Pages, b->Pages));
    w.Key("files");
    w.StartArray();
    std::set<std::string> other = a.Other;
    other.insert(b->Other.begin(), b->Other.end());
    for (const std::string& f : other) WriteString(w, f);
    w.EndArray();
    w.EndObject();
    text += "\n";
    return text;
}

bool ParseManifest(const std::string& text, const std::string& name, ManifestList* files, Error* err) {
    *err = Error{}; // the reader keeps the first error it is given
    JsonReader r(name, err);
    rapidjson::Document doc;
    return r.Parse(text, &doc, kMaxManifestBytes) && ManifestFromDocument(r, doc, files);
}

bool ManifestFromDocument(JsonReader& r, const rapidjson::Value& doc, ManifestList* files) {
    const JsonPath root;
    if (!r.Object(doc, root)) return false;
    int format = 0;
    if (!r.Int(doc, "folioManifest", root, 0, 1000000, &format)) return false;
    if (format != 1 && format != kManifestFormat)
        return r.Fail(root.Field("folioManifest"), format == 0 ? "missing (not a folio-bundle manifest)"
                                                               : "format " + std::to_string(format) + " is not one this program reads (1 or 2)");
    ManifestList out;
    const rapidjson::Value* list = nullptr;
    if (format == kManifestFormat) {
        if (!r.Array(doc, "articles", root, true, kMaxManifestEntries, &list)) return false;
        const JsonPath at = root.Field("articles");
        for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
            std::string id;
            if (!r.StringValue((*list)[i], at.At(i), &id)) return false;
            if (!ValidArticleId(id)) return r.Fail(at.At(i), "\"" + id + "\" is not an article id");
            if (!out.AddId(id)) return r.Fail(at.At(i), "\"" + id + "\" is not after the id before it (the ids are sorted, each once)");
        }
        int pages = 0;
        if (!doc.HasMember("feedPages")) return r.Fail(root.Field("feedPages"), "missing");
        if (!r.Int(doc, "feedPages", root, 0, INT32_MAX, &pages)) return false;
        out.Pages = (size_t)pages;
    }
    if (!r.Array(doc, "files", root, true, kMaxManifestEntries, &list)) return false;
    const JsonPath at = root.Field("files");
    for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
        std::string path, why;
        if (!r.StringValue((*list)[i], at.At(i), &path)) return false;
        if (!IsBundlePath(path, &why) || !IsBuildOutputPath(path))
            return r.Fail(at.At(i), "\"" + path + "\" is not a file folio-bundle build writes");
        out.Other.insert(std::move(path));
    }
    *files = std::move(out);
    return true;
}

bool ReadPreviousBuild(const std::string& out_dir, UnknownFolder unknown, PreviousBuild* out,
                       std::vector<Error>* warnings, Error* err) {
    *out = PreviousBuild{};
    struct stat st;
    if (::lstat(out_dir.c_str(), &st) != 0) return true; // a new folder
    if (!IsDirectory(out_dir)) { *err = Error{out_dir, "", "is not a folder"}; return false; }
    const std::string manifest = out_dir + "/" + kManifestPath;
    const bool present = ::lstat(manifest.c_str(), &st) == 0, linked = present && S_ISLNK(st.st_mode);
    Error why;
    if (!present) { // only then is the folder listed: a build's own folder may hold millions of files
        std::vector<std::string> files, links;
        if (!ListFiles(out_dir, true, &files, err, &links)) return false;
        if (files.empty() && links.empty()) return true; // nothing anyone could lose
    } else if (linked) {
        why = Error{manifest, "", "is a symbolic link, which is not followed"};
    } else {
        std::string text;
        if (ReadFileInside(out_dir, kManifestPath, kMaxManifestBytes, &text, &why) &&
            ParseManifest(text, manifest, &out->Files, &why)) {
            out->Manifest = true;
            return true;
        }
    }
    out->Files = ManifestList{};
    const std::string what = !present ? "holds files but no " + std::string(kManifestPath) +
                                            " (the record of what folio-bundle build wrote)"
                                      : "has a manifest this build cannot use (" + why.Message() + ")";
    if (unknown == UnknownFolder::BuildAnyway) {
        if (present) warnings->push_back(Error{out_dir, "", what + "; --force: building anyway, removing nothing"});
        return true;
    }
    *err = Error{out_dir, "", what + ", so this build cannot tell its own files from anyone else's: build into a "
                              "new or empty folder, or give --force to build here anyway (it then removes nothing "
                              "it did not write)"};
    return false;
}

} // namespace folio::cli
