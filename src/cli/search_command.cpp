// folio-bundle search (search_command.h): parses the options, then runs LocalSearchService over the folder's
// index files, each read with ReadFileInside (no link followed, no path outside DIR, bounded size), and prints
// the page of hits, or with --json the hits and every file the session read with its size.
#include "cli/search_command.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include "cli/console.h"
#include "cli/file_io.h"
#include "model/bundle_path.h"
#include "model/date.h"
#include "search/icu/icu_text_folder.h"
#include "search/index_format.h"
#include "search/search_service.h"

namespace folio::cli {

const char kSearchUsage[] =
    "usage: folio-bundle search DIR QUERY [options]\n"
    "\n"
    "Searches the bundle in DIR the way its readers do: words (each also finds its other forms), \"phrases in\n"
    "quotes\", -word to leave articles out. Prints the best matches first.\n"
    "options:\n"
    "  --newest            newest first instead of best first\n"
    "  --section NAME, --language TAG, --author NAME, --tag TAG   only articles with it\n"
    "  --from YYYY-MM-DD, --to YYYY-MM-DD                          only articles dated within\n"
    "  --count N           how many (default 10, at most 200); --offset N: skip the first N\n"
    "  --typing            the last word is still being typed: it matches as a prefix\n"
    "  --json              the answer as JSON: total, hits, facet counts, and the files read with their sizes\n";

namespace {

int Bad(const std::string& why) {
    PrintLine(stderr, "folio-bundle search: " + why);
    std::fputs(kSearchUsage, stderr);
    return 2;
}

bool Day(const std::string& v, int32_t* out) {
    int64_t seconds = 0;
    if (v.size() != 10 || !ParseDate(v, &seconds)) return false;
    *out = static_cast<int32_t>(seconds / 86400);
    return true;
}

bool Number(const std::string& v, uint32_t max, uint32_t* out) {
    if (v.empty() || v.size() > 6 || v.find_first_not_of("0123456789") != std::string::npos) return false;
    const unsigned long n = std::strtoul(v.c_str(), nullptr, 10);
    if (n > max) return false;
    *out = static_cast<uint32_t>(n);
    return true;
}

void Str(rapidjson::Writer<rapidjson::StringBuffer>& w, const std::string& s) { w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size())); }

} // namespace

int SearchCommand(const std::vector<std::string>& args) {
    std::string dir, query;
    bool json = false, typing = false, have_query = false;
    search::SearchOptions o;
    o.Count = 10;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string* out) {
            if (i + 1 >= args.size()) return false;
            *out = args[++i];
            return true;
        };
        std::string v;
        if (a == "-h" || a == "--help") { std::fputs(kSearchUsage, stdout); return 0; }
        else if (a == "--json") json = true;
        else if (a == "--typing") typing = true;
        else if (a == "--newest") o.Sort = search::Order::Newest;
        else if (a == "--section") { if (!value(&o.Section)) return Bad("--section needs a value"); }
        else if (a == "--language") { if (!value(&o.Language)) return Bad("--language needs a value"); }
        else if (a == "--author") { if (!value(&o.Author)) return Bad("--author needs a value"); }
        else if (a == "--tag") { if (!value(&o.Tag)) return Bad("--tag needs a value"); }
        else if (a == "--from" || a == "--to") {
            if (!value(&v) || !Day(v, a == "--from" ? &o.FromDay : &o.ToDay)) return Bad(a + ": expected YYYY-MM-DD");
        } else if (a == "--count") {
            if (!value(&v) || !Number(v, 200, &o.Count) || o.Count == 0) return Bad("--count: expected 1 to 200");
        } else if (a == "--offset") {
            if (!value(&v) || !Number(v, 100000, &o.Offset)) return Bad("--offset: expected a number up to 100000");
        } else if (a.size() > 1 && a[0] == '-' && have_query) return Bad("unknown option " + a);
        else if (dir.empty()) dir = a;
        else if (!have_query) { query = a; have_query = true; }
        else return Bad("one QUERY only (quote it: folio-bundle search DIR \"two words\")");
    }
    if (dir.empty() || !have_query) return Bad("search needs DIR and QUERY");
    if (!IsDirectory(dir)) { PrintLine(stderr, dir + ": is not a folder"); return 1; }

    search::IcuTextFolder folder;
    search::LocalSearchService service(folder);
    std::vector<std::pair<std::string, size_t>> read;
    const auto start = std::chrono::steady_clock::now();
    for (int round = 0; round < 16; ++round) {
        const std::vector<std::string> missing = service.Missing(query, typing, o);
        if (missing.empty()) break;
        for (const std::string& path : missing) {
            std::string why, bytes;
            Error err;
            if (!IsBundlePath(path, &why)) service.Failed(path, path + ": " + why);
            else if (!ReadFileInside(dir, path, search::kMaxShardBytes, &bytes, &err)) service.Failed(path, err.Message());
            else {
                read.emplace_back(path, bytes.size());
                service.Provide(path, std::move(bytes));
            }
        }
    }
    const search::SearchResults r = service.Run(query, typing, o);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (json) {
        rapidjson::StringBuffer buffer;
        rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
        w.StartObject();
        w.Key("total"); w.Uint(r.Total);
        w.Key("ready"); w.Bool(r.Ready);
        w.Key("error"); Str(w, r.Error);
        w.Key("milliseconds"); w.Double(ms);
        w.Key("hits"); w.StartArray();
        for (const search::SearchHit& h : r.Hits) {
            w.StartObject();
            w.Key("id"); Str(w, h.HasMeta ? h.Meta.Id : "");
            w.Key("title"); Str(w, h.Meta.Title);
            w.Key("section"); Str(w, h.Meta.Section);
            w.Key("date"); Str(w, h.Meta.Date);
            w.Key("score"); w.Double(h.Score);
            w.EndObject();
        }
        w.EndArray();
        w.Key("sections"); w.StartObject();
        for (const auto& c : r.Sections) { Str(w, c.Value); w.Uint(c.Count); }
        w.EndObject();
        w.Key("languages"); w.StartObject();
        for (const auto& c : r.Languages) { Str(w, c.Value); w.Uint(c.Count); }
        w.EndObject();
        w.Key("files"); w.StartArray();
        for (const auto& [path, bytes] : read) {
            w.StartObject();
            w.Key("path"); Str(w, path);
            w.Key("bytes"); w.Uint64(bytes);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
        PrintLine(stdout, buffer.GetString());
        return r.Error.empty() || r.Total > 0 ? 0 : 1;
    }
    if (!r.Error.empty()) PrintLine(stderr, "folio-bundle search: " + r.Error);
    if (!r.Error.empty() && r.Total == 0) return 1;
    PrintLine(stdout, std::to_string(r.Total) + (r.Total == 1 ? " article matches" : " articles match"));
    uint32_t n = o.Offset;
    for (const search::SearchHit& h : r.Hits) {
        const std::string date = h.Meta.Date.substr(0, 10);
        PrintLine(stdout, std::to_string(++n) + ". " + h.Meta.Title + "  [" + h.Meta.Section + (date.empty() ? "" : ", " + date) +
                              "]  " + h.Meta.Id);
    }
    return 0;
}

} // namespace folio::cli
