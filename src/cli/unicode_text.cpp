// FoldCase, StartsUpper, StartsLower: ICU's Unicode properties for the wire importers.
#include "cli/unicode_text.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace folio::cli {

std::string FoldCase(const std::string& utf8) {
    // ASCII folds to its lower case: done here, since most words of most stories are ASCII.
    bool ascii = true;
    for (unsigned char c : utf8) ascii = ascii && c < 0x80;
    if (ascii) {
        std::string lower = utf8;
        for (char& c : lower) if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        return lower;
    }
    std::string out;
    icu::UnicodeString::fromUTF8(utf8).foldCase().toUTF8String(out);
    return out;
}

static UChar32 First(const std::string& utf8) {
    if (utf8.empty()) return -1;
    int32_t i = 0;
    UChar32 c;
    U8_NEXT(utf8.data(), i, (int32_t)utf8.size(), c);
    return c;
}

bool StartsUpper(const std::string& utf8) {
    const UChar32 c = First(utf8);
    return c >= 0 && (u_isupper(c) || u_istitle(c));
}

bool StartsLower(const std::string& utf8) {
    const UChar32 c = First(utf8);
    return c >= 0 && u_islower(c);
}

} // namespace folio::cli
