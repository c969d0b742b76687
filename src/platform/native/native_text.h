// The desktop's text services (layout/text_services.h), all linked in: bidi by FriBidi, line breaking by
// libunibreak with dictionary segmentation for Thai (libthai), Lao, Khmer and Myanmar (ICU), shaping by Debian's
// libharfbuzz. Everything is there from the start, so Generation() never changes and Need() has nothing to start;
// only the segmenter's dictionaries wait for the first Thai, Lao, Khmer or Myanmar run (constructing is cheap).
// NativeHost owns one and hands it out as Host::Text().
#pragma once
#include "layout/text_services.h"
#include "platform/native/dictionary_segmenter.h"
#include "platform/text/fribidi_resolver.h"
#include "platform/text/harfbuzz_shaper.h"
#include "platform/text/unibreak_breaker.h"

namespace folio::platform {

class NativeTextServices final : public layout::TextServices {
public:
    NativeTextServices();
    ~NativeTextServices() override;
    NativeTextServices(const NativeTextServices&) = delete;
    NativeTextServices& operator=(const NativeTextServices&) = delete;

    const layout::BidiResolver* Bidi() const override { return &Bidi_; }
    const layout::LineBreaker* Breaker() const override { return &Breaker_; }
    layout::TextShaper* Shaper() override { return &Shaper_; }
    const layout::TextShaper* Shaper() const override { return &Shaper_; }
    uint32_t Generation() const override { return kGeneration; }
    const DictionarySegmenter& Segmenter() const { return Segmenter_; }

    // The one generation: nothing arrives later, as the web's text module does.
    static constexpr uint32_t kGeneration = 1;

private:
    FribidiResolver Bidi_;
    DictionarySegmenter Segmenter_; // before Breaker_, which points at it
    UnibreakBreaker Breaker_;
    HarfBuzzShaper Shaper_;
};

} // namespace folio::platform
