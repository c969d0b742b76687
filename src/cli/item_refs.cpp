// IdSlug and StableId: the letters through ICU's transliterator, the hash through media.h's Sha256Hex (OpenSSL).
// IsPhotoSource and LastSegment: model/url.h's reading of schemes.
#include "cli/item_refs.h"
#include "cli/media.h"
#include "model/json_read.h"
#include "model/url.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace folio::cli {

namespace {

std::string PercentDecoded(const std::string& s) {
    return CleanText(PercentDecode(s)); // a decoded escape may be invalid UTF-8 or a control character
}

// Latin ASCII for any script (ICU's transliterator, one per thread: they are not shared across threads).
std::string Ascii(const std::string& text) {
    thread_local std::unique_ptr<icu::Transliterator> latin;
    thread_local bool tried = false;
    if (!tried) {
        tried = true;
        UErrorCode status = U_ZERO_ERROR;
        latin.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) latin.reset();
    }
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(text.substr(0, 4 * kStableSlugBytes));
    if (latin) latin->transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return out;
}

} // namespace

std::string IdSlug(const std::string& text) {
    std::string s;
    for (char c : Ascii(PercentDecoded(text))) {
        const char l = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) s += l;
        else if (!s.empty() && s.back() != '-') s += '-';
    }
    if (s.size() > kStableSlugBytes) {
        s.resize(kStableSlugBytes);
        const size_t hyphen = s.rfind('-');
        if (hyphen != std::string::npos && hyphen > kStableSlugBytes / 2) s.resize(hyphen);
    }
    while (!s.empty() && s.back() == '-') s.pop_back();
    return s;
}

std::string StableId(const std::string& readable, const std::string& key, const std::string& fallback) {
    std::string slug = IdSlug(readable);
    if (slug.empty()) slug = fallback;
    return slug + "-" + Sha256Hex(key).substr(0, kStableIdHashDigits);
}

std::string LastSegment(const std::string& link) {
    std::string path = link.substr(0, link.find_first_of("?#"));
    const size_t scheme = SchemeLength(path);
    if (scheme > 0 && path.compare(scheme, 2, "//") == 0) { // a URL: its path only
        const size_t slash = path.find('/', scheme + 2);
        path = slash == std::string::npos ? "" : path.substr(slash);
    }
    while (!path.empty() && (path.back() == '/' || path.back() == ':')) path.pop_back();
    std::string seg = path.substr(path.find_last_of("/:") + 1);
    const size_t dot = seg.rfind('.');
    if (dot != std::string::npos && dot > 0 && seg.size() - dot <= 6) seg.resize(dot);
    return seg;
}

bool IsPhotoSource(const std::string& ref) {
    if (ref.empty()) return false;
    if (SchemeLength(ref) > 0) return IsHttpUrl(ref);
    return ref[0] != '/' && ref[0] != '\\';
}

} // namespace folio::cli
