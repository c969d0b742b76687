// BuildBundle in two passes over the sources, each source read and imported by a pool of workers whose results are
// taken in source order (ordered_pool.h), so the bytes, warnings and errors are the same whatever the job count.
// Pass 1 imports every source (read inside the source folder, never through a link), checks its photos are there
// and keeps only a compact index entry per article (build_index.h); ids and related ids are checked on the index,
// and any error stops the build before OUT_DIR is touched. Then the manifest lists every file this build may leave
// in OUT_DIR; pass 2 imports each source again, places its photos and writes its articles' files (each if its
// bytes changed), spilling its feed items to a temporary file; the feed pages are written from the spill; the
// search index is brought up to date from the article files (search_index.h); the previous build's files this one
// no longer writes are removed, and the manifest listing exactly this build's
// files is written last. Memory holds the index and a window of sources in flight, not the corpus. ImportSource
// runs on several threads at once: every importer keeps its state in its own objects.
#include "cli/bundle_build.h"
#include "cli/build_index.h"
#include "cli/feed_pages.h"
#include "cli/file_io.h"
#include "cli/html_snapshot.h"
#include "cli/oembed.h"
#include "model/ordered_pool.h"
#include "cli/photo.h"
#include "cli/photo_place.h"
#include "cli/precompress.h"
#include "cli/progress.h"
#include "cli/search_index.h"
#include "model/bundle_write.h"
#include "model/limits.h"

#include <libxml/parser.h>

#include <chrono>
#include <map>
#include <mutex>

