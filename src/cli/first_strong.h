// FirstStrongDirection: the direction of a text's first strong character (UAX #9 rule P2, by ICU's bidi classes),
// which the HTML snapshot uses to mark a block that starts in the other direction than its page dir="auto".
#pragma once
#include "model/text_direction.h"

#include <string>

namespace folio::cli {

// Ltr for a first strong character of bidi class L, Rtl for R or AL, Unknown when the text has none (digits and
// punctuation only). Text inside isolates is not skipped: the model's CleanText keeps bidi controls out of articles.
TextDirection FirstStrongDirection(const std::string& utf8);

} // namespace folio::cli
