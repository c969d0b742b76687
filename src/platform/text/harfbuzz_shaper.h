// Shaping by HarfBuzz: Debian's libharfbuzz natively, HarfBuzz built from Debian's source package in the web's
// text module. One hb_face/hb_font per shaped face; runs shaped with the face's font at the pixel size asked for.
// One HarfBuzz buffer is reused by every Shape call, so a shaper serves one thread (layout runs on the UI thread).
#pragma once
#include "layout/text_services.h"

#include <memory>

namespace folio::platform {

class HarfBuzzShaper final : public layout::TextShaper {
public:
    HarfBuzzShaper();
    ~HarfBuzzShaper() override;
    void AddFace(layout::FaceId face, const std::string& font_bytes) override;
    bool HasFace(layout::FaceId face) const override;
    bool Shape(layout::FaceId face, float em_px, const char* utf8, size_t length, size_t begin, size_t end, bool rtl,
               const char* lang, std::vector<layout::ShapedGlyph>* out) const override;

private:
    struct Impl;
    std::unique_ptr<Impl> Impl_;
};

} // namespace folio::platform
