// BuildBundle: import every source (read inside the source folder, never through a link), check ids, related ids
// and photos, then write the bundle as its manifest says: the manifest first lists every file this build may leave
// in OUT_DIR, each file is written if its bytes changed, the previous build's files this one no longer writes are
// removed, and the manifest listing exactly this build's files is written last.
#include "cli/bundle_build.h"
#include "cli/feed_pages.h"
#include "cli/file_io.h"
#include "cli/html_snapshot.h"
#include "cli/media.h"
#include "cli/oembed.h"
#include "cli/photo.h"
#include "cli/photo_place.h"
#include "cli/progress.h"
#include "model/bundle_write.h"
#include "model/limits.h"
#include "model/url.h"

#include <chrono>
#include <map>

namespace folio::cli {

namespace {

// The sources, imported, with where each came from.
struct Sources {
    std::string Dir;                              // SRC_DIR
    std::vector<Article> Articles;
    std::vector<std::string> Rel;                 // its source, relative to SRC_DIR: guides/a.md
    std::vector<std::string> Names;               // as messages name it: SRC_DIR/guides/a.md, SRC_DIR/wire.rss: item 3
    std::vector<SourceLines> Lines;               // where each article's members and blocks start in its source
    const std::string& From(size_t i) const { return Names[i]; }
};

// Every source file under src_dir, read without following links; a link named like a source is an error (what it
// leads to is not the publisher's to publish), any other link a warning (it is not followed either). False only
// when there is nothing to import; errors of single sources are listed and the others imported.
bool ImportSources(const std::string& src_dir, const ImportOptions& import, Sources* in, std::vector<Error>* warnings,
                   std::vector<Error>* errors) {
    std::vector<std::string> files, links, sources;
    Error e;
    if (!ListFiles(src_dir, true, &files, &e, &links)) { errors->push_back(e); return false; }
    for (const std::string& l : links) {
        const std::string why = "is a symbolic link, which is not followed: sources and photos are read only inside the source folder";
        if (IsSourceFile(l)) errors->push_back(Error{src_dir + "/" + l, "", why + " (copy the file in instead)"});
        else warnings->push_back(Error{src_dir + "/" + l, "", why});
    }
    for (const std::string& f : files) if (IsSourceFile(f)) sources.push_back(f);
    if (sources.empty() && errors->empty()) { errors->push_back(Error{src_dir, "", "holds no sources (.txt, .md, .markdown, .rss, .atom, .xml, .json, .html, .htm)"}); return false; }

    in->Dir = src_dir;
    Progress importing("importing", sources.size());
    for (size_t i = 0; i < sources.size(); ++i) {
        importing.Step(i);
        const std::string path = src_dir + "/" + sources[i];
        std::string raw;
        std::vector<ImportedArticle> got;
        Error err;
        if (!ReadFileInside(src_dir, sources[i], kMaxSourceBytes, &raw, &err) ||
            !ImportSource(raw, path, import, &got, warnings, &err)) {
            errors->push_back(err);
            continue;
        }
        for (ImportedArticle& a : got) {
            in->Articles.push_back(std::move(a.Item));
            in->Rel.push_back(sources[i]);
            in->Names.push_back(std::move(a.From));
            in->Lines.push_back(std::move(a.Lines));
        }
    }
    importing.Finish();
    return true; // errors so far are listed with those the checks below find
}

void CheckIds(const Sources& in, std::vector<Error>* errors) {
    std::map<std::string, size_t> by_id;
    for (size_t i = 0; i < in.Articles.size(); ++i) {
        auto [it, fresh] = by_id.emplace(in.Articles[i].Id, i);
        if (!fresh) errors->push_back(Error{in.From(i), "", "article id \"" + in.Articles[i].Id + "\" is also the id of " + in.From(it->second)});
    }
    for (size_t i = 0; i < in.Articles.size(); ++i)
        for (const std::string& r : in.Articles[i].Related)
            if (!by_id.count(r)) errors->push_back(Error{in.From(i), "", "related id \"" + r + "\" is not an article of this bundle"});
}

// Each photo with a relative source, the lead images and the body's, checked (`write` empty: found inside the source
// folder, of the type its name says) or placed (photo_place.h: from the cache, or encoded and its variants handed to
// `write`); each refusal names the source file and line. Every refusal stops the build: a photo outside the source
// folder or behind a link is an attempt to publish what is not the publisher's, one that is no image (a.html) an
// attempt to plant a page, and a missing, misnamed, truncated or oversized one a broken article; none may pass with
// a warning that scrolls by.
void PlacePhotos(Sources* in, PhotoPlacer* placer, const PhotoPlacer::Sink& write, std::vector<Error>* errors) {
    size_t photos = 0;
    for (const Article& a : in->Articles) {
        photos += !a.Image.Empty();
        for (const Block& b : a.Body) photos += b.Type == BlockType::Photo;
    }
    Progress progress(write ? "encoding photos" : "finding photos", photos);
    size_t done = 0;
    const auto place = [&](size_t i, size_t line, Photo* p) {
        progress.Step(done++);
        Error e;
        const std::string where = line ? "line " + std::to_string(line) : "";
        if (write ? !placer->Place(in->Rel[i], in->Articles[i].Id, in->From(i), where, write, p, &e)
                  : !placer->Check(in->Rel[i], in->From(i), where, *p, &e))
            errors->push_back(e);
    };
    for (size_t i = 0; i < in->Articles.size(); ++i) {
        Article& a = in->Articles[i];
        if (!a.Image.Empty()) place(i, in->Lines[i].Of("image", 0), &a.Image);
        for (size_t j = 0; j < a.Body.size(); ++j)
            if (a.Body[j].Type == BlockType::Photo) place(i, in->Lines[i].Of("body", j), &a.Body[j].Image);
    }
    progress.Finish();
}

struct Writer {
    std::string Out;
    BuildSummary* Summary;
    std::vector<Error>* Errors;

