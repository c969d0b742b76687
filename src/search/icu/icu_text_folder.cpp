// IcuTextFolder: fold.h's six steps with ICU's Normalizer2, character types and root-locale lower-casing. Text is
// cut at ASCII characters that become spaces and stop a case context (every ASCII punctuation, symbol, space and
// control but the case-ignorable ' . : ^ `), so each piece folds alone exactly as it would inside the whole, and a
// piece of ASCII letters and digits (most words of most articles) folds without ICU, and each thread remembers the
// folds of the other pieces it met last (a word recurs across an archive's articles; ICU's steps cost far more than
// a lookup).
#include "search/icu/icu_text_folder.h"
#include "search/direct_mapped_memo.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>


namespace folio::search {
namespace {

bool AsciiAlnum(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// An ASCII byte that becomes a space and is not case-ignorable: the fold of the text on either side of it does not
// depend on the other side.
bool Separator(unsigned char c) {
    return c < 0x80 && !AsciiAlnum(c) && c != '\'' && c != '.' && c != ':' && c != '^' && c != '`';
}

bool Apostrophe(UChar32 c) { return c == 0x27 || c == 0x2019 || c == 0x2BC; }

constexpr uint32_t kSpaceCategories = U_GC_P_MASK | U_GC_S_MASK | U_GC_Z_MASK | U_GC_C_MASK;

void FoldAscii(std::string_view piece, std::string* out) {
    for (unsigned char c : piece) {
        if (c >= 'A' && c <= 'Z') out->push_back(static_cast<char>(c - 'A' + 'a'));
        else if (AsciiAlnum(c)) out->push_back(static_cast<char>(c));
        else if (c != '\'') out->push_back(' ');
    }
}

void FoldUnicode(std::string_view piece, std::string* out, bool keep_marks) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    // fromUTF8 reads each ill-formed sequence as U+FFFD.
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(piece.data(), static_cast<int32_t>(piece.size())));
    icu::UnicodeString decomposed, marked;
    if (U_SUCCESS(status)) decomposed = nfkd->normalize(text, status);
    if (U_FAILURE(status)) decomposed = text; // never for valid input; the steps below still give valid UTF-8
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (keep_marks || u_charType(c) != U_NON_SPACING_MARK) marked.append(c);
    }
    marked.toLower(icu::Locale::getRoot());
    status = U_ZERO_ERROR;
    icu::UnicodeString composed = nfkc->normalize(marked, status);
    if (U_FAILURE(status)) composed = marked;
    icu::UnicodeString kept;
    for (int32_t i = 0; i < composed.length();) {
        const UChar32 c = composed.char32At(i);
        i += U16_LENGTH(c);
        if (Apostrophe(c)) continue;
        // A lone surrogate cannot come from fromUTF8; were one there, it is a control (Cs): a space.
        if (U_GET_GC_MASK(c) & kSpaceCategories) kept.append(static_cast<UChar>(0x20));
        else kept.append(c);
    }
    kept.toUTF8String(*out);
}

// The fold of a piece of at most kMemoBytes through this thread's memo. What it returns is what FoldUnicode gives;
// the memo only saves work.
constexpr size_t kMemoBytes = 64;

void FoldPiece(std::string_view piece, std::string* out, bool keep_marks) {
    if (piece.size() > kMemoBytes) return FoldUnicode(piece, out, keep_marks);
    thread_local DirectMappedMemo<std::string> memo;
    if (const std::string* folded = memo.Find(piece, keep_marks)) {
        out->append(*folded);
        return;
    }
    const size_t at = out->size();
    FoldUnicode(piece, out, keep_marks);
    memo.Claim(piece, keep_marks).assign(*out, at, std::string::npos);
}

} // namespace

std::string IcuTextFolder::Fold(std::string_view text) const { return FoldText(text, false); }
std::string IcuTextFolder::FoldKeepingMarks(std::string_view text) const { return FoldText(text, true); }

std::string IcuTextFolder::FoldText(std::string_view text, bool keep_marks) const {
    std::string out;
    out.reserve(text.size());
    size_t start = 0;
    const auto piece = [&](size_t end) {
        if (end == start) return;
        const std::string_view p = text.substr(start, end - start);
        bool ascii = true;
        for (unsigned char c : p) ascii = ascii && c < 0x80;
        if (ascii) FoldAscii(p, &out);
        else FoldPiece(p, &out, keep_marks);
    };
    for (size_t i = 0; i < text.size(); ++i) {
        if (!Separator(static_cast<unsigned char>(text[i]))) continue;
        piece(i);
        out.push_back(' ');
        start = i + 1;
    }
    piece(text.size());
    return out;
}

} // namespace folio::search
