// ValidateBundle: walk the feed pages (then CheckChain checks their chain both ways), then every article they list
// and its companions, collecting problems.
// Every reference becomes a path through BundlePathOf (the one inside-the-bundle check) and every file is read
// with ReadFileInside, so neither a ".." nor a symbolic link leads validate outside the bundle.
#include "cli/bundle_validate.h"
#include "cli/bundle_layout.h"
#include "cli/bundle_manifest.h"
#include "cli/feed_pages.h"
#include "cli/file_io.h"
#include "cli/media.h"
#include "cli/precompress.h"
#include "cli/schema_check.h"
#include "cli/search_validate.h"
#include "cli/text_scripts.h"
#include "model/article_json.h"
#include "model/bundle_write.h"
#include "model/bundle_path.h"
#include "model/feed_json.h"
#include "model/json_read.h"
#include "model/limits.h"
#include "model/url.h"

#include <algorithm>
#include <map>
#include <set>

namespace folio::cli {

namespace {

constexpr size_t kMaxPages = 100000;

struct Validator {
    Validator(std::string dir, std::vector<Error>* problems, std::vector<Error>* warnings)
        : Dir(std::move(dir)), Problems(problems), Warnings(warnings) {}
    std::string Dir;
    std::vector<Error>* Problems;
    std::vector<Error>* Warnings; // what a bundle may hold but should not (a photo without alt text); may be null
    BundleRoots Roots; // bundle paths themselves, and the public address the first page's feed_url declares
    SchemaCheck FeedSchema{"feed-page.schema.json"}, ArticleSchema{"article.schema.json"},
        OEmbedSchema{"oembed.schema.json"}, JsonLdSchema{"newsarticle-jsonld.schema.json"};

    void Problem(const std::string& file, const std::string& path, const std::string& why) {
        Problems->push_back(Error{file, path, why});
    }

    // A reference from bundle file `from` as a bundle path, or "" (with a problem) when it leaves the bundle.
    std::string Local(const std::string& from, const std::string& ref, const std::string& at) {
        std::string rel, why;
        if (BundlePathOf(Roots, from, ref, &rel, &why)) return rel.substr(0, rel.find('?')); // a query names no other file
        Problem(from, at, why);
        return "";
    }

    // Whether the bundle file rel is there to read; if not, a problem: "missing (note)" when nothing is there,
    // else why it is not read (a symbolic link, a folder, a device).
    bool Present(const std::string& rel, const std::string& note) {
        const PathKind kind = KindInside(Dir, rel);
        if (kind == PathKind::RegularFile) return true;
        std::string ignored;
        Error e;
        if (kind == PathKind::Missing) Problem(rel, "", "missing (" + note + ")");
        else if (!ReadFileInside(Dir, rel, 0, &ignored, &e)) Problem(rel, "", "not read: " + e.Message());
        return false;
    }

    // Reads a bundle file (never through a link) of at most max bytes; a problem when it cannot be read.
    bool Read(const std::string& rel, size_t max, std::string* text, const std::string& note = "") {
        Error e;
        if (ReadFileInside(Dir, rel, max, text, &e)) return true;
        Problem(rel, "", (e.File == Dir + "/" + rel ? e.Reason : "not read: " + e.Message()) + note);
        return false;
    }

