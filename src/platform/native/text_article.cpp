// ImportTextArticle: the bundle tool's importer with today's date, its warnings dropped (a reader can do
// nothing about them; folio-bundle shows them to whoever builds the bundle).
#include "platform/native/text_article.h"
#include "cli/importer.h"

#include <ctime>
#include <vector>

namespace folio::platform {

bool ImportTextArticle(const std::string& text, const std::string& file, Article* out, Error* err) {
    cli::ImportOptions options;
    const time_t now = time(nullptr);
    tm today{};
    localtime_r(&now, &today);
    options.TodayY = today.tm_year + 1900;
    options.TodayM = today.tm_mon + 1;
    options.TodayD = today.tm_mday;
    std::vector<Error> warnings;
    return cli::ImportFile(text, file, options, out, &warnings, err);
}

} // namespace folio::platform
