// ShapedScripts: which scripts an article's text uses that a viewer draws by shaping, as ISO 15924 codes, for the
// article's and its feed item's "scripts" (docs/bundle-format.md), so a viewer can fetch those faces and its text
// module while the article itself loads.
#pragma once
#include "model/article.h"

#include <string>
#include <vector>

namespace folio::cli {

// The ISO 15924 codes ("Arab", "Hebr", "Deva", "Thai") of the scripts of every character of the text a viewer shows
// (headline, standfirst, section, dateline, authors, body text, list items, attributions, captions, credits and alt
// texts; code blocks too, they may quote any script), by ICU's Script property, sorted, without those the reading
// faces and the fallback slices draw one glyph per code point (Latin, Greek, Cyrillic, Han, Hiragana, Katakana,
// Hangul, Bopomofo) and the shared Common and Inherited (digits, punctuation, combining marks).
std::vector<std::string> ShapedScripts(const Article& a);

} // namespace folio::cli
