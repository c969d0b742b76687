// BuildBundle: import all, check ids and related ids, then write every file of the bundle if its bytes changed.
#include "cli/bundle_build.h"
#include "cli/feed_pages.h"
#include "cli/file_io.h"
#include "cli/html_snapshot.h"
#include "cli/oembed.h"
#include "cli/progress.h"
#include "cli/source_text.h"
#include "model/bundle_write.h"

#include <map>
#include <set>

namespace folio::cli {

namespace {

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

// Photos with a relative source are copied from beside their source file into articles/.
void CopyPhotos(const Article& a, const std::string& src_dir, const std::string& source, Writer* w, std::vector<Error>* warnings) {
    const size_t slash = source.rfind('/');
    const std::string folder = slash == std::string::npos ? "" : source.substr(0, slash + 1);
    for (const Block& b : a.Body) {
        if (b.Type != BlockType::Photo || b.Image.Src.find("://") != std::string::npos) continue;
        const std::string& src = b.Image.Src;
        if (src.empty() || src[0] == '/' || src.find("..") != std::string::npos) {
            warnings->push_back(Error{source, "", "photo \"" + src + "\" is outside the source folder; not copied"});
            continue;
        }
        std::string bytes;
        Error e;
        if (!ReadFile(src_dir + "/" + folder + src, 64u << 20, &bytes, &e)) {
            warnings->push_back(Error{source, "", "photo \"" + src + "\" not copied: " + e.Reason});
            continue;
        }
        w->Put("articles/" + src, bytes);
    }
}

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
    std::vector<std::string> files, sources;
    Error e;
    if (!ListFiles(src_dir, true, &files, &e)) { errors->push_back(e); return false; }
    for (const std::string& f : files) if (IsSourceFile(f)) sources.push_back(f);
    if (sources.empty()) { errors->push_back(Error{src_dir, "", "holds no sources (.txt, .md, .markdown)"}); return false; }

    std::vector<Article> articles;
    std::vector<std::string> from; // the source of each article
    articles.reserve(sources.size());
    Progress importing("importing", sources.size());
    for (size_t i = 0; i < sources.size(); ++i) {
        importing.Step(i);
        const std::string path = src_dir + "/" + sources[i];
        std::string raw;
        Article a;
        Error err;
        if (!ReadFile(path, kMaxSourceBytes, &raw, &err) || !ImportFile(raw, path, import, &a, warnings, &err)) {
            errors->push_back(err);
            continue;
        }
        articles.push_back(std::move(a));
        from.push_back(path);
    }
    importing.Finish();

    std::map<std::string, size_t> by_id;
    for (size_t i = 0; i < articles.size(); ++i) {
        auto [it, fresh] = by_id.emplace(articles[i].Id, i);
        if (!fresh) errors->push_back(Error{from[i], "", "article id \"" + articles[i].Id + "\" is also the id of " + from[it->second]});
    }
    std::map<std::string, std::string> titles;
    for (const Article& a : articles) titles[a.Id] = a.Headline;
    for (size_t i = 0; i < articles.size(); ++i)
        for (const std::string& r : articles[i].Related)
            if (!titles.count(r)) errors->push_back(Error{from[i], "", "related id \"" + r + "\" is not an article of this bundle"});
    if (!errors->empty()) return false;

    Writer w{out_dir, summary, errors, {}};
    const std::vector<size_t> order = NewestFirst(articles);
    Progress writing("writing", articles.size());
    for (size_t n = 0; n < order.size(); ++n) {
        writing.Step(n);
        Article& a = articles[order[n]];
        if (a.Url.empty()) a.Url = Reference(site, ArticleJsonPath(a.Id), SnapshotPath(a.Id));
        w.Put(ArticleJsonPath(a.Id), WriteArticleJson(a));
        w.Put(OEmbedPath(a.Id), WriteOEmbedJson(a, site));
        w.Put(SnapshotPath(a.Id), WriteHtmlSnapshot(a, site, titles));
        CopyPhotos(a, src_dir, from[order[n]].substr(src_dir.size() + 1), &w, warnings);
    }
    writing.Finish();
    const std::vector<Feed> pages = MakeFeedPages(articles, order, site);
    for (size_t p = 0; p < pages.size(); ++p) w.Put(FeedPagePath(p + 1), WriteFeedJson(pages[p]));
    RemoveStale(&w);
    Error synced;
    if (summary->Written + summary->Removed > 0 && !SyncFileSystem(out_dir, &synced)) errors->push_back(synced);
    summary->Articles = articles.size();
    summary->Pages = pages.size();
    return errors->empty();
}

} // namespace folio::cli
