// AnalyseArticle: an article's texts in the order index_analysis.h gives, through the fold, Tokenize and the
// stemmer, gathered per index term; its card (ExcerptOf) and day (DayOf).
#include "search/index_analysis.h"

#include <algorithm>
#include <unordered_map>
#include "model/date.h"
#include "model/json_read.h"
#include "model/limits.h"

namespace folio::search {
namespace {

enum Field { kHeadline, kStandfirst, kBody, kCaptions, kKeywords };

// A UTF-8 continuation byte: never the start of a character.
bool Continuation(char c) { return (static_cast<unsigned char>(c) & 0xc0) == 0x80; }

// Cuts s to at most n bytes, at a character boundary.
std::string_view CutAt(std::string_view s, size_t n) {
    if (s.size() <= n) return s;
    while (n > 0 && Continuation(s[n])) --n;
    return s.substr(0, n);
}

class Analyser {
public:
    Analyser(const Article& a, const TextFolder& folder, Stemmer& stemmer, const FieldWeights& weights)
        : a_(a), folder_(folder), stemmer_(stemmer) {
        weight_[kHeadline] = weights.Headline, weight_[kStandfirst] = weights.Standfirst, weight_[kBody] = weights.Body;
        weight_[kCaptions] = weights.Captions, weight_[kKeywords] = weights.Keywords;
    }

    void Add(Field field, const std::string& text) {
        if (text.empty()) return;
        tokens_.clear();
        const uint32_t next = Tokenize(folder_.Fold(text), position_, tokens_);
        // What the stemmer reads: the same tokens with their marks (TextFolder::FoldKeepingMarks). Text of ASCII
        // alone has none; were the two cuts ever to differ (a token of marks alone), the folded words are read.
        spelled_.clear();
        if (!Ascii(text)) Tokenize(folder_.FoldKeepingMarks(text), position_, spelled_);
        const bool paired = spelled_.size() == tokens_.size();
        for (size_t i = 0; i < tokens_.size(); ++i) {
            const Token& t = tokens_[i];
            DocTerm& term = terms_[TermOf(t.Text, paired ? spelled_[i].Text : t.Text)];
            term.Tf += weight_[field];
            if (term.Positions.empty() || term.Positions.back() < t.Position) term.Positions.push_back(t.Position);
            length_ += weight_[field];
        }
        if (next > position_) position_ = next + 1; // a gap: no phrase spans two texts
    }

    DocAnalysis Finish() {
        DocAnalysis d;
        for (DocTerm& t : terms_) t.Hash = TermHash(t.Term);
        d.Terms = std::move(terms_);
        d.Stems = std::move(stems_);
        std::sort(d.Stems.begin(), d.Stems.end());
        d.Stems.erase(std::unique(d.Stems.begin(), d.Stems.end()), d.Stems.end()); // two spellings, one word
        d.Length = length_;
        return d;
    }

private:
    // The index in terms_ of a word's term (the word folded; as its article spells it: folded, its marks kept): the
    // stem of the spelling, folded as the word is (its marks gone); a stemmer that gives nothing leaves the word its
    // own stem. Each spelling is stemmed once per article.
    uint32_t TermOf(const std::string& word, const std::string& spelled) {
        auto it = spellings_.find(spelled);
        if (it != spellings_.end()) return it->second;
        std::string stem = stemmer_.Stem(spelled, a_.Language);
        if (!stem.empty() && spelled != word) { // the marks go as the word's went (and ß, ς and the cut as Tokenize's)
            folded_.clear();
            Tokenize(folder_.Fold(stem), 0, folded_);
            stem = folded_.size() == 1 ? std::move(folded_[0].Text) : std::string();
        }
        if (stem.empty()) stem = word;
        if (stem != word) stems_.emplace_back(word, stem);
        auto [term, fresh] = term_index_.try_emplace(std::move(stem), static_cast<uint32_t>(terms_.size()));
        if (fresh) terms_.push_back(DocTerm{term->first, 0, 0, {}});
        spellings_.emplace(spelled, term->second);
        return term->second;
    }

    static bool Ascii(const std::string& text) {
        for (unsigned char c : text)
            if (c >= 0x80) return false;
        return true;
    }

