// LanguageDirection and FirstStrongDirection through ICU (uloc_isRightToLeft, u_charDirection).
#include "cli/text_direction.h"

#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/utf8.h>

namespace folio::cli {

TextDirection LanguageDirection(const std::string& tag) {
    if (tag.empty()) return TextDirection::None;
    // ICU takes BCP 47's hyphens as well as its own underscores, and adds the likely script ("ur" -> Arab).
    return uloc_isRightToLeft(tag.c_str()) ? TextDirection::Rtl : TextDirection::Ltr;
}

TextDirection FirstStrongDirection(const std::string& utf8) {
    for (int32_t i = 0, n = (int32_t)utf8.size(); i < n;) {
        UChar32 c;
        U8_NEXT(utf8.data(), i, n, c);
        if (c < 0) continue;
        switch (u_charDirection(c)) {
        case U_LEFT_TO_RIGHT: return TextDirection::Ltr;
        case U_RIGHT_TO_LEFT:
        case U_RIGHT_TO_LEFT_ARABIC: return TextDirection::Rtl;
        default: break;
        }
    }
    return TextDirection::None;
}

} // namespace folio::cli
