// The direction a language is written in, from its BCP 47 tag: what sets an article's (and a feed item's) base
// direction for bidi, its column's alignment and the mirrored interface around it. ICU answers this from CLDR's
// likely subtags (uloc_isRightToLeft), but ICU is not in the web build, so a small table does: the scripts written
// right to left, and the languages whose likely script (CLDR) is one of them. tests/cli/text_direction_icu_test.cpp
// checks the table against ICU for every language ICU knows.
#pragma once
#include <cstdint>
#include <string>

namespace folio {

enum class TextDirection : uint8_t {
    Unknown, // no tag (or not a tag): the text's own first strong character decides
    Ltr,
    Rtl,
};

// "ar", "fa-IR", "he", "ur", "yi", "ckb", "pa-Arab", "pa-PK", "az-IR": Rtl; "en", "az", "pa", "ku": Ltr; "": Unknown.
// An explicit script subtag decides ("ks-Deva": Ltr, "ms-Arab": Rtl); a language this table does not know is Ltr,
// as ICU says for it too. Case-insensitive; '_' is taken for '-'.
TextDirection DirectionOfLanguage(const std::string& tag);

// An ISO 15924 script code ("Arab", "Hebr", any case) written right to left.
bool IsRtlScript(const std::string& script);

} // namespace folio
