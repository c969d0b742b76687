// SearchSession (search_session.h): the files held, and a query answered over them. Every answer is computed by
// one walk (Evaluate) that both collects the files it lacks and, once none lack, ranks: so Missing and Run can
// never disagree about what a query needs.
#include "search/search_session.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include "model/date.h"
#include "search/session_files.h"

namespace folio::search {

// The last query's walk is kept: the viewers ask Missing, then (nothing missing) Run, with the same query and the
// same files held, and the answer is made once.
struct SearchSession::State {
    SessionFiles files;
    std::string key;                 // the query and options last walked
    uint64_t generation = UINT64_MAX; // the files' generation then
    std::vector<std::string> needs;
    SearchResults results;
};

SearchSession::SearchSession() : state_(std::make_unique<State>()) {}
SearchSession::~SearchSession() = default;

bool SearchSession::HasRoot() const { return state_->files.RootHeld(); }
const Root* SearchSession::IndexRoot() const { return state_->files.RootHeld() ? &state_->files.IndexRoot() : nullptr; }
size_t SearchSession::BytesHeld() const { return state_->files.BytesHeld(); }

void SearchSession::Provide(const std::string& path, std::string bytes) { state_->files.Provide(path, std::move(bytes)); }
void SearchSession::Failed(const std::string& path, const std::string& why) { state_->files.Fail(path, why); }

namespace {

// One walk over a query: what it needs, and (when nothing is lacking) its answer.
class Evaluation {
public:
    Evaluation(SessionFiles& files, const Query& query, const SearchOptions& options)
        : files_(files), query_(query), options_(options) {}

    std::vector<std::string> needs;  // files lacking, in the order asked
    SearchResults results;

    void Run() {
        const Root* root = files_.FindRoot(&needs, &error_);
        if (!root) return Finish();
        root_ = root;
        if (query_.Empty()) return Finish();
        // Terms: each clause's tokens, each token for the index terms it stands for, across every segment.
        std::vector<std::vector<std::vector<std::string>>> terms(query_.Clauses.size());
        for (size_t c = 0; c < query_.Clauses.size(); ++c) {
            const QueryClause& clause = query_.Clauses[c];
            for (size_t t = 0; t < clause.Tokens.size(); ++t)
                terms[c].push_back(Expand(clause.Tokens[t], clause.Prefix && t + 1 == clause.Tokens.size()));
        }
        // Every term's record in every segment, the positions of phrases', the days, the filters' facet keys.
        for (size_t s = 0; s < root->Segments.size(); ++s) {
            for (size_t c = 0; c < terms.size(); ++c)
                for (const auto& token_terms : terms[c])
                    for (const std::string& term : token_terms) {
                        const TermRecord* r = files_.Record(root->Segments[s], term, &needs, &error_);
                        if (r && query_.Clauses[c].Phrase) files_.Positions(root->Segments[s], term, *r, &needs, &error_);
                    }
            files_.Days(root->Segments[s], &needs, &error_);
            if (!options_.Author.empty()) files_.Record(root->Segments[s], FacetKey('a', options_.Author), &needs, &error_);
            if (!options_.Tag.empty()) files_.Record(root->Segments[s], FacetKey('t', options_.Tag), &needs, &error_);
        }
        if (!needs.empty()) return;
        for (size_t c = 0; c < terms.size(); ++c)
            if (!query_.Clauses[c].Excluded)
                for (const auto& token_terms : terms[c]) results.Terms.insert(results.Terms.end(), token_terms.begin(), token_terms.end());
        for (const QueryClause& c : query_.Clauses)
            if (!c.Excluded) results.Terms.insert(results.Terms.end(), c.Tokens.begin(), c.Tokens.end());
        std::sort(results.Terms.begin(), results.Terms.end());
        results.Terms.erase(std::unique(results.Terms.begin(), results.Terms.end()), results.Terms.end());
        Idf(terms);
        for (size_t s = 0; s < root->Segments.size(); ++s) MatchSegment(s, terms);
        Rank();
        Finish();
    }

private:
    struct Hit {
        uint32_t Doc;    // global
        float Score;
        int32_t Day;
        uint32_t Facet;
    };
    SessionFiles& files_;
    const Query& query_;
    const SearchOptions& options_;
    const Root* root_ = nullptr;
    std::string error_;
    std::map<std::string, double> idf_;
    std::vector<Hit> matches_;
    std::map<uint32_t, uint32_t> section_counts_, language_counts_;
    std::map<int, uint32_t> year_counts_; // by the year of the document's day

    // A file that failed is not asked for again: the answer is made without it, and says so (Error).
    void Finish() {
        results.Ready = needs.empty();
        results.Error = error_;
    }

