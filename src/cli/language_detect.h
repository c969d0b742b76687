// The language of an article whose source does not say it: CLD2 (Compact Language Detector 2) on the article's
// text, and where CLD2 is unsure, the script the text is written in (Cyrillic, Greek, Arabic, Hebrew, Han,
// Hiragana/Katakana, Hangul, Thai, Devanagari). Never a default: a text neither can place has no language.
#pragma once
#include "model/article.h"

#include <string>

namespace folio::cli {

struct DetectedLanguage {
    std::string Tag;  // BCP 47 ("ru", "pt", "und-Cyrl"), or "" when undetermined
    bool Sure = false; // CLD2 was reliable; false for a tag from the script alone, or none
    std::string How;  // for messages: "CLD2", "its script (Cyrillic)", or why there is none
};

// At most this many bytes of text are looked at (CLD2 needs far fewer; keeps a huge article linear and quick).
constexpr size_t kMaxDetectBytes = 64 * 1024;

// The language of UTF-8 text (invalid UTF-8 is cut at the first bad byte).
DetectedLanguage DetectLanguage(const std::string& text);

// The language of an article: its headline, standfirst and body text.
DetectedLanguage DetectArticleLanguage(const Article& a);

} // namespace folio::cli
