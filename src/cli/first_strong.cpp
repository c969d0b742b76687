// FirstStrongDirection through ICU's u_charDirection.
#include "cli/first_strong.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace folio::cli {

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
    return TextDirection::Unknown;
}

} // namespace folio::cli
