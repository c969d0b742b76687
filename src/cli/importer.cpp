// ImportSource: clean the bytes, tell the kind (source_kind.h), hand them to that kind's importer, then hold
// each article it yields to the format's bounds (FitToLimits).
#include "cli/importer.h"
#include "cli/article_limits.h"
#include "cli/file_io.h"
#include "cli/html_page_import.h"
#include "cli/json_feed_import.h"
#include "cli/language_detect.h"
#include "cli/markdown_import.h"
#include "cli/ninjs_import.h"
#include "cli/rss_atom_import.h"
#include "cli/source_kind.h"
#include "cli/source_text.h"
#include "cli/text_import.h"
#include "cli/text_scripts.h"
#include "cli/wordpress_import.h"
#include "model/article_json.h"
#include "model/date.h"

namespace folio::cli {

bool IsSourceFile(const std::string& path) { return HasSourceExtension(path); }

std::string DateTimeFromOption(const std::string& date, const std::string& offset) {
    int64_t ignored;
    if (date.size() == 10 && ParseDate(date, &ignored)) {
        const std::string full = date + "T00:00:00" + offset;
        return ParseDate(full, &ignored) ? full : "";
    }
    return date.size() > 10 && ParseDate(date, &ignored) ? date : "";
}

namespace {

// A source that is one article: text, Markdown or an HTML page.
bool ImportOne(SourceKind kind, const std::string& text, const std::string& file, const ImportOptions& options,
               std::vector<ImportedArticle>* out, std::vector<Error>* warnings, Error* err) {
    ImportedArticle one;
    one.From = file;
    const bool ok = kind == SourceKind::Markdown   ? ImportMarkdown(text, file, options, &one.Item, &one.Lines, warnings, err)
                    : kind == SourceKind::HtmlPage ? ImportHtmlPage(text, file, options, &one.Item, &one.Lines, warnings, err)
                                                   : ImportWireText(text, file, options, &one.Item, &one.Lines, warnings, err);
    if (ok) out->push_back(std::move(one));
    return ok;
}

// A Folio article file taken in as it is (read as the viewers read it): its id from the file unless --id says.
bool ImportFolioArticle(const std::string& text, const std::string& file, const ImportOptions& options,
                        std::vector<ImportedArticle>* out, Error* err) {
    ImportedArticle one;
    one.From = file;
    if (!ParseArticle(text, file, &one.Item, err)) return false;
    if (!options.Id.empty()) one.Item.Id = options.Id;
    out->push_back(std::move(one));
    return true;
}

// The one place an article's language is settled when its source did not say it: --language when given, else
// detected (language_detect.h). A guess from the script alone, or none, is a warning; English is never assumed.
void FillLanguage(ImportedArticle* a, const ImportOptions& options, std::vector<Error>* warnings) {
    if (!a->Item.Language.empty()) return;
    if (!options.Language.empty()) {
        a->Item.Language = options.Language;
        return;
    }
    const DetectedLanguage found = DetectArticleLanguage(a->Item);
    a->Item.Language = found.Tag;
    if (found.Tag.empty())
        warnings->push_back(Error{a->From, "", "could not tell the language (" + found.How +
                                                   "); inLanguage left out (pass --language)"});
    else if (!found.Sure)
        warnings->push_back(Error{a->From, "", "language taken as " + found.Tag + " from " + found.How +
                                                   ", the text being too short or mixed for CLD2 (pass --language)"});
}

} // namespace

bool ImportSource(const std::string& raw, const std::string& file, const ImportOptions& options,
                  std::vector<ImportedArticle>* out, std::vector<Error>* warnings, Error* err) {
    std::string text;
    if (!CleanSource(raw, file, &text, warnings, err)) return false;
    std::vector<ImportedArticle> got;
    bool ok = false;
    switch (const SourceKind kind = SourceKindOf(file, text)) {
    case SourceKind::WireText:
    case SourceKind::Markdown:
    case SourceKind::HtmlPage: ok = ImportOne(kind, text, file, options, &got, warnings, err); break;
    case SourceKind::FolioArticle: ok = ImportFolioArticle(text, file, options, &got, err); break;
    case SourceKind::Ninjs: ok = ImportNinjs(text, file, options, &got, warnings, err); break;
    case SourceKind::WordPress: ok = ImportWordPress(text, file, options, &got, warnings, err); break;
    case SourceKind::RssAtom: ok = ImportRssAtom(text, file, options, &got, warnings, err); break;
    case SourceKind::JsonFeed: ok = ImportJsonFeed(text, file, options, &got, warnings, err); break;
    case SourceKind::NotSource:
    case SourceKind::Unrecognised:
        *err = Error{file, "", WhyUnrecognised(file, text)};
        return false;
    }
    if (!ok) return false;
    for (ImportedArticle& a : got) FillLanguage(&a, options, warnings);
    for (ImportedArticle& a : got) a.Item.Scripts = ShapedScripts(a.Item); // from the text, whatever a source said
    for (ImportedArticle& a : got)
        if (!FitToLimits(&a.Item, a.Lines, a.From, warnings, err)) return false;
    for (ImportedArticle& a : got) out->push_back(std::move(a));
    return true;
}

bool ImportFile(const std::string& raw, const std::string& file, const ImportOptions& options, Article* out,
                std::vector<Error>* warnings, Error* err, SourceLines* where) {
    std::vector<ImportedArticle> got;
    if (!ImportSource(raw, file, options, &got, warnings, err)) return false;
    if (got.size() != 1) {
        *err = Error{file, "", "gives " + std::to_string(got.size()) + " articles where one was expected"};
        return false;
    }
    *out = std::move(got[0].Item);
    if (where) *where = std::move(got[0].Lines);
    return true;
}

} // namespace folio::cli
