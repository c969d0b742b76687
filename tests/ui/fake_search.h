// A search::SearchService for the ui tests, in memory: a few documents, and the files a real engine would ask for
// in the order it would (the root first, then a term shard per first letter of each word, then the meta shards of
// the hits shown, four documents each), so the controller's fetching is tested without the real engine. Words
// match whole (ASCII letters folded to lower case), the last as a prefix while typing, "-word" excludes; filters
// are exact; Best orders by how many of the words a document holds, Newest by date. It counts its calls. And a
// TextFolder (ASCII only) for search::MatchRanges.
#pragma once
#include "search/search_service.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace folio::test {

// Search's fold for the tests, ASCII only: letters to lower case, other punctuation and symbols to spaces.
class FakeFolder final : public search::TextFolder {
public:
    std::string Fold(std::string_view text) const override {
        std::string out;
        for (char c : text) {
            const unsigned char u = (unsigned char)c;
            if (u >= 0x80 || std::isalnum(u)) out += (char)std::tolower(u);
            else if (c != '\'') out += ' ';
        }
        return out;
    }
};

class FakeSearchService final : public search::SearchService {
public:
    struct Doc {
        std::string Id, Title, Section, Language, Date, Excerpt;
        std::vector<std::string> Authors, Tags;
    };
    std::vector<Doc> Docs;
    bool IsReady = true;        // false: the engine is still on its way (the web's module)
    int Gen = 0;                // Generation()
    std::string Failure_;       // Failure()
    std::map<std::string, std::string> Held, FailedFiles; // path -> bytes or why
    std::vector<std::string> Extra; // paths asked for before anything else (a hostile root's names)
    int MissingCalls = 0, RunCalls = 0, Resets = 0;
    bool LastTyping = false;
    search::SearchOptions LastOptions;

    // Every file the engine could ask for, so a FakeHost can serve them all under folder.
    std::vector<std::string> AllFiles() const {
        std::vector<std::string> out{"search/index.json"};
        for (char c = 'a'; c <= 'z'; ++c) out.push_back(Shard(std::string(1, c)));
        for (size_t j = 0; j * 4 < Docs.size(); ++j) out.push_back("search/m" + std::to_string(j) + ".json");
        return out;
    }

