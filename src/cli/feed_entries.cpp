// ArticlesFromEntries and FeedItemId: a feed's items, however read, to articles; ids through item_refs' StableId,
// the one id maker of every importer of items.
#include "cli/feed_entries.h"
#include "cli/feed_dates.h"
#include "cli/html_blocks.h"
#include "cli/item_refs.h"
#include "cli/media.h"
#include "cli/source_text.h"
#include "model/json_read.h"
#include "model/limits.h"
#include "model/url.h"

#include <map>
#include <memory>

namespace folio::cli {

namespace {

// Text on one line: cleaned (CleanText), runs of white space made one space, trimmed.
std::string OneLine(const std::string& s) {
    const std::string clean = CleanText(s);
    std::string out;
    bool space = false;
    for (char c : clean) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string Plain(const std::string& text, bool html) { return html ? OneLine(HtmlToPlainText(text)) : OneLine(text); }

// At most `max` bytes of text, cut at the last space before it (or a UTF-8 boundary), with "…" when cut.
std::string Cut(const std::string& text, size_t max) {
    if (text.size() <= max) return text;
    size_t end = text.rfind(' ', max);
    if (end == std::string::npos || end < max / 2) {
        end = max;
        while (end > 0 && ((unsigned char)text[end] & 0xC0) == 0x80) --end;
    }
    return text.substr(0, end) + "\xE2\x80\xA6";
}

bool HasLetter(const std::string& s) {
    for (char c : s)
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (unsigned char)c >= 0x80) return true;
    return false;
}

void AddNames(const std::vector<std::string>& names, std::vector<std::string>* out) {
    for (const std::string& n : names) {
        const std::string name = OneLine(n);
        bool seen = name.empty();
        for (const std::string& o : *out) seen = seen || o == name;
        if (!seen) out->push_back(name);
    }
}

// Paragraphs of plain text (blank lines part them), as body blocks.
void TextBlocks(const std::string& text, std::vector<Block>* out) {
    for (const SourceParagraph& p : SplitParagraphs(CleanText(text))) {
        const std::string line = OneLine(p.Text);
        if (line.empty()) continue;
        Block b;
        b.Text = RichText::Plain(line);
        out->push_back(std::move(b));
    }
}

// The date a member gives, or "" with a warning when it does not parse.
std::string DateOf(const std::string& text, const std::string& from, const std::string& offset, const Error& at,
                   std::vector<Error>* warnings) {
    if (text.empty()) return "";
    const std::string date = FeedDateToRfc3339(text, offset);
    if (date.empty())
        warnings->push_back(Error{at.File, at.Path, from + " \"" + OneLine(text) + "\" is not an RFC 822 or RFC 3339 date; left out"});
    return date;
}

} // namespace

std::string EntryPlace(size_t number, size_t line) {
    return "item " + std::to_string(number) + (line > 0 ? " (line " + std::to_string(line) + ")" : "");
}

std::string FeedItemId(const std::string& link, const std::string& title, const std::string& key) {
    const std::string seg = LastSegment(link);
    return StableId(HasLetter(seg) && !IdSlug(seg).empty() ? seg : title, key, "item");
}

bool ArticlesFromEntries(const std::vector<FeedEntry>& entries, const FeedDefaults& defaults, const std::string& file,
                         const ImportOptions& options, std::vector<ImportedArticle>* out, std::vector<Error>* warnings,
                         Error* err) {
    if (entries.size() > 1 && (!options.Id.empty() || !options.Date.empty())) {
        *err = Error{file, "", std::string(!options.Id.empty() ? "--id" : "--date") + " names one article, but this feed has " +
                                   std::to_string(entries.size()) + " items"};
        return false;
    }
    std::vector<ImportedArticle> got;
    std::map<std::string, size_t> by_guid, by_id;
    for (size_t i = 0; i < entries.size(); ++i) {
        const FeedEntry& e = entries[i];
        const size_t n = i + 1;
        const Error at{file, EntryPlace(n, e.Line), ""};
        auto warn = [&](const std::string& why) { warnings->push_back(Error{file, at.Path, why}); };
        // the key an item is known by: its guid, else its link
        const std::string guid = OneLine(e.Guid.empty() ? e.Link : e.Guid);
        if (!guid.empty()) {
            auto [it, fresh] = by_guid.emplace(guid, n);
            if (!fresh) {
                *err = Error{file, at.Path, std::string(e.Guid.empty() ? "its link" : "its guid") + " \"" + guid +
                                                "\" is also " + EntryPlace(it->second, entries[it->second - 1].Line) +
                                                "'s: each item needs its own guid (or link)"};
                return false;
            }
        }
        Article a;
        a.Headline = Plain(e.Title, e.TitleIsHtml);
        std::string summary = e.Summary.empty() ? "" : Plain(e.Summary, e.SummaryIsHtml);
        const HtmlBlocksOptions html{e.Link, file + ": " + at.Path};
        if (!e.ContentHtml.empty()) HtmlToBlocks(e.ContentHtml, html, &a.Body, warnings);
        if (a.Body.empty() && !e.ContentText.empty()) TextBlocks(e.ContentText, &a.Body);
        if (a.Body.empty() && !summary.empty()) {
            // no content but a summary: the summary is the text (and not also the standfirst)
            if (e.SummaryIsHtml) HtmlToBlocks(e.Summary, html, &a.Body, warnings);
            else TextBlocks(e.Summary, &a.Body);
            summary.clear();
        }
        a.Description = summary;
        if (a.Headline.empty()) {
            std::string text;
            for (const Block& b : a.Body) {
                text = OneLine(b.Type == BlockType::List && !b.Items.empty() ? b.Items[0].PlainText() : b.Text.PlainText());
                if (!text.empty()) break;
            }
            if (text.empty()) {
                warn("has no title and no text; left out");
                continue;
            }
            a.Headline = Cut(text, 100);
            warn("has no title: the headline is its text's first words");
        }
        if (a.Headline.size() > kMaxHeadlineBytes) {
            a.Headline = Cut(a.Headline, kMaxHeadlineBytes - 3);
            warn("its title is longer than " + std::to_string(kMaxHeadlineBytes) + " bytes; the headline is cut at a word");
        }
        if (IsHttpUrl(e.Link)) a.Url = e.Link;
        else if (!e.Link.empty()) warn("link \"" + OneLine(e.Link) + "\" is not an http(s) URL; the article has no url");
        const std::string key = !guid.empty() ? guid : a.Headline + "\n" + e.Published;
        a.Id = options.Id.empty() ? FeedItemId(e.Link, a.Headline, key) : options.Id;
        auto [it, fresh] = by_id.emplace(a.Id, n);
        if (!fresh) {
            *err = Error{file, at.Path, "its article id \"" + a.Id + "\" is also " + EntryPlace(it->second, entries[it->second - 1].Line) +
                                            "'s (the same title and date, and no guid or link to tell them apart)"};
            return false;
        }
        a.DatePublished = DateOf(e.Published, e.PublishedFrom, options.UtcOffset, at, warnings);
        const std::string updated = DateOf(e.Updated, e.UpdatedFrom, options.UtcOffset, at, warnings);
        if (a.DatePublished.empty()) a.DatePublished = updated;
        else if (updated != a.DatePublished) a.DateModified = updated;
        if (!options.Date.empty()) a.DatePublished = DateTimeFromOption(options.Date, options.UtcOffset);
        if (a.DatePublished.empty() && e.Published.empty() && e.Updated.empty()) warn("no date: the article is undated");
        std::string lang = OneLine(e.Language.empty() ? defaults.Language : e.Language);
        if (!lang.empty() && !IsLanguageTag(lang)) {
            warn("language \"" + lang + "\" is not a language tag (like en or pt-BR); left out");
            lang.clear();
        }
        a.Language = lang;
        a.Publisher = OneLine(defaults.Publisher);
        AddNames(e.Authors.empty() ? defaults.Authors : e.Authors, &a.Authors);
        if (a.Authors.size() > kMaxNames) {
            warn("has " + std::to_string(a.Authors.size()) + " authors; the first " + std::to_string(kMaxNames) + " kept");
            a.Authors.resize(kMaxNames);
        }
        for (const std::string& c : e.Categories) {
            const std::string k = OneLine(c);
            if (!k.empty()) a.Keywords.push_back(k);
        }
        if (!e.Image.Src.empty()) {
            const std::string scheme = SchemeOf(e.Image.Src);
            if (scheme.empty() && e.Image.Src[0] == '/') {
                // root-relative ("/img/a.jpg"): an address on the publisher's site that no base here resolves
                warn(e.ImageFrom + " \"" + OneLine(e.Image.Src) + "\" is relative to a site the feed does not name; no lead image");
            } else if (scheme.empty() || IsHttpUrl(e.Image.Src)) {
                a.Image = e.Image;
                a.Image.Alt = OneLine(a.Image.Alt);
                a.Image.Caption = OneLine(a.Image.Caption);
                a.Image.Credit = OneLine(a.Image.Credit);
            } else {
                warn(e.ImageFrom + " \"" + OneLine(e.Image.Src) + "\" is not an http(s) URL or a file beside the feed; no lead image");
            }
        }
        ImportedArticle one;
        one.From = file + ": " + EntryPlace(n, 0);
        for (const char* m : {"id", "headline", "description", "datePublished", "dateModified", "inLanguage", "author",
                              "keywords", "url", "image"})
            one.Lines.Members[m] = e.Line;
        one.Lines.Blocks.assign(a.Body.size(), e.Line);
        one.Item = std::move(a);
        got.push_back(std::move(one));
    }
    if (got.empty()) {
        *err = Error{file, "", entries.empty() ? "the feed has no items" : "no item of the feed has a title or any text"};
        return false;
    }
    for (ImportedArticle& a : got) out->push_back(std::move(a));
    return true;
}

} // namespace folio::cli
