// Benchmark: article JSON -> folio::Article (ParseArticle: bounded parse, UTF-8 validation, depth check, typed
// fields with paths, cleaned text) against RapidJSON's bare DOM parse of the same bytes, in the same run.
// The files: a bundle's articles/ (argument 1, e.g. build/native/bundle) plus generated articles of the same
// shapes. Goal: ParseArticle at least half as fast as the bare parse. Prints MB/s and the ratio.
// Run: build/cmake-native/folio_bench_parse [BUNDLE_DIR]
#include "cli/file_io.h"
#include "model/article_json.h"
#include "model/bundle_write.h"
#include "model/json_read.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace folio;

namespace {

// A generated article: paragraphs with inline spans, a quote, a list, a heading, a photo; about 5 KB of JSON.
Article Generated(int n) {
    Article a;
    a.Id = "gen-" + std::to_string(n);
    a.Headline = "Generated headline number " + std::to_string(n) + " \xE2\x80\x94 with a dash and \xC3\xA9l\xC3\xA8ves";
    a.Description = "A standfirst that says what the story is about, in one sentence of ordinary length.";
    a.Section = "World";
    a.DatePublished = "2022-03-22T10:15:00+03:00";
    a.Language = "en";
    a.Authors = {"Ann Lee", "Bo Chen"};
    a.Keywords = {"world", "economy", "generated"};
    a.Dateline = WireDateline{"MOSCOW, March 22. /TASS/.", "MOSCOW", "March 22", "TASS"};
    for (int i = 0; i < 12; ++i) {
        Block b;
        if (i % 5 == 2) {
            b.Type = BlockType::Quote;
            b.Text = RichText::Plain("We perceive the treaty as the foundational document for relations between the two nations.");
            b.Attribution = "Mikhail Galuzin";
        } else if (i == 7) {
            b.Type = BlockType::List;
            b.Items = {RichText::Plain("First point of the list"), RichText::Plain("Second point, a little longer"),
                       RichText::Plain("Third")};
        } else if (i == 9) {
            b.Type = BlockType::Heading;
            b.Text = RichText::Plain("A heading inside the body");
        } else if (i == 11) {
            b.Type = BlockType::Photo;
            b.Image = Photo{"img/photo.jpg", "What the photo shows", "A caption", "Photo: Agency", 1280, 720, {}, {}};
        } else {
            b.Text.Spans = {Span{"Tokyo\xE2\x80\x99s decisions regarding sanctions destroyed the atmosphere between the two "
                                 "nations and made talks impossible, the ambassador told the channel on Tuesday. ", SpanRegular, {}},
                            Span{"Emphasised words", SpanEmphasis, {}}, Span{" and ", SpanRegular, {}},
                            Span{"a link", SpanLink, "https://example.org/story"}, Span{" close the paragraph.", SpanRegular, {}}};
        }
        a.Body.push_back(std::move(b));
    }
    return a;
}

// The article files of a bundle, read with the tool's own file functions and bounds.
std::vector<std::string> BundleArticles(const std::string& dir) {
    std::vector<std::string> names, out;
    Error e;
    if (!cli::ListFiles(dir + "/articles", false, &names, &e)) return out;
    for (const std::string& name : names) {
        std::string bytes;
        if (name.size() > 5 && cli::EndsWith(name, ".json") &&
            cli::ReadFile(dir + "/articles/" + name, kMaxJsonBytes + 1, &bytes, &e)) // over the limit: ParseArticle says so
            out.push_back(std::move(bytes));
    }
    return out;
}

template <typename F>
double SecondsFor(F&& f) {
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> files = argc > 1 ? BundleArticles(argv[1]) : std::vector<std::string>{};
    const size_t from_bundle = files.size();
    for (int n = 0; n < 2000; ++n) files.push_back(WriteArticleJson(Generated(n)));
    size_t bytes = 0;
    for (const std::string& f : files) bytes += f.size();
    size_t sink = 0;
    auto bare = [&] {
        for (const std::string& f : files) {
            rapidjson::Document d;
            d.Parse(f.data(), f.size());
            sink += d.HasParseError() ? 0 : d.MemberCount();
        }
    };
    auto bare_checked = [&] {
        for (const std::string& f : files) {
            rapidjson::Document d;
            d.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(f.data(), f.size());
            sink += d.HasParseError() ? 0 : d.MemberCount();
        }
    };
    auto model = [&] {
        for (const std::string& f : files) {
            Article a;
            Error e;
            if (!ParseArticle(f, "bench.json", &a, &e)) { std::fprintf(stderr, "%s\n", e.Message().c_str()); std::exit(1); }
            sink += a.Body.size();
        }
    };
    // The three steps take turns, round after round, and each keeps its fastest round: a busy machine slows
    // single rounds, not the comparison.
    const int rounds = 30;
    double t_bare = 1e9, t_checked = 1e9, t_model = 1e9;
    for (int r = 0; r < rounds; ++r) {
        t_bare = std::min(t_bare, SecondsFor(bare));
        t_checked = std::min(t_checked, SecondsFor(bare_checked));
        t_model = std::min(t_model, SecondsFor(model));
    }
    const double mb = bytes / 1e6;
    std::printf("JSON -> model throughput: %zu article files (%zu from the bundle, %zu generated), %.1f MB, best of %d rounds\n",
                files.size(), from_bundle, files.size() - from_bundle, bytes / 1e6, rounds);
    std::printf("| step | MB/s | vs bare parse |\n| --- | ---: | ---: |\n");
    std::printf("| RapidJSON bare parse (default flags) | %.0f | 1.00 |\n", mb / t_bare);
    std::printf("| RapidJSON parse, UTF-8 validated + iterative (Folio's flags) | %.0f | %.2f |\n", mb / t_checked, t_bare / t_checked);
    std::printf("| ParseArticle (JSON -> folio::Article) | %.0f | %.2f |\n", mb / t_model, t_bare / t_model);
    std::printf("goal: ParseArticle at least 0.50 of the bare parse: %s (%.2f)\n", t_bare / t_model >= 0.5 ? "met" : "NOT met", t_bare / t_model);
    return sink == 0 ? 1 : 0;
}
