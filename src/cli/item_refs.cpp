// StableId: the slug by hand (it is a filter over ASCII), the hash through media.h's Sha256Hex (OpenSSL).
// IsPhotoSource: model/url.h's reading of schemes.
#include "cli/item_refs.h"
#include "cli/media.h"
#include "model/url.h"

#include <cctype>

namespace folio::cli {

std::string StableId(const std::string& readable, const std::string& key, const std::string& fallback) {
    std::string slug;
    bool gap = false;
    for (size_t i = 0; i < readable.size(); ++i) {
        const unsigned char c = (unsigned char)readable[i];
        if (c == '%' && i + 2 < readable.size() && std::isxdigit((unsigned char)readable[i + 1]) &&
            std::isxdigit((unsigned char)readable[i + 2])) {
            i += 2; // a percent-escape (a WordPress slug of Cyrillic letters) is no readable ASCII
            gap = true;
        } else if (c < 0x80 && std::isalnum(c)) {
            if (gap && !slug.empty()) slug += '-';
            gap = false;
            slug += (char)std::tolower(c);
        } else {
            gap = true;
        }
    }
    if (slug.size() > kStableSlugBytes) {
        const size_t cut = slug.rfind('-', kStableSlugBytes);
        slug.resize(cut != std::string::npos && cut > 0 ? cut : kStableSlugBytes);
    }
    if (slug.empty()) slug = fallback;
    return slug + "-" + Sha256Hex(key).substr(0, kStableIdHashDigits);
}

bool IsPhotoSource(const std::string& ref) {
    if (ref.empty()) return false;
    if (SchemeLength(ref) > 0) return IsHttpUrl(ref);
    return ref[0] != '/' && ref[0] != '\\';
}

} // namespace folio::cli
