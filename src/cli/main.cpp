// folio-bundle: the command line over the importers, the bundle builder and the validator.
//   folio-bundle import [options] FILE...      article JSON on stdout, or into -o DIR
//   folio-bundle build SRC_DIR -o OUT_DIR      the whole static bundle
//   folio-bundle validate DIR                  every problem of a bundle; exit 1 when any
//   folio-bundle search DIR QUERY              the bundle's search index queried as readers do
//   folio-bundle prerender DIR --template FILE -o OUT   a page template with the newest feed page put in
#include "cli/bundle_build.h"
#include "model/ordered_pool.h"
#include "cli/media_cache.h"
#include "cli/bundle_validate.h"
#include "cli/console.h"
#include "cli/feed_prerender.h"
#include "cli/file_io.h"
#include "cli/importer.h"
#include "cli/search_command.h"
#include "model/bundle_write.h"
#include "model/date.h"
#include "model/json_read.h"
#include "model/limits.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <string>
#include <vector>

using namespace folio;
using namespace folio::cli;

namespace {

const char kUsage[] =
    "usage: folio-bundle COMMAND [options]\n"
    "\n"
    "commands:\n"
    "  import FILE...            publishers' articles (.txt in the wire shape, .md with YAML front matter) as\n"
    "                            article JSON on stdout, or one file per article with -o DIR\n"
    "  build SRC_DIR -o OUT_DIR  the static bundle: feed pages, article files, oEmbed files, HTML snapshots\n"
    "  validate DIR              check a bundle against its schemas and cross references\n"
    "  prerender DIR --template FILE -o OUT   a page with the bundle's newest feed page in it as plain HTML\n"
    "  search DIR QUERY          search a bundle's index as its readers do\n"
    "\n"
    "folio-bundle COMMAND --help tells more. Exit codes: 0 done, 1 errors or problems found, 2 bad usage.\n";

const char kImportUsage[] =
    "usage: folio-bundle import [options] FILE...\n"
    "\n"
    "Turns each FILE into an article file (JSON) on stdout, one document after another, or into DIR/ID.json.\n"
    "  .txt   the wire shape: a section line, the headline, the standfirst, then the body, whose first\n"
    "         paragraph opens with the dateline (\"MOSCOW, March 22. /TASS/.\"); quoted paragraphs with an\n"
    "         attribution (\"...,\" the diplomat said.) become quotes attributed to the person the text names.\n"
    "         English, Russian, French, Spanish, German and Portuguese agencies' shapes and quotes are read.\n"
    "  .md    Markdown (CommonMark, through md4c) after YAML front matter (title, date, section, ...).\n"
    "  .html  a publisher's web page (also .htm): its article as a reader mode finds it, the fields from\n"
    "         its JSON-LD, Open Graph and meta tags, the menus, ads, comments and other page chrome left out.\n"
    "  .json  IPTC ninjs 2.x (or 1.x) items; WordPress REST API posts (one post or an array, with _embedded).\n"
    "         A ninjs item withheld or canceled, one embargoed past --now, and a post not published give none.\n"
    "  .rss .atom .xml (RSS 2.0, Atom 1.0) and .json (JSON Feed 1.x): an article per item, id <slug>-<hash of guid>.\n"
    "  .json  also a Folio article file, taken in as the viewers read it.\n"
    "options:\n"
    "  -o DIR              write DIR/ID.json for each article instead of printing\n"
    "  --id ID             the article id (one FILE only); default: the file name without extension and\n"
    "                      without a leading NNN_ order prefix\n"
    "  --date DATE         datePublished, YYYY-MM-DD or RFC 3339; wins over the text and the front matter\n"
    "  --utc-offset +HH:MM the zone of dates given only as a day (default Z)\n"
    "  --today YYYY-MM-DD  the day a missing year is inferred from (default: SOURCE_DATE_EPOCH, else today)\n"
    "  --language TAG      inLanguage when the source does not say (default: detected from the text)\n"
    "  --now TIME          the time embargoes are judged at, RFC 3339 (default, or \"\": the clock)\n"
    "Warnings (what was inferred or repaired) and errors go to stderr as FILE: line N: reason.\n";

const char kBuildUsage[] =
    "usage: folio-bundle build SRC_DIR -o OUT_DIR [options]\n"
    "\n"
    "Imports every source under SRC_DIR (.txt, .md, .markdown, .rss, .atom, .xml, .json, .html, .htm: see\n"
    "`folio-bundle import --help`; a .json or .xml file of no kind Folio reads is an error, not skipped) and writes\n"
    "the bundle into OUT_DIR: feed.json (the newest page; older ones feed-N.json, numbered from the oldest, which do\n"
    "not change as articles are added), articles/ID.json, articles/ID.html, oembed/ID.json (each JSON and HTML file\n"
    "with a .gz and a .br copy beside it, for servers that send pre-compressed files),\n"
    "media/HASH.EXT (each photo a source names, a JPEG, PNG, GIF, WebP or AVIF file inside SRC_DIR, named by a\n"
    "hash of its bytes), folio-manifest.json, the list of the files the build wrote, and the search index:\n"
    "search/index.json with the segments it names (search/s-HASH/: term shards, positions, days, result cards),\n"
    "and search/state.json, the index's own record; adding articles writes a small delta segment, not all of it.\n"
    "The same sources give the same bytes; files whose bytes did not change are not rewritten, and files the\n"
    "previous build's manifest lists that this one no longer writes are removed; nothing else ever is. Symbolic\n"
    "links under SRC_DIR are not followed. An error in the sources stops the build before OUT_DIR is touched;\n"
    "a write that fails part way (a full disk) says what was written, and the manifest lists it.\n"
    "OUT_DIR must be new, empty, or an earlier build's (it holds folio-manifest.json).\n"
    "options:\n"
    "  --title TEXT        the feed's title (default \"Folio bundle\")\n"
    "  --description TEXT  the feed's description\n"
    "  --base-url URL      the bundle's public address, ending in / (default: every reference relative)\n"
    "  --viewer URL        the web viewer's folder (its folio-embed.js, main.js, folio.wasm, fonts/), relative to\n"
    "                      OUT_DIR (.., ../app) or an http(s) URL: each snapshot then loads the viewer, which takes\n"
    "                      the page over in place, so the snapshot is the article's address (default: plain pages)\n"
    "  --language TAG      the feed's language and the articles' when their source does not say (default:\n"
    "                      the feed names none, each article's is detected from its text)\n"
    "  --page-size N       items per feed page, 1 to 1000 (default 50)\n"
    "  --jobs N            threads importing and writing at once (default: the machine's cores; 1: one at a\n"
    "                      time); the bundle's bytes are the same whatever N\n"
    "  --utc-offset, --today, --now   as for import\n"
    "  --force             build into an OUT_DIR that holds other files and no manifest; nothing the build\n"
    "                      did not write is removed\n"
    "  --no-search         no search index (one an earlier build wrote is removed)\n"
    "  --quiet             no warnings, no summary\n";

const char kValidateUsage[] =
    "usage: folio-bundle validate DIR\n"
    "\n"
    "Checks the bundle in DIR: each feed page, article, oEmbed file and snapshot JSON-LD against the schemas\n"
    "of docs/schemas/ and the viewer's parser, the next_url chain (missing pages, loops), that every feed item's\n"
    "article file exists and carries the item's id, unique ids, related ids, and article files no page lists.\n"
    "Prints every problem as FILE: JSON path: reason and exits 1 when there is any.\n";

const char kPrerenderUsage[] =
    "usage: folio-bundle prerender DIR --template FILE -o OUT [--bundle-href HREF]\n"
    "\n"
    "Writes OUT: the page FILE with its first <!--folio:prerender--> replaced by the bundle's newest feed page\n"
    "(DIR/feed.json) as plain HTML, every text escaped: the feed's title and, for each item, its section, headline\n"
    "linking to its HTML snapshot, summary and date, so the page shows the feed before any script runs (the web\n"
    "build makes its index.html so). OUT is replaced, never written through a symbolic link.\n"
    "options:\n"
    "  --template FILE     the page (at most 1 MiB) holding the marker\n"
    "  -o OUT              the page to write\n"
    "  --bundle-href HREF  the bundle's folder as OUT addresses it, relative (default \"bundle\") or an http(s) URL;\n"
    "                      items link to HREF/articles/ID.html\n";

// Every message goes out through PrintLine (console.h), which makes it one line of visible text.
int Usage(const char* text, const std::string& complaint) {
    PrintLine(stderr, "folio-bundle: " + complaint);
    std::fputs(text, stderr); // fixed text
    return 2;
}

void Report(const std::vector<Error>& list, const char* prefix) {
    for (const Error& e : list) PrintLine(stderr, prefix + e.Message());
}

std::string Seconds(double s) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f s", s);
    return text;
}
std::string Plural(size_t n, const char* noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

// Option values that reach a bundle's files or its messages must be one line of text: valid UTF-8 without
// control characters (newline and tab included) or bidi controls, which is exactly text Printable leaves alone.
// Returns "" when `value` is, else the complaint naming the option.
std::string NotOneLine(const std::string& option, const std::string& value) {
    if (Printable(value) == value) return "";
    return option + " \"" + value + "\": not valid UTF-8, or holds control characters (give one line of text)";
}

// --title, --description, --base-url and --viewer into *site; "" when the value is one the bundle's readers
// accept, else the complaint (model/limits.h: a feed page needs a title, a headline's bound; a URL of at most
// kMaxUrlBytes; the viewer's folder as FolderUrl takes it).
std::string SiteOption(const std::string& option, const std::string& v, BundleSite* site) {
    const std::string bad = NotOneLine(option, v);
    if (!bad.empty()) return bad;
    if (option == "--title") {
        if (v.empty() || v.size() > kMaxHeadlineBytes) return "--title: 1 to " + std::to_string(kMaxHeadlineBytes) + " bytes of text";
        site->Title = v;
    } else if (option == "--description") {
        if (v.size() > kMaxStringBytes) return "--description: at most " + std::to_string(kMaxStringBytes) + " bytes";
        site->Description = v;
    } else if (option == "--viewer") {
        std::string why;
        if (!FolderUrl(v, &site->Viewer, &why)) return "--viewer " + v + ": " + why;
    } else {
        if (v.rfind("https://", 0) != 0 && v.rfind("http://", 0) != 0) return "--base-url must be an http(s) URL";
        if (!IsPlainUrl(v)) return "--base-url " + v + ": " + PlainUrlRule();
        site->BaseUrl = v.back() == '/' ? v : v + "/";
    }
    return "";
}

bool ParseToday(const std::string& text, ImportOptions* o) {
    int64_t ignored;
    if (text.size() != 10 || !ParseDate(text, &ignored)) return false;
    o->TodayY = std::atoi(text.substr(0, 4).c_str());
    o->TodayM = std::atoi(text.substr(5, 2).c_str());
    o->TodayD = std::atoi(text.substr(8, 2).c_str());
    return true;
}

void DefaultToday(ImportOptions* o) {
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    std::time_t t = epoch && *epoch ? (std::time_t)std::strtoll(epoch, nullptr, 10) : std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    o->TodayY = tm.tm_year + 1900;
    o->TodayM = tm.tm_mon + 1;
    o->TodayD = tm.tm_mday;
}

// Options shared by import and build; returns 1 if consumed (with its value), 0 if not ours, -1 on error.
int ImportOption(const std::vector<std::string>& args, size_t* i, ImportOptions* o, const char* usage, int* rc) {
    const std::string& a = args[*i];
    if (a != "--date" && a != "--utc-offset" && a != "--today" && a != "--language" && a != "--id" &&
        a != "--now")
        return 0;
    if (*i + 1 >= args.size()) { *rc = Usage(usage, a + " needs a value"); return -1; }
    const std::string v = args[++*i];
    const std::string bad = NotOneLine(a, v);
    if (!bad.empty()) { *rc = Usage(usage, bad); return -1; }
    if (a == "--date") {
        if (DateTimeFromOption(v, o->UtcOffset).empty()) { *rc = Usage(usage, "--date " + v + ": expected YYYY-MM-DD or an RFC 3339 date-time"); return -1; }
        o->Date = v;
    } else if (a == "--utc-offset") {
        int64_t ignored;
        if (v != "Z" && !ParseDate("2000-01-01T00:00:00" + v, &ignored)) { *rc = Usage(usage, "--utc-offset " + v + ": expected Z or +HH:MM"); return -1; }
        o->UtcOffset = v;
    } else if (a == "--today") {
        if (!ParseToday(v, o)) { *rc = Usage(usage, "--today " + v + ": expected YYYY-MM-DD"); return -1; }
    } else if (a == "--now") {
        if (!v.empty() && DateTimeFromOption(v, o->UtcOffset).empty()) { *rc = Usage(usage, "--now " + v + ": expected an RFC 3339 date-time (or \"\" for the clock)"); return -1; }
        o->Now = v.empty() ? "" : DateTimeFromOption(v, o->UtcOffset);
    } else if (a == "--language") {
        if (!IsLanguageTag(v)) { *rc = Usage(usage, "--language " + v + ": expected a language tag (like en or pt-BR)"); return -1; }
        o->Language = v;
    } else {
        if (!ValidArticleId(v)) { *rc = Usage(usage, "--id " + v + ": 1 to 128 of A-Z a-z 0-9 . _ -, starting with a letter or digit"); return -1; }
        o->Id = v;
    }
    return 1;
}

int Import(const std::vector<std::string>& args) {
    ImportOptions o;
    DefaultToday(&o);
    std::string out_dir;
    std::vector<std::string> files;
    for (size_t i = 0; i < args.size(); ++i) {
        int rc = 0;
        const int r = ImportOption(args, &i, &o, kImportUsage, &rc);
        if (r < 0) return rc;
        if (r > 0) continue;
        if (args[i] == "-h" || args[i] == "--help") { std::fputs(kImportUsage, stdout); return 0; }
        if (args[i] == "-o") {
            if (i + 1 >= args.size()) return Usage(kImportUsage, "-o needs a folder");
            out_dir = args[++i];
        } else if (args[i].size() > 1 && args[i][0] == '-') {
            return Usage(kImportUsage, "unknown option " + args[i]);
        } else {
            files.push_back(args[i]);
        }
    }
    if (files.empty()) return Usage(kImportUsage, "import needs at least one FILE");
    if (!o.Id.empty() && files.size() > 1) return Usage(kImportUsage, "--id names one article; give one FILE");
    bool failed = false;
    std::map<std::string, std::string> wrote; // id -> the source that gave it: two never share a DIR/ID.json
    for (const std::string& file : files) {
        std::string raw;
        std::vector<ImportedArticle> got; // a WordPress export or a feed gives many; an item withheld none
        Error err;
        std::vector<Error> warnings;
        const bool ok = ReadFile(file, kMaxSourceBytes, &raw, &err) && ImportSource(raw, file, o, &got, &warnings, &err);
        Report(warnings, "warning: ");
        if (!ok) { Report({err}, ""); failed = true; continue; }
        if (!o.Id.empty() && got.size() > 1) { Report({Error{file, "", "--id names one article, and it gives " + std::to_string(got.size())}}, ""); failed = true; continue; }
        for (const ImportedArticle& a : got) {
            const std::string json = WriteArticleJson(a.Item);
            if (out_dir.empty()) { std::fwrite(json.data(), 1, json.size(), stdout); continue; }
            const auto [first, added] = wrote.emplace(a.Item.Id, a.From);
            if (!added) {
                Report({Error{a.From, "", "article id \"" + a.Item.Id + "\" is also the id of " + first->second + "; not written"}}, "");
                failed = true;
                continue;
            }
            bool written;
            if (!WriteIfChanged(out_dir, a.Item.Id + ".json", json, &written, &err)) { Report({err}, ""); failed = true; }
        }
    }
    return failed ? 1 : 0;
}

int Build(const std::vector<std::string>& args) {
    BundleSite site;
    ImportOptions o;
    DefaultToday(&o);
    std::string src, out;
    bool quiet = false, search = true;
    unsigned jobs = 0; // the machine's cores
    UnknownFolder unknown = UnknownFolder::Refuse;
    for (size_t i = 0; i < args.size(); ++i) {
        int rc = 0;
        const std::string& a = args[i];
        if (a != "--id" && a != "--date") {
            const int r = ImportOption(args, &i, &o, kBuildUsage, &rc);
            if (r < 0) return rc;
            if (r > 0) { if (a == "--language") site.Language = o.Language; continue; }
        }
        const bool valued = a == "-o" || a == "--title" || a == "--description" || a == "--base-url" || a == "--viewer" ||
                            a == "--page-size" || a == "--jobs";
        if (valued && i + 1 >= args.size()) return Usage(kBuildUsage, a + " needs a value");
        if (a == "-h" || a == "--help") { std::fputs(kBuildUsage, stdout); return 0; }
        else if (a == "-o") out = args[++i];
        else if (a == "--title" || a == "--description" || a == "--base-url" || a == "--viewer") {
            const std::string bad = SiteOption(a, args[++i], &site);
            if (!bad.empty()) return Usage(kBuildUsage, bad);
        } else if (a == "--page-size") {
            const std::string v = args[++i];
            site.PageSize = v.find_first_not_of("0123456789") == std::string::npos && v.size() <= 4 ? std::atoi(v.c_str()) : 0;
            if (site.PageSize < 1 || site.PageSize > 1000) return Usage(kBuildUsage, "--page-size " + v + ": expected 1 to 1000");
        } else if (a == "--jobs") {
            const std::string v = args[++i];
            jobs = v.find_first_not_of("0123456789") == std::string::npos && v.size() <= 4 ? (unsigned)std::atoi(v.c_str()) : 0;
            if (jobs < 1) return Usage(kBuildUsage, "--jobs " + v + ": expected a number of threads, 1 or more");
        } else if (a == "--quiet") quiet = true;
        else if (a == "--no-search") search = false;
        else if (a == "--force") unknown = UnknownFolder::BuildAnyway;
        else if (a.size() > 1 && a[0] == '-') return Usage(kBuildUsage, "unknown option " + a);
        else if (src.empty()) src = a;
        else return Usage(kBuildUsage, "one SRC_DIR only (got " + src + " and " + a + ")");
    }
    if (src.empty() || out.empty()) return Usage(kBuildUsage, "build needs SRC_DIR and -o OUT_DIR");
    while (src.size() > 1 && src.back() == '/') src.pop_back();
    while (out.size() > 1 && out.back() == '/') out.pop_back();
    const auto start = std::chrono::steady_clock::now();
    BuildSummary s;
    std::vector<Error> warnings, errors;
    // Each warning printed as it is read back from the build's spill, none held.
    const bool ok = BuildBundle(src, out, site, o, unknown, &s, &warnings, &errors, JobsFor(jobs), [quiet](Error&& w) {
        if (!quiet) PrintLine(stderr, "warning: " + w.Message());
    }, search);
    Report(errors, "");
    if (!ok) {
        // Most errors stop a build before it writes; a write that fails (a full disk) or a photo changed meanwhile
        // stops it part way, and then the message says what it did (the manifest lists every file written).
        const std::string done = s.Written + s.Removed == 0
            ? out + " was not changed"
            : "before it stopped it wrote " + Plural(s.Written, "file") + " and removed " + std::to_string(s.Removed) +
                  " in " + out + " (folio-manifest.json lists them, so the next build takes them over)";
        PrintLine(stderr, "folio-bundle: build failed with " + Plural(errors.size(), "error") + "; " + done);
        return 1;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char took[32];
    std::snprintf(took, sizeof took, "%.2f s", seconds);
    if (!quiet)
        PrintLine(stderr, "folio-bundle: built " + Plural(s.Articles, "article") + " in " + Plural(s.Pages, "feed page") +
                              " into " + out + ": " + std::to_string(s.Written) + " files written, " +
                              std::to_string(s.Unchanged) + " unchanged, " + std::to_string(s.Removed) + " removed; " +
                              Plural(s.Warnings, "warning") + "; " + took);
    if (!quiet && s.Searchable) {
        const search::IndexReport& r = s.Search;
        PrintLine(stderr, "folio-bundle: search index: " + Plural(r.Documents, "document") + ", " + Plural(r.Terms, "term") +
                              " in " + Plural(r.Shards, "shard") + (r.Rewritten ? ", written afresh: " : ": ") +
                              std::to_string(r.Written.size()) + " files written, " + std::to_string(r.Removed.size()) +
                              " removed; " + std::to_string(r.Bytes) + " bytes; " + Seconds(r.Seconds));
    }
    if (!quiet && s.SearchRemoved > 0)
        PrintLine(stderr, "folio-bundle: search index removed (--no-search): " + Plural(s.SearchRemoved, "file"));
    if (!quiet && s.PhotosEncoded + s.PhotosReused > 0) {
        char rate[64] = "";
        if (s.PhotosEncoded > 0 && s.PhotoSeconds > 0)
            std::snprintf(rate, sizeof rate, " (%.1f photos/s)", (double)s.PhotosEncoded / s.PhotoSeconds);
        PrintLine(stderr, "folio-bundle: photos: " + std::to_string(s.PhotosEncoded) + " encoded" + rate + ", " +
                              std::to_string(s.PhotosReused) + " unchanged, taken from " + kMediaCachePath);
    }
    return 0;
}

int Validate(const std::vector<std::string>& args) {
    std::string dir;
    for (const std::string& a : args) {
        if (a == "-h" || a == "--help") { std::fputs(kValidateUsage, stdout); return 0; }
        if (a.size() > 1 && a[0] == '-') return Usage(kValidateUsage, "unknown option " + a);
        if (!dir.empty()) return Usage(kValidateUsage, "one DIR only");
        dir = a;
    }
    if (dir.empty()) return Usage(kValidateUsage, "validate needs DIR");
    if (!IsDirectory(dir)) { PrintLine(stderr, dir + ": is not a folder"); return 1; }
    ValidateSummary s;
    std::vector<Error> problems, warnings;
    const bool ok = ValidateBundle(dir, &s, &problems, &warnings);
    Report(warnings, "warning: ");
    Report(problems, "");
    if (!ok) {
        PrintLine(stderr, "folio-bundle: " + Plural(problems.size(), "problem") + " in " + dir);
        return 1;
    }
    PrintLine(stdout, dir + ": valid bundle: " + Plural(s.Articles, "article") + " in " + Plural(s.Pages, "feed page") +
                          (s.SearchIndexed ? ", a search index of " + Plural(s.SearchDocuments, "document") : "") +
                          (warnings.empty() ? "" : "; " + Plural(warnings.size(), "warning")));
    return 0;
}

int Prerender(const std::vector<std::string>& args) {
    std::string dir, page_template, out, href = "bundle";
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help") { std::fputs(kPrerenderUsage, stdout); return 0; }
        if (a == "--template" || a == "-o" || a == "--bundle-href") {
            if (i + 1 >= args.size()) return Usage(kPrerenderUsage, a + " needs a value");
            const std::string v = args[++i];
            const std::string bad = NotOneLine(a, v);
            if (!bad.empty()) return Usage(kPrerenderUsage, bad);
            std::string why;
            if (a == "--template") page_template = v;
            else if (a == "-o") out = v;
            else if (!FolderUrl(v, &href, &why)) return Usage(kPrerenderUsage, "--bundle-href " + v + ": " + why);
        } else if (a.size() > 1 && a[0] == '-') {
            return Usage(kPrerenderUsage, "unknown option " + a);
        } else if (!dir.empty()) {
            return Usage(kPrerenderUsage, "one DIR only (got " + dir + " and " + a + ")");
        } else {
            dir = a;
        }
    }
    if (dir.empty() || page_template.empty() || out.empty()) return Usage(kPrerenderUsage, "prerender needs DIR, --template FILE and -o OUT");
    while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
    Error e;
    if (!PrerenderFeed(dir, page_template, out, href, &e)) {
        Report({e}, "");
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) return Usage(kUsage, "no command");
    const std::string cmd = args[0];
    args.erase(args.begin());
    if (cmd == "-h" || cmd == "--help" || cmd == "help") { std::fputs(kUsage, stdout); return 0; }
    if (cmd == "import") return Import(args);
    if (cmd == "build") return Build(args);
    if (cmd == "validate") return Validate(args);
    if (cmd == "search") return SearchCommand(args);
    if (cmd == "prerender") return Prerender(args);
    return Usage(kUsage, "unknown command " + cmd);
}