namespace folio::cli {

namespace {

// Batches of sources waiting to be taken in order, per job: enough to keep every worker busy past a slow one.
constexpr size_t kWindowPerJob = 4;

// The sources of a build: files under SRC_DIR (relative paths), and the index of the articles they give.
struct Sources {
    std::string Dir;
    StringArena Paths;              // guides/a.md, one arena for a million of them
    std::vector<uint32_t> First;    // the index entry of each source's first article; First[n] = the index's size
    BuildIndex Index;
    size_t Size() const { return Paths.Size(); }
    std::string Rel(size_t source) const { return std::string(Paths.Get(source)); }  // guides/a.md
    std::string Name(size_t source) const { return Dir + "/" + Rel(source); }         // SRC_DIR/guides/a.md
};

// Every source file under src_dir, listed without following links; a link named like a source is an error (what it
// leads to is not the publisher's to publish), any other link a warning (it is not followed either). False only
// when there is nothing to import.
using Warn = std::function<void(Error&&)>;

bool ListSources(const std::string& src_dir, Sources* in, const Warn& warn, std::vector<Error>* errors) {
    std::vector<std::string> files, links;
    Error e;
    if (!ListFiles(src_dir, true, &files, &e, &links)) { errors->push_back(e); return false; }
    for (const std::string& l : links) {
        const std::string why = "is a symbolic link, which is not followed: sources and photos are read only inside the source folder";
        if (IsSourceFile(l)) errors->push_back(Error{src_dir + "/" + l, "", why + " (copy the file in instead)"});
        else warn(Error{src_dir + "/" + l, "", why});
    }
    in->Dir = src_dir;
    for (const std::string& f : files) if (IsSourceFile(f)) in->Paths.Add(f);
    if (in->Size() == 0 && errors->empty()) { errors->push_back(Error{src_dir, "", "holds no sources (.txt, .md, .markdown, .rss, .atom, .xml, .json, .html, .htm)"}); return false; }
    return true;
}

// One source read and imported on a worker.
struct Imported {
    std::vector<ImportedArticle> Articles;
    std::vector<Error> Warnings, Errors;
};

Imported ImportOne(const Sources& in, size_t source, const ImportOptions& import) {
    Imported got;
    std::string raw;
    Error err;
    if (!ReadFileInside(in.Dir, in.Rel(source), kMaxSourceBytes, &raw, &err) ||
        !ImportSource(raw, in.Name(source), import, &got.Articles, &got.Warnings, &err))
        got.Errors.push_back(err);
    return got;
}

// Each photo with a relative source in article a, the lead image and the body's, handed to `step` (which checks
// or places it, photo_place.h) with where the source names it; each refusal names the source file and line.
// Every refusal stops the build: a photo outside the source folder or behind a link is an attempt to publish what
// is not the publisher's, one that is no image (a.html) an attempt to plant a page, and a missing, misnamed,
// truncated or oversized one a broken article; none may pass with a warning that scrolls by.
template <typename Step>
void ForEachPhoto(ImportedArticle* a, Step&& step, std::vector<Error>* errors) {
    const auto one = [&](size_t line, Photo* p) {
        Error e;
        if (!step(line ? "line " + std::to_string(line) : std::string(), p, &e)) errors->push_back(e);
    };
    if (!a->Item.Image.Empty()) one(a->Lines.Of("image", 0), &a->Item.Image);
    for (size_t j = 0; j < a->Item.Body.size(); ++j)
        if (a->Item.Body[j].Type == BlockType::Photo) one(a->Lines.Of("body", j), &a->Item.Body[j].Image);
}

// Pass 1: every source imported and its photos found; the index gets each article, with its feed item's size
// before its photos are placed. Warnings and errors in source order.
void IndexSources(Sources* in, const BundleSite& site, const ImportOptions& import, const PhotoPlacer& placer,
                  unsigned jobs, const Warn& warn, std::vector<Error>* errors) {
    struct Checked {
        std::vector<Article> Articles; // only what the index keeps of each
        std::vector<std::string> From;
        std::vector<uint32_t> DraftBytes;
        std::vector<Error> Warnings, Errors;
    };
    Progress importing("importing", in->Size());
    RunOrdered<Checked>(in->Size(), jobs, jobs * kWindowPerJob, [&](size_t s) {
        Imported got = ImportOne(*in, s, import);
        Checked c{{}, {}, {}, std::move(got.Warnings), std::move(got.Errors)};
        for (ImportedArticle& a : got.Articles) {
            ForEachPhoto(&a, [&](const std::string& where, Photo* p, Error* e) {
                return placer.Check(in->Rel(s), a.From, where, *p, e); // found, of its type; not read whole
            }, &c.Errors);
            c.DraftBytes.push_back((uint32_t)WriteFeedItemJson(MakeFeedItem(a.Item, site)).size());
            Article kept;
            kept.Id = std::move(a.Item.Id);
            kept.Headline = std::move(a.Item.Headline);
            kept.DatePublished = std::move(a.Item.DatePublished);
            kept.Related = std::move(a.Item.Related);
            c.Articles.push_back(std::move(kept));
            c.From.push_back(a.From == in->Name(s) ? std::string() : std::move(a.From));
        }
        return c;
    }, [&](size_t s, Checked&& c) {
        importing.Step(s);
        in->First.push_back((uint32_t)in->Index.Size());
        Error failed;
        for (size_t k = 0; k < c.Articles.size(); ++k)
            if (!in->Index.Add(c.Articles[k], (uint32_t)s, c.From[k], c.DraftBytes[k], &failed)) c.Errors.push_back(failed);
        for (Error& w : c.Warnings) warn(std::move(w));
        for (Error& e : c.Errors) errors->push_back(std::move(e));
    });
    in->First.push_back((uint32_t)in->Index.Size());
    importing.Finish();
}

void CheckIds(Sources* in, std::vector<Error>* errors) {
    BuildIndex& index = in->Index;
    const auto names = [in](size_t source) { return in->Name(source); };
    std::vector<std::pair<size_t, size_t>> duplicates;
    index.IndexIds(&duplicates);
    for (const auto& [later, first] : duplicates)
        errors->push_back(Error{index.From(later, names), "", "article id \"" + std::string(index.Id(later)) +
                                                                  "\" is also the id of " + index.From(first, names)});
    for (size_t i = 0; i < index.Size(); ++i)
        for (std::string_view r : index.Related(i))
            if (index.Find(r) == SIZE_MAX)
                errors->push_back(Error{index.From(i, names), "", "related id \"" + std::string(r) + "\" is not an article of this bundle"});
}

// Every file a build writes goes through Put, from any worker: the one place a write is made and counted. Its
// failures wait in Failed until Report moves them to the build's errors (on the thread that owns those).
struct Writer {
    std::string Out;
    BuildSummary* Summary;
    std::mutex Lock;
    std::vector<Error> Failed;

