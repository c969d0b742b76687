// What a publisher's HTML page says about its article, as the reader of the page (html_page_read) found it in the
// head and in JSON-LD scripts: schema.org JSON-LD (NewsArticle, Article, ReportageNewsArticle, BlogPosting and the
// other kinds of Article, also inside "@graph" arrays, with "@id" references followed one step), then Open Graph
// and article: meta properties, then plain meta names, then the <title>. Free of libxml2: strings in, strings out.
#pragma once
#include "model/error.h"

#include <string>
#include <utility>
#include <vector>

namespace folio::cli {

// The page's head as found: nothing interpreted yet.
struct PageHead {
    std::string Title;                                     // <title>'s text
    std::string Lang;                                      // <html lang>
    std::string Canonical;                                 // <link rel="canonical" href>
    std::vector<std::pair<std::string, std::string>> Meta; // <meta> property or name (lower case) and content
    std::vector<std::pair<std::string, size_t>> JsonLd;    // each ld+json script's text and the line it starts on
};

// The article's fields from the head. Texts are cleaned (CleanText) and trimmed; dates as the page gives them.
struct PageMeta {
    std::string Headline, Description, Section, DatePublished, DateModified, Language, Url, Publisher;
    std::vector<std::string> Authors, Keywords;
    std::string ImageUrl, ImageCaption, ImageAlt, ImageCredit;
    bool FromJsonLd = false;  // an Article was found in JSON-LD
};

// Reads the head: JSON-LD first, then meta tags, then the title (its " | Site" suffix cut when the site's name is
// known or the rest is short). A JSON-LD script that is not JSON, or is too large or deep, is a warning, not a
// failure (pages in the wild carry broken ones). `file` names the page in warnings.
PageMeta ReadPageMeta(const PageHead& head, const std::string& file, std::vector<Error>* warnings);

// Language tags as pages write them ("en_US", "EN-gb") in BCP 47's shape ("en-US"), or "" when the text is none.
std::string LanguageTagOf(const std::string& text);

} // namespace folio::cli
