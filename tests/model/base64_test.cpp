// Tests of model/base64.cpp: RFC 4648's test vectors both ways, and the texts FromBase64 refuses.
#include "model/base64.h"

#include <doctest/doctest.h>

using namespace folio;

namespace {

std::vector<uint8_t> Bytes(const std::string& s) { return std::vector<uint8_t>(s.begin(), s.end()); }

// FromBase64's bytes as a string, or "REFUSED".
std::string Decoded(const std::string& text) {
    std::vector<uint8_t> out = Bytes("untouched");
    if (!FromBase64(text, &out)) {
        CHECK(out == Bytes("untouched"));
        return "REFUSED";
    }
    return std::string(out.begin(), out.end());
}

} // namespace

TEST_CASE("RFC 4648's vectors") {
    const char* pairs[][2] = {{"", ""},         {"f", "Zg=="},         {"fo", "Zm8="},         {"foo", "Zm9v"},
                              {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="}, {"foobar", "Zm9vYmFy"}};
    for (auto& p : pairs) {
        CHECK(ToBase64(Bytes(p[0])) == p[1]);
        CHECK(Decoded(p[1]) == p[0]);
    }
}

TEST_CASE("every byte value round-trips; the alphabet's last two characters are + and /") {
    std::vector<uint8_t> all;
    for (int i = 0; i < 256; ++i) all.push_back((uint8_t)i);
    std::string text = ToBase64(all);
    CHECK(text.substr(text.size() - 12) == "+fr7/P3+/w==");
    std::vector<uint8_t> back;
    REQUIRE(FromBase64(text, &back));
    CHECK(back == all);
    CHECK(ToBase64({0xfb, 0xff}) == "+/8=");
}

TEST_CASE("refused: other characters, whitespace, bad lengths, misplaced padding, set bits after the end") {
    CHECK(Decoded("Zm9") == "REFUSED");        // not a multiple of 4
    CHECK(Decoded("Zm9v\n") == "REFUSED");
    CHECK(Decoded("Zm 9") == "REFUSED");
    CHECK(Decoded("Zm-v") == "REFUSED");       // the URL alphabet is another encoding
    CHECK(Decoded("Zm_v") == "REFUSED");
    CHECK(Decoded("Zg==Zm9v") == "REFUSED");   // padding before the end
    CHECK(Decoded("Z===") == "REFUSED");
    CHECK(Decoded("====") == "REFUSED");
    CHECK(Decoded("Zm=v") == "REFUSED");
    CHECK(Decoded("Zh==") == "REFUSED");       // "Zg==" with a set bit after the byte
    CHECK(Decoded("Zm9=") == "REFUSED");       // "Zm8=" likewise
    CHECK(Decoded(std::string("Zm9v\0AAA", 8)) == "REFUSED");
}