    // The search index's files: the same write, counted in the index's report (summary->Search), not here.
    bool PutIndexFile(const std::string& rel, const std::string& bytes, Error* err) {
        WriteCount ignored;
        return WriteWithCopies(Out, rel, bytes, &ignored, err);
    }
    bool Put(const std::string& rel, const std::string& bytes) { // with its .gz and .br copies (precompress.h)
        WriteCount count;
        Error e;
        const bool ok = WriteWithCopies(Out, rel, bytes, &count, &e);
        std::lock_guard<std::mutex> held(Lock);
        Summary->Written += count.Written;
        Summary->Unchanged += count.Unchanged;
        if (!ok) Failed.push_back(e);
        return ok;
    }
    // Moves the failures so far to *errors; true when there were none.
    bool Report(std::vector<Error>* errors) {
        std::lock_guard<std::mutex> held(Lock);
        const bool none = Failed.empty();
        for (Error& e : Failed) errors->push_back(std::move(e));
        Failed.clear();
        return none;
    }
};

// The search index of the articles just written (search_index.h), every file through the build's write path; or,
// without one, the removal of an index an earlier build left.
bool WriteSearch(const BuildIndex& index, const std::string& out_dir, unsigned jobs, bool search_index, Writer* w,
                 BuildSummary* summary, std::vector<Error>* errors) {
    Error e;
    if (!search_index) {
        if (RemoveBundleSearchIndex(out_dir, &summary->SearchRemoved, &e)) return true;
        errors->push_back(e);
        return false;
    }
    const IndexWrite write = [w](const std::string& rel, const std::string& bytes, Error* err) { return w->PutIndexFile(rel, bytes, err); };
    if (WriteBundleSearchIndex(out_dir, IndexInputs(index), jobs, write, &summary->Search, &e)) {
        summary->Searchable = true;
        return true;
    }
    errors->push_back(e);
    return false;
}

// Pass 2: each source imported again, its photos placed (new variants written at once) and its articles' files
// written; each feed item's text goes to the spill and its size to the index. Errors in source order.
void WriteSources(Sources* in, const BundleSite& site, const ImportOptions& import, PhotoPlacer* placer, Writer* w,
                  ItemSpill* spill, unsigned jobs, double* photo_seconds, std::vector<Error>* errors) {
    struct Written {
        std::vector<std::string> Items; // the feed items, serialized
        std::vector<uint64_t> Hashes;   // their article files' (IndexEntry::FileHash)
        std::vector<Error> Errors;
    };
    std::mutex placing;
    const PhotoPlacer::Sink write = [w](const std::string& path, const std::string& bytes) { return w->Put(path, bytes); };
    const BuildIndex& index = in->Index;
    Progress writing("writing", in->Size());
    RunOrdered<Written>(in->Size(), jobs, jobs * kWindowPerJob, [&](size_t s) {
        Imported got = ImportOne(*in, s, import);
        Written out{{}, {}, std::move(got.Errors)};
        const size_t first = in->First[s], count = in->First[s + 1] - first;
        bool same = out.Errors.empty() && got.Articles.size() == count;
        for (size_t k = 0; same && k < count; ++k) same = got.Articles[k].Item.Id == index.Id(first + k);
        if (!same) {
            out.Errors.push_back(Error{in->Name(s), "", "changed while the bundle was being built (build again)"});
            return out;
        }
        for (ImportedArticle& imported : got.Articles) {
            const size_t failed = out.Errors.size();
            ForEachPhoto(&imported, [&](const std::string& where, Photo* p, Error* e) {
                std::lock_guard<std::mutex> held(placing); // the placer's record (and the cache) is shared
                const auto started = std::chrono::steady_clock::now();
                const bool ok = placer->Place(in->Rel(s), imported.Item.Id, imported.From, where, write, p, e);
                *photo_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
                return ok;
            }, &out.Errors);
            if (out.Errors.size() != failed) continue;
            Article& a = imported.Item;
            if (a.Url.empty()) a.Url = Reference(site, ArticleJsonPath(a.Id), SnapshotPath(a.Id));
            std::map<std::string, std::string> titles;
            for (const std::string& r : a.Related) titles[r] = std::string(index.Headline(index.Find(r)));
            const std::string json = WriteArticleJson(a);
            w->Put(ArticleJsonPath(a.Id), json);
            out.Hashes.push_back(FileHashOf(json));
            w->Put(OEmbedPath(a.Id), WriteOEmbedJson(a, site));
            w->Put(SnapshotPath(a.Id), WriteHtmlSnapshot(a, site, titles));
            out.Items.push_back(WriteFeedItemJson(MakeFeedItem(a, site)));
        }
        return out;
    }, [&](size_t s, Written&& got) {
        writing.Step(s);
        for (Error& e : got.Errors) errors->push_back(std::move(e));
        if (got.Items.size() != in->First[s + 1] - in->First[s]) return; // an error above
        for (size_t k = 0; k < got.Items.size(); ++k) {
            IndexEntry& e = in->Index[in->First[s] + k];
            Error failed;
            if (!spill->Append(got.Items[k], &e.ItemOffset, &failed)) { errors->push_back(failed); return; }
            e.ItemBytes = (uint32_t)got.Items[k].size(); // now the item as it is, its photos placed
            e.FileHash = got.Hashes[k];
        }
    });
    writing.Finish();
}

// How many items each page holds, oldest first (`order`), by the index's item sizes (feed_pages.h: PlanPages).
std::vector<size_t> Plan(const BuildIndex& index, const std::vector<uint32_t>& order, const BundleSite& site) {
    return PlanPages(order.size(), [&](size_t k) { return (size_t)index[order[k]].ItemBytes; }, site);
}

bool ManifestFits(const std::string& manifest, const std::string& out_dir, std::vector<Error>* errors) {
    if (manifest.size() <= kMaxManifestBytes) return true;
    errors->push_back(Error{out_dir + "/" + kManifestPath, "", "would list more files than its limit of " +
                                                               std::to_string(kMaxManifestBytes) + " bytes allows"});
    return false;
}

bool Build(const std::string& src_dir, const std::string& out_dir, const BundleSite& site, const ImportOptions& import,
           UnknownFolder unknown, BuildSummary* summary, const Warn& warn, std::vector<Error>* errors, unsigned jobs,
           bool search_index) {
    Sources in;
    if (!ListSources(src_dir, &in, warn, errors)) return false;
    xmlInitParser(); // libxml2 (2.9) wants it called on one thread before the importers use it on several
    PreviousBuild previous;
    Error e, previous_error;
    std::vector<Error> previous_warnings;
    // Read first, before the index grows: parsing a large manifest is the build's largest passing need of memory.
    const bool previous_ok = ReadPreviousBuild(out_dir, unknown, &previous, &previous_warnings, &previous_error);
    MediaCache cache(PhotoEncoderSettings()); // only a folder an earlier build left (its manifest read) is asked what it holds
    PhotoPlacer placer(site, src_dir, &cache);
    IndexSources(&in, site, import, placer, jobs, warn, errors); // every photo found before anything is written
    CheckIds(&in, errors);
    if (errors->empty() && !in.Index.KeepRelatedHeadlines(&e)) errors->push_back(e);
    for (Error& w : previous_warnings) warn(std::move(w));
    if (!previous_ok) errors->push_back(previous_error);
    if (!errors->empty()) return false;
    if (previous.Manifest) cache.Load(out_dir, previous.Files.Other);
    ItemSpill spill;
    if (!spill.Open(&e)) { errors->push_back(e); return false; }

    // Everything this build writes but the photos' new variants, known before it writes any of it: the articles by
    // their ids (each standing for its files), the pages by their count. The manifest lists these and the previous
    // build's files while the build runs, from the two lists, never from a set of every path.
    const BuildIndex& index = in.Index;
    const std::vector<uint32_t> order = index.OldestFirst();
    ManifestList planned;
    for (size_t k = 0; k < index.Size(); ++k) planned.AddId(index.IdInOrder(k));
    // The pages as they would be without thumbnails: only a page cut at its byte bound could come out longer.
    planned.Pages = Plan(index, order, site).size();
    // First the manifest lists every file this build may leave behind, so one cut short leaves none unlisted (but
    // for variants being encoded then: named by their bytes, they collide with nothing, and a build that encodes
    // the same photo takes them over).
    bool written = false, manifest_written = false;
    {
        const std::string interim = WriteManifestJson(planned, &previous.Files);
        if (!ManifestFits(interim, out_dir, errors)) return false;
        if (!WriteIfChanged(out_dir, kManifestPath, interim, &written, &e, Sync::EachFile)) { errors->push_back(e); return false; }
        manifest_written = written;
    }

    // The photos (each one's new variants written as soon as they are made) and the articles' files.
    Writer w{out_dir, summary, {}, {}};
    WriteSources(&in, site, import, &placer, &w, &spill, jobs, &summary->PhotoSeconds, errors);
    w.Report(errors);
    summary->PhotosEncoded = placer.Encoded();
    summary->PhotosReused = placer.Reused();
    for (const std::string& f : placer.Files()) summary->Unchanged += !placer.Written().count(f); // vouched for by the cache
    if (!errors->empty()) {
        // A photo libvips could not decode (or a failed write): the variants written are listed and cached, so the
        // next build takes them over and encodes none of them again.
        planned.Other.insert(placer.Written().begin(), placer.Written().end());
        w.Put(kMediaCachePath, cache.Json());
        w.Report(errors);
        WriteIfChanged(out_dir, kManifestPath, WriteManifestJson(planned, &previous.Files), &written, &e, Sync::EachFile);
        return false;
    }

    // The pages (their cards carry the lead images' thumbnails, placed now) from the spilled items, and the cache.
    const std::vector<size_t> pages = Plan(index, order, site);
    if (pages.size() > std::max(planned.Pages, previous.Files.Pages)) { // more pages than the manifest lists
        planned.Pages = pages.size();
        if (!WriteIfChanged(out_dir, kManifestPath, WriteManifestJson(planned, &previous.Files), &written, &e, Sync::EachFile)) {
            errors->push_back(e);
            return false;
        }
        manifest_written |= written;
    }
    planned.Pages = pages.size();
    planned.Other = placer.Files();
    const std::string manifest = WriteManifestJson(planned);
    if (!ManifestFits(manifest, out_dir, errors)) return false;
    size_t next = 0; // pages are cut from the oldest; each lists its items newest first
    for (size_t p = 0; p < pages.size(); ++p) {
        std::vector<std::string> items(pages[p]);
        for (size_t k = pages[p]; k-- > 0;) {
            const IndexEntry& entry = index[order[next++]];
            if (!spill.Read(entry.ItemOffset, entry.ItemBytes, &items[k], &e)) { errors->push_back(e); return false; }
        }
        w.Put(FeedPagePath(p + 1, pages.size()), WriteFeedPage(site, p + 1, pages.size(), items));
    }
    w.Put(kMediaCachePath, cache.Json());
    w.Report(errors);
    if (!errors->empty()) return false; // the manifest still lists everything written
    if (!WriteSearch(index, out_dir, jobs, search_index, &w, summary, errors)) return false;

    Error synced;
    const bool wrote = summary->Written > 0 || !summary->Search.Written.empty() || summary->SearchRemoved > 0;
    if (wrote && !SyncFileSystem(out_dir, &synced)) { errors->push_back(synced); return false; }
    previous.Files.ForEachFile([&](const std::string& rel) {
        if (planned.Lists(rel) || KindInside(out_dir, rel) != PathKind::RegularFile) return;
        if (RemoveFileInside(out_dir, rel, &e)) ++summary->Removed;
        else errors->push_back(e);
    });
    if (summary->Removed > 0 && !SyncFileSystem(out_dir, &synced)) errors->push_back(synced);
    if (!errors->empty()) return false;
    if (!WriteIfChanged(out_dir, kManifestPath, manifest, &written, &e, Sync::EachFile)) { errors->push_back(e); return false; }
    // Changed from the previous build's manifest exactly when the first or the last write of it changed it.
    ++(manifest_written || written ? summary->Written : summary->Unchanged);
    summary->Articles = index.Size();
    summary->Pages = pages.size();
    return true;
}

} // namespace

bool BuildBundle(const std::string& src_dir, const std::string& out_dir, const BundleSite& site, const ImportOptions& import,
                 UnknownFolder unknown, BuildSummary* summary, std::vector<Error>* warnings, std::vector<Error>* errors,
                 unsigned jobs, const std::function<void(Error&&)>& each_warning, bool search_index) {
    ErrorSpill held;
    Error failed;
    bool spilled = true;
    const bool ok = Build(src_dir, out_dir, site, import, unknown, summary, [&](Error&& w) {
        if (spilled && !(spilled = held.Add(w, &failed))) errors->push_back(failed);
    }, errors, jobs, search_index);
    summary->Warnings = held.Size();
    if (!held.ForEach([&](Error&& w) { each_warning ? each_warning(std::move(w)) : warnings->push_back(std::move(w)); }, &failed))
        errors->push_back(failed);
    return ok && spilled && errors->empty();
}

} // namespace folio::cli