    void Put(const std::string& rel, const std::string& bytes) {
        bool written = false;
        Error e;
        if (!WriteIfChanged(Out, rel, bytes, &written, &e, Sync::Later)) { Errors->push_back(e); return; }
        ++(written ? Summary->Written : Summary->Unchanged);
    }
};

} // namespace

bool BuildBundle(const std::string& src_dir, const std::string& out_dir, const BundleSite& site, const ImportOptions& import,
                 UnknownFolder unknown, BuildSummary* summary, std::vector<Error>* warnings, std::vector<Error>* errors) {
    Sources in;
    if (!ImportSources(src_dir, import, &in, warnings, errors)) return false;
    CheckIds(in, errors);
    PreviousBuild previous;
    Error e;
    if (!ReadPreviousBuild(out_dir, unknown, &previous, warnings, &e)) errors->push_back(e);
    MediaCache cache(PhotoEncoderSettings()); // only a folder an earlier build left (its manifest read) is asked what it holds
    if (!previous.ManifestText.empty()) cache.Load(out_dir, previous.Files);
    PhotoPlacer placer(site, src_dir, &cache);
    PlacePhotos(&in, &placer, nullptr, errors); // every photo found before anything is written
    if (!errors->empty()) return false;

    // Everything this build writes but the photos' new variants, known before it writes any of it.
    std::vector<Article>& articles = in.Articles;
    std::map<std::string, std::string> titles;
    for (Article& a : articles) {
        if (a.Url.empty()) a.Url = Reference(site, ArticleJsonPath(a.Id), SnapshotPath(a.Id));
        titles[a.Id] = a.Headline;
    }
    const std::vector<size_t> order = OldestFirst(articles);
    std::set<std::string> planned, owned = previous.Files;
    for (const Article& a : articles) planned.insert({ArticleJsonPath(a.Id), OEmbedPath(a.Id), SnapshotPath(a.Id)});
    // The pages as they would be without thumbnails: only a page cut at its byte bound could come out longer.
    const size_t pages_before = MakeFeedPages(articles, order, site).size();
    for (size_t p = 0; p < pages_before; ++p) planned.insert(FeedPagePath(p + 1, pages_before));
    owned.insert(planned.begin(), planned.end());
    const std::string interim = WriteManifestJson(owned);
    if (interim.size() > kMaxJsonBytes) {
        errors->push_back(Error{out_dir + "/" + kManifestPath, "", "would list more files than its limit of " +
                                                                      std::to_string(kMaxJsonBytes) + " bytes allows"});
        return false;
    }
    // First the manifest lists every file this build may leave behind, so one cut short leaves none unlisted (but
    // for variants being encoded then: named by their bytes, they collide with nothing, and a build that encodes
    // the same photo takes them over).
    bool written = false;
    if (!WriteIfChanged(out_dir, kManifestPath, interim, &written, &e, Sync::EachFile)) { errors->push_back(e); return false; }

    // The photos, each one's new variants written as soon as they are made.
    Writer w{out_dir, summary, errors};
    const auto placing = std::chrono::steady_clock::now();
    PlacePhotos(&in, &placer, [&](const std::string& path, const std::string& bytes) {
        const size_t failed = errors->size();
        w.Put(path, bytes);
        return errors->size() == failed;
    }, errors);
    summary->PhotoSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - placing).count();
    summary->PhotosEncoded = placer.Encoded();
    summary->PhotosReused = placer.Reused();
    for (const std::string& f : placer.Files()) summary->Unchanged += !placer.Written().count(f); // vouched for by the cache
    if (!errors->empty()) {
        // A photo libvips could not decode (or a failed write): the variants written are listed and cached, so the
        // next build takes them over and encodes none of them again.
        owned.insert(placer.Written().begin(), placer.Written().end());
        w.Put(kMediaCachePath, cache.Json());
        WriteIfChanged(out_dir, kManifestPath, WriteManifestJson(owned), &written, &e, Sync::EachFile);
        return false;
    }