    const Article& a_;
    const TextFolder& folder_;
    Stemmer& stemmer_;
    float weight_[5] = {};
    uint32_t position_ = 0;
    float length_ = 0;
    std::vector<Token> tokens_, spelled_, folded_;
    std::vector<DocTerm> terms_;                               // in the order first met
    std::unordered_map<std::string, uint32_t> term_index_;     // term -> its index in terms_
    std::unordered_map<std::string, uint32_t> spellings_;      // spelling -> its term's index in terms_
    std::vector<std::pair<std::string, std::string>> stems_;   // (word, term) where they differ
};

void AddBody(Analyser& an, const Block& b) {
    switch (b.Type) {
    case BlockType::Paragraph:
    case BlockType::Heading:
    case BlockType::Quote:
    case BlockType::Pullquote:
    case BlockType::Code:
        an.Add(kBody, b.Text.PlainText());
        an.Add(kBody, b.Attribution);
        break;
    case BlockType::List:
        for (const RichText& item : b.Items) an.Add(kBody, item.PlainText());
        break;
    case BlockType::Photo:
    case BlockType::Divider:
        break;
    }
}

// A card's text as readers take it (valid UTF-8, no controls or bidi overrides: CleanText), within the format's
// bounds for what it is (an article past them would make a meta shard its decoder refuses).
std::string Card(const std::string& text, size_t bytes) { return std::string(CutAt(CleanText(text), bytes)); }

std::vector<std::string> Capped(const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (size_t i = 0; i < names.size() && i < kMaxCardNames; ++i) out.push_back(Card(names[i], kMaxNameBytes));
    return out;
}

// And a date only if it is one (the decoder refuses any other).
MetaRecord CardOf(const Article& a) {
    int64_t ignored = 0;
    const std::string date = !a.DatePublished.empty() && ParseDate(a.DatePublished, &ignored) ? a.DatePublished : "";
    return MetaRecord{a.Id, Card(a.Headline, kMaxHeadlineBytes), Card(a.Section, kMaxNameBytes), date,
                      Card(a.Language, kMaxNameBytes), ExcerptOf(a), Capped(a.Authors), Capped(a.Keywords)};
}

} // namespace

DocAnalysis AnalyseArticle(const Article& a, const TextFolder& folder, Stemmer& stemmer, const FieldWeights& weights) {
    Analyser an(a, folder, stemmer, weights);
    an.Add(kHeadline, a.Headline);
    an.Add(kStandfirst, a.Description);
    an.Add(kBody, a.Dateline.DisplayText());
    for (const Block& b : a.Body) AddBody(an, b);
    an.Add(kCaptions, a.Image.Caption);
    for (const Block& b : a.Body)
        if (b.Type == BlockType::Photo) an.Add(kCaptions, b.Image.Caption);
    for (const std::string& author : a.Authors) an.Add(kKeywords, author);
    an.Add(kKeywords, a.Section);
    for (const std::string& k : a.Keywords) an.Add(kKeywords, k);

    DocAnalysis d = an.Finish();
    const auto facet = [&](char kind, const std::string& value) {
        const std::string folded = folder.Fold(value);
        d.FacetKeys.push_back(FacetKey(kind, CutAt(folded, kMaxFacetValueBytes)));
    };
    for (const std::string& author : a.Authors) facet('a', author);
    for (const std::string& k : a.Keywords) facet('t', k);
    std::sort(d.FacetKeys.begin(), d.FacetKeys.end());
    d.FacetKeys.erase(std::unique(d.FacetKeys.begin(), d.FacetKeys.end()), d.FacetKeys.end());
    d.Day = DayOf(a.DatePublished);
    d.Meta = CardOf(a);
    return d;
}

std::string ExcerptOf(const Article& a) {
    std::string text = CleanText(a.Description);
    for (size_t i = 0; text.empty() && i < a.Body.size(); ++i)
        if (a.Body[i].Type == BlockType::Paragraph) text = CleanText(a.Body[i].Text.PlainText());
    if (text.size() <= kExcerptBytes) return text;
    static const char kEllipsis[] = "\xE2\x80\xA6";
    const size_t room = kExcerptBytes - (sizeof kEllipsis - 1);
    std::string_view cut = CutAt(text, room);
    // Back to the last space within the cut, unless that loses most of it (text without spaces: cut anywhere).
    const size_t space = cut.find_last_of(" \t\n");
    if (space != std::string_view::npos && space >= room / 2) cut = cut.substr(0, space);
    while (!cut.empty() && (cut.back() == ' ' || cut.back() == '\t' || cut.back() == '\n')) cut.remove_suffix(1);
    return std::string(cut) + kEllipsis;
}

int32_t DayOf(const std::string& date) {
    int64_t instant = 0;
    if (date.size() < 10 || !ParseDate(date, &instant)) return kNoDay;
    const auto num = [&](size_t at, size_t n) {
        int v = 0;
        for (size_t i = at; i < at + n; ++i) v = v * 10 + (date[i] - '0');
        return v;
    };
    const int y = num(0, 4), m = num(5, 2), d = num(8, 2);
    if (!ValidDay(y, m, d)) return kNoDay;
    return static_cast<int32_t>(DaysFromCivil(y, m, d));
}

} // namespace folio::search