    // The index terms a token stands for: its own key and its stems; a prefix, every key it starts (and theirs).
    std::vector<std::string> Expand(const std::string& token, bool prefix) {
        std::set<std::string> out;
        std::map<std::string, uint32_t> df; // the terms a prefix reached, and their document frequency
        bool known = false, held = true;
        for (const Segment& seg : root_->Segments) {
            if (!prefix) {
                out.insert(token);
                const size_t lacking = needs.size();
                if (const TermRecord* r = files_.Record(seg, token, &needs, &error_)) {
                    out.insert(r->Stems.begin(), r->Stems.end());
                    known = true;
                }
                held = held && needs.size() == lacking;
                continue;
            }
            files_.EachWithPrefix(seg, token, &needs, &error_, [&](const TermRecord& r) {
                if (!r.Postings.empty()) df[r.Key] += static_cast<uint32_t>(r.Postings.size());
                for (const std::string& stem : r.Stems) df.emplace(stem, 0);
            });
        }
        if (!prefix) {
            if (!known && held) StemOfUnseen(token, &out);
            return {out.begin(), out.end()};
        }
        std::vector<std::pair<uint32_t, std::string>> ranked;
        for (auto& [term, n] : df) ranked.emplace_back(n, term);
        std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        if (ranked.size() > SearchSession::kMaxExpansions) ranked.resize(SearchSession::kMaxExpansions);
        std::vector<std::string> terms{token};
        for (auto& [n, term] : ranked) terms.push_back(std::move(term));
        std::sort(terms.begin(), terms.end());
        terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
        return terms;
    }

    // A word no article has, in a form of a word some have ("stelmarking" when the articles say "stelmarks" and
    // "stelmarked"): readers never stem, so the longest index term the word starts with, at most kMaxSuffix bytes
    // shorter and at least kMinStem long, stands for it, as a stemmer would have cut it.
    void StemOfUnseen(const std::string& token, std::set<std::string>* out) {
        static constexpr size_t kMaxSuffix = 4, kMinStem = 4;
        if (token.size() < kMinStem + 2) return;
        for (unsigned char c : token)
            if (c >= '0' && c <= '9') return;
        for (size_t n = token.size() - 1; n >= kMinStem && n + kMaxSuffix >= token.size(); --n) {
            if ((static_cast<unsigned char>(token[n]) & 0xC0) == 0x80) continue; // inside a character
            const std::string stem = token.substr(0, n);
            bool found = false;
            for (const Segment& seg : root_->Segments)
                if (const TermRecord* r = files_.Record(seg, stem, &needs, &error_)) found = found || !r->Postings.empty();
            if (found) { out->insert(stem); return; }
        }
    }

    void Idf(const std::vector<std::vector<std::vector<std::string>>>& terms) {
        const double n = std::max<double>(1, root_->Docs);
        for (const auto& clause : terms)
            for (const auto& token_terms : clause)
                for (const std::string& term : token_terms) {
                    if (idf_.count(term)) continue;
                    double df = 0;
                    for (const Segment& seg : root_->Segments)
                        if (const TermRecord* r = files_.Record(seg, term, nullptr, nullptr)) df += r->Postings.size();
                    df = std::min(df, n); // deleted documents still have postings
                    idf_[term] = std::log(1 + (n - df + 0.5) / (df + 0.5));
                }
    }