    // Reads and parses a JSON file with the model's bounds, then checks it against a schema when one is given.
    bool Load(const std::string& rel, const SchemaCheck* schema, rapidjson::Document* doc, size_t max_bytes = kMaxJsonBytes) {
        Error e;
        std::string text; // the document holds copies of its strings
        if (!Read(rel, max_bytes + 1, &text)) return false;
        JsonReader r(rel, &e);
        if (!r.Parse(text, doc, max_bytes)) { Problems->push_back(e); return false; }
        if (Utf8BomLength(text) > 0) // readers skip it (RFC 8259 allows that); writers must not add it
            Problem(rel, "line 1, column 1", "starts with a byte order mark, which JSON (RFC 8259) does not allow writers to add");
        if (schema) Conforms(*schema, *doc, rel);
        return true;
    }
    void Conforms(const SchemaCheck& schema, const rapidjson::Document& doc, const std::string& rel) {
        Error e;
        if (!schema.Check(doc, rel, &e)) Problems->push_back(e);
    }
    // Loads a file into *out as the viewer's parser reads it (`read`: FeedFromDocument, ArticleFromDocument), from
    // the document Load parsed, so the file is parsed once. The parser's reason comes first, being the precise one;
    // the schema is checked on what the parser accepts.
    template <typename T>
    bool LoadParsed(const std::string& rel, const SchemaCheck& schema,
                    bool (*read)(JsonReader&, const rapidjson::Value&, T*), T* out) {
        rapidjson::Document doc;
        if (!Load(rel, nullptr, &doc)) return false;
        Error e;
        JsonReader r(rel, &e);
        if (!read(r, doc, out)) { Problems->push_back(e); return false; }
        Conforms(schema, doc, rel);
        return true;
    }

    void CheckSnapshot(const std::string& id) {
        const std::string rel = SnapshotPath(id);
        std::string html;
        Error e;
        if (!Read(rel, kMaxSnapshotBytes, &html, " (every article has an HTML snapshot)")) return;
        const std::string open = "<script type=\"application/ld+json\">";
        const size_t start = html.find(open);
        const size_t end = start == std::string::npos ? start : html.find("</script>", start);
        if (end == std::string::npos) { Problem(rel, "", "no <script type=\"application/ld+json\"> element"); return; }
        rapidjson::Document doc;
        JsonReader r(rel + " (JSON-LD)", &e);
        if (!r.Parse(html.substr(start + open.size(), end - start - open.size()), &doc)) { Problems->push_back(e); return; }
        if (!JsonLdSchema.Check(doc, rel + " (JSON-LD)", &e)) Problems->push_back(e);
        if (html.find("type=\"application/json+oembed\"") == std::string::npos)
            Problem(rel, "", "no oEmbed discovery link (<link rel=\"alternate\" type=\"application/json+oembed\">)");
    }

    void CheckOEmbed(const std::string& id) {
        const std::string rel = OEmbedPath(id);
        if (!Present(rel, "every article has an oEmbed file")) return;
        rapidjson::Document doc;
        if (!Load(rel, &OEmbedSchema, &doc) || !doc.IsObject()) return;
        const int thumbs = doc.HasMember("thumbnail_url") + doc.HasMember("thumbnail_width") + doc.HasMember("thumbnail_height");
        if (thumbs != 0 && thumbs != 3) Problem(rel, "$", "thumbnail_url, thumbnail_width and thumbnail_height come together");
    }

    // A reference from article file `rel` at `at` as a bundle path; "" when it is elsewhere on the web (not the
    // bundle's to check) or leaves the bundle (a problem).
    std::string PhotoFile(const std::string& rel, const std::string& ref, const std::string& at) {
        if (SchemeLength(ref) > 0 && (Roots.Public.empty() || ref.compare(0, Roots.Public.size(), Roots.Public) != 0))
            return ""; // elsewhere on the web
        return Local(rel, ref, at);
    }

    // A photo the bundle file `rel` names at `at` (a body block's, the lead image, a feed item's thumbnail): its
    // file there when it is inside the bundle (relative, or under its public address); each variant there with the
    // size the file claims and bytes of the type it claims; no alt text is a warning (once: not for a thumbnail).
    void CheckPhoto(const std::string& rel, const Photo& p, const std::string& at, bool warn_alt = true) {
        if (p.Alt.empty() && warn_alt && Warnings) Warnings->push_back(Error{rel, at + ".alt", "a photo without alt text (readers who cannot see it get nothing)"});
        const std::string file = PhotoFile(rel, p.Src, at + ".src");
        if (!file.empty()) Present(file, "the photo of " + rel + " " + at + ".src");
        for (size_t k = 0; k < p.Variants.size(); ++k) {
            const ImageVariant& v = p.Variants[k];
            const std::string vat = at + ".variants[" + std::to_string(k) + "]";
            const std::string vfile = PhotoFile(rel, v.Url, vat + ".url");
            std::string bytes;
            if (vfile.empty() || !Present(vfile, "a variant of " + rel + " " + vat) || !Read(vfile, (size_t)kMaxVariantBytes, &bytes))
                continue;
            if (bytes.size() != (size_t)v.Bytes)
                Problem(vfile, "", "holds " + std::to_string(bytes.size()) + " bytes, but " + rel + " " + vat + ".bytes says " + std::to_string(v.Bytes));
            const std::string kind = ImageKindOf(bytes);
            const std::string named = kind.empty() ? "" : kind == "jpg" ? "image/jpeg" : "image/" + kind;
            if (named != v.Type)
                Problem(vfile, "", "holds " + (kind.empty() ? std::string("no image") : "a " + kind + " image") + ", but " + rel +
                                       " " + vat + ".type says " + v.Type);
        }
    }

