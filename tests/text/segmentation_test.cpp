// Breaking inside runs of class SA through the desktop's DictionarySegmenter (libthai for Thai, ICU for Lao, Khmer
// and Myanmar), and Folio's tailoring of UAX #14 (unibreak_breaker.h): each against the words a reader sees.
#include "platform/native/dictionary_segmenter.h"
#include "platform/text/unibreak_breaker.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using folio::layout::BreakKind;
using folio::platform::DictionarySegmenter;
using folio::platform::UnibreakBreaker;

namespace {

std::vector<uint32_t> CodePoints(const std::string& utf8) {
    std::vector<uint32_t> cps;
    for (size_t i = 0; i < utf8.size();) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        const int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        uint32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
        for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + static_cast<size_t>(k)]) & 0x3F);
        cps.push_back(cp);
        i += static_cast<size_t>(len);
    }
    return cps;
}

// The text with '|' wherever a line may end (not after the last character).
std::string Marked(const UnibreakBreaker& breaker, const std::string& utf8, const char* lang = "") {
    const auto cps = CodePoints(utf8);
    std::vector<BreakKind> breaks(cps.size());
    breaker.Breaks(cps.data(), cps.size(), lang, breaks.data());
    std::string out;
    size_t byte = 0;
    for (size_t i = 0; i < cps.size(); ++i) {
        const auto b = static_cast<unsigned char>(utf8[byte]);
        const size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        out += utf8.substr(byte, len);
        byte += len;
        if (i + 1 < cps.size() && breaks[i] != BreakKind::None) out += '|';
    }
    return out;
}

} // namespace

TEST_CASE("Thai breaks between its words through libthai, and only at its edges without a segmenter") {
    DictionarySegmenter segmenter;
    REQUIRE_MESSAGE(segmenter.HasThaiDictionary(), "libthai's dictionary (libthai-data) is not installed");
    UnibreakBreaker with(&segmenter), without;
    // "Thailand has heavy rain in the south"; "The prime minister travels to Chiang Mai today".
    CHECK(Marked(with, "ประเทศไทยมีฝนตกหนักในภาคใต้") == "ประเทศ|ไทย|มี|ฝน|ตก|หนัก|ใน|ภาค|ใต้");
    CHECK(Marked(with, "นายกรัฐมนตรีเดินทางไปเชียงใหม่ วันนี้") == "นายก|รัฐมนตรี|เดินทาง|ไป|เชียงใหม่ |วัน|นี้");
    CHECK(Marked(without, "ประเทศไทยมีฝนตกหนักในภาคใต้") == "ประเทศไทยมีฝนตกหนักในภาคใต้");
    // Inside Latin text the Thai run keeps UAX #14's breaks at its edges (the spaces) and gains its own.
    CHECK(Marked(with, "Bangkok ประเทศไทย news", "en") == "Bangkok |ประเทศ|ไทย |news");
}

TEST_CASE("Lao, Khmer and Myanmar break between their words through ICU's dictionaries") {
    DictionarySegmenter segmenter;
    UnibreakBreaker breaker(&segmenter);
    CHECK(Marked(breaker, "ສະບາຍດີປະເທດລາວ") == "ສະບາຍດີ|ປະເທດ|ລາວ");              // "hello, Laos"
    CHECK(Marked(breaker, "ព្រះរាជាណាចក្រកម្ពុជា") == "ព្រះរាជាណាចក្រ|កម្ពុជា");       // "Kingdom of Cambodia"
    CHECK(Marked(breaker, "မြန်မာနိုင်ငံသတင်း") == "မြန်မာနိုင်ငံ|သတင်း");              // "Myanmar news"
}

TEST_CASE("Folio's tailoring: an en dash between digits holds them together; elsewhere it breaks after") {
    UnibreakBreaker breaker;
    CHECK(Marked(breaker, "pages 10–12, 1990–95 and A–Z") == "pages |10–12, |1990–95 |and |A–|Z");
    CHECK(Marked(breaker, "٢٠٢٠–٢٠٢٤") == "٢٠٢٠–٢٠٢٤"); // Arabic-Indic digits are class NU too
}

TEST_CASE("The last code point is a mandatory break, and a newline inside is one too") {
    UnibreakBreaker breaker;
    const auto cps = CodePoints("ab\ncd");
    std::vector<BreakKind> breaks(cps.size());
    breaker.Breaks(cps.data(), cps.size(), "", breaks.data());
    CHECK(breaks[1] == BreakKind::None);
    CHECK(breaks[2] == BreakKind::Mandatory);
    CHECK(breaks[4] == BreakKind::Mandatory);
}
