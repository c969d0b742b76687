// ThumbHash's encoder, decoder and header readers: see thumbhash.h. Each expression keeps the reference's order of
// operations (JavaScript doubles, left to right), and this file is compiled without contracting a*b+c into one
// fused multiply-add (CMakeLists.txt), so every machine rounds as JavaScript does; only std::cos is the platform's.
#include "model/thumbhash.h"

#include <algorithm>
#include <cmath>

namespace folio {

namespace {

const double kPi = 3.141592653589793; // JavaScript's Math.PI

// JavaScript's Math.round: the nearest integer, halves towards +infinity (x - floor(x) is exact for a double).
double JsRound(double x) {
    double f = std::floor(x);
    return x - f >= 0.5 ? f + 1 : f;
}
int RoundToInt(double x) { return (int)JsRound(x); }

// One channel's DCT: the constant term and the varying terms, normalised to 0..1 by the largest of them.
struct Channel {
    double Dc = 0;
    std::vector<double> Ac;
    double Scale = 0;
};

Channel EncodeChannel(const std::vector<double>& channel, int w, int h, int nx, int ny) {
    Channel out;
    std::vector<double> fx((size_t)w);
    for (int cy = 0; cy < ny; cy++) {
        for (int cx = 0; cx * ny < nx * (ny - cy); cx++) {
            double f = 0;
            for (int x = 0; x < w; x++) fx[(size_t)x] = std::cos(kPi / w * cx * (x + 0.5));
            for (int y = 0; y < h; y++) {
                double fy = std::cos(kPi / h * cy * (y + 0.5));
                for (int x = 0; x < w; x++) f += channel[(size_t)(x + y * w)] * fx[(size_t)x] * fy;
            }
            f /= w * h;
            if (cx || cy) {
                out.Ac.push_back(f);
                out.Scale = std::max(out.Scale, std::fabs(f));
            } else {
                out.Dc = f;
            }
        }
    }
    if (out.Scale != 0)
        for (double& ac : out.Ac) ac = 0.5 + 0.5 / out.Scale * ac;
    return out;
}

// The varying terms of an nx x ny channel (the triangle cx * ny < nx * (ny - cy), less the constant term).
int AcCount(int nx, int ny) {
    int n = 0;
    for (int cy = 0; cy < ny; cy++)
        for (int cx = cy ? 0 : 1; cx * ny < nx * (ny - cy); cx++) n++;
    return n;
}

// What a hash's header says; Read refuses a hash too short for it.
struct Header {
    double LDc, PDc, QDc, LScale, PScale, QScale, ADc, AScale;
    bool HasAlpha, IsLandscape;
    int Lx, Ly;           // the luminance terms, at least 3 each
    int RatioX, RatioY;   // the aspect ratio's terms, as stored
    size_t AcStart;       // where the varying terms begin
    size_t Size;          // the whole hash's length