    // The article file's lead image and body photos.
    void CheckPhotos(const std::string& rel, const Article& a) {
        if (!a.Image.Empty()) CheckPhoto(rel, a.Image, "$.image");
        for (size_t i = 0; i < a.Body.size(); ++i)
            if (a.Body[i].Type == BlockType::Photo) CheckPhoto(rel, a.Body[i].Image, "$.body[" + std::to_string(i) + "]");
    }

    // The manifest a build leaves, when there is one: well formed, and every file it lists there.
    void CheckManifest(const SchemaCheck& schema) {
        if (KindInside(Dir, kManifestPath) == PathKind::Missing) return;
        rapidjson::Document doc;
        if (!Load(kManifestPath, &schema, &doc, kMaxManifestBytes)) return;
        ManifestList files;
        Error e;
        JsonReader r(kManifestPath, &e);
        if (!ManifestFromDocument(r, doc, &files)) { Problems->push_back(e); return; }
        doc = rapidjson::Document(); // the compact list is all that is needed now
        files.ForEachFile([&](const std::string& f) {
            if (Present(f, std::string("listed in ") + kManifestPath)) CheckCopy(f);
        });
    }

    // A pre-compressed copy (precompress.h) holds exactly the bytes of the file beside it: a stale one would have
    // a server send readers who accept gzip or brotli another version than the rest.
    void CheckCopy(const std::string& rel) {
        for (const char* ext : kCompressedExtensions) {
            const size_t n = std::char_traits<char>::length(ext);
            if (rel.size() <= n || rel.compare(rel.size() - n, n, ext) != 0) continue;
            const std::string original = rel.substr(0, rel.size() - n);
            std::string copy, expanded, bytes, why;
            if (!Read(rel, kMaxSnapshotBytes, &copy)) return;
            if (!Decompress(ext, copy, kMaxSnapshotBytes, &expanded, &why)) { Problem(rel, "", why); return; }
            if (!Present(original, "the file " + rel + " is a compressed copy of") || !Read(original, kMaxSnapshotBytes, &bytes)) return;
            if (bytes != expanded)
                Problem(rel, "", "is not a copy of " + original + " as it is now (a stale copy: a server would send readers "
                                 "who accept " + (n == 3 ? std::string("gzip") : std::string("brotli")) + " another version)");
        }
    }
};


// A page of the chain as the checks after the walk need it: not its items, so a chain of a million articles is
// checked in little memory.
struct ChainPage {
    std::string Path;              // its bundle path
    int Declared = 0;              // _folio.page (0: not said)
    bool HasNext = false, HasNewer = false;
    std::string Next, Newer;       // next_url and _folio.newer_url as bundle paths ("" when absent or refused)
    size_t Items = 0, ItemBytes = 0; // its items, and the bytes they take in a page (feed_pages.h's count)
    size_t OldestItemBytes = 0;    // its last item's: the one that would have gone onto the next older page
};

// N for an archive page's path "feed-N.json", else 0 (also for its .gz and .br copies, which are not pages).
size_t ArchiveNumberOf(const std::string& path) {
    const auto ends_json = path.size() > 5 && path.compare(path.size() - 5, 5, ".json") == 0;
    if (path == kFeedIndexPath || !ends_json || !IsBuildOutputPath(path) || path.compare(0, 5, "feed-") != 0) return 0;
    return std::stoull(path.substr(5));
}

std::string Num(size_t n) { return std::to_string(n); }

// The chain checked both ways (feed_pages.h): the index declares the number one past the newest archive page;
// next_url leads from page N to feed-(N-1).json down to page 1, which names none; each archive page says its
// number, which its name repeats, and names feed-(N+1).json as its newer neighbour, the page next_url came from
// (or, for the newest, the name the index will be archived under); an archive page holds as many items as the
// fullest page unless the byte bound cut it, since only the index may be short.
void CheckChain(Validator& v, const std::vector<ChainPage>& pages, const BundleSite& site) {
    const std::string number_note = ": every page says its number in _folio.page (1 is the oldest page; the index is "
                                    "one past the newest archive page); a bundle built before pages were numbered "
                                    "from the oldest is fixed by building it again";
    size_t fullest = 0;
    for (const ChainPage& p : pages) fullest = std::max(fullest, p.Items);
    for (size_t i = 0; i < pages.size(); ++i) {
        const ChainPage& p = pages[i];
        const auto problem = [&](const char* at, const std::string& why) { v.Problem(p.Path, at, why); };
        size_t n = p.Declared > 0 ? (size_t)p.Declared : 0; // its number: the index's as it says, an archive's by name
        if (p.Declared == 0) problem("$._folio.page", "missing" + number_note);
        if (i == 0) {
            if (p.HasNewer) problem("$._folio.newer_url", "the index is the newest page: it names no newer one");
            if (p.Items == 0 && p.HasNext)
                problem("$.items", "empty, but older pages follow: the index holds the newest items (at least one)");
            const size_t below = p.HasNext ? ArchiveNumberOf(p.Next) : 0;
            if (n > 1 && !p.HasNext) {
                problem("$._folio.page", "says " + Num(n) + ", but no page follows it: with no archive pages the index is page 1");
                continue;
            }
            if (n > 0 && !p.Next.empty() && below + 1 != n) { // its next_url is judged by this
                problem("$._folio.page", "says " + Num(n) + ", but its next_url names " + p.Next +
                                             ": the index is numbered one past the newest archive page (" +
                                             (below > 0 ? Num(below + 1) : std::string("feed-N.json gives N + 1")) + ")");
                continue;
            }
        } else {
            const size_t named = ArchiveNumberOf(p.Path);
            if (named == 0) problem("", "is not named as an archive page is (feed-N.json beside feed.json)");
            if (named > 0 && n > 0 && n != named) problem("$._folio.page", "says " + Num(n) + ", but the page is " + p.Path);
            if (named > 0) n = named;
            const std::string newer = n > 0 ? ArchivePagePath(n + 1) : "";
            if (n > 0 && !p.HasNewer)
                problem("$._folio.newer_url", "missing: archive page " + Num(n) + " names its newer neighbour, " + newer);
            else if (n > 0 && !p.Newer.empty() && p.Newer != newer)
                problem("$._folio.newer_url", "names " + p.Newer + ", but the page newer than page " + Num(n) + " is " + newer);
            else if (n > 0 && !p.Newer.empty() && i > 1 && p.Newer != pages[i - 1].Path)
                problem("$._folio.newer_url", "names " + p.Newer + ", but this page is reached from " + pages[i - 1].Path +
                                                  " $.next_url: newer_url leads back the way next_url came");
            // Only the index may be short, unless the byte bound cut the page: its next newer item did not fit.
            if (p.Items < fullest && !PageFull(site, p.ItemBytes, pages[i - 1].OldestItemBytes))
                problem("$.items", "holds " + Num(p.Items) + (p.Items == 1 ? " item" : " items") + ", fewer than the " +
                                       Num(fullest) + " of the fullest page, and the byte bound did not cut it: only the "
                                       "index (feed.json) may be short");
        }
        if (n == 1 && p.HasNext)
            problem("$.next_url", "page 1 is the oldest: no page follows it");
        else if (n > 1 && !p.HasNext)
            problem("$.next_url", "missing: page " + Num(n) + " is not the oldest; " + ArchivePagePath(n - 1) + " follows it");
        else if (n > 1 && !p.Next.empty() && p.Next != ArchivePagePath(n - 1))
            problem("$.next_url", "names " + p.Next + ", but the page older than page " + Num(n) + " is " +
                                      ArchivePagePath(n - 1) + ": numbers go down by one along next_url");
    }
}

// An article's scripts: its feed item's the same (a viewer opening it from the feed fetches by those), and those
// its text uses (else a viewer fetches a script's faces late, or in vain: a warning, as older bundles have none).
void CheckScripts(Validator& v, const std::string& file, const Article& a, const std::vector<std::string>& item_scripts,
                  const std::string& item_at) {
    auto joined = [](const std::vector<std::string>& list) {
        std::string s;
        for (const std::string& c : list) s += (s.empty() ? "" : ", ") + c;
        return "[" + s + "]";
    };
    if (item_scripts != a.Scripts)
        v.Problem(file, "$.scripts", joined(a.Scripts) + ", but " + item_at + "._folio.scripts says " + joined(item_scripts));
    const std::vector<std::string> used = ShapedScripts(a);
    if (used != a.Scripts && v.Warnings)
        v.Warnings->push_back(Error{file, "$.scripts", joined(a.Scripts) + ", but its text uses " + joined(used) +
                                                           " (a viewer fetches those faces late or in vain: build it again)"});
}

} // namespace

bool ValidateBundle(const std::string& dir, ValidateSummary* summary, std::vector<Error>* problems,
                    std::vector<Error>* warnings) {
    const size_t before = problems->size();
    Validator v{dir, problems, warnings};
    const SchemaCheck manifest_schema{"manifest.schema.json"};
    if (!v.FeedSchema.Ok() || !v.ArticleSchema.Ok() || !v.OEmbedSchema.Ok() || !v.JsonLdSchema.Ok() || !manifest_schema.Ok()) {
        v.Problem(dir, "", "this program's built-in schemas are missing or broken");
        return false;
    }
    struct Listed { std::string Id, Page, At; std::vector<std::string> Scripts; };
    std::map<std::string, Listed> articles;       // article file -> the item that lists it
    std::map<std::string, std::string> ids;        // id -> where it is listed
    std::vector<std::string> chain;
    std::vector<ChainPage> pages;
    BundleSite site; // as the index describes it: what the byte bound on a page is counted with
    std::set<std::string> seen;
    std::string page = kFeedIndexPath, named_by = "";
    int64_t last_when = INT64_MAX;
    std::string last_id, last_at;
    while (!page.empty()) {
        if (seen.count(page)) {
            std::string loop;
            for (const std::string& p : chain) loop += p + " -> ";
            v.Problem(chain.back(), "$.next_url", "the pages loop: " + loop + page);
            break;
        }
        if (chain.size() >= kMaxPages) { v.Problem(page, "", "more than " + std::to_string(kMaxPages) + " pages"); break; }
        seen.insert(page);
        chain.push_back(page);
        if (!v.Present(page, named_by.empty() ? "a bundle starts at feed.json" : "named by " + named_by)) break;
        Feed feed;
        if (!v.LoadParsed(page, v.FeedSchema, FeedFromDocument, &feed)) break;
        if (chain.size() == 1) {
            v.Roots.Public = BundleBaseOf(feed.FeedUrl);
            site = BundleSite{feed.Title, feed.Description, feed.HomePageUrl, feed.Language};
        }
        ChainPage seen_page;
        seen_page.Path = page;
        seen_page.Declared = feed.Page;
        seen_page.HasNext = !feed.NextUrl.empty();
        seen_page.HasNewer = !feed.NewerUrl.empty();
        if (seen_page.HasNewer) seen_page.Newer = v.Local(page, feed.NewerUrl, "$._folio.newer_url");
        bool out_of_order = false;
        for (size_t i = 0; i < feed.Items.size(); ++i) {
            const FeedItem& item = feed.Items[i];
            const std::string at = "$.items[" + std::to_string(i) + "]";
            seen_page.OldestItemBytes = WriteFeedItemJson(item).size() + kPageItemSeparatorBytes;
            seen_page.ItemBytes += seen_page.OldestItemBytes;
            // Newest first along the whole chain, as pages are cut from the oldest: (date, id) never goes up.
            const int64_t when = PublishedInstant(item.DatePublished);
            if (!out_of_order && (when > last_when || (when == last_when && item.Id > last_id))) {
                v.Problem(page, at, "\"" + item.Id + "\" is newer than " + last_at + " before it: items go newest first "
                                    "along the chain of pages (by date_published, then id), so pages are cut from the oldest");
                out_of_order = true;
            }
            last_when = when;
            last_id = item.Id;
            last_at = page + " " + at;
            auto [it, fresh] = ids.emplace(item.Id, page + " " + at);
            if (!fresh) { v.Problem(page, at + ".id", "duplicate id \"" + item.Id + "\" (also " + it->second + ")"); continue; }
            if (!item.Image.Empty()) v.CheckPhoto(page, item.Image, at + "._folio.image", false);
            const std::string file = v.Local(page, item.ArticleUrl, at + "._folio.article");
            if (!file.empty()) articles[file] = Listed{item.Id, page, at, item.Scripts};
        }
        seen_page.Items = feed.Items.size();
        ++summary->Pages;
        named_by = page + " $.next_url";
        page = feed.NextUrl.empty() ? "" : v.Local(page, feed.NextUrl, "$.next_url");
        seen_page.Next = page;
        pages.push_back(std::move(seen_page));
    }
    CheckChain(v, pages, site);

    for (const auto& [file, listed] : articles) {
        if (!v.Present(file, "listed by " + listed.Page + " " + listed.At + "._folio.article")) continue;
        Article a;
        if (!v.LoadParsed(file, v.ArticleSchema, ArticleFromDocument, &a)) continue;
        ++summary->Articles;
        if (a.Id != listed.Id)
            v.Problem(file, "$.id", "\"" + a.Id + "\", but " + listed.Page + " " + listed.At + " lists it as \"" + listed.Id + "\"");
        CheckScripts(v, file, a, listed.Scripts, listed.Page + " " + listed.At);
        for (size_t i = 0; i < a.Related.size(); ++i)
            if (!ids.count(a.Related[i]))
                v.Problem(file, "$.related[" + std::to_string(i) + "]", "no article with id \"" + a.Related[i] + "\" in the feed");
        v.CheckOEmbed(a.Id);
        v.CheckSnapshot(a.Id);
        v.CheckPhotos(file, a);
    }

    std::vector<std::string> top, links, files;
    Error e;
    const bool listed = ListFiles(dir, false, &top, &e, &links);
    for (const std::string& f : top) {
        std::string page = f; // a page's .gz and .br copies are in the chain when the page is
        for (const char* ext : kCompressedExtensions)
            if (EndsWith(page, ext)) page.resize(page.size() - std::char_traits<char>::length(ext));
        if (ArchiveNumberOf(page) > 0 && !seen.count(page))
            v.Problem(f, "", "not in the chain of pages from feed.json (no page's next_url leads to it)");
    }
    if (listed && std::find(links.begin(), links.end(), "articles") != links.end())
        v.Problem("articles", "", "is a symbolic link, which is not followed");
    else if (ListFiles(dir + "/articles", false, &files, &e))
        for (const std::string& f : files)
            if (f.size() > 5 && EndsWith(f, ".json") && !articles.count("articles/" + f))
                v.Problem("articles/" + f, "", "not listed in the feed");
    v.CheckManifest(manifest_schema);
    const SearchCheck search = CheckSearchIndex(dir, ids, problems, warnings);
    summary->SearchIndexed = search.Present;
    summary->SearchDocuments = search.Documents;
    return problems->size() == before;
}

} // namespace folio::cli