    // Documents of segment s holding every clause (phrases in order), none excluded, passing the filters.
    void MatchSegment(size_t s, const std::vector<std::vector<std::vector<std::string>>>& terms) {
        const Segment& seg = root_->Segments[s];
        const std::vector<int32_t>* days = files_.Days(seg, nullptr, nullptr);
        const uint32_t n = seg.Docs;
        std::vector<float> score(n, 0);
        std::vector<uint8_t> alive(n, 1);
        std::vector<uint32_t> facet(n, UINT32_MAX);
        std::vector<float> clause_score(n);
        std::vector<uint8_t> in_clause(n);
        bool any_positive = false;
        for (size_t c = 0; c < terms.size(); ++c) {
            const QueryClause& clause = query_.Clauses[c];
            std::fill(in_clause.begin(), in_clause.end(), 0);
            std::fill(clause_score.begin(), clause_score.end(), 0.f);
            ClauseDocs(seg, clause, terms[c], &in_clause, &clause_score, &facet);
            for (uint32_t d = 0; d < n; ++d) {
                if (clause.Excluded) { if (in_clause[d]) alive[d] = 0; }
                else if (!in_clause[d]) alive[d] = 0;
                else score[d] += clause_score[d];
            }
            any_positive |= !clause.Excluded;
        }
        if (!any_positive) return;
        std::vector<uint8_t> facet_ok(n, 1);
        for (char kind : {'a', 't'}) {
            const std::string& value = kind == 'a' ? options_.Author : options_.Tag;
            if (value.empty()) continue;
            std::vector<uint8_t> has(n, 0);
            if (const TermRecord* r = files_.Record(seg, FacetKey(kind, value), nullptr, nullptr))
                for (const Posting& p : r->Postings) if (p.Doc < n) has[p.Doc] = 1;
            for (uint32_t d = 0; d < n; ++d) facet_ok[d] &= has[d];
        }
        const std::vector<uint32_t>& deleted = root_->Deleted;
        for (uint32_t d = 0; d < n; ++d) {
            if (!alive[d] || !facet_ok[d] || facet[d] >= root_->Facets.size()) continue;
            const uint32_t global = seg.FirstDoc + d;
            if (std::binary_search(deleted.begin(), deleted.end(), global)) continue;
            const int32_t day = days && d < days->size() ? (*days)[d] : kNoDay;
            const bool in_dates = (options_.FromDay == kNoDay || (day != kNoDay && day >= options_.FromDay)) &&
                                  (options_.ToDay == kNoDay || (day != kNoDay && day <= options_.ToDay));
            const auto [section, language] = root_->Facets[facet[d]];
            if (in_dates) {
                ++section_counts_[section];
                ++language_counts_[language];
            }
            if (!options_.Section.empty() && (section >= root_->Sections.size() || root_->Sections[section] != options_.Section)) continue;
            if (!options_.Language.empty() && (language >= root_->Languages.size() || root_->Languages[language] != options_.Language)) continue;
            if (day != kNoDay) { // the years are counted without the date range (so a reader can move to another)
                int y = 0, m = 0, dd = 0;
                CivilFromDays(day, &y, &m, &dd);
                ++year_counts_[y];
            }
            if (!in_dates) continue;
            matches_.push_back(Hit{global, score[d], day, facet[d]});
        }
    }

    // One clause in one segment: the documents holding it (a phrase's tokens at consecutive positions) and their
    // BM25 scores, each token's best-scoring term counted once.
    void ClauseDocs(const Segment& seg, const QueryClause& clause, const std::vector<std::vector<std::string>>& token_terms,
                    std::vector<uint8_t>* in, std::vector<float>* score, std::vector<uint32_t>* facet) {
        const size_t n = in->size(), tokens = token_terms.size();
        const double k1 = root_->K1;
        std::vector<uint16_t> hits(n, 0);
        std::vector<float> token_best(n);
        std::vector<uint8_t> token_in(n);
        for (size_t t = 0; t < tokens; ++t) {
            std::fill(token_best.begin(), token_best.end(), 0.f);
            std::fill(token_in.begin(), token_in.end(), 0);
            for (const std::string& term : token_terms[t]) {
                const TermRecord* r = files_.Record(seg, term, nullptr, nullptr);
                if (!r) continue;
                const float w = static_cast<float>(idf_[term] * (k1 + 1) / 255.0);
                for (const Posting& p : r->Postings) {
                    if (p.Doc >= n) continue;
                    token_best[p.Doc] = std::max(token_best[p.Doc], w * p.Impact);
                    token_in[p.Doc] = 1;
                    if ((*facet)[p.Doc] == UINT32_MAX) (*facet)[p.Doc] = p.Facet;
                }
            }
            for (size_t d = 0; d < n; ++d)
                if (token_in[d] && hits[d] == t) { ++hits[d]; (*score)[d] += token_best[d]; }
        }
        for (size_t d = 0; d < n; ++d)
            if (hits[d] == tokens && tokens > 0)
                (*in)[d] = !clause.Phrase || tokens == 1 || PhraseAt(seg, token_terms, static_cast<uint32_t>(d));
    }

    // True if document d holds the tokens at consecutive positions.
    bool PhraseAt(const Segment& seg, const std::vector<std::vector<std::string>>& token_terms, uint32_t d) {
        std::vector<std::vector<uint32_t>> at(token_terms.size());
        for (size_t t = 0; t < token_terms.size(); ++t) {
            for (const std::string& term : token_terms[t]) {
                const TermRecord* r = files_.Record(seg, term, nullptr, nullptr);
                if (!r) continue;
                const std::vector<uint32_t>* p = files_.PositionsOf(seg, term, *r, d);
                if (p) at[t].insert(at[t].end(), p->begin(), p->end());
            }
            std::sort(at[t].begin(), at[t].end());
        }
        for (uint32_t first : at[0]) {
            bool all = true;
            for (size_t t = 1; t < at.size() && all; ++t)
                all = std::binary_search(at[t].begin(), at[t].end(), first + static_cast<uint32_t>(t));
            if (all) return true;
        }
        return false;
    }

