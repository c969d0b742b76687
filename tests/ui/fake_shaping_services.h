// Fake text services for the ui's tests of shaped faces: a shaper that keeps the font bytes it is handed (and shapes
// nothing: the tests lay their galleys out by hand), services whose shaper can arrive late as the web's text module
// does, counting the times the ui asked for it (Need()).
#pragma once
#include "layout/text_services.h"

#include <map>
#include <string>
#include <vector>

namespace folio::test {

class FakeShaper final : public layout::TextShaper {
public:
    std::map<layout::FaceId, std::string> Faces; // what AddFace was handed
    void AddFace(layout::FaceId face, const std::string& font_bytes) override { Faces[face] = font_bytes; }
    bool HasFace(layout::FaceId face) const override { return Faces.count(face) > 0; }
    bool Shape(layout::FaceId, float, const char*, size_t, size_t, size_t, bool, const char*,
               std::vector<layout::ShapedGlyph>*) const override {
        return false;
    }
};

class FakeShapingServices final : public layout::TextServices {
public:
    FakeShaper ShaperImpl;
    bool Loaded = true; // false: the shaper is not there yet (the web's module still loading)
    uint32_t Gen = 1;
    int Needs = 0;
    void Load() { Loaded = true; ++Gen; } // the module arrived

    const layout::BidiResolver* Bidi() const override { return nullptr; }
    const layout::LineBreaker* Breaker() const override { return nullptr; }
    layout::TextShaper* Shaper() override { return Loaded ? &ShaperImpl : nullptr; }
    const layout::TextShaper* Shaper() const override { return Loaded ? &ShaperImpl : nullptr; }
    uint32_t Generation() const override { return Gen; }
    void Need() override { ++Needs; }
};

} // namespace folio::test
