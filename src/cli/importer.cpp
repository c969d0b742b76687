// ImportFile: clean the bytes, then hand them to the importer the file's extension names.
#include "cli/importer.h"
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
                std::vector<Error>* warnings, Error* err, std::vector<size_t>* photo_lines) {
    std::string text;
    if (!CleanSource(raw, file, &text, warnings, err)) return false;
    if (photo_lines) photo_lines->clear(); // the wire shape has no photos
    return IsMarkdown(file) ? ImportMarkdown(text, file, options, out, warnings, err, photo_lines)
                            : ImportWireText(text, file, options, out, warnings, err);
}

} // namespace folio::cli
