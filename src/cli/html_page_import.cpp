// ImportHtmlPage: the page read (html_page_read), its metadata (html_page_meta), the body (html_blocks), and the
// article's fields put together, with what the page did not say left out and warned about.
#include "cli/html_page_import.h"
#include "cli/html_blocks.h"
#include "cli/html_page_read.h"
#include "cli/source_text.h"
#include "model/block_json.h"
#include "model/json_read.h"
#include "model/url.h"

#include <cctype>

namespace folio::cli {

namespace {

// Text compared as a reader sees it: case and runs of white space and punctuation folded.
std::string Folded(const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c >= 0x80) out += static_cast<char>(std::tolower(c));
    }
    return out;
}

// A date as pages write it to RFC 3339: a day, a full date-time, or a date-time without a zone (in UtcOffset).
std::string PageDate(const std::string& text, const std::string& offset) {
    std::string d = DateTimeFromOption(text, offset);
    if (d.empty() && text.size() >= 19) d = DateTimeFromOption(text + offset, offset);
    return d;
}

// "By Ann Lee · 12 March" -> "Ann Lee".
std::string BylineName(std::string s) {
    for (const char* prefix : {"By ", "by ", "BY "})
        if (s.compare(0, std::char_traits<char>::length(prefix), prefix) == 0) s = s.substr(std::char_traits<char>::length(prefix));
    for (const char* tail : {" · ", " | ", " — ", " - "}) s = s.substr(0, s.find(tail));
    return s;
}

// Drops leading blocks that repeat what is shown above the body: the headline, the standfirst, the lead image.
void DropRepeats(const Article& a, std::vector<Block>* body) {
    const std::string headline = Folded(a.Headline), standfirst = Folded(a.Description);
    size_t drop = 0;
    bool headline_seen = false, standfirst_seen = false, image_seen = false;
    while (drop < body->size()) {
        const Block& b = (*body)[drop];
        const std::string text = Folded(b.Text.PlainText());
        if (!headline_seen && (b.Type == BlockType::Heading || b.Type == BlockType::Paragraph) && !text.empty() && text == headline)
            headline_seen = true;
        else if (!standfirst_seen && b.Type == BlockType::Paragraph && !text.empty() && text == standfirst)
            standfirst_seen = true;
        else if (!image_seen && b.Type == BlockType::Photo && !a.Image.Empty() && b.Image.Src == a.Image.Src)
            image_seen = true;
        else
            break;
        ++drop;
    }
    body->erase(body->begin(), body->begin() + static_cast<long>(drop));
}

} // namespace

bool ImportHtmlPage(const std::string& text, const std::string& file, const ImportOptions& o, Article* out,
                    SourceLines* lines, std::vector<Error>* warnings, Error* err) {
    const HtmlPageRead page = ReadHtmlPage(text);
    if (!page.Stopped.empty()) warnings->push_back(Error{file, page.StoppedAt, page.Stopped});
    const PageMeta meta = ReadPageMeta(page.Head, file, warnings);
    Article a;
    a.Headline = meta.Headline.empty() ? CleanText(page.Heading) : meta.Headline;
    if (a.Headline.empty()) {
        *err = Error{file, "", "no headline: the page has no JSON-LD headline, og:title, <title> or <h1>"};
        return false;
    }
    if (page.ContentHtml.empty()) {
        *err = Error{file, "", "no article text: nothing on the page reads as an article once its navigation, "
                               "links, scripts and other page furniture are set aside"};
        if (!page.Stopped.empty()) *err = Error{file, page.StoppedAt, "no article text: " + page.Stopped};
        return false;
    }
    a.Id = o.Id.empty() ? IdFromFileName(file) : o.Id;
    if (!ValidArticleId(a.Id)) {
        *err = Error{file, "", "article id \"" + a.Id + "\" is not 1 to 128 of A-Z a-z 0-9 . _ -"};
        return false;
    }
    a.Description = meta.Description;
    a.Section = meta.Section;
    a.Publisher = meta.Publisher;
    a.Keywords = meta.Keywords;
    a.Language = meta.Language;
    a.Authors = meta.Authors;
    if (a.Authors.empty() && !page.Byline.empty()) a.Authors.push_back(CleanText(BylineName(page.Byline)));
    if (IsHttpUrl(meta.Url)) a.Url = meta.Url;
    else if (!meta.Url.empty())
        warnings->push_back(Error{file, "", "the page's address \"" + meta.Url + "\" is not an http(s) URL; left out"});

    const std::string date = o.Date.empty() ? meta.DatePublished : o.Date;
    a.DatePublished = date.empty() ? "" : PageDate(date, o.UtcOffset);
    if (!date.empty() && a.DatePublished.empty()) {
        if (!o.Date.empty()) {
            *err = Error{file, "", "date \"" + date + "\" is not YYYY-MM-DD or an RFC 3339 date-time"};
            return false;
        }
        warnings->push_back(Error{file, "", "the page's date \"" + date + "\" is not a date; the article is undated"});
    } else if (date.empty())
        warnings->push_back(Error{file, "", "no date: the page gives no datePublished or article:published_time; the article is undated"});
    a.DateModified = meta.DateModified.empty() ? "" : PageDate(meta.DateModified, o.UtcOffset);

    if (!meta.ImageUrl.empty()) {
        const std::string src = a.Url.empty() ? meta.ImageUrl : ResolveUrl(a.Url, meta.ImageUrl);
        std::string why;
        if (PhotoSourceAllowed(src, &why)) {
            a.Image.Src = src;
            a.Image.Alt = meta.ImageAlt;
            a.Image.Caption = meta.ImageCaption;
            a.Image.Credit = meta.ImageCredit;
        } else
            warnings->push_back(Error{file, "", "the page's lead image is left out: " + why});
    }

    HtmlBlocksOptions html{a.Url, file};
    HtmlToBlocks(page.ContentHtml, html, &a.Body, warnings);
    DropRepeats(a, &a.Body);
    if (a.Body.empty()) {
        *err = Error{file, "line " + std::to_string(page.ContentLine), "no article text: the page's main content holds nothing a reader could read"};
        return false;
    }
    SourceLines at;
    at.Members["body"] = page.ContentLine;
    *out = std::move(a);
    *lines = std::move(at);
    return true;
}

} // namespace folio::cli
