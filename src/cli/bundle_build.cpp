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
#include "cli/progress.h"
#include "model/base64.h"
#include "model/bundle_write.h"
#include "model/limits.h"
#include "model/url.h"

#include <map>

namespace folio::cli {

namespace {

// The sources, imported, with where each came from.
struct Sources {
    std::string Dir;                              // SRC_DIR
    std::vector<Article> Articles;
    std::vector<std::string> Rel;                 // relative to SRC_DIR: guides/a.md
    std::vector<SourceLines> Lines;               // where each article's members and blocks start in its source
    std::string From(size_t i) const { return Dir + "/" + Rel[i]; } // as messages name it: SRC_DIR/guides/a.md
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
    if (sources.empty() && errors->empty()) { errors->push_back(Error{src_dir, "", "holds no sources (.txt, .md, .markdown)"}); return false; }

    in->Dir = src_dir;
    in->Articles.reserve(sources.size());
    Progress importing("importing", sources.size());
    for (size_t i = 0; i < sources.size(); ++i) {
        importing.Step(i);
        const std::string path = src_dir + "/" + sources[i];
        std::string raw;
        Article a;
        SourceLines lines;
        Error err;
        if (!ReadFileInside(src_dir, sources[i], kMaxSourceBytes, &raw, &err) ||
            !ImportFile(raw, path, import, &a, warnings, &err, &lines)) {
            errors->push_back(err);
            continue;
        }
        in->Articles.push_back(std::move(a));
        in->Rel.push_back(sources[i]);
        in->Lines.push_back(std::move(lines));
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

// A photo's variants as the article file describes them, and their files' bytes (by bundle path) until written.
struct PlacedPhoto {
    int Width = 0, Height = 0;
    std::string Placeholder;
    std::vector<PhotoVariant> Variants; // Bytes moved out into the build's media files
};

// The variant `src` points at for viewers that read no variants: the widest JPEG at most kDefaultPhotoWidth wide.
size_t DefaultVariant(const std::vector<PhotoVariant>& variants) {
    size_t best = variants.size();
    for (size_t k = 0; k < variants.size(); ++k)
        if (variants[k].Type == "jpg" && (best == variants.size() || variants[k].Width <= kDefaultPhotoWidth)) best = k;
    return best < variants.size() ? best : 0;
}

std::string MimeTypeOf(const std::string& type) { return type == "webp" ? "image/webp" : "image/jpeg"; }

// Makes each photo with a relative source into its variants (photo.h) and its ThumbHash, pointing src at the
// default variant, or refuses it naming the source file and line. Every refusal stops the build: a photo outside
// the source folder or behind a link is an attempt to publish what is not the publisher's, one that is no image
// (a.html) an attempt to plant a page, and a missing, misnamed, truncated or oversized one a broken article; none
// may pass with a warning that scrolls by. A photo used twice is encoded once. The variants' bytes are held in
// *media until written (the build's memory grows with its photos' variants; an encode cache is for later).
void PlacePhotos(const BundleSite& site, Sources* in, std::map<std::string, std::string>* media,
                 std::vector<Error>* errors) {
    std::map<std::string, PlacedPhoto> placed; // by the source's own media path (its bytes' hash)
    size_t photos = 0;
    for (const Article& a : in->Articles)
        for (const Block& b : a.Body) photos += b.Type == BlockType::Photo;
    Progress encoding("encoding photos", photos);
    size_t done = 0;
    for (size_t i = 0; i < in->Articles.size(); ++i) {
        Article& a = in->Articles[i];
        for (size_t j = 0; j < a.Body.size(); ++j) {
            Block& b = a.Body[j];
            if (b.Type != BlockType::Photo) continue;
            encoding.Step(done++);
            if (SchemeLength(b.Image.Src) > 0) continue; // http(s): the reader fetches it
            const size_t line = in->Lines[i].Of("body", j);
            const std::string where = line ? "line " + std::to_string(line) : "";
            MediaFile m;
            std::string why, bytes;
            if (!FindPhoto(in->Dir, in->Rel[i], b.Image.Src, &m, &why, &bytes)) { errors->push_back(Error{in->From(i), where, why}); continue; }
            auto it = placed.find(m.Path);
            if (it == placed.end()) {
                PhotoVariants made;
                Error e;
                if (!MakePhotoVariants(in->Dir + "/" + m.Source, bytes, &made, &e) || made.Variants.empty()) {
                    errors->push_back(Error{in->From(i), where, "photo \"" + b.Image.Src + "\": " + e.Message()});
                    continue;
                }
                PlacedPhoto p{made.Width, made.Height, ToBase64(made.ThumbHash), std::move(made.Variants)};
                for (PhotoVariant& v : p.Variants) (*media)[v.Path] = std::move(v.Bytes);
                it = placed.emplace(m.Path, std::move(p)).first;
            }
            const PlacedPhoto& p = it->second;
            const std::string from = ArticleJsonPath(a.Id);
            b.Image.Width = p.Width;
            b.Image.Height = p.Height;
            b.Image.Placeholder = p.Placeholder;
            b.Image.Variants.clear();
            for (const PhotoVariant& v : p.Variants) {
                const auto size = media->find(v.Path)->second.size();
                b.Image.Variants.push_back(ImageVariant{v.Width, v.Height, MimeTypeOf(v.Type), Reference(site, from, v.Path), (int)size});
            }
            b.Image.Src = b.Image.Variants[DefaultVariant(p.Variants)].Url;
        }
    }
    encoding.Finish();
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
    std::map<std::string, std::string> media; // photos' variants: bytes by bundle path
    PlacePhotos(site, &in, &media, errors);
    PreviousBuild previous;
    Error e;
    if (!ReadPreviousBuild(out_dir, unknown, &previous, warnings, &e)) errors->push_back(e);
    if (!errors->empty()) return false;

    // Everything this build writes, known before it writes any of it.
    std::vector<Article>& articles = in.Articles;
    std::map<std::string, std::string> titles;
    for (Article& a : articles) {
        if (a.Url.empty()) a.Url = Reference(site, ArticleJsonPath(a.Id), SnapshotPath(a.Id));
        titles[a.Id] = a.Headline;
    }
    const std::vector<size_t> order = NewestFirst(articles);
    const std::vector<Feed> pages = MakeFeedPages(articles, order, site);
    std::set<std::string> planned, owned = previous.Files;
    for (const Article& a : articles) planned.insert({ArticleJsonPath(a.Id), OEmbedPath(a.Id), SnapshotPath(a.Id)});
    for (const auto& m : media) planned.insert(m.first);
    for (size_t p = 0; p < pages.size(); ++p) planned.insert(FeedPagePath(p + 1));
    owned.insert(planned.begin(), planned.end());
    const std::string manifest = WriteManifestJson(planned), interim = WriteManifestJson(owned);
    if (interim.size() > kMaxJsonBytes) {
        errors->push_back(Error{out_dir + "/" + kManifestPath, "", "would list more files than its limit of " +
                                                                      std::to_string(kMaxJsonBytes) + " bytes allows"});
        return false;
    }
    // First the manifest lists every file this build may leave behind, so one cut short leaves none unlisted.
    bool written = false;
    if (!WriteIfChanged(out_dir, kManifestPath, interim, &written, &e, Sync::EachFile)) { errors->push_back(e); return false; }

    Writer w{out_dir, summary, errors};
    Progress writing("writing", articles.size());
    for (size_t n = 0; n < order.size(); ++n) {
        writing.Step(n);
        const Article& a = articles[order[n]];
        w.Put(ArticleJsonPath(a.Id), WriteArticleJson(a));
        w.Put(OEmbedPath(a.Id), WriteOEmbedJson(a, site));
        w.Put(SnapshotPath(a.Id), WriteHtmlSnapshot(a, site, titles));
    }
    writing.Finish();
    for (auto& m : media) {
        w.Put(m.first, m.second);
        std::string().swap(m.second); // written: its memory goes
    }
    for (size_t p = 0; p < pages.size(); ++p) w.Put(FeedPagePath(p + 1), WriteFeedJson(pages[p]));
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
