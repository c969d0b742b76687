// ShapedScripts: an article's shaped scripts through ICU's Script property (uscript_getScript).
#include "cli/text_scripts.h"
#include "model/limits.h"

#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <set>

namespace folio::cli {

namespace {

// Drawn one glyph per code point, left to right, by the reading faces or the fallback slices: no shaping needed.
bool Unshaped(UScriptCode s) {
    switch (s) {
    case USCRIPT_COMMON: case USCRIPT_INHERITED: case USCRIPT_UNKNOWN: case USCRIPT_LATIN: case USCRIPT_GREEK:
    case USCRIPT_CYRILLIC: case USCRIPT_HAN: case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA: case USCRIPT_HANGUL:
    case USCRIPT_BOPOMOFO:
        return true;
    default:
        return false;
    }
}

void AddScripts(const std::string& text, std::set<UScriptCode>* found) {
    for (int32_t i = 0, n = (int32_t)text.size(); i < n;) {
        UChar32 c;
        U8_NEXT(text.data(), i, n, c);
        if (c < 0x0370) continue; // ASCII and the Latin blocks: never shaped (and most of every article)
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode s = uscript_getScript(c, &status);
        if (U_SUCCESS(status) && !Unshaped(s)) found->insert(s);
    }
}

void AddRich(const RichText& t, std::set<UScriptCode>* found) {
    for (const Span& s : t.Spans) AddScripts(s.Text, found);
}

void AddPhoto(const Photo& p, std::set<UScriptCode>* found) {
    for (const std::string* s : {&p.Alt, &p.Caption, &p.Credit}) AddScripts(*s, found);
}

} // namespace

std::vector<std::string> ShapedScripts(const Article& a) {
    std::set<UScriptCode> found;
    for (const std::string* s : {&a.Headline, &a.Description, &a.Section, &a.Dateline.Text, &a.Dateline.Place,
                                 &a.Dateline.Date, &a.Dateline.Agency, &a.Publisher})
        AddScripts(*s, &found);
    for (const std::string& name : a.Authors) AddScripts(name, &found);
    AddPhoto(a.Image, &found);
    for (const Block& b : a.Body) {
        AddRich(b.Text, &found);
        for (const RichText& item : b.Items) AddRich(item, &found);
        AddScripts(b.Attribution, &found);
        AddPhoto(b.Image, &found);
    }
    std::set<std::string> codes; // sorted by code, not by ICU's numbering
    for (UScriptCode s : found) codes.insert(uscript_getShortName(s));
    std::vector<std::string> out;
    for (const std::string& c : codes)
        if (IsScriptCode(c) && out.size() < kMaxScripts) out.push_back(c);
    return out;
}

} // namespace folio::cli
