// An article's writing direction for its HTML snapshot: a language's (through ICU's likely script), and a text's
// first strong character's (UAX #9 rule P2, by ICU's bidi classes), so the snapshot's <html dir> and each block's
// dir="auto" say what a browser needs to lay right-to-left text out as the viewers do.
#pragma once
#include <string>

namespace folio::cli {

enum class TextDirection { None, Ltr, Rtl };

// Rtl for a language written right to left by its likely script (ar, fa, ur, he, yi, ps, sd, ug, dv, ckb, ...),
// Ltr for any other tag, None for "".
TextDirection LanguageDirection(const std::string& tag);

// The direction of the text's first strong character (bidi class L, or R/AL), None when it has none. Text inside
// isolates is not skipped: the model's CleanText keeps bidi controls out of an article.
TextDirection FirstStrongDirection(const std::string& utf8);

} // namespace folio::cli