    bool Read(const std::vector<uint8_t>& hash, std::string* why) {
        if (hash.size() < 5) {
            *why = "a ThumbHash has at least 5 bytes, this one " + std::to_string(hash.size());
            return false;
        }
        uint32_t header24 = hash[0] | (uint32_t)hash[1] << 8 | (uint32_t)hash[2] << 16;
        uint32_t header16 = hash[3] | (uint32_t)hash[4] << 8;
        HasAlpha = (header24 >> 23) != 0;
        if (HasAlpha && hash.size() < 6) {
            *why = "a ThumbHash with alpha has at least 6 bytes, this one 5";
            return false;
        }
        LDc = (header24 & 63) / 63.0;
        PDc = ((header24 >> 6) & 63) / 31.5 - 1;
        QDc = ((header24 >> 12) & 63) / 31.5 - 1;
        LScale = ((header24 >> 18) & 31) / 31.0;
        PScale = ((header16 >> 3) & 63) / 63.0;
        QScale = ((header16 >> 9) & 63) / 63.0;
        IsLandscape = (header16 >> 15) != 0;
        RatioX = IsLandscape ? (HasAlpha ? 5 : 7) : (int)(header16 & 7);
        RatioY = IsLandscape ? (int)(header16 & 7) : (HasAlpha ? 5 : 7);
        Lx = std::max(3, RatioX);
        Ly = std::max(3, RatioY);
        ADc = HasAlpha ? (hash[5] & 15) / 15.0 : 1;
        AScale = HasAlpha ? (hash[5] >> 4) / 15.0 : 0;
        AcStart = HasAlpha ? 6 : 5;
        int terms = AcCount(Lx, Ly) + 2 * AcCount(3, 3) + (HasAlpha ? AcCount(5, 5) : 0);
        Size = AcStart + (size_t)(terms + 1) / 2;
        return true;
    }
};

} // namespace

bool ThumbHashFromRgba(int w, int h, const uint8_t* rgba, size_t rgba_size, std::vector<uint8_t>* hash,
                       std::string* why) {
    if (w < 1 || h < 1 || w > kThumbHashMaxSide || h > kThumbHashMaxSide) {
        *why = "a ThumbHash is made from 1 to " + std::to_string(kThumbHashMaxSide) + " pixels a side, not " +
               std::to_string(w) + " x " + std::to_string(h);
        return false;
    }
    if (rgba == nullptr || rgba_size != (size_t)w * (size_t)h * 4) {
        *why = std::to_string(w) + " x " + std::to_string(h) + " RGBA pixels are " + std::to_string(w * h * 4) +
               " bytes, not " + std::to_string(rgba == nullptr ? 0 : rgba_size);
        return false;
    }
    const int n = w * h;

    // The average colour, weighted by alpha.
    double avg_r = 0, avg_g = 0, avg_b = 0, avg_a = 0;
    for (int i = 0, j = 0; i < n; i++, j += 4) {
        double alpha = rgba[j + 3] / 255.0;
        avg_r += alpha / 255 * rgba[j];
        avg_g += alpha / 255 * rgba[j + 1];
        avg_b += alpha / 255 * rgba[j + 2];
        avg_a += alpha;
    }
    if (avg_a != 0) {
        avg_r /= avg_a;
        avg_g /= avg_a;
        avg_b /= avg_a;
    }

    const bool has_alpha = avg_a < n;
    const int l_limit = has_alpha ? 5 : 7; // fewer luminance terms when alpha needs room
    const int lx = std::max(1, RoundToInt((double)(l_limit * w) / std::max(w, h)));
    const int ly = std::max(1, RoundToInt((double)(l_limit * h) / std::max(w, h)));

    // RGBA to LPQA (luminance, yellow - blue, red - green, alpha), composited atop the average colour.
    std::vector<double> l((size_t)n), p((size_t)n), q((size_t)n), a((size_t)n);
    for (int i = 0, j = 0; i < n; i++, j += 4) {
        double alpha = rgba[j + 3] / 255.0;
        double r = avg_r * (1 - alpha) + alpha / 255 * rgba[j];
        double g = avg_g * (1 - alpha) + alpha / 255 * rgba[j + 1];
        double b = avg_b * (1 - alpha) + alpha / 255 * rgba[j + 2];
        l[(size_t)i] = (r + g + b) / 3;
        p[(size_t)i] = (r + g) / 2 - b;
        q[(size_t)i] = r - g;
        a[(size_t)i] = alpha;
    }

    Channel lc = EncodeChannel(l, w, h, std::max(3, lx), std::max(3, ly));
    Channel pc = EncodeChannel(p, w, h, 3, 3);
    Channel qc = EncodeChannel(q, w, h, 3, 3);
    Channel ac = has_alpha ? EncodeChannel(a, w, h, 5, 5) : Channel();

    const bool is_landscape = w > h;
    uint32_t header24 = (uint32_t)RoundToInt(63 * lc.Dc) | (uint32_t)RoundToInt(31.5 + 31.5 * pc.Dc) << 6 |
                        (uint32_t)RoundToInt(31.5 + 31.5 * qc.Dc) << 12 | (uint32_t)RoundToInt(31 * lc.Scale) << 18 |
                        (uint32_t)has_alpha << 23;
    uint32_t header16 = (uint32_t)(is_landscape ? ly : lx) | (uint32_t)RoundToInt(63 * pc.Scale) << 3 |
                        (uint32_t)RoundToInt(63 * qc.Scale) << 9 | (uint32_t)is_landscape << 15;
    std::vector<uint8_t> out = {(uint8_t)(header24 & 255), (uint8_t)((header24 >> 8) & 255),
                                (uint8_t)((header24 >> 16) & 255), (uint8_t)(header16 & 255),
                                (uint8_t)((header16 >> 8) & 255)};
    if (has_alpha) out.push_back((uint8_t)(RoundToInt(15 * ac.Dc) | RoundToInt(15 * ac.Scale) << 4));

    // The varying terms, two to a byte, low nibble first.
    const size_t ac_start = out.size();
    size_t ac_index = 0;
    for (const Channel* c : {&lc, &pc, &qc, &ac}) {
        for (double f : c->Ac) {
            size_t at = ac_start + (ac_index >> 1);
            if (at >= out.size()) out.push_back(0);
            out[at] = (uint8_t)(out[at] | RoundToInt(15 * f) << ((ac_index & 1) << 2));
            ac_index++;
        }
    }
    *hash = std::move(out);
    return true;
}

bool ThumbHashToRgba(const std::vector<uint8_t>& hash, int* width, int* height, std::vector<uint8_t>* rgba,
                     std::string* why) {
    Header hd;
    if (!hd.Read(hash, why)) return false;
    if (hd.RatioX == 0 || hd.RatioY == 0) {
        *why = "this ThumbHash's header gives an aspect ratio of zero or infinity";
        return false;
    }
    if (hash.size() != hd.Size) {
        *why = "this ThumbHash's header says " + std::to_string(hd.Size) + " bytes, it has " +
               std::to_string(hash.size());
        return false;
    }

    // The varying terms (colour boosted 1.25 times to make up for quantisation).
    size_t ac_index = 0;
    auto decode_channel = [&](int nx, int ny, double scale) {
        std::vector<double> ac;
        for (int cy = 0; cy < ny; cy++) {
            for (int cx = cy ? 0 : 1; cx * ny < nx * (ny - cy); cx++) {
                int nibble = (hash[hd.AcStart + (ac_index >> 1)] >> ((ac_index & 1) << 2)) & 15;
                ac_index++;
                ac.push_back((nibble / 7.5 - 1) * scale);
            }
        }
        return ac;
    };
    const int lx = hd.Lx, ly = hd.Ly;
    const bool has_alpha = hd.HasAlpha;
    std::vector<double> l_ac = decode_channel(lx, ly, hd.LScale);
    std::vector<double> p_ac = decode_channel(3, 3, hd.PScale * 1.25);
    std::vector<double> q_ac = decode_channel(3, 3, hd.QScale * 1.25);
    std::vector<double> a_ac = has_alpha ? decode_channel(5, 5, hd.AScale) : std::vector<double>();

    const double ratio = (double)hd.RatioX / hd.RatioY;
    const int w = RoundToInt(ratio > 1 ? 32 : 32 * ratio);
    const int h = RoundToInt(ratio > 1 ? 32 / ratio : 32);
    std::vector<uint8_t> out((size_t)w * (size_t)h * 4);
    double fx[7], fy[7]; // max(lx, 5) and max(ly, 5) terms, lx and ly at most 7
    const int nx = std::max(lx, has_alpha ? 5 : 3), ny = std::max(ly, has_alpha ? 5 : 3);
    auto channel_byte = [](double v) { return (uint8_t)std::max(0.0, 255 * std::min(1.0, v)); };
    for (int y = 0, i = 0; y < h; y++) {
        for (int x = 0; x < w; x++, i += 4) {
            double l = hd.LDc, p = hd.PDc, q = hd.QDc, a = hd.ADc;
            for (int cx = 0; cx < nx; cx++) fx[cx] = std::cos(kPi / w * (x + 0.5) * cx);
            for (int cy = 0; cy < ny; cy++) fy[cy] = std::cos(kPi / h * (y + 0.5) * cy);

            for (int cy = 0, j = 0; cy < ly; cy++) {
                double fy2 = fy[cy] * 2;
                for (int cx = cy ? 0 : 1; cx * ly < lx * (ly - cy); cx++, j++) l += l_ac[(size_t)j] * fx[cx] * fy2;
            }
            for (int cy = 0, j = 0; cy < 3; cy++) {
                double fy2 = fy[cy] * 2;
                for (int cx = cy ? 0 : 1; cx < 3 - cy; cx++, j++) {
                    double f = fx[cx] * fy2;
                    p += p_ac[(size_t)j] * f;
                    q += q_ac[(size_t)j] * f;
                }
            }
            if (has_alpha) {
                for (int cy = 0, j = 0; cy < 5; cy++) {
                    double fy2 = fy[cy] * 2;
                    for (int cx = cy ? 0 : 1; cx < 5 - cy; cx++, j++) a += a_ac[(size_t)j] * fx[cx] * fy2;
                }
            }

            double b = l - 2.0 / 3 * p;
            double r = (3 * l - b + q) / 2;
            double g = r - q;
            out[(size_t)i] = channel_byte(r);
            out[(size_t)i + 1] = channel_byte(g);
            out[(size_t)i + 2] = channel_byte(b);
            out[(size_t)i + 3] = channel_byte(a);
        }
    }
    *width = w;
    *height = h;
    *rgba = std::move(out);
    return true;
}

bool ThumbHashAspectRatio(const std::vector<uint8_t>& hash, double* ratio, std::string* why) {
    Header hd;
    if (!hd.Read(hash, why)) return false;
    if (hd.RatioX == 0 || hd.RatioY == 0) {
        *why = "this ThumbHash's header gives an aspect ratio of zero or infinity";
        return false;
    }
    *ratio = (double)hd.RatioX / hd.RatioY;
    return true;
}

bool ThumbHashAverageRgba(const std::vector<uint8_t>& hash, ThumbHashColor* color, std::string* why) {
    Header hd;
    if (!hd.Read(hash, why)) return false;
    double l = hd.LDc, p = hd.PDc, q = hd.QDc;
    double b = l - 2.0 / 3 * p;
    double r = (3 * l - b + q) / 2;
    double g = r - q;
    color->R = std::max(0.0, std::min(1.0, r));
    color->G = std::max(0.0, std::min(1.0, g));
    color->B = std::max(0.0, std::min(1.0, b));
    color->A = hd.ADc;
    return true;
}

} // namespace folio
