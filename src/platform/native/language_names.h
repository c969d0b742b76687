// EnglishLanguageName: a BCP 47 tag's name in English from ICU's CLDR data, for the desktop's ui::Host.
#pragma once
#include <string>

namespace folio::platform {

// "ru": "Russian", "pt-BR": "Portuguese (Brazil)", "zh-Hant": "Chinese (Traditional)"; "" for a tag ICU cannot
// parse or whose language it has no name for.
std::string EnglishLanguageName(const std::string& tag);

} // namespace folio::platform
