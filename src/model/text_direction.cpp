// DirectionOfLanguage: a language tag's writing direction from two small tables (RTL scripts; languages and
// language-region pairs whose likely script in CLDR is one of them), so the web build needs no ICU.
#include "model/text_direction.h"
#include "model/limits.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace folio {
namespace {

// ISO 15924 codes of the scripts written right to left (those ICU's uscript_isRightToLeft names, historic ones
// included, and the Arabic and Syriac variants), sorted.
const char* const kRtlScripts[] = {
    "adlm", "arab", "aran", "armi", "avst", "chrs", "cprt", "elym", "hatr", "hebr", "hung", "khar", "lydi", "mand",
    "mani", "mend", "merc", "mero", "narb", "nbat", "nkoo", "orkh", "ougr", "palm", "phli", "phlp", "phlv", "phnx",
    "prti", "rohg", "samr", "sarb", "sogd", "sogo", "syrc", "syre", "syrj", "syrn", "thaa", "yezi",
};

// Languages (ISO 639) whose likely script in CLDR is right to left: Arabic and its varieties, Persian and Dari,
// Urdu, Pashto, Sindhi, Uyghur, Kashmiri, Central Kurdish (Sorani), Balochi, Western Panjabi, Hebrew, Yiddish
// (and their old codes iw and ji), Ladino, Dhivehi, Syriac, N'Ko, Rohingya, Ottoman Turkish, and the historic
// languages of right-to-left scripts (Avestan, Aramaic, Pahlavi, Phoenician, Sogdian); Samaritan Aramaic (sam) is
// not, as ICU has no likely script for it and its texts are tagged sam-Samr. Some ISO 639-3 codes of
// Arabic, Pashto and Yiddish varieties (acm, afb, pbt, ydd, ...) are here though ICU has no likely script for them.
// Ancient Greek is not: CLDR's likely script for grc is Cypriot, but Greek is written left to right. (Fulah in
// Adlam is ff-Adlm: the script decides.) Sorted.
const char* const kRtlLanguages[] = {
    "acm", "ae", "aeb", "afb", "ajp", "apc", "apd", "ar", "arb", "arc", "arq", "ars", "ary", "arz", "auz", "avl",
    "ayh", "ayl", "ayn", "ayp", "azb", "bal", "bej", "bgn", "bqi", "brh", "ckb", "dv", "fa", "gbz", "glk", "he",
    "hno", "iw", "ji", "khw", "ks", "lad", "lah", "lki", "lrc", "mde", "mzn", "nqo", "ota", "pal", "pbt", "pbu",
    "phn", "pnb", "prs", "ps", "pst", "rhg", "sd", "sdh", "shu", "skr", "sog", "ssh", "swb", "syr", "trw",
    "ug", "ur", "wni", "ydd", "yi", "yih",
};

// Where a language's likely script differs by region (CLDR's likely subtags: pa-PK is pa-Arab-PK, az-IR is
// az-Arab-IR, man-GN is man-Nkoo-GN; the other way, sd-IN is sd-Deva-IN and ug-KZ is ug-Cyrl-KZ).
struct RegionScript {
    const char* Language;
    const char* Region;
    bool Rtl;
};
const RegionScript kByRegion[] = {
    {"az", "iq", true},  {"az", "ir", true},  {"ha", "cm", true},  {"ha", "sd", true}, {"kk", "af", true},
    {"kk", "cn", true},  {"kk", "ir", true},  {"kk", "mn", true},  {"ku", "lb", true}, {"ky", "cn", true},
    {"man", "gn", true}, {"ms", "cc", true},  {"pa", "pk", true},  {"tg", "pk", true}, {"uz", "af", true},
    {"sd", "in", false}, {"ug", "kz", false}, {"ug", "mn", false},
};

bool InSorted(const char* const* begin, const char* const* end, const std::string& key) {
    return std::binary_search(begin, end, key.c_str(), [](const char* a, const char* b) { return std::strcmp(a, b) < 0; });
}

std::string Lower(std::string s) {
    for (char& c : s) c = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c == '_' ? '-' : c;
    return s;
}

bool AllLetters(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

} // namespace

bool IsRtlScript(const std::string& script) {
    return script.size() == 4 && InSorted(std::begin(kRtlScripts), std::end(kRtlScripts), Lower(script));
}

TextDirection DirectionOfLanguage(const std::string& raw) {
    const std::string tag = Lower(raw);
    if (!IsLanguageTag(tag)) return TextDirection::Unknown;
    // Subtags: language, then (BCP 47's order) extended languages (3 letters), script (4 letters), region.
    std::string language, script, region;
    size_t at = 0;
    for (int index = 0; at <= tag.size(); ++index) {
        const size_t dash = std::min(tag.find('-', at), tag.size());
        const std::string sub = tag.substr(at, dash - at);
        at = dash + 1;
        if (index == 0) { language = sub; continue; }
        if (sub.size() == 1) break; // an extension or private use: nothing after it names a script or region
        if (script.empty() && region.empty() && sub.size() == 3 && AllLetters(sub)) { language = sub; continue; }
        if (script.empty() && region.empty() && sub.size() == 4 && AllLetters(sub)) { script = sub; continue; }
        if (region.empty() && (sub.size() == 2 || (sub.size() == 3 && !AllLetters(sub)))) { region = sub; continue; }
        break; // a variant
    }
    if (language == "und" && script.empty()) return TextDirection::Unknown;
    if (!script.empty()) return IsRtlScript(script) ? TextDirection::Rtl : TextDirection::Ltr;
    for (const RegionScript& r : kByRegion)
        if (language == r.Language && region == r.Region) return r.Rtl ? TextDirection::Rtl : TextDirection::Ltr;
    return InSorted(std::begin(kRtlLanguages), std::end(kRtlLanguages), language) ? TextDirection::Rtl : TextDirection::Ltr;
}

} // namespace folio