    // "Best" leans towards recent articles: at most 10% for today's, half that at a year old. It breaks near-ties
    // (the same words, as often) in favour of the newer story; it does not outrank a story the words fill.
    static constexpr double kRecencyBoost = 0.10;

    void Rank() {
        int32_t today = options_.Today;
        if (today == kNoDay)
            for (const Hit& m : matches_) today = std::max(today, m.Day);
        if (options_.Sort == Order::Best && today != kNoDay)
            for (Hit& m : matches_) {
                const double age = m.Day == kNoDay ? 3650 : std::max(0, today - m.Day);
                m.Score *= static_cast<float>(1 + kRecencyBoost / (1 + age / 365.0));
            }
        auto better = [&](const Hit& a, const Hit& b) {
            if (options_.Sort == Order::Newest && a.Day != b.Day) return a.Day > b.Day;
            if (a.Score != b.Score) return a.Score > b.Score;
            return a.Doc > b.Doc; // ties: the newer document (documents are numbered oldest first)
        };
        results.Total = static_cast<uint32_t>(matches_.size());
        const size_t begin = std::min<size_t>(options_.Offset, matches_.size());
        const size_t end = std::min<size_t>(begin + std::min<uint32_t>(options_.Count, 200), matches_.size());
        std::partial_sort(matches_.begin(), matches_.begin() + end, matches_.end(), better);
        for (auto& [i, count] : section_counts_)
            if (i < root_->Sections.size()) results.Sections.push_back(FacetCount{root_->Sections[i], count});
        for (auto& [i, count] : language_counts_)
            if (i < root_->Languages.size()) results.Languages.push_back(FacetCount{root_->Languages[i], count});
        for (auto it = year_counts_.rbegin(); it != year_counts_.rend(); ++it) // newest first
            results.Years.push_back(FacetCount{std::to_string(it->first), it->second});
        std::map<std::string, uint32_t> authors, tags;
        for (size_t i = begin; i < end; ++i) {
            SearchHit hit;
            hit.Doc = matches_[i].Doc;
            hit.Score = matches_[i].Score;
            hit.Day = matches_[i].Day;
            if (const MetaRecord* m = files_.Meta(*root_, hit.Doc, &needs, &error_)) {
                hit.HasMeta = true;
                hit.Meta = *m;
                for (const std::string& a : m->Authors) ++authors[a];
                for (const std::string& t : m->Tags) ++tags[t];
            }
            results.Hits.push_back(std::move(hit));
        }
        for (auto& [v, count] : authors) results.Authors.push_back(FacetCount{v, count});
        for (auto& [v, count] : tags) results.Tags.push_back(FacetCount{v, count});
        auto by_count = [](const FacetCount& a, const FacetCount& b) { return a.Count > b.Count || (a.Count == b.Count && a.Value < b.Value); };
        for (auto* list : {&results.Sections, &results.Languages, &results.Authors, &results.Tags})
            std::stable_sort(list->begin(), list->end(), by_count);
    }
};

} // namespace

namespace {

// What makes two walks the same: the clauses and every option.
std::string KeyOf(const Query& query, const SearchOptions& o) {
    std::string key;
    for (const QueryClause& c : query.Clauses) {
        key += char('0' + (c.Phrase ? 1 : 0) + (c.Excluded ? 2 : 0) + (c.Prefix ? 4 : 0));
        for (const std::string& t : c.Tokens) key += t + '\x02';
        key += '\x03';
    }
    for (const std::string* s : {&o.Section, &o.Language, &o.Author, &o.Tag}) key += *s + '\x02';
    for (int64_t n : {int64_t(o.Sort), int64_t(o.FromDay), int64_t(o.ToDay), int64_t(o.Offset), int64_t(o.Count), int64_t(o.Today)})
        key += std::to_string(n) + ',';
    return key;
}

} // namespace

void SearchSession::Walk(const Query& query, const SearchOptions& options) {
    State& st = *state_;
    std::string key = KeyOf(query, options);
    if (key == st.key && st.generation == st.files.Generation()) return;
    Evaluation e(st.files, query, options);
    e.Run();
    st.needs.clear();
    for (std::string& path : e.needs)
        if (std::find(st.needs.begin(), st.needs.end(), path) == st.needs.end()) st.needs.push_back(std::move(path));
    e.results.Ready = st.needs.empty();
    st.results = std::move(e.results);
    st.key = std::move(key);
    st.generation = st.files.Generation();
}

std::vector<std::string> SearchSession::Missing(const Query& query, const SearchOptions& options) {
    Walk(query, options);
    return state_->needs;
}

SearchResults SearchSession::Run(const Query& query, const SearchOptions& options) {
    Walk(query, options);
    return state_->results;
}

} // namespace folio::search
