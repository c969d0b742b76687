// Tests of model/thumbhash.cpp: the reference's hashes and decoded placeholders (tests/thumbhash/vectors.json, made
// by the npm package `thumbhash`; tests/thumbhash/conformance.test.mjs compares many more images through
// thumbhash_vectors), round trips, the header readers, and what the encoder and decoder refuse.
#include "model/base64.h"
#include "model/thumbhash.h"

#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <fstream>
#include <sstream>

using namespace folio;

namespace {

// tests/thumbhash/images.mjs's testImage, in C++: the same bytes for each pattern and size.
std::vector<uint8_t> TestImage(const std::string& pattern, int w, int h) {
    static const char* patterns[] = {"solid", "gradient", "alpha", "noise", "noise-alpha", "transparent", "checker", "half"};
    int index = -1;
    for (int i = 0; i < 8; ++i)
        if (pattern == patterns[i]) index = i;
    REQUIRE(index >= 0);
    std::vector<uint8_t> rgba((size_t)(w * h * 4));
    int dw = std::max(w - 1, 1), dh = std::max(h - 1, 1), dd = std::max(w + h - 2, 1);
    uint32_t s = (uint32_t)(w * 131 + h * 7919 + index * 104729 + 1);
    auto next = [&s]() {
        s ^= s << 13;
        s ^= s >> 17;
        s ^= s << 5;
        return (uint8_t)(s & 255);
    };
    for (int y = 0, i = 0; y < h; y++) {
        for (int x = 0; x < w; x++, i += 4) {
            uint8_t px[4] = {0, 0, 0, 0};
            auto set = [&px](int r, int g, int b, int a) {
                px[0] = (uint8_t)r, px[1] = (uint8_t)g, px[2] = (uint8_t)b, px[3] = (uint8_t)a;
            };
            switch (index) {
            case 0: set(200, 30, 90, 255); break;
            case 1: set(x * 255 / dw, y * 255 / dh, (x + y) * 255 / dd, 255); break;
            case 2: set(255 - x * 255 / dw, 128, y * 255 / dh, x * 255 / dw); break;
            case 3: { int r = next(), g = next(), b = next(); set(r, g, b, 255); break; }
            case 4: { int r = next(), g = next(), b = next(), a = next(); set(r, g, b, a); break; }
            case 5: break;
            case 6: { int v = ((x >> 3) + (y >> 3)) & 1 ? 255 : 0; set(v, v, v, 255); break; }
            case 7: if (2 * x < w) set(220, 20, 20, 255); else set(20, 20, 220, 0); break;
            }
            for (int k = 0; k < 4; ++k) rgba[(size_t)(i + k)] = px[k];
        }
    }
    return rgba;
}

std::vector<uint8_t> Hash(const std::vector<uint8_t>& rgba, int w, int h) {
    std::vector<uint8_t> hash;
    std::string why;
    REQUIRE_MESSAGE(ThumbHashFromRgba(w, h, rgba.data(), rgba.size(), &hash, &why), why);
    return hash;
}

// ThumbHashToRgba's refusal, or "" when it decodes.
std::string DecodeRefusal(const std::vector<uint8_t>& hash) {
    int w = -1, h = -1;
    std::vector<uint8_t> rgba = {9};
    std::string why;
    if (ThumbHashToRgba(hash, &w, &h, &rgba, &why)) return "";
    CHECK(w == -1);
    CHECK(rgba == std::vector<uint8_t>{9});
    CHECK(!why.empty());
    return why;
}

} // namespace

TEST_CASE("the reference's vectors: hashes byte for byte, placeholders pixel for pixel") {
    std::ifstream in(FOLIO_TEST_THUMBHASH_VECTORS, std::ios::binary);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    rapidjson::Document doc;
    doc.Parse(text.str().c_str());
    REQUIRE(!doc.HasParseError());
    int hashes = 0, decodes = 0;
    for (const auto& v : doc["vectors"].GetArray()) {
        std::string pattern = v["pattern"].GetString();
        int w = v["width"].GetInt(), h = v["height"].GetInt();
        CAPTURE(pattern);
        CAPTURE(w);
        CAPTURE(h);
        std::vector<uint8_t> hash = Hash(TestImage(pattern, w, h), w, h);
        CHECK(ToBase64(hash) == v["hash"].GetString());
        hashes++;
        if (v.HasMember("decodedRgba")) {
            int dw = 0, dh = 0;
            std::vector<uint8_t> rgba;
            std::string why;
            REQUIRE(ThumbHashToRgba(hash, &dw, &dh, &rgba, &why));
            CHECK(dw == v["decodedWidth"].GetInt());
            CHECK(dh == v["decodedHeight"].GetInt());
            CHECK(ToBase64(rgba) == v["decodedRgba"].GetString());
            decodes++;
        }
    }
    CHECK(hashes == 13);
    CHECK(decodes == 4);
}

