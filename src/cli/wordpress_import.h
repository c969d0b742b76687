// WordPress REST API posts (/wp-json/wp/v2/posts, one post object or an array of them) to articles, read with the
// model's bounded JsonReader, every member it uses type-checked with its JSON path in the message: title.rendered
// and excerpt.rendered as plain text (HtmlToPlainText), content.rendered through HtmlToBlocks, date_gmt and
// modified_gmt (UTC), link, slug (with a hash of the guid for the id: item_refs.h), and what `_embedded` carries
// when the export asked for it (?_embed): author names, category and tag names (wp:term), the featured image
// (wp:featuredmedia). A post whose status is not "publish", or whose content is password-protected, gives no
// article and a warning that says why.
#pragma once
#include "cli/importer.h"

namespace folio::cli {

// `text` is already cleaned (CleanSource). Appends one article per published post to *out, in the file's order;
// on an error *out is untouched.
bool ImportWordPress(const std::string& text, const std::string& file, const ImportOptions& options,
                     std::vector<ImportedArticle>* out, std::vector<Error>* warnings, Error* err);

} // namespace folio::cli
