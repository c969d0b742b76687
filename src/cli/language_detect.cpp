// DetectLanguage: CLD2's verdict when it is reliable, else the dominant script's language (or und-Script where
// a script serves many languages), through ICU's script property.
#include "cli/language_detect.h"
#include "model/limits.h"

#include <cld2/public/compact_lang_det.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <map>

namespace folio::cli {

namespace {

// The longest prefix of at most `max` bytes that is valid UTF-8 and ends on a character boundary.
std::string ValidPrefix(const std::string& text, size_t max) {
    const int32_t n = (int32_t)std::min(text.size(), max);
    int32_t i = 0, good = 0;
    while (i < n) {
        UChar32 c;
        U8_NEXT(text.data(), i, n, c);
        if (c < 0) break;
        good = i;
    }
    return text.substr(0, (size_t)good);
}

// CLD2's codes that are not today's BCP 47 ("iw" for Hebrew), and its codes for no language.
std::string Bcp47(const std::string& code) {
    static const std::map<std::string, std::string> old = {{"iw", "he"}, {"in", "id"}, {"jw", "jv"}, {"zh-TW", "zh-Hant"}};
    if (code == "un" || code == "xxx" || code.empty()) return "";
    const auto it = old.find(code);
    const std::string tag = it == old.end() ? code : it->second;
    return IsLanguageTag(tag) ? tag : "";
}

// The script most of the letters are in, with kana counted for Japanese (whose text mixes kana and Han).
struct ScriptLanguage {
    UScriptCode Script;
    const char* Tag;  // the language that script means, or und-Xxxx where it serves many
    const char* Name; // for messages
};
const ScriptLanguage kScripts[] = {
    {USCRIPT_CYRILLIC, "und-Cyrl", "Cyrillic"}, {USCRIPT_GREEK, "el", "Greek"},
    {USCRIPT_ARABIC, "und-Arab", "Arabic"},     {USCRIPT_HEBREW, "he", "Hebrew"},
    {USCRIPT_HAN, "zh", "Han"},                 {USCRIPT_HIRAGANA, "ja", "Hiragana/Katakana"},
    {USCRIPT_HANGUL, "ko", "Hangul"},           {USCRIPT_THAI, "th", "Thai"},
    {USCRIPT_DEVANAGARI, "und-Deva", "Devanagari"},
};

DetectedLanguage ByScript(const std::string& text) {
    std::map<UScriptCode, size_t> letters;
    size_t kana = 0, total = 0;
    for (int32_t i = 0, n = (int32_t)text.size(); i < n;) {
        UChar32 c;
        U8_NEXT(text.data(), i, n, c);
        if (c < 0 || !u_isalpha(c)) continue;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &status);
        if (U_FAILURE(status)) continue;
        ++total;
        if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA) ++kana;
        else ++letters[script];
    }
    if (kana > 0) letters[USCRIPT_HIRAGANA] = kana + letters[USCRIPT_HAN]; // Japanese: kana with kanji
    UScriptCode best = USCRIPT_INVALID_CODE;
    size_t most = 0;
    for (const auto& [script, count] : letters)
        if (count > most) { best = script; most = count; }
    if (total == 0 || best == USCRIPT_INVALID_CODE) return DetectedLanguage{"", false, "no letters to tell the language by"};
    for (const ScriptLanguage& s : kScripts)
        if (s.Script == best) return DetectedLanguage{s.Tag, false, std::string("its script (") + s.Name + ")"};
    return DetectedLanguage{"", false, std::string("CLD2 was unsure and the script (") + uscript_getName(best) +
                                           ") is not one language's"};
}

} // namespace

DetectedLanguage DetectLanguage(const std::string& text) {
    const std::string valid = ValidPrefix(text, kMaxDetectBytes);
    bool reliable = false;
    const CLD2::Language lang = CLD2::DetectLanguage(valid.data(), (int)valid.size(), true, &reliable);
    if (reliable && lang != CLD2::UNKNOWN_LANGUAGE) {
        const std::string tag = Bcp47(CLD2::LanguageCode(lang));
        if (!tag.empty()) return DetectedLanguage{tag, true, "CLD2"};
    }
    return ByScript(valid);
}

DetectedLanguage DetectArticleLanguage(const Article& a) {
    std::string text = a.Headline + "\n" + a.Description + "\n";
    for (const Block& b : a.Body) {
        if (text.size() >= kMaxDetectBytes) break;
        if (b.Type == BlockType::Code || b.Type == BlockType::Photo) continue; // code is no one's language
        text += b.Text.PlainText() + "\n";
        for (const RichText& item : b.Items) text += item.PlainText() + "\n";
    }
    return DetectLanguage(text);
}

} // namespace folio::cli