TEST_CASE("round trip: a solid colour decodes to itself, a landscape stays landscape") {
    std::vector<uint8_t> hash = Hash(TestImage("solid", 100, 100), 100, 100); // (200, 30, 90, 255)
    ThumbHashColor c;
    std::string why;
    REQUIRE(ThumbHashAverageRgba(hash, &c, &why));
    CHECK(c.R * 255 == doctest::Approx(200).epsilon(0.03));
    CHECK(c.G * 255 == doctest::Approx(30).epsilon(0.2));
    CHECK(c.B * 255 == doctest::Approx(90).epsilon(0.05));
    CHECK(c.A == 1);
    int w = 0, h = 0;
    std::vector<uint8_t> rgba;
    REQUIRE(ThumbHashToRgba(hash, &w, &h, &rgba, &why));
    CHECK(w == 32);
    CHECK(h == 32);
    for (size_t i = 0; i < rgba.size(); i += 4) {
        CHECK(std::abs(rgba[i] - 200) <= 6);
        CHECK(std::abs(rgba[i + 1] - 30) <= 6);
        CHECK(std::abs(rgba[i + 2] - 90) <= 6);
        CHECK(rgba[i + 3] == 255);
    }

    double ratio = 0;
    REQUIRE(ThumbHashAspectRatio(Hash(TestImage("gradient", 100, 50), 100, 50), &ratio, &why));
    CHECK(ratio == doctest::Approx(7.0 / 4)); // 7 luminance terms across, round(7 * 50 / 100) = 4 down
    REQUIRE(ThumbHashAspectRatio(Hash(TestImage("gradient", 30, 100), 30, 100), &ratio, &why));
    CHECK(ratio == doctest::Approx(2.0 / 7));
    REQUIRE(ThumbHashAspectRatio(Hash(TestImage("alpha", 100, 60), 100, 60), &ratio, &why));
    CHECK(ratio == doctest::Approx(5.0 / 3)); // with alpha, 5 terms across
}

TEST_CASE("transparency: the alpha byte is there, a transparent half decodes transparent") {
    std::vector<uint8_t> opaque = Hash(TestImage("gradient", 40, 40), 40, 40);
    std::vector<uint8_t> half = Hash(TestImage("half", 40, 40), 40, 40);
    CHECK((opaque[2] & 0x80) == 0);
    CHECK((half[2] & 0x80) != 0);
    int w = 0, h = 0;
    std::vector<uint8_t> rgba;
    std::string why;
    REQUIRE(ThumbHashToRgba(half, &w, &h, &rgba, &why));
    REQUIRE(w == 32);
    CHECK(rgba[(size_t)(16 * 32 + 1) * 4 + 3] > 200); // left: opaque red
    CHECK(rgba[(size_t)(16 * 32 + 1) * 4] > 150);
    CHECK(rgba[(size_t)(16 * 32 + 30) * 4 + 3] < 60); // right: transparent
}

TEST_CASE("the encoder refuses sizes the algorithm does not take, and pixels of the wrong length") {
    std::vector<uint8_t> hash = {1, 2, 3};
    std::vector<uint8_t> rgba(101 * 4, 255);
    std::string why;
    CHECK(!ThumbHashFromRgba(101, 1, rgba.data(), rgba.size(), &hash, &why));
    CHECK(why == "a ThumbHash is made from 1 to 100 pixels a side, not 101 x 1");
    CHECK(!ThumbHashFromRgba(1, 101, rgba.data(), rgba.size(), &hash, &why));
    CHECK(!ThumbHashFromRgba(0, 0, rgba.data(), 0, &hash, &why));
    CHECK(!ThumbHashFromRgba(-4, -1, rgba.data(), 16, &hash, &why));
    CHECK(!ThumbHashFromRgba(10, 10, rgba.data(), rgba.size(), &hash, &why));
    CHECK(why == "10 x 10 RGBA pixels are 400 bytes, not 404");
    CHECK(!ThumbHashFromRgba(1, 1, nullptr, 4, &hash, &why));
    CHECK(hash == std::vector<uint8_t>{1, 2, 3});
    CHECK(ThumbHashFromRgba(100, 1, rgba.data(), 400, &hash, &why));
}