    bool Ready() override { return IsReady; }
    int Generation() const override { return Gen; }
    std::string Failure() const override { return Failure_; }
    std::vector<std::string> Missing(const std::string& typed, bool typing, const search::SearchOptions& o) override {
        ++MissingCalls;
        std::vector<std::string> out;
        auto need = [&](const std::string& path) {
            if (!Held.count(path) && !FailedFiles.count(path) && std::find(out.begin(), out.end(), path) == out.end())
                out.push_back(path);
        };
        for (const std::string& path : Extra) need(path);
        need("search/index.json");
        if (!out.empty() || FailedFiles.count("search/index.json")) return out;
        for (const Word& w : Words(typed, typing)) need(Shard(w.Text));
        if (!out.empty()) return out;
        const std::vector<size_t> hits = Match(typed, typing, o, nullptr);
        for (size_t i = o.Offset; i < hits.size() && i < o.Offset + o.Count; ++i) need(MetaOf(hits[i]));
        return out;
    }
    void Provide(const std::string& path, std::string bytes) override {
        if (bytes == "corrupt") FailedFiles[path] = "not an index file";
        else Held[path] = std::move(bytes);
    }
    void Failed(const std::string& path, const std::string& why) override { FailedFiles[path] = why; }
    search::SearchResults Run(const std::string& typed, bool typing, const search::SearchOptions& o) override {
        ++RunCalls;
        LastTyping = typing;
        LastOptions = o;
        search::SearchResults r;
        r.Ready = Missing(typed, typing, o).empty();
        --MissingCalls;
        for (const auto& [path, why] : FailedFiles) r.Error = path + ": " + why;
        if (!r.Ready || !r.Error.empty()) return r;
        std::map<std::string, uint32_t> sections, languages, authors, tags;
        const std::vector<size_t> hits = Match(typed, typing, o, &r);
        r.Total = (uint32_t)hits.size();
        for (size_t i = o.Offset; i < hits.size() && i < o.Offset + o.Count; ++i) {
            const Doc& d = Docs[hits[i]];
            search::SearchHit h;
            h.Doc = (uint32_t)hits[i];
            h.HasMeta = true;
            h.Meta = search::MetaRecord{d.Id, d.Title, d.Section, d.Date, d.Language, d.Excerpt, d.Authors, d.Tags};
            r.Hits.push_back(h);
            for (const std::string& a : d.Authors) ++authors[a];
            for (const std::string& t : d.Tags) ++tags[t];
        }
        for (const auto& [a, n] : authors) r.Authors.push_back({a, n});
        for (const auto& [t, n] : tags) r.Tags.push_back({t, n});
        for (const Word& w : Words(typed, typing))
            if (!w.Excluded) r.Terms.push_back(w.Text);
        return r;
    }
    void Reset() override {
        ++Resets;
        Held.clear();
        FailedFiles.clear();
    }

private:
    struct Word {
        std::string Text;
        bool Excluded = false, Prefix = false;
    };
    static std::string Lower(std::string s) {
        for (char& c : s) c = (char)std::tolower((unsigned char)c);
        return s;
    }
    static std::string Shard(const std::string& word) { return "search/t-" + word.substr(0, 1) + ".bin"; }
    static std::string MetaOf(size_t doc) { return "search/m" + std::to_string(doc / 4) + ".json"; }
    static std::vector<Word> Words(const std::string& typed, bool typing) {
        std::vector<Word> out;
        std::istringstream in(typed);
        for (std::string w; in >> w;) {
            Word word;
            if (w[0] == '-' && w.size() > 1) { word.Excluded = true; w = w.substr(1); }
            w.erase(std::remove(w.begin(), w.end(), '"'), w.end());
            if (w.empty()) continue;
            word.Text = Lower(w);
            out.push_back(word);
        }
        const bool ends_in_space = !typed.empty() && typed.back() == ' ';
        if (typing && !ends_in_space && !out.empty()) out.back().Prefix = true;
        return out;
    }
    static bool Holds(const Doc& d, const Word& w) {
        std::istringstream in(Lower(d.Title + " " + d.Excerpt));
        for (std::string t; in >> t;) {
            t.erase(std::remove_if(t.begin(), t.end(), [](char c) { return std::ispunct((unsigned char)c); }), t.end());
            if (t == w.Text || (w.Prefix && t.compare(0, w.Text.size(), w.Text) == 0)) return true;
        }
        return false;
    }
    static int Count(const Doc& d, const std::vector<Word>& words) {
        int n = 0;
        for (const Word& w : words) n += !w.Excluded && Holds(d, w);
        return n;
    }
    // The documents matching, in order; the facet counts of sections and languages into r.
    std::vector<size_t> Match(const std::string& typed, bool typing, const search::SearchOptions& o, search::SearchResults* r) const {
        const std::vector<Word> words = Words(typed, typing);
        std::vector<size_t> out;
        std::map<std::string, uint32_t> sections, languages;
        for (size_t i = 0; i < Docs.size(); ++i) {
            const Doc& d = Docs[i];
            bool ok = std::any_of(words.begin(), words.end(), [](const Word& w) { return !w.Excluded; });
            for (const Word& w : words) ok = ok && Holds(d, w) != w.Excluded;
            auto has = [](const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); };
            ok = ok && (o.Author.empty() || has(d.Authors, o.Author)) && (o.Tag.empty() || has(d.Tags, o.Tag));
            if (!ok) continue;
            if (o.Language.empty() || d.Language == o.Language) ++sections[d.Section];
            if (o.Section.empty() || d.Section == o.Section) ++languages[d.Language];
            if ((o.Section.empty() || d.Section == o.Section) && (o.Language.empty() || d.Language == o.Language)) out.push_back(i);
        }
        if (o.Sort == search::Order::Newest)
            std::stable_sort(out.begin(), out.end(), [&](size_t a, size_t b) { return Docs[a].Date > Docs[b].Date; });
        else
            std::stable_sort(out.begin(), out.end(), [&](size_t a, size_t b) { return Count(Docs[a], words) > Count(Docs[b], words); });
        if (r) {
            for (const auto& [s, n] : sections) r->Sections.push_back({s, n});
            for (const auto& [l, n] : languages) r->Languages.push_back({l, n});
        }
        return out;
    }
};

} // namespace folio::test
