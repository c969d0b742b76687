// ImportFile: clean the bytes, then hand them to the importer the file's extension names.
#include "cli/importer.h"
#include "cli/article_limits.h"
#include "cli/file_io.h"
#include "cli/markdown_import.h"
#include "cli/source_text.h"
#include "cli/text_import.h"
#include "model/date.h"

namespace folio::cli {

static bool IsMarkdown(const std::string& path) { return EndsWith(path, ".md") || EndsWith(path, ".markdown"); }

bool IsSourceFile(const std::string& path) { return EndsWith(path, ".txt") || IsMarkdown(path); }

std::string DateTimeFromOption(const std::string& date, const std::string& offset) {
    int64_t ignored;
    if (date.size() == 10 && ParseDate(date, &ignored)) {
        const std::string full = date + "T00:00:00" + offset;
        return ParseDate(full, &ignored) ? full : "";
    }
    return date.size() > 10 && ParseDate(date, &ignored) ? date : "";
}

bool ImportFile(const std::string& raw, const std::string& file, const ImportOptions& options, Article* out,
                std::vector<Error>* warnings, Error* err, SourceLines* where) {
    std::string text;
    if (!CleanSource(raw, file, &text, warnings, err)) return false;
    Article a;
    SourceLines lines;
    const bool ok = IsMarkdown(file) ? ImportMarkdown(text, file, options, &a, &lines, warnings, err)
                                     : ImportWireText(text, file, options, &a, &lines, warnings, err);
    if (!ok || !FitToLimits(&a, lines, file, warnings, err)) return false;
    *out = std::move(a);
    if (where) *where = std::move(lines);
    return true;
}

} // namespace folio::cli