TEST_CASE("the decoder refuses truncated, overlong and impossible hashes") {
    std::vector<uint8_t> good = Hash(TestImage("noise", 50, 50), 50, 50);
    std::vector<uint8_t> alpha = Hash(TestImage("noise-alpha", 50, 50), 50, 50);
    CHECK(DecodeRefusal(good) == "");
    CHECK(DecodeRefusal(alpha) == "");
    for (size_t n = 0; n < good.size(); ++n)
        CHECK(DecodeRefusal(std::vector<uint8_t>(good.begin(), good.begin() + (long)n)) != "");
    for (size_t n = 0; n < alpha.size(); ++n)
        CHECK(DecodeRefusal(std::vector<uint8_t>(alpha.begin(), alpha.begin() + (long)n)) != "");
    std::vector<uint8_t> longer = good;
    longer.push_back(0);
    CHECK(DecodeRefusal(longer) == "this ThumbHash's header says " + std::to_string(good.size()) + " bytes, it has " +
                                       std::to_string(longer.size()));
    CHECK(DecodeRefusal({}) == "a ThumbHash has at least 5 bytes, this one 0");

    // A portrait header with no luminance terms across: an aspect ratio of 0, which no encoder writes.
    std::vector<uint8_t> zero = good;
    zero[4] &= 0x7f;
    zero[3] &= 0xf8;
    CHECK(DecodeRefusal(zero) == "this ThumbHash's header gives an aspect ratio of zero or infinity");
    double ratio = 0;
    std::string why;
    CHECK(!ThumbHashAspectRatio(zero, &ratio, &why));
    CHECK(!ThumbHashAspectRatio({1, 2, 3, 4}, &ratio, &why));
    ThumbHashColor c;
    CHECK(!ThumbHashAverageRgba({1, 2, 3, 4}, &c, &why));
    CHECK(!ThumbHashAverageRgba({0, 0, 0x80, 0, 0}, &c, &why)); // alpha, but no alpha byte
    CHECK(ThumbHashAverageRgba({0, 0, 0, 0, 0}, &c, &why));
}

TEST_CASE("every header the decoder takes gives at most 32 x 32 pixels") {
    // Every combination of what decides the image's shape and the hash's length: alpha, landscape, the stored terms.
    for (int bits = 0; bits < 4; ++bits) {
        for (int terms = 0; terms < 8; ++terms) {
            std::vector<uint8_t> hash(32, 0x5a);
            hash[2] = (uint8_t)(bits & 1 ? 0x80 : 0);
            hash[3] = (uint8_t)terms;
            hash[4] = (uint8_t)(bits & 2 ? 0x80 : 0);
            double ratio = 0;
            std::string why;
            if (!ThumbHashAspectRatio(hash, &ratio, &why)) {
                CHECK(terms == 0);
                continue;
            }
            // Exactly one length is the header's, and decodes.
            int decoded = 0;
            for (size_t n = 5; n <= hash.size(); ++n) {
                std::vector<uint8_t> h(hash.begin(), hash.begin() + (long)n);
                int w = 0, ht = 0;
                std::vector<uint8_t> rgba;
                if (!ThumbHashToRgba(h, &w, &ht, &rgba, &why)) continue;
                CHECK(w >= 1);
                CHECK(ht >= 1);
                CHECK(w <= kThumbHashDecodedSide);
                CHECK(ht <= kThumbHashDecodedSide);
                CHECK(rgba.size() == (size_t)(w * ht * 4));
                CHECK((w == 32 || ht == 32));
                decoded++;
            }
            CHECK(decoded == 1);
        }
    }
}
