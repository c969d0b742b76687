// ValidArticleId, IsLanguageTag, WithinLimits and TrimKeywords: the model held to the bundle format's bounds.
#include "model/limits.h"
#include "model/block_json.h"
#include "model/bundle_write.h"
#include "model/date.h"

#include <set>

namespace folio {

namespace {

std::string Over(const char* what, size_t size, size_t limit, const char* unit = "bytes") {
    return std::string(what) + " of " + std::to_string(size) + " " + unit + "; the limit is " + std::to_string(limit);
}

bool Fail(LimitBreach* breach, std::string member, std::string reason, size_t block = 0) {
    *breach = LimitBreach{std::move(member), block, std::move(reason)};
    return false;
}

bool AsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool AsciiDigit(char c) { return c >= '0' && c <= '9'; }

// A rich text as readers require it: 1 to kMaxSpans spans, each of 1 to kMaxStringBytes bytes, links allowed ones.
bool RichOk(const RichText& t, const char* what, std::string* why) {
    if (t.Spans.empty()) { *why = std::string(what) + " with no text"; return false; }
    if (t.Spans.size() > kMaxSpans) {
        *why = Over(what, t.Spans.size(), kMaxSpans, "runs of one style (spans)");
        return false;
    }
    for (const Span& s : t.Spans) {
        if (s.Text.empty()) { *why = std::string(what) + " with an empty run of text"; return false; }
        if (s.Text.size() > kMaxStringBytes) { *why = Over(what, s.Text.size(), kMaxStringBytes); return false; }
        if (!(s.Style & SpanLink)) continue;
        if (s.Href.size() > kMaxStringBytes) { *why = Over("a link", s.Href.size(), kMaxStringBytes); return false; }
        if (!LinkAllowed(s.Href, why)) return false;
    }
    return true;
}

// A photo (a body block's or the lead image) within the bounds.
bool PhotoOk(const Photo& p, std::string* why) {
    if (p.Src.empty()) { *why = "a photo without a source"; return false; }
    if (p.Src.size() > kMaxUrlBytes) { *why = Over("a photo source", p.Src.size(), kMaxUrlBytes); return false; }
    if (!PhotoSourceAllowed(p.Src, why)) return false;
    for (const std::string* s : {&p.Alt, &p.Caption, &p.Credit})
        if (s->size() > kMaxStringBytes) { *why = Over("a photo's text", s->size(), kMaxStringBytes); return false; }
    if (p.Width < 0 || p.Width > kMaxPhotoPixels || p.Height < 0 || p.Height > kMaxPhotoPixels) {
        *why = "a photo of " + std::to_string(p.Width) + " by " + std::to_string(p.Height) + " pixels; the limit is " +
               std::to_string(kMaxPhotoPixels);
        return false;
    }
    if (!p.Placeholder.empty() && !PlaceholderAllowed(p.Placeholder, why)) return false;
    if (p.Variants.size() > kMaxPhotoVariants) { *why = Over("a photo", p.Variants.size(), kMaxPhotoVariants, "variants"); return false; }
    for (const ImageVariant& v : p.Variants)
        if (!VariantAllowed(v, why)) return false;
    return true;
}

bool BlockOk(const Block& b, std::string* why) {
    switch (b.Type) {
    case BlockType::Heading:
        if (b.Level < 2 || b.Level > 4) { *why = "a heading of level " + std::to_string(b.Level) + "; levels are 2 to 4"; return false; }
        return RichOk(b.Text, "a heading", why);
    case BlockType::Paragraph: return RichOk(b.Text, "a paragraph", why);
    case BlockType::Quote:
    case BlockType::Pullquote:
        if (b.Attribution.size() > kMaxStringBytes) { *why = Over("an attribution", b.Attribution.size(), kMaxStringBytes); return false; }
        return RichOk(b.Text, "a quote", why);
    case BlockType::List:
        if (b.Items.empty()) { *why = "a list with no items"; return false; }
        if (b.Items.size() > kMaxListItems) { *why = Over("a list", b.Items.size(), kMaxListItems, "items"); return false; }
        for (const RichText& item : b.Items)
            if (!RichOk(item, "a list item", why)) return false;
        return true;
    case BlockType::Photo: return PhotoOk(b.Image, why);
    case BlockType::Divider: return true;
    case BlockType::Code:
        if (b.CodeLanguage.size() > kMaxNameBytes) { *why = Over("a code block's language", b.CodeLanguage.size(), kMaxNameBytes); return false; }
        if (b.Text.Spans.size() != 1 || b.Text.Spans[0].Style != SpanRegular) { *why = "a code block of styled text (plain text only)"; return false; }
        return RichOk(b.Text, "a code block", why);
    }
    *why = "a block of an unknown type";
    return false;
}

} // namespace

bool ValidArticleId(const std::string& id) {
    if (id.empty() || id.size() > kMaxIdBytes) return false;
    for (size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        if (!AsciiLetter(c) && !AsciiDigit(c) && (i == 0 || (c != '.' && c != '_' && c != '-'))) return false;
    }
    return true;
}

bool IsLanguageTag(const std::string& tag) {
    size_t i = 0, n = 0;
    while (i < tag.size() && AsciiLetter(tag[i])) ++i;
    if (i < 2 || i > 8) return false;
    while (i < tag.size()) {
        if (tag[i++] != '-') return false;
        for (n = 0; i < tag.size() && (AsciiLetter(tag[i]) || AsciiDigit(tag[i])); ++i) ++n;
        if (n < 1 || n > 8) return false;
    }
    return true;
}

bool IsScriptCode(const std::string& code) {
    return code.size() == 4 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'a' && code[1] <= 'z' && code[2] >= 'a' &&
           code[2] <= 'z' && code[3] >= 'a' && code[3] <= 'z';
}

bool WithinLimits(const Article& a, LimitBreach* breach, size_t* file_bytes) {
    if (!ValidArticleId(a.Id)) return Fail(breach, "id", "article id \"" + a.Id + "\" is not 1 to 128 of A-Z a-z 0-9 . _ -");
    if (a.Headline.empty()) return Fail(breach, "headline", "no headline");
    if (a.Headline.size() > kMaxHeadlineBytes) return Fail(breach, "headline", Over("a headline", a.Headline.size(), kMaxHeadlineBytes));
    if (a.Description.size() > kMaxStringBytes)
        return Fail(breach, "description", Over("a standfirst", a.Description.size(), kMaxStringBytes));
    if (a.Section.size() > kMaxNameBytes) return Fail(breach, "articleSection", Over("a section", a.Section.size(), kMaxNameBytes));
    if (a.Publisher.size() > kMaxNameBytes) return Fail(breach, "publisher", Over("a publisher's name", a.Publisher.size(), kMaxNameBytes));
    if (a.Url.size() > kMaxStringBytes) return Fail(breach, "url", Over("a url", a.Url.size(), kMaxStringBytes));
    int64_t ignored;
    if (!a.DatePublished.empty() && !ParseDate(a.DatePublished, &ignored))
        return Fail(breach, "datePublished", "\"" + a.DatePublished + "\" is not an RFC 3339 date-time");
    if (!a.DateModified.empty() && !ParseDate(a.DateModified, &ignored))
        return Fail(breach, "dateModified", "\"" + a.DateModified + "\" is not an RFC 3339 date-time");
    if (!a.Language.empty() && !IsLanguageTag(a.Language))
        return Fail(breach, "inLanguage", "language \"" + a.Language + "\" is not a language tag (like en or pt-BR)");
    for (const std::string* s : {&a.Dateline.Text, &a.Dateline.Place, &a.Dateline.Date, &a.Dateline.Agency})
        if (s->size() > kMaxStringBytes) return Fail(breach, "dateline", Over("a dateline", s->size(), kMaxStringBytes));
    if (a.Authors.size() > kMaxNames) return Fail(breach, "author", Over("a list of authors", a.Authors.size(), kMaxNames, "names"));
    for (const std::string& name : a.Authors) {
        if (name.empty()) return Fail(breach, "author", "an author without a name");
        if (name.size() > kMaxNameBytes) return Fail(breach, "author", Over("an author's name", name.size(), kMaxNameBytes));
    }
    if (a.Keywords.size() > kMaxKeywords)
        return Fail(breach, "keywords", Over("a list of keywords", a.Keywords.size(), kMaxKeywords, "keywords"));
    for (const std::string& k : a.Keywords)
        if (k.size() > kMaxNameBytes) return Fail(breach, "keywords", Over("a keyword", k.size(), kMaxNameBytes));
    if (a.Related.size() > kMaxNames) return Fail(breach, "related", Over("a list of related articles", a.Related.size(), kMaxNames, "ids"));
    for (const std::string& id : a.Related)
        if (!ValidArticleId(id)) return Fail(breach, "related", "related id \"" + id + "\" is not a valid article id");
    if (a.Scripts.size() > kMaxScripts) return Fail(breach, "scripts", Over("a list of scripts", a.Scripts.size(), kMaxScripts, "codes"));
    for (const std::string& s : a.Scripts)
        if (!IsScriptCode(s)) return Fail(breach, "scripts", "script \"" + s + "\" is not an ISO 15924 code (like Arab or Deva)");
    if (a.Body.size() > kMaxBodyBlocks)
        return Fail(breach, "body", Over("a body", a.Body.size(), kMaxBodyBlocks, "blocks") + " (this is block " +
                                        std::to_string(kMaxBodyBlocks + 1) + ")", kMaxBodyBlocks);
    std::string why;
    if (!a.Image.Empty() && !PhotoOk(a.Image, &why)) return Fail(breach, "image", "the lead image: " + why);
    for (size_t i = 0; i < a.Body.size(); ++i)
        if (!BlockOk(a.Body[i], &why)) return Fail(breach, "body", why, i);
    const size_t bytes = WriteArticleJson(a).size();
    if (file_bytes) *file_bytes = bytes;
    if (bytes > kMaxJsonBytes)
        return Fail(breach, "", "the article file would be " + std::to_string(bytes) + " bytes; the limit is " + std::to_string(kMaxJsonBytes));
    return true;
}

std::string TrimKeywords(std::vector<std::string>* keywords) {
    std::vector<std::string> kept;
    std::set<std::string> seen;
    size_t empty = 0, repeated = 0, long_ones = 0, past = 0;
    for (std::string& k : *keywords) {
        if (k.empty()) ++empty;
        else if (k.size() > kMaxNameBytes) ++long_ones;
        else if (!seen.insert(k).second) ++repeated;
        else if (kept.size() >= kMaxKeywords) ++past;
        else kept.push_back(std::move(k));
    }
    *keywords = std::move(kept);
    std::string said;
    auto say = [&](size_t n, const char* noun, const std::string& rest) {
        if (n) said += (said.empty() ? "left out " : "; ") + std::to_string(n) + " " + noun + (n == 1 ? "" : "s") + rest;
    };
    say(past, "keyword", " past the first " + std::to_string(kMaxKeywords) + " (with the section, a feed item holds " +
                             std::to_string(kMaxTags) + " tags)");
    say(long_ones, "keyword", " longer than " + std::to_string(kMaxNameBytes) + " bytes");
    say(repeated, "repeated keyword", "");
    say(empty, "empty keyword", "");
    return said;
}

} // namespace folio
