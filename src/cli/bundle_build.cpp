// BuildBundle: import every source (read inside the source folder, never through a link), check ids, related ids
// and photos, then write every file of the bundle if its bytes changed, photos as media/HASH.EXT.
#include "cli/bundle_build.h"
#include "cli/feed_pages.h"
#include "cli/file_io.h"
#include "cli/html_snapshot.h"
#include "cli/media.h"
#include "cli/oembed.h"
#include "cli/progress.h"
#include "cli/source_text.h"
#include "model/bundle_write.h"
#include "model/json_read.h"
#include "model/url.h"

#include <map>
#include <set>

namespace folio::cli {

namespace {

// The sources, imported, with where each came from.
struct Sources {
    std::vector<Article> Articles;
    std::vector<std::string> From;                // as messages name it: SRC_DIR/guides/a.md
    std::vector<std::string> Rel;                 // relative to SRC_DIR: guides/a.md
    std::vector<std::vector<size_t>> PhotoLines;  // the source line of each photo block
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

    in->Articles.reserve(sources.size());
    Progress importing("importing", sources.size());
    for (size_t i = 0; i < sources.size(); ++i) {
        importing.Step(i);
        const std::string path = src_dir + "/" + sources[i];
        std::string raw;
        Article a;
        std::vector<size_t> lines;
        Error err;
        if (!ReadFileInside(src_dir, sources[i], kMaxSourceBytes, &raw, &err) ||
            !ImportFile(raw, path, import, &a, warnings, &err, &lines)) {
            errors->push_back(err);
            continue;
        }
        in->Articles.push_back(std::move(a));
        in->From.push_back(path);
        in->Rel.push_back(sources[i]);
        in->PhotoLines.push_back(std::move(lines));
    }
    importing.Finish();
    return true; // errors so far are listed with those the checks below find
}

void CheckIds(const Sources& in, std::vector<Error>* errors) {
    std::map<std::string, size_t> by_id;
    for (size_t i = 0; i < in.Articles.size(); ++i) {
        auto [it, fresh] = by_id.emplace(in.Articles[i].Id, i);
        if (!fresh) errors->push_back(Error{in.From[i], "", "article id \"" + in.Articles[i].Id + "\" is also the id of " + in.From[it->second]});
    }
    for (size_t i = 0; i < in.Articles.size(); ++i)
        for (const std::string& r : in.Articles[i].Related)
            if (!by_id.count(r)) errors->push_back(Error{in.From[i], "", "related id \"" + r + "\" is not an article of this bundle"});
}

// Points each photo with a relative source at its media file, or refuses it naming the source file and line.
// Every refusal stops the build: a photo outside the source folder or behind a link is an attempt to publish
// what is not the publisher's, one that is no image (a.html) an attempt to plant a page, and a missing or
// misnamed one a broken article; none may pass with a warning that scrolls by.
void PlacePhotos(const std::string& src_dir, const BundleSite& site, Sources* in, std::map<std::string, MediaFile>* media,
                 std::vector<Error>* errors) {
    for (size_t i = 0; i < in->Articles.size(); ++i) {
        Article& a = in->Articles[i];
        size_t n = 0; // photo blocks met so far
        for (Block& b : a.Body) {
            if (b.Type != BlockType::Photo) continue;
            const std::vector<size_t>& lines = in->PhotoLines[i];
            const std::string where = n < lines.size() ? "line " + std::to_string(lines[n]) : "";
            ++n;
            if (SchemeLength(b.Image.Src) > 0) continue; // http(s): the reader fetches it
            MediaFile m;
            std::string why;
            if (!FindPhoto(src_dir, in->Rel[i], b.Image.Src, &m, &why)) { errors->push_back(Error{in->From[i], where, why}); continue; }
            b.Image.Src = Reference(site, ArticleJsonPath(a.Id), m.Path);
            media->emplace(m.Path, m);
        }
    }
}

struct Writer {
    std::string Out;
    BuildSummary* Summary;
    std::vector<Error>* Errors;
    std::set<std::string> Produced; // bundle paths written or confirmed this build

    void Put(const std::string& rel, const std::string& bytes) {
        Produced.insert(rel);
        bool written = false;
        Error e;
        if (!WriteIfChanged(Out, rel, bytes, &written, &e, Sync::Later)) { Errors->push_back(e); return; }
        ++(written ? Summary->Written : Summary->Unchanged);
    }
};

// Removes files of earlier builds that this one did not produce: feed pages and files under articles/ and
// oembed/ that a build writes (.json, .html). Anything else in OUT_DIR is left alone.
void RemoveStale(Writer* w) {
    std::vector<std::string> files;
    Error e;
    if (!ListFiles(w->Out, true, &files, &e)) return;
    for (const std::string& rel : files) {
        const bool ours = (rel.rfind("feed-", 0) == 0 && rel.find('/') == std::string::npos && rel.size() > 10 &&
                           EndsWith(rel, ".json")) ||
                          ((rel.rfind("articles/", 0) == 0 || rel.rfind("oembed/", 0) == 0) &&
                           (EndsWith(rel, ".json") || EndsWith(rel, ".html")));
        if (!ours || w->Produced.count(rel)) continue;
        if (RemoveFileInside(w->Out, rel, &e)) ++w->Summary->Removed;
        else w->Errors->push_back(e);
    }
}

} // namespace

bool BuildBundle(const std::string& src_dir, const std::string& out_dir, const BundleSite& site, const ImportOptions& import,
                 BuildSummary* summary, std::vector<Error>* warnings, std::vector<Error>* errors) {
    Sources in;
    if (!ImportSources(src_dir, import, &in, warnings, errors)) return false;
    CheckIds(in, errors);
    std::map<std::string, MediaFile> media; // by bundle path
    PlacePhotos(src_dir, site, &in, &media, errors);
    if (!errors->empty()) return false;
    std::vector<Article>& articles = in.Articles;
    std::map<std::string, std::string> titles;
    for (Article& a : articles) {
        if (a.Url.empty()) a.Url = Reference(site, ArticleJsonPath(a.Id), SnapshotPath(a.Id));
        titles[a.Id] = a.Headline;
    }
    const std::vector<size_t> order = NewestFirst(articles);
    const std::vector<Feed> pages = MakeFeedPages(articles, order, site);
    Error e;
    Writer w{out_dir, summary, errors, {}};
    Progress writing("writing", articles.size());
    for (size_t n = 0; n < order.size(); ++n) {
        writing.Step(n);
        const Article& a = articles[order[n]];
        w.Put(ArticleJsonPath(a.Id), WriteArticleJson(a));
        w.Put(OEmbedPath(a.Id), WriteOEmbedJson(a, site));
        w.Put(SnapshotPath(a.Id), WriteHtmlSnapshot(a, site, titles));
    }
    writing.Finish();
    for (const auto& m : media) {
        std::string bytes;
        if (ReadPhoto(src_dir, m.second, &bytes, &e)) w.Put(m.first, bytes);
        else errors->push_back(e);
    }
    for (size_t p = 0; p < pages.size(); ++p) w.Put(FeedPagePath(p + 1), WriteFeedJson(pages[p]));
    RemoveStale(&w);
    Error synced;
    if (summary->Written + summary->Removed > 0 && !SyncFileSystem(out_dir, &synced)) errors->push_back(synced);
    summary->Articles = articles.size();
    summary->Pages = pages.size();
    return errors->empty();
}

} // namespace folio::cli
