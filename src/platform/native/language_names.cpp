// EnglishLanguageName through ICU (icu::Locale::forLanguageTag, getDisplayName in English).
#include "platform/native/language_names.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace folio::platform {

std::string EnglishLanguageName(const std::string& tag) {
    if (tag.empty() || tag.size() > 64) return {};
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = icu::Locale::forLanguageTag(tag, status);
    if (U_FAILURE(status) || locale.isBogus() || !*locale.getLanguage()) return {};
    icu::UnicodeString language;
    locale.getDisplayLanguage(icu::Locale::getEnglish(), language);
    std::string lang_name;
    language.toUTF8String(lang_name);
    if (lang_name.empty() || lang_name == locale.getLanguage()) return {}; // ICU's answer for a code it has no name for
    icu::UnicodeString whole;
    locale.getDisplayName(icu::Locale::getEnglish(), whole);
    std::string name;
    whole.toUTF8String(name);
    return name;
}

} // namespace folio::platform
