// Standard base64 (RFC 4648 section 4, with padding): see base64.h.
#include "model/base64.h"

#include <utility>

namespace folio {

namespace {

const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The 6-bit value of a base64 character, or -1.
int SextetOf(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

} // namespace

std::string ToBase64(const std::vector<uint8_t>& bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (size_t i = 0; i < bytes.size(); i += 3) {
        size_t n = bytes.size() - i < 3 ? bytes.size() - i : 3;
        uint32_t v = (uint32_t)bytes[i] << 16;
        if (n > 1) v |= (uint32_t)bytes[i + 1] << 8;
        if (n > 2) v |= bytes[i + 2];
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += n > 1 ? kAlphabet[(v >> 6) & 63] : '=';
        out += n > 2 ? kAlphabet[v & 63] : '=';
    }
    return out;
}

bool FromBase64(const std::string& text, std::vector<uint8_t>* bytes) {
    if (text.size() % 4 != 0) return false;
    std::vector<uint8_t> out;
    out.reserve(text.size() / 4 * 3);
    for (size_t i = 0; i < text.size(); i += 4) {
        bool last = i + 4 == text.size();
        int pad = 0;
        if (last && text[i + 3] == '=') pad = text[i + 2] == '=' ? 2 : 1;
        uint32_t v = 0;
        for (int k = 0; k < 4; ++k) {
            int s = k < 4 - pad ? SextetOf(text[i + k]) : 0;
            if (s < 0) return false;
            v = v << 6 | (uint32_t)s;
        }
        out.push_back((uint8_t)(v >> 16));
        if (pad < 2) out.push_back((uint8_t)(v >> 8));
        if (pad < 1) out.push_back((uint8_t)v);
        // The bits after the last byte must be zero: "AB==" and "AA==" would otherwise both be one byte of 0.
        if ((pad == 2 && (v & 0xFFFF) != 0) || (pad == 1 && (v & 0xFF) != 0)) return false;
    }
    *bytes = std::move(out);
    return true;
}

} // namespace folio
