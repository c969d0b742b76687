// Font metrics over the desktop's real text services for tests and the fuzz target that lay out through
// layout::Layout: NativeTextServices (FriBidi, libunibreak with the dictionary segmenter, HarfBuzz) with four
// shaped script faces from Debian's fonts-noto-core added to its shaper, and a fast-path face with round numbers.
// Faces: 0 Latin (fast path: 0.55 em a character, 0.25 em a space), 1 Arabic (Noto Naskh Arabic), 2 Hebrew (Noto
// Sans Hebrew), 3 Devanagari (Noto Sans Devanagari), 4 Thai (Noto Sans Thai). A character resolves to its script's
// face; anything else stays in the face asked for, so a run in a shaped face sends any text to HarfBuzz.
#pragma once
#include "layout/font_metrics.h"
#include "platform/native/native_text.h"

#include <cmath>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

class ShapedMetrics : public folio::layout::FontMetrics {
public:
    static constexpr folio::layout::FaceId kLatin = 0, kArabic = 1, kHebrew = 2, kDevanagari = 3, kThai = 4, kFaces = 5;

    // fonts_dir: where the Noto fonts are. Loaded() is false if any is missing (the faces then take the fast path).
    explicit ShapedMetrics(const std::string& fonts_dir) {
        const char* files[kFaces] = {nullptr, "NotoNaskhArabic-Regular.ttf", "NotoSansHebrew-Regular.ttf",
                                     "NotoSansDevanagari-Regular.ttf", "NotoSansThai-Regular.ttf"};
        for (folio::layout::FaceId f = 1; f < kFaces; ++f) {
            std::ifstream in(fonts_dir + "/" + files[f], std::ios::binary);
            std::ostringstream bytes;
            bytes << in.rdbuf();
            Services_.Shaper()->AddFace(f, bytes.str());
            loaded_ = loaded_ && Services_.Shaper()->HasFace(f);
        }
    }
    bool Loaded() const { return loaded_; }
    folio::platform::NativeTextServices& Services() { return Services_; }

    float Advance(folio::layout::FaceId, float size, uint32_t cp) const override {
        return (cp == ' ' ? 0.25f : 0.55f) * size;
    }
    float Ascent(folio::layout::FaceId, float size) const override { return size * 0.8f; }
    float Descent(folio::layout::FaceId, float size) const override { return size * 0.25f; }
    folio::layout::FaceId Resolve(folio::layout::FaceId face, uint32_t cp) const override {
        if ((cp >= 0x0600 && cp <= 0x08FF) || (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF)) return kArabic;
        if (cp >= 0x0590 && cp <= 0x05FF) return kHebrew;
        if (cp >= 0x0900 && cp <= 0x097F) return kDevanagari;
        if (cp >= 0x0E00 && cp <= 0x0E7F) return kThai;
        return face < kFaces ? face : kLatin;
    }
    bool Shaped(folio::layout::FaceId face) const override { return face >= 1 && face < kFaces; }
    float PixelEm(folio::layout::FaceId, float size) const override { return std::round(size); }
    const folio::layout::TextServices* Services() const override { return &Services_; }

private:
    folio::platform::NativeTextServices Services_;
    bool loaded_ = true;
};