    // The pages (their cards carry the lead images' thumbnails, placed now), the articles, the cache.
    const std::vector<Feed> pages = MakeFeedPages(articles, order, site);
    for (size_t p = 0; p < pages_before; ++p) planned.erase(FeedPagePath(p + 1, pages_before));
    bool more_pages = false;
    for (size_t p = 0; p < pages.size(); ++p) {
        planned.insert(FeedPagePath(p + 1, pages.size()));
        more_pages |= owned.insert(FeedPagePath(p + 1, pages.size())).second;
    }
    if (more_pages && !WriteIfChanged(out_dir, kManifestPath, WriteManifestJson(owned), &written, &e, Sync::EachFile)) {
        errors->push_back(e);
        return false;
    }
    planned.insert(placer.Files().begin(), placer.Files().end());
    const std::string manifest = WriteManifestJson(planned);
    if (manifest.size() > kMaxJsonBytes) {
        errors->push_back(Error{out_dir + "/" + kManifestPath, "", "would list more files than its limit of " +
                                                                      std::to_string(kMaxJsonBytes) + " bytes allows"});
        return false;
    }
    Progress writing("writing", articles.size());
    for (size_t n = 0; n < order.size(); ++n) {
        writing.Step(n);
        const Article& a = articles[order[n]];
        w.Put(ArticleJsonPath(a.Id), WriteArticleJson(a));
        w.Put(OEmbedPath(a.Id), WriteOEmbedJson(a, site));
        w.Put(SnapshotPath(a.Id), WriteHtmlSnapshot(a, site, titles));
    }
    writing.Finish();
    for (size_t p = 0; p < pages.size(); ++p) w.Put(FeedPagePath(p + 1, pages.size()), WriteFeedJson(pages[p]));
    w.Put(kMediaCachePath, cache.Json());
    if (!errors->empty()) return false; // the manifest still lists everything written

    Error synced;
    if (summary->Written > 0 && !SyncFileSystem(out_dir, &synced)) { errors->push_back(synced); return false; }
    for (const std::string& rel : previous.Files) {
        if (planned.count(rel) || KindInside(out_dir, rel) != PathKind::RegularFile) continue;
        if (RemoveFileInside(out_dir, rel, &e)) ++summary->Removed;
        else errors->push_back(e);
    }
    if (summary->Removed > 0 && !SyncFileSystem(out_dir, &synced)) errors->push_back(synced);
    if (!errors->empty()) return false;
    if (!WriteIfChanged(out_dir, kManifestPath, manifest, &written, &e, Sync::EachFile)) { errors->push_back(e); return false; }
    ++(manifest == previous.ManifestText ? summary->Unchanged : summary->Written);
    summary->Articles = articles.size();
    summary->Pages = pages.size();
    return true;
}

} // namespace folio::cli
